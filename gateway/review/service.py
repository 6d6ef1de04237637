"""The review lifecycle: pending -> approved | rejected | expired, `escalated` as a flag. Every
transition is a versioned store update (safe across replicas) followed by its audit record, and
wakes any request held open for the item (`wait`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from gateway.audit import AuditLog
from gateway.canonical import digest
from gateway.config import Settings, parse_duration
from gateway.errors import BadRequest, Conflict, NotFound
from gateway.review.duties import approvals_complete, check_decide
from gateway.review.principals import Person
from gateway.review.queue import ReviewQueue
from gateway.store import ReviewItem, Store
from gateway.types import CallContext, Decision, Finding

log = logging.getLogger("gateway.review")
Listener = Callable[[str, ReviewItem], Awaitable[None]]
Mutation = Callable[[ReviewItem], dict]


def justification_of(text: object, what: str) -> str:
    if not isinstance(text, str) or len(text.strip()) < 3:
        raise BadRequest(f"{what} needs a justification (a short sentence)", code="justification_required",
                         param="justification")
    return text.strip()


class ReviewService:
    """Built once per process; items live in the store, so they survive restarts."""

    def __init__(self, settings: Settings, store: Store, audit: AuditLog, clock: Callable[[], float],
                 poll_interval: float = 0.25) -> None:
        self.settings, self.store, self.audit, self.clock = settings, store, audit, clock
        self.queue = ReviewQueue(store, clock)
        self.poll_interval = poll_interval
        self.attestor: Any | None = None  # signs approved releases (set by services.py)
        self.listeners: list[Listener] = []  # e.g. webhooks: called after each audited transition
        self._events: dict[str, asyncio.Event] = {}

    async def hold(self, ctx: CallContext, model: str, prompt: dict, answer: dict, findings: list[Finding],
                   decision: Decision) -> ReviewItem:
        item = await self.queue.hold(ctx, model, prompt, answer, findings, decision)
        await self._notify("review_created", item)
        return item

    async def get(self, review_id: str) -> ReviewItem:
        item = await self.store.get_review(review_id)
        if item is None:
            raise NotFound(f"no review {review_id!r}", code="review_not_found")
        return item

    async def items(self, state: str | None = None) -> list[ReviewItem]:
        return await self.store.list_reviews(state)

    # -- transitions ------------------------------------------------------------------------
    async def transition(self, review_id: str, event: str, mutate: Mutation, actor: str) -> ReviewItem:
        """Apply `mutate` under the item's version check (retried on a race), then audit it.
        `mutate` raises to refuse and returns the audit fields of the event."""
        for _ in range(8):
            item = await self.get(review_id)
            expected = item.version
            fields = mutate(item)
            item.updated = self.clock()
            if await self.store.update_review(item, expected):
                await self.audit.record(event, **self.audit_fields(item), actor=actor, **fields)
                await self._notify(event, item)
                return item
        raise Conflict(f"review {review_id} is changing too fast; try again", code="review_busy")

    def audit_fields(self, item: ReviewItem) -> dict:
        tags = item.data.get("tags") or {}
        return {"review_id": item.id, "request_id": item.request_id, "workflow": item.workflow,
                "owner": item.data.get("owner"), "state": item.state, "requester": tags.get("requester"),
                "on_behalf_of": tags.get("on_behalf_of"), "answer_digest": item.data.get("answer_digest"),
                "rules_revision": item.data.get("rules_revision")}

    async def approve(self, review_id: str, person: Person, justification: str,
                      seen_digest: str | None = None) -> ReviewItem:
        text = justification_of(justification, "an approval")

        def mutate(item: ReviewItem) -> dict:
            check_decide(self.settings, person, item, "approve")
            stored = digest(item.data.get("answer"))
            if stored != item.data.get("answer_digest") or (seen_digest and seen_digest != stored):
                raise Conflict("the held answer does not match the digest under review; nothing was approved",
                               code="answer_digest_mismatch")
            now = self.clock()
            item.data.setdefault("approvals", []).append({
                "by": person.id, "via": person.via, "at": now, "justification": text,
                "answer_digest": stored, "rules_revision": item.data.get("rules_revision")})
            if approvals_complete(self.settings, item):
                item.state = "approved"
                item.data["approved_at"] = now
            return {"justification": text, "approvals": len(item.data["approvals"])}
        return await self.transition(review_id, "review_approved", mutate, person.id)

    async def reject(self, review_id: str, person: Person, justification: str) -> ReviewItem:
        text = justification_of(justification, "a rejection")

        def mutate(item: ReviewItem) -> dict:
            check_decide(self.settings, person, item, "reject")
            item.state = "rejected"
            item.data["rejection"] = {"by": person.id, "via": person.via, "at": self.clock(), "reason": text}
            return {"justification": text}
        return await self.transition(review_id, "review_rejected", mutate, person.id)

    async def escalate(self, review_id: str, actor: str, reason: str, target: str | None,
                       person: Person | None = None, once: bool = False) -> ReviewItem:
        """Flag the item escalated to `target` (default: the workflow's escalate_to); `once`
        refuses an item already escalated (the SLA sweep escalates each item once)."""
        def mutate(item: ReviewItem) -> dict:
            if person is not None:
                check_decide(self.settings, person, item, "escalate")
            if item.state != "pending" or (once and item.data.get("escalated")):
                raise Conflict(f"review {item.id} is {item.state}, escalated {bool(item.data.get('escalated'))}",
                               code="not_pending")
            workflow = self.settings.workflow(item.workflow)
            to = target or (workflow.escalate_to if workflow else None)
            if to is not None and self.settings.principal(to) is None:
                raise BadRequest(f"unknown principal {to!r}", code="unknown_principal", param="to")
            item.data.update(escalated=True, escalated_to=to, escalated_at=self.clock())
            return {"justification": reason or None, "escalated_to": to}
        return await self.transition(review_id, "review_escalated", mutate, actor)

    async def reassign(self, review_id: str, person: Person, to: str, reason: str) -> ReviewItem:
        principal = self.settings.principal(to) if isinstance(to, str) else None
        if principal is None:
            raise BadRequest(f"unknown principal {to!r}", code="unknown_principal", param="to")

        def mutate(item: ReviewItem) -> dict:
            check_decide(self.settings, person, item, "reassign")
            previous, item.data["assignee"] = item.data.get("assignee"), to
            return {"justification": reason or None, "assignee": to, "previous_assignee": previous}
        return await self.transition(review_id, "review_reassigned", mutate, person.id)

    async def comment(self, review_id: str, person: Person, text: str) -> ReviewItem:
        body = justification_of(text, "a comment")

        def mutate(item: ReviewItem) -> dict:
            item.data.setdefault("comments", []).append({"by": person.id, "at": self.clock(), "text": body})
            return {"comment": body}
        return await self.transition(review_id, "review_commented", mutate, person.id)

    async def expire(self, review_id: str, actor: str, reason: str,
                     only_from: str | None = None) -> ReviewItem:
        """Fail closed: a pending item past its deadline, or an approval past its TTL, expires."""
        def mutate(item: ReviewItem) -> dict:
            if item.state not in ("pending", "approved") or item.data.get("released") or \
                    (only_from is not None and item.state != only_from):
                raise Conflict(f"review {item.id} is {item.state}", code="not_pending")
            item.data["expired"] = {"from": item.state, "at": self.clock(), "reason": reason}
            item.state = "expired"
            return {"justification": reason}
        return await self.transition(review_id, "review_expired", mutate, actor)

    # -- waiting (on_quarantine: hold) -------------------------------------------------------
    async def wait(self, review_id: str, timeout: float) -> ReviewItem:
        """The item once decided, or as it stands when `timeout` (on the injected clock, counted
        from the item's creation) runs out. A decision in this process wakes the waiter at once;
        another replica's is seen by polling."""
        event = self._events.setdefault(review_id, asyncio.Event())
        deadline = None
        try:
            while True:
                item = await self.get(review_id)
                deadline = item.created + timeout if deadline is None else deadline
                remaining = deadline - self.clock()
                if item.state != "pending" or remaining <= 0:
                    return item
                event.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), min(self.poll_interval, remaining))
        finally:
            self._events.pop(review_id, None)

    async def _notify(self, event: str, item: ReviewItem) -> None:
        waiter = self._events.get(item.id)
        if waiter is not None:
            waiter.set()
        for listener in self.listeners:
            try:
                await listener(event, item)
            except Exception:  # a notification must never undo or block a recorded decision
                log.exception("review listener failed on %s for %s", event, item.id)


def age_filter(value: str | None) -> float | None:
    return None if value in (None, "") else parse_duration(value)
