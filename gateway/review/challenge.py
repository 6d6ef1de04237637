"""Challenge: a reviewer, admin or auditor names a request whose answer was allowed or approved,
with a reason; the answer (from the call's audit record, or the approved item) becomes a pending
review item again, and the challenge is audited under the request's id."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gateway.canonical import digest
from gateway.errors import Conflict, NotFound
from gateway.ids import new_id
from gateway.review.api import body_of, person, refusing, review_headers
from gateway.review.duties import Refused
from gateway.review.principals import Person, assigned
from gateway.review.service import ReviewService, justification_of
from gateway.review.views import reviewer_view
from gateway.services import Services
from gateway.store import ReviewItem

_TAGS = ("request_id", "workflow", "owner", "risk_tier", "agent", "agent_name", "requester", "on_behalf_of",
         "source")


async def challenge(svc: ReviewService, request_id: str, caller: Person, reason: str) -> ReviewItem:
    text = justification_of(reason, "a challenge")
    records = await svc.store.audit_for_request(request_id)
    calls = [r for r in records if r.get("event") == "call" and r.get("status") == 200 and "answer" in r]
    if not calls:
        raise NotFound(f"no delivered answer for request {request_id!r}", code="request_not_found")
    call = calls[-1]
    _check_may_challenge(svc, caller, call)
    for record in records:
        if record.get("event") == "challenge" and record.get("review_id"):
            earlier = await svc.store.get_review(record["review_id"])
            if earlier is not None and earlier.state == "pending":
                raise Conflict(f"request {request_id} is already under review ({earlier.id})",
                               code="already_under_review", extra={"review_id": earlier.id})
    answer = await _challengeable_answer(svc, call)
    now = svc.clock()
    item = ReviewItem(
        id=new_id("rev"), request_id=request_id, state="pending", created=now,
        workflow=call["workflow"], updated=now,
        data={"owner": call.get("owner"), "risk_tier": call.get("risk_tier"), "model": call.get("model"),
              "tags": {k: call.get(k) for k in _TAGS}, "prompt": call.get("prompt"), "answer": answer,
              "answer_digest": digest(answer), "findings": call.get("findings") or [],
              "rule_ids": call.get("rule_ids") or [], "rules_revision": call.get("rules_revision"),
              "redactions": [], "escalated": False,
              "challenge": {"by": caller.id, "at": now, "reason": text, "outcome": call.get("outcome")}})
    await svc.store.put_review(item)
    await svc.audit.record("challenge", **svc.audit_fields(item), actor=caller.id, justification=text,
                           challenged_outcome=call.get("outcome"))
    return item


def _check_may_challenge(svc: ReviewService, caller: Person, call: dict) -> None:
    if not caller.has("reviewer", "admin", "auditor"):
        raise Refused(f"{caller.id} has no reviewer, admin or auditor role", code="role_required")
    workflow = svc.settings.workflow(call.get("workflow", ""))
    if workflow is None or not (caller.has("admin", "auditor") or assigned(svc.settings, caller, workflow)):
        raise Refused(f"{caller.id} is not assigned to workflow {call.get('workflow')!r}", code="not_assigned")


async def _challengeable_answer(svc: ReviewService, call: dict) -> dict:
    """The answer as the audit holds it for an allowed call; the reviewed answer for an approved one."""
    outcome = call.get("outcome")
    if outcome in ("allow", "flag"):
        return call["answer"]
    if outcome == "quarantine" and call.get("review_id"):
        item = await svc.store.get_review(call["review_id"])
        if item is not None and item.state == "approved":
            return item.data["answer"]
        state = item.state if item else "missing"
        raise Conflict(f"the held answer is {state}; only allowed or approved answers can be challenged",
                       code="not_challengeable")
    raise Conflict(f"a {outcome} answer cannot be challenged", code="not_challengeable")


async def challenge_route(request: Request, svc: Services) -> Response:
    request_id = request.path_params["request_id"]
    caller = await person(request, svc, "challenge")
    body = await body_of(request, svc)
    reason = body.get("reason") or body.get("justification")
    item = await refusing(svc, caller.id, "challenge", None, challenge(svc.reviews, request_id, caller, reason))
    return JSONResponse(reviewer_view(svc.settings, item, svc.clock()), status_code=201, headers=review_headers(item))


ROUTES = [("/v1/requests/{request_id}/challenge", challenge_route, ["POST"])]
