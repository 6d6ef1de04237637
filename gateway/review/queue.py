"""Review items: a quarantine decision puts the complete original answer here, bound to its
digest, until a person decides."""

from __future__ import annotations

from collections.abc import Callable

from gateway.canonical import digest
from gateway.ids import new_id
from gateway.store import ReviewItem, Store
from gateway.types import CallContext, Decision, Finding


class ReviewQueue:
    def __init__(self, store: Store, clock: Callable[[], float]) -> None:
        self.store, self.clock = store, clock

    async def hold(self, ctx: CallContext, model: str, prompt: dict, answer: dict,
                   findings: list[Finding], decision: Decision) -> ReviewItem:
        now = self.clock()
        item = ReviewItem(
            id=new_id("rev"), request_id=ctx.request_id, state="pending", created=now,
            workflow=ctx.workflow, updated=now,
            data={"owner": ctx.owner, "risk_tier": ctx.risk_tier, "model": model, "tags": ctx.tags(),
                  "prompt": prompt, "answer": answer, "answer_digest": digest(answer),
                  "findings": [f.to_json() for f in findings], "decision": decision.to_json(),
                  "rule_ids": list(decision.rule_ids), "rules_revision": decision.rules_revision,
                  "redactions": [f.to_json() for f in decision.redactions], "escalated": False},
        )
        await self.store.put_review(item)
        return item
