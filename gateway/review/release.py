"""Release an approved answer: exactly the reviewed one (its digest and rules revision are checked
again, fail closed), redactions applied, once within the approval's TTL, never while the
workflow is suspended. Fetching a released answer again is idempotent."""

from __future__ import annotations

from gateway import completion
from gateway.canonical import digest
from gateway.errors import Conflict
from gateway.review.service import ReviewService
from gateway.review.suspend import check_running
from gateway.store import ReviewItem
from gateway.types import Finding


class ReleaseRefused(Conflict):
    code = "release_refused"


def finding_of(data: dict) -> Finding:
    """A Finding back from its stored JSON form."""
    fields = {k: v for k, v in data.items() if k in Finding.__slots__}
    if fields.get("span") is not None:
        fields["span"] = tuple(fields["span"])
    return Finding(**fields)


def delivered(item: ReviewItem) -> dict:
    """The completion body as released: the stored original with the decision's redactions."""
    redactions = [finding_of(f) for f in item.data.get("redactions") or []]
    answer = item.data["answer"]
    return completion.redact(answer, redactions) if redactions else answer


def attestation(item: ReviewItem) -> str | None:
    """The signed release of a released item."""
    return (item.data.get("released") or {}).get("attestation")


def binding_error(item: ReviewItem) -> str | None:
    """Why the stored answer may not be released under its approvals, or None if it may."""
    stored = digest(item.data.get("answer"))
    if stored != item.data.get("answer_digest"):
        return "the stored answer no longer matches the digest that was reviewed"
    for approval in item.data.get("approvals") or []:
        if approval.get("answer_digest") != stored:
            return f"the approval by {approval.get('by')} was given for a different answer"
        if approval.get("rules_revision") != item.data.get("rules_revision"):
            return f"the approval by {approval.get('by')} was given under a different rules revision"
    return None


async def release(svc: ReviewService, review_id: str, *, via: str, actor: str) -> tuple[ReviewItem, dict | None]:
    """The item and its released body (None unless approved and releasable). Raises
    ReleaseRefused (audited) if the answer changed, WorkflowSuspended while suspended."""
    for _ in range(8):
        item = await svc.get(review_id)
        if item.state != "approved":
            return item, None
        if item.data.get("released"):
            return item, delivered(item)
        await check_running(svc.store, item.workflow)
        problem = binding_error(item)
        if problem:
            await svc.audit.record("review_release_refused", **svc.audit_fields(item), actor=actor, via=via,
                                   reason=problem)
            raise ReleaseRefused(f"release refused: {problem}", extra={"review_id": item.id})
        workflow = svc.settings.workflow(item.workflow)
        ttl = workflow.approval_ttl if workflow else 0.0
        if svc.clock() > float(item.data.get("approved_at") or 0) + ttl:
            try:
                return await svc.expire(item.id, actor, "approval_ttl: the approval expired before release"), None
            except Conflict:
                continue
        body = delivered(item)
        expected = item.version
        token = svc.attestor.for_review(item, body) if svc.attestor is not None else None
        item.data["released"] = {"at": svc.clock(), "via": via, "delivered_digest": digest(body),
                                 "attestation": token}
        item.updated = svc.clock()
        if await svc.store.update_review(item, expected):
            await svc.audit.record("review_released", **svc.audit_fields(item), actor=actor, via=via,
                                   delivered_digest=item.data["released"]["delivered_digest"],
                                   approvers=[a["by"] for a in item.data.get("approvals") or []],
                                   attestation=token)
            return item, body
    raise Conflict(f"review {review_id} is changing too fast; try again", code="review_busy")
