"""The gateway's own API as OpenAPI 3.1, served at /openapi.json; grows with the routes."""

from __future__ import annotations

from gateway import __version__

_ERROR = {"$ref": "#/components/schemas/Error"}
_BEARER = [{"gatewayKey": []}]


def _op(summary: str, responses: dict, *, body: str | None = None, params: list | None = None,
        secure: bool = True) -> dict:
    op: dict = {"summary": summary, "responses": {
        code: {"description": text, "content": {"application/json": {"schema": _ERROR if code[0] in "45" else {}}}}
        for code, text in responses.items()}}
    if secure:
        op["security"] = _BEARER
    if body:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": {"$ref": body}}}}
    if params:
        op["parameters"] = [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                            for p in params]
    return op


def openapi_document() -> dict:
    chat_responses = {"200": "chat.completion (or text/event-stream when stream=true)",
                      "400": "invalid request", "401": "unknown, expired or revoked key",
                      "403": "model outside the workflow, or blocked by policy",
                      "409": "held for review (on_quarantine: error)", "413": "body too large",
                      "429": "provider rate limit", "502": "provider fault", "503": "store unavailable",
                      "504": "provider timeout"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Accountable LLM gateway", "version": __version__,
                 "description": "OpenAI-compatible gateway that tags, inspects, holds and audits answers."},
        "paths": {
            "/v1/chat/completions": {"post": _op("Chat completion through the gateway", chat_responses,
                                                 body="#/components/schemas/ChatRequest")},
            "/v1/models": {"get": _op("Models the caller's workflow may use", {"200": "model list",
                                                                                 "401": "bad key"})},
            "/healthz": {"get": _op("Liveness", {"200": "alive"}, secure=False)},
            "/readyz": {"get": _op("Readiness (store reachable)", {"200": "ready", "503": "store down"},
                                   secure=False)},
        },
        "components": {
            "securitySchemes": {"gatewayKey": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
                    "message": {"type": "string"}, "type": {"type": "string"}, "code": {"type": "string"},
                    "param": {"type": ["string", "null"]}}}}},
                "ChatRequest": {"type": "object", "required": ["model", "messages"],
                                "additionalProperties": True,
                                "properties": {"model": {"type": "string"}, "messages": {"type": "array"},
                                               "stream": {"type": "boolean"}, "n": {"type": "integer"},
                                               "tools": {"type": "array"}}},
            },
        },
    }
