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


def review_paths() -> dict:
    """Review, challenge and admin routes (gateway/review/): person keys, or an agent key for GET."""
    refused = {"401": "bad key", "403": "refused: agent_cannot_decide, not_assigned, self_approval, "
               "duplicate_approver, owner_approval_required, role_required, admin_required, workflow_suspended",
               "404": "no such item (or another workflow's)"}
    decided = {"200": "the item after the action", "400": "justification_required", **refused,
               "409": "not_pending, answer_digest_mismatch"}
    body = "#/components/schemas/ReviewAction"
    paths: dict = {
        "/v1/reviews": {"get": _op("Review items the caller may see (filters: status, workflow, tier, age, "
                                   "sla_breached)", {"200": "list", **refused})},
        "/v1/reviews/{review_id}": {"get": _op(
            "An agent key: its own outcome (pending | approved with the released completion | rejected "
            "with the reason | expired). A person key: the full item", {"200": "the item", **refused,
                                                                        "409": "release_refused"},
            params=["review_id"])},
        "/v1/requests/{request_id}/challenge": {"post": _op(
            "Challenge an allowed or approved answer: it becomes a pending review item",
            {"201": "the new item", **refused, "409": "already_under_review, not_challengeable"},
            body=body, params=["request_id"])},
        "/v1/admin/keys": {"post": _op("Issue an agent key (workflow, ttl, models, name, on_behalf_of); "
                                       "the key is returned once", {"201": "the key", "400": "bad field", **refused},
                                       body="#/components/schemas/KeyRequest")},
        "/v1/admin/keys/{key_id}": {"delete": _op("Revoke a key", {"200": "revoked", **refused},
                                                  params=["key_id"])},
    }
    for action in ("approve", "reject", "escalate", "reassign", "comment"):
        paths[f"/v1/reviews/{{review_id}}/{action}"] = {"post": _op(f"{action.capitalize()} a review item",
                                                                    decided, body=body, params=["review_id"])}
    for action in ("suspend", "resume"):
        paths[f"/v1/admin/workflows/{{workflow_id}}/{action}"] = {"post": _op(
            f"Kill switch: {action} a workflow", {"200": "the workflow's state", **refused},
            body=body, params=["workflow_id"])}
    return paths


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
            "/.well-known/jwks.json": {"get": _op("Public keys (JWKS, Ed25519) that verify x-gateway-attestation",
                                                  {"200": "JWKS"}, secure=False)},
            **review_paths(),
        },
        "components": {
            "securitySchemes": {"gatewayKey": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
                    "message": {"type": "string"}, "type": {"type": "string"}, "code": {"type": "string"},
                    "param": {"type": ["string", "null"]}}}}},
                "ReviewAction": {"type": "object", "additionalProperties": False, "properties": {
                    "justification": {"type": "string"}, "reason": {"type": "string"}, "text": {"type": "string"},
                    "to": {"type": "string"}, "answer_digest": {"type": "string"}}},
                "KeyRequest": {"type": "object", "required": ["workflow"], "properties": {
                    "workflow": {"type": "string"}, "ttl": {"type": ["string", "number"]},
                    "models": {"type": "array", "items": {"type": "string"}}, "name": {"type": "string"},
                    "on_behalf_of": {"type": "string"}}},
                "ChatRequest": {"type": "object", "required": ["model", "messages"],
                                "additionalProperties": True,
                                "properties": {"model": {"type": "string"}, "messages": {"type": "array"},
                                               "stream": {"type": "boolean"}, "n": {"type": "integer"},
                                               "tools": {"type": "array"}}},
            },
        },
    }
