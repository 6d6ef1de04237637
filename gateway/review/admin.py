"""The admin API for automation: issue and revoke agent keys (so a pipeline can mint short-lived
keys), and the kill switch per workflow. Admin role required; every action is audited."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gateway.audit import utc_iso
from gateway.auth import new_key
from gateway.config import parse_duration
from gateway.errors import BadRequest, NotFound
from gateway.review.api import body_of, person, refusing
from gateway.review.duties import Refused
from gateway.review.principals import Person
from gateway.review.suspend import set_suspended
from gateway.services import Services


async def admin(request: Request, svc: Services, action: str) -> Person:
    caller = await person(request, svc, action)

    async def check() -> None:
        if not caller.has("admin"):
            raise Refused(f"{caller.id} is not an admin", code="admin_required")
    await refusing(svc, caller.id, action, None, check())
    return caller


async def issue_key(request: Request, svc: Services) -> Response:
    caller = await admin(request, svc, "issue_key")
    body = await body_of(request, svc)
    try:
        ttl = None if body.get("ttl") is None else parse_duration(body["ttl"])
    except ValueError as exc:
        raise BadRequest(str(exc), param="ttl") from None
    if ttl is not None and not 0 < ttl <= svc.settings.server.key_ttl:
        raise BadRequest(f"ttl must be positive and at most the configured key_ttl "
                         f"({svc.settings.server.key_ttl:g}s)", param="ttl")
    models = body.get("models") or ()
    if not isinstance(models, list | tuple) or not all(isinstance(m, str) for m in models):
        raise BadRequest("models must be a list of model names", param="models")
    secret, record = new_key(svc.settings, str(body.get("workflow") or ""), now=svc.clock(), ttl=ttl,
                             models=tuple(models), name=str(body.get("name") or ""),
                             on_behalf_of=body.get("on_behalf_of"))
    await svc.store.put_key(record)
    workflow = svc.settings.workflow(record.workflow)
    await svc.audit.record("key_issued", key_id=record.id, workflow=record.workflow, owner=workflow.owner,
                           name=record.name, models=list(record.models) or None, requester=record.on_behalf_of,
                           expires=utc_iso(record.expires), actor=caller.id)
    return JSONResponse({"id": record.id, "object": "key", "key": secret, "workflow": record.workflow,
                         "owner": workflow.owner, "name": record.name, "models": list(record.models),
                         "on_behalf_of": record.on_behalf_of, "expires": utc_iso(record.expires)}, status_code=201)


async def revoke_key(request: Request, svc: Services) -> Response:
    caller = await admin(request, svc, "revoke_key")
    key_id = request.path_params["key_id"]
    key = await svc.store.get_key(key_id)
    if key is None or not await svc.store.revoke_key(key_id, svc.clock()):
        raise NotFound(f"no key {key_id!r}", code="key_not_found")
    svc.auth.forget_key(key_id)
    await svc.audit.record("key_revoked", key_id=key.id, workflow=key.workflow, actor=caller.id)
    return JSONResponse({"id": key.id, "object": "key", "revoked": True})


def _switch(suspended: bool):
    async def handler(request: Request, svc: Services) -> Response:
        action = "suspend" if suspended else "resume"
        caller = await admin(request, svc, f"workflow_{action}")
        body = await body_of(request, svc)
        state = await set_suspended(svc.settings, svc.store, svc.audit, request.path_params["workflow_id"],
                                    suspended=suspended, actor=caller.id, reason=str(body.get("reason") or ""))
        svc.auth.forget_workflow(request.path_params["workflow_id"])
        return JSONResponse(state)
    handler.__name__ = "suspend_workflow" if suspended else "resume_workflow"
    return handler


ROUTES = [
    ("/v1/admin/keys", issue_key, ["POST"]),
    ("/v1/admin/keys/{key_id}", revoke_key, ["DELETE"]),
    ("/v1/admin/workflows/{workflow_id}/suspend", _switch(True), ["POST"]),
    ("/v1/admin/workflows/{workflow_id}/resume", _switch(False), ["POST"]),
]
