"""`GET /v1/requests/{request_id}`: an agent looks up, with its own key, how one of its calls was
decided (decision, review, attestation), e.g. after a `watch` stream."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gateway.errors import NotFound
from gateway.services import Services


async def request_status(request: Request, svc: Services) -> Response:
    agent = await svc.auth.agent(request.headers.get("authorization"))
    request_id = request.path_params["request_id"]
    records = await svc.store.audit_for_request(request_id)
    calls = [r for r in records if r.get("event") == "call"]
    if not calls or calls[-1].get("workflow") != agent.workflow.id:
        raise NotFound(f"no request {request_id!r} for this workflow", code="request_not_found")
    call = calls[-1]
    body = {"request_id": request_id, "workflow": call.get("workflow"), "owner": call.get("owner"),
            "model": call.get("model"), "status": call.get("status"), "decision": call.get("decision"),
            "rule_ids": call.get("rule_ids", []), "rules_revision": call.get("rules_revision"),
            "review_id": call.get("review_id"), "ts": call.get("ts"),
            "attestation": next((r["attestation"] for r in reversed(records) if r.get("attestation")), None)}
    if call.get("review_id"):
        item = await svc.store.get_review(call["review_id"])
        body["review_status"] = item.state if item else None
    return JSONResponse(body)
