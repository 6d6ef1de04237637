"""Escalation and expiry: a review item pending past its workflow's `review_sla` is escalated to
`escalate_to` (else the owner); past `expire_after` it expires, failing closed. Both go through
the review service, so they are audited and notified like every other transition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gateway.config import Settings
from gateway.errors import Conflict
from gateway.review.service import ReviewService


@dataclass(frozen=True)
class Action:
    """What one sweep did to one item."""

    kind: str  # escalated | expired
    review_id: str
    request_id: str
    workflow: str
    target: str | None = None


class Escalator:
    def __init__(self, settings: Settings, reviews: ReviewService, clock: Callable[[], float]) -> None:
        self.settings, self.reviews, self.clock = settings, reviews, clock

    async def sweep(self) -> list[Action]:
        """Escalate or expire every pending item whose deadline has passed; an item a reviewer
        (or another replica's sweep) changed meanwhile is left alone."""
        now = self.clock()
        actions = []
        for item in await self.reviews.store.list_reviews("pending"):
            workflow = self.settings.workflow(item.workflow)
            if workflow is None:
                continue
            age = now - item.created
            try:
                if workflow.expire_after is not None and age >= workflow.expire_after:
                    reason = f"no decision within expire_after ({workflow.expire_after:g}s): failed closed"
                    await self.reviews.expire(item.id, "gateway", reason, only_from="pending")
                    actions.append(Action("expired", item.id, item.request_id, item.workflow))
                elif age >= workflow.review_sla and not item.data.get("escalated"):
                    target = workflow.escalate_to or workflow.owner
                    reason = f"pending longer than the review SLA ({workflow.review_sla:g}s)"
                    await self.reviews.escalate(item.id, "gateway", reason, target, once=True)
                    actions.append(Action("escalated", item.id, item.request_id, item.workflow, target))
            except Conflict:
                continue  # decided, expired or escalated meanwhile
        return actions
