"""The review API: agents fetch their held answer's outcome; reviewers list, show, approve,
reject, escalate, reassign and comment. Every refusal is a 403 with its own code, audited."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gateway.config import parse_duration
from gateway.errors import BadRequest, Forbidden, NotFound, Unauthorized
from gateway.intake import read_json
from gateway.review.duties import check_can_see
from gateway.review.principals import Person, authenticate
from gateway.review.release import release
from gateway.review.views import agent_view, reviewer_view, sla_breached
from gateway.services import Services
from gateway.store import ReviewItem

STATES = ("pending", "approved", "rejected", "expired")


async def body_of(request: Request, svc: Services) -> dict:
    if not int(request.headers.get("content-length") or 0) and "chunked" not in request.headers.get(
            "transfer-encoding", ""):
        return {}
    return await read_json(request, svc.settings.server.max_body_bytes)


async def refusing(svc: Services, actor: str, action: str, review_id: str | None, work: Awaitable):
    """Run `work`; a 403 is audited as review_refused with its code, then re-raised."""
    try:
        return await work
    except Forbidden as refused:
        await svc.audit.record("review_refused", actor=actor, action=action, review_id=review_id,
                               code=refused.code, reason=refused.message)
        raise


async def person(request: Request, svc: Services, action: str, review_id: str | None = None) -> Person:
    return await refusing(svc, _caller(request), action, review_id,
                          authenticate(request, svc.settings, svc.auth))


def _caller(request: Request) -> str:
    """A name for the caller of a refused request, for the audit: the public key id only."""
    authorization = request.headers.get("authorization") or ""
    return "key:" + authorization[7:].strip()[4:16] if authorization[:7].lower() == "bearer " else "anonymous"


def review_headers(item: ReviewItem) -> dict[str, str]:
    return {"x-gateway-review-id": item.id, "x-gateway-review-status": item.state,
            "x-gateway-request-id": item.request_id}


async def list_reviews(request: Request, svc: Services) -> Response:
    caller = await person(request, svc, "list")
    q = request.query_params
    status = q.get("status")
    if status and status not in STATES:
        raise BadRequest(f"status must be one of {', '.join(STATES)}", param="status")
    try:
        min_age = parse_duration(q["age"]) if q.get("age") else None
    except ValueError as exc:
        raise BadRequest(str(exc), param="age") from None
    now, out = svc.clock(), []
    for item in await svc.reviews.items(status or None):
        if q.get("workflow") and item.workflow != q["workflow"]:
            continue
        if q.get("tier") and item.data.get("risk_tier") != q["tier"]:
            continue
        if min_age is not None and now - item.created < min_age:
            continue
        if q.get("sla_breached") and (q["sla_breached"].lower() in ("1", "true", "yes")) != sla_breached(
                svc.settings, item, now):
            continue
        try:
            check_can_see(svc.settings, caller, item)
        except Forbidden:
            continue
        out.append(reviewer_view(svc.settings, item, now))
    return JSONResponse({"object": "list", "data": out})


async def get_review(request: Request, svc: Services) -> Response:
    """An agent key: its own workflow's outcome (else 404). A person: the reviewer's full view."""
    review_id = request.path_params["review_id"]
    try:
        agent = await svc.auth.agent(request.headers.get("authorization"))
    except Unauthorized as exc:
        if exc.code != "wrong_key_kind" and request.headers.get("authorization"):
            raise
        return await show_review(request, svc, review_id)
    item = await svc.reviews.get(review_id)
    if item.workflow != agent.workflow.id:
        raise NotFound(f"no review {review_id!r}", code="review_not_found")  # same as unknown: no probing
    item, body = await release(svc.reviews, review_id, via="fetch", actor=agent.key.id)
    await svc.audit.record("review_fetched", **svc.reviews.audit_fields(item), actor=agent.key.id,
                           agent=agent.key.id)
    return JSONResponse(agent_view(item, body), headers=review_headers(item))


async def show_review(request: Request, svc: Services, review_id: str) -> Response:
    caller = await person(request, svc, "show", review_id)
    item = await svc.reviews.get(review_id)
    await refusing(svc, caller.id, "show", review_id, _check_see(svc, caller, item))
    return JSONResponse(reviewer_view(svc.settings, item, svc.clock(), full=True), headers=review_headers(item))


async def _check_see(svc: Services, caller: Person, item: ReviewItem) -> None:
    check_can_see(svc.settings, caller, item)


def _action(name: str, run: Callable[[Services, Person, str, dict], Awaitable[ReviewItem]]):
    async def handler(request: Request, svc: Services) -> Response:
        review_id = request.path_params["review_id"]
        caller = await person(request, svc, name, review_id)
        body = await body_of(request, svc)
        item = await refusing(svc, caller.id, name, review_id, run(svc, caller, review_id, body))
        return JSONResponse(reviewer_view(svc.settings, item, svc.clock()), headers=review_headers(item))
    handler.__name__ = f"review_{name}"
    return handler


approve = _action("approve", lambda svc, p, rid, b: svc.reviews.approve(
    rid, p, b.get("justification"), b.get("answer_digest")))
reject = _action("reject", lambda svc, p, rid, b: svc.reviews.reject(rid, p, b.get("justification")))
escalate = _action("escalate", lambda svc, p, rid, b: svc.reviews.escalate(
    rid, p.id, str(b.get("justification") or b.get("reason") or ""), b.get("to"), person=p))
reassign = _action("reassign", lambda svc, p, rid, b: svc.reviews.reassign(
    rid, p, b.get("to"), str(b.get("justification") or "")))
comment = _action("comment", lambda svc, p, rid, b: svc.reviews.comment(rid, p, b.get("text")))

ROUTES = [
    ("/v1/reviews", list_reviews, ["GET"]),
    ("/v1/reviews/{review_id}", get_review, ["GET"]),
    ("/v1/reviews/{review_id}/approve", approve, ["POST"]),
    ("/v1/reviews/{review_id}/reject", reject, ["POST"]),
    ("/v1/reviews/{review_id}/escalate", escalate, ["POST"]),
    ("/v1/reviews/{review_id}/reassign", reassign, ["POST"]),
    ("/v1/reviews/{review_id}/comment", comment, ["POST"]),
]
