"""Escalation and expiry: a review item pending past its workflow's `review_sla` is escalated to
`escalate_to` (else the owner); past `expire_after` it expires, failing closed. Audited, notified."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gateway.audit import AuditLog
from gateway.config import Settings, Workflow
from gateway.review.webhooks import Notifier
from gateway.store import ReviewItem, Store


@dataclass(frozen=True)
class Action:
    """What one sweep did to one item."""

    kind: str  # escalated | expired
    review_id: str
    request_id: str
    workflow: str
    target: str | None = None


class Escalator:
    def __init__(self, settings: Settings, store: Store, audit: AuditLog, notifier: Notifier,
                 clock: Callable[[], float]) -> None:
        self.settings, self.store, self.audit, self.notifier, self.clock = settings, store, audit, notifier, clock

    async def sweep(self, now: float | None = None) -> list[Action]:
        """Escalate or expire every pending item whose deadline has passed at `now`; an item a
        reviewer changed meanwhile is left for the next sweep (version check)."""
        now = self.clock() if now is None else now
        actions = []
        for item in await self.store.list_reviews("pending"):
            workflow = self.settings.workflow(item.workflow)
            if workflow is None:
                continue
            age = now - item.created
            if workflow.expire_after is not None and age >= workflow.expire_after:
                action = await self._expire(item, workflow, now)
            elif age >= workflow.review_sla and not item.data.get("escalated"):
                action = await self._escalate(item, workflow, now)
            else:
                continue
            if action is not None:
                actions.append(action)
        return actions

    async def _escalate(self, item: ReviewItem, workflow: Workflow, now: float) -> Action | None:
        target = workflow.escalate_to or workflow.owner
        item.data = {**item.data, "escalated": True, "escalated_to": target, "escalated_at": now}
        item.updated = now
        if not await self.store.update_review(item, item.version):
            return None
        reason = f"pending longer than the review SLA ({workflow.review_sla:g}s)"
        await self.audit.record("review_escalated", **self._ids(item), actor="gateway", escalated_to=target,
                                justification=reason)
        await self.notifier.review_event("escalated", item, escalated_to=target, reason=reason)
        return Action("escalated", item.id, item.request_id, item.workflow, target)

    async def _expire(self, item: ReviewItem, workflow: Workflow, now: float) -> Action | None:
        reason = f"no decision within expire_after ({workflow.expire_after:g}s): failed closed"
        item.state, item.updated = "expired", now
        item.data = {**item.data, "expired": {"from": "pending", "at": now, "reason": reason}}
        if not await self.store.update_review(item, item.version):
            return None
        await self.audit.record("review_expired", **self._ids(item), actor="gateway", justification=reason)
        await self.notifier.review_event("expired", item, reason=reason)
        return Action("expired", item.id, item.request_id, item.workflow)

    @staticmethod
    def _ids(item: ReviewItem) -> dict:
        return {"review_id": item.id, "request_id": item.request_id, "workflow": item.workflow,
                "owner": item.data.get("owner"), "state": item.state,
                "answer_digest": item.data.get("answer_digest"), "rules_revision": item.data.get("rules_revision")}
