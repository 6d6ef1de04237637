"""Starlette app factory: the routes, the one error handler, and start-up/shut-down wiring."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from gateway import agent_api, pipeline
from gateway.config import Settings
from gateway.console import routes as console
from gateway.errors import GatewayError, MethodNotAllowed, NotFound, StoreUnavailable
from gateway.judge import Judge
from gateway.openapi import openapi_document
from gateway.review import admin as review_admin
from gateway.review import api as review_api
from gateway.review import challenge
from gateway.services import Clock, Services, build_judge, build_services

log = logging.getLogger("gateway.app")
Handler = Callable[[Request, Services], Awaitable[Response]]


def error_response(error: GatewayError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status, headers=getattr(error, "headers", None))


async def models(request: Request, svc: Services) -> Response:
    agent = await svc.auth.agent(request.headers.get("authorization"))
    data = [{"id": name, "object": "model", "created": 0, "owned_by": agent.workflow.owner}
            for name in agent.models]
    return JSONResponse({"object": "list", "data": data})


async def healthz(request: Request, svc: Services) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request, svc: Services) -> Response:
    try:
        await svc.store.ping()
    except Exception:
        raise StoreUnavailable("the store is not reachable") from None
    return JSONResponse({"status": "ready", "store": svc.store.url.split("://")[0]})


async def openapi(request: Request, svc: Services) -> Response:
    return JSONResponse(openapi_document())


async def jwks(request: Request, svc: Services) -> Response:
    """The public keys that verify `x-gateway-attestation` (active and retired)."""
    if svc.attestor is None:
        raise NotFound("attestation is not configured")
    await svc.attestor.refresh()
    return JSONResponse(svc.attestor.jwks(), headers={"cache-control": "public, max-age=300"})


ROUTES: list[tuple[str, Handler, list[str]]] = [
    ("/v1/chat/completions", pipeline.chat_completions, ["POST"]),
    ("/v1/models", models, ["GET"]),
    ("/v1/requests/{request_id}", agent_api.request_status, ["GET"]),
    ("/healthz", healthz, ["GET"]),
    ("/readyz", readyz, ["GET"]),
    ("/openapi.json", openapi, ["GET"]),
    ("/.well-known/jwks.json", jwks, ["GET"]),
    *review_api.ROUTES, *challenge.ROUTES, *review_admin.ROUTES, *console.ROUTES,
]


def create_app(settings: Settings, *, clock: Clock | None = None, services: Services | None = None,
               extra_routes: list[tuple[str, Handler, list[str]]] = (), judge: Judge | None = None) -> Starlette:
    """The gateway app; services are built in the lifespan unless given (tests)."""
    state: dict[str, Services] = {}
    judge = judge or (None if services else build_judge(settings))  # a bad rule set stops start-up here

    def bind(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await handler(request, state["svc"])
        endpoint.__name__ = handler.__name__
        return endpoint

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        kwargs = {"clock": clock} if clock else {}
        state["svc"] = app.state.services = services or await build_services(settings, judge, **kwargs)
        for task in state["svc"].background:
            await task.start()
        try:
            yield
        finally:
            await state["svc"].judge.drain()  # deferred scans finish before the store closes
            for task in reversed(state["svc"].background):
                await task.stop()
            if services is None:
                await state["svc"].upstream.close()
                await state["svc"].store.close()

    routes = [Route(path, bind(handler), methods=methods) for path, handler, methods in [*ROUTES, *extra_routes]]
    return Starlette(routes=routes, lifespan=lifespan, exception_handlers={
        GatewayError: _gateway_error, HTTPException: _http_error, Exception: _unexpected})


async def _gateway_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, GatewayError)
    if exc.status >= 500:
        log.warning("%s %s -> %s %s", request.method, request.url.path, exc.status, exc.code)
    return error_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(NotFound(f"no route for {request.method} {request.url.path}"))
    if exc.status_code == 405:
        return error_response(MethodNotAllowed(f"{request.method} is not allowed on {request.url.path}"))
    return error_response(GatewayError(str(exc.detail), status=exc.status_code, code="http_error"))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(GatewayError("the gateway failed to handle this request"))
