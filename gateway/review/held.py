"""Deliver a quarantined answer per the workflow's `on_quarantine`: `notice` (a content_filter
completion naming the review), `hold` (wait up to hold_seconds for a decision, then the released
answer or the notice) or `error` (409 held_for_review with the review id)."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from gateway import completion, deliver
from gateway.errors import GatewayError, HeldForReview
from gateway.review.release import attestation, release
from gateway.services import Services
from gateway.store import ReviewItem
from gateway.types import CallContext, Decision


async def respond(svc: Services, ctx: CallContext, decision: Decision, review: ReviewItem, data: dict,
                  stream: bool) -> Response:
    """The agent's response for a held answer; `data` is the original completion."""
    workflow = svc.settings.workflow(ctx.workflow)
    mode = workflow.on_quarantine if workflow else "notice"
    if mode == "error":
        error = HeldForReview(f"the answer is held for human review (review id {review.id}); "
                              f"fetch the outcome with GET /v1/reviews/{review.id}",
                              extra={"review_id": review.id, "request_id": ctx.request_id})
        headers = deliver.contract_headers(ctx, decision, review.id, "pending")
        return JSONResponse(error.body(), status_code=error.status, headers=headers)
    status = "pending"
    if mode == "hold":
        item = await svc.reviews.wait(review.id, workflow.hold_seconds)
        status = item.state
        if item.state == "approved":
            released = await _released(svc, item, ctx)
            if released is not None:
                item, body = released
                headers = deliver.contract_headers(ctx, decision, review.id, "approved")
                if attestation(item):
                    headers["x-gateway-attestation"] = attestation(item)
                return _body(body, headers, stream)
            status = (await svc.reviews.get(review.id)).state
    headers = deliver.contract_headers(ctx, decision, review.id, status)
    return _body(completion.notice(data, review.id), headers, stream)


async def _released(svc: Services, item: ReviewItem, ctx: CallContext) -> tuple[ReviewItem, dict] | None:
    """The released body, or None when release is refused (suspended, changed, expired): the
    agent then gets the notice and can fetch the outcome later."""
    try:
        item, body = await release(svc.reviews, item.id, via="hold", actor=ctx.key_id)
    except GatewayError:
        return None
    return None if body is None else (item, body)


def _body(data: dict, headers: dict[str, str], stream: bool) -> Response:
    if stream:
        return deliver.sse_body(completion.chunks_of(data), headers)
    return deliver.json_body(data, None, headers)
