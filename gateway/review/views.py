"""How review items read over the API: the reviewer's view (context, findings, approvals, SLA)
and the agent's view (its outcome: pending, approved with the released answer, rejected, expired)."""

from __future__ import annotations

from gateway.audit import utc_iso
from gateway.config import Settings
from gateway.review.duties import approvers
from gateway.review.release import delivered
from gateway.store import ReviewItem


def sla_breached(settings: Settings, item: ReviewItem, now: float) -> bool:
    workflow = settings.workflow(item.workflow)
    return item.state == "pending" and workflow is not None and now - item.created > workflow.review_sla


def _iso(ts: object) -> str | None:
    return utc_iso(float(ts)) if isinstance(ts, (int, float)) else None


def reviewer_view(settings: Settings, item: ReviewItem, now: float, *, full: bool = False) -> dict:
    """A review item for reviewers; `full` adds the prompt and the answer (redactions applied)."""
    data, workflow = item.data, settings.workflow(item.workflow)
    tags = data.get("tags") or {}
    view = {
        "id": item.id, "object": "review", "status": item.state, "request_id": item.request_id,
        "workflow": item.workflow, "owner": data.get("owner"), "risk_tier": data.get("risk_tier"),
        "model": data.get("model"), "created": _iso(item.created), "updated": _iso(item.updated),
        "age_seconds": round(now - item.created, 3), "sla_breached": sla_breached(settings, item, now),
        "escalated": bool(data.get("escalated")), "escalated_to": data.get("escalated_to"),
        "assignee": data.get("assignee"), "requester": tags.get("requester"),
        "claimed_on_behalf_of": tags.get("on_behalf_of"), "source": tags.get("source"),
        "agent": tags.get("agent"), "rule_ids": data.get("rule_ids") or [],
        "rules_revision": data.get("rules_revision"), "answer_digest": data.get("answer_digest"),
        "approvals": [{k: (_iso(v) if k == "at" else v) for k, v in a.items()} for a in data.get("approvals") or []],
        "approvals_required": workflow.approvals_required if workflow else 1,
        "owner_approval": bool(workflow and workflow.owner_approval),
        "rejection": data.get("rejection"), "released": data.get("released") is not None,
        "challenge": data.get("challenge"), "version": item.version,
    }
    if full:
        view.update(prompt=data.get("prompt"), answer=delivered(item), redactions=len(data.get("redactions") or []),
                    findings=data.get("findings") or [], comments=data.get("comments") or [],
                    expired=data.get("expired"))
    return view


def agent_view(item: ReviewItem, body: dict | None) -> dict:
    """What the agent that made the call learns: the outcome, and the answer only once released."""
    view: dict = {"id": item.id, "object": "review", "status": item.state, "request_id": item.request_id,
                  "workflow": item.workflow, "created": _iso(item.created)}
    if item.state == "approved" and body is not None:
        view["completion"] = body
        view["approvers"] = approvers(item)
        view["attestation"] = (item.data.get("released") or {}).get("attestation")
    elif item.state == "rejected":
        rejection = item.data.get("rejection") or {}
        view["reason"] = rejection.get("reason")
        view["decided"] = _iso(rejection.get("at"))
    elif item.state == "expired":
        view["reason"] = (item.data.get("expired") or {}).get("reason")
    return view
