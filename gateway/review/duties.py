"""Separation of duties: who may decide a review item. Each refusal is a 403 with its own code,
which the API audits as `review_refused`. The requester comes from the agent key (bound at
issuance) or a verified user assertion, never from the bare x-gateway-on-behalf-of header."""

from __future__ import annotations

from gateway.config import Settings
from gateway.errors import Conflict, Forbidden
from gateway.review.principals import Person, assigned, is_member
from gateway.store import ReviewItem


class Refused(Forbidden):
    """A separation-of-duties refusal; `code` says which control refused."""

    code = "review_refused"


def requesters(item: ReviewItem) -> set[str]:
    """The trusted requesters of an item: the key's bound principal and a verified assertion's subject."""
    tags = item.data.get("tags") or {}
    return {r for r in (tags.get("requester"), tags.get("asserted_requester"), item.data.get("asserted_requester"))
            if r}


def approvers(item: ReviewItem) -> list[str]:
    return [a["by"] for a in item.data.get("approvals") or []]


def check_can_see(settings: Settings, person: Person, item: ReviewItem) -> None:
    """Reviewers see items of their workflows; admins and auditors see all."""
    if person.has("admin", "auditor"):
        return
    workflow = settings.workflow(item.workflow)
    if workflow is None or not (person.has("reviewer") or is_member(settings, person.id, workflow.owner)) or \
            not assigned(settings, person, workflow, item.data.get("assignee"), item.data.get("escalated_to")):
        raise Refused(f"{person.id} is not assigned to workflow {item.workflow!r}", code="not_assigned")


def check_decide(settings: Settings, person: Person, item: ReviewItem, action: str) -> None:
    """Raise Refused unless `person` may `action` (approve, reject, escalate, reassign) this item."""
    if item.state != "pending":
        raise Conflict(f"review {item.id} is {item.state}, not pending", code="not_pending")
    workflow = settings.workflow(item.workflow)
    is_owner = workflow is not None and is_member(settings, person.id, workflow.owner)
    if not (person.has("reviewer", "admin") or is_owner):
        raise Refused(f"{person.id} has no reviewer or admin role", code="role_required")
    if workflow is None or not assigned(settings, person, workflow, item.data.get("assignee"),
                                        item.data.get("escalated_to")):
        raise Refused(f"{person.id} is not assigned to workflow {item.workflow!r}", code="not_assigned")
    if person.id in requesters(item):
        raise Refused(f"{person.id} requested this answer and cannot decide on it", code="self_approval")
    if action != "approve":
        return
    previous = approvers(item)
    if person.id in previous:
        raise Refused(f"{person.id} already approved this item; a distinct approver is needed",
                      code="duplicate_approver")
    final = len(previous) + 1 >= workflow.approvals_required
    owner_in = any(is_member(settings, who, workflow.owner) for who in [*previous, person.id])
    if workflow.owner_approval and final and not owner_in:
        raise Refused(f"workflow {workflow.id!r} needs its owner {workflow.owner!r} among the approvers",
                      code="owner_approval_required")


def approvals_complete(settings: Settings, item: ReviewItem) -> bool:
    workflow = settings.workflow(item.workflow)
    needed = workflow.approvals_required if workflow else 1
    return len(set(approvers(item))) >= needed
