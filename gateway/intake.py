"""Read and check an agent's request body: size limit, JSON, the fields chat completions need.
Every field is passed through to the provider; only the shape is checked here."""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.requests import Request

from gateway.errors import BadRequest, BodyTooLarge


@dataclass(slots=True)
class ChatRequest:
    body: dict
    model: str
    stream: bool


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes (declared or sent)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"request body is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_json(request: Request, limit: int) -> dict:
    raw = await read_body(request, limit)
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("request body is not valid JSON", code="invalid_json") from None
    if not isinstance(body, dict):
        raise BadRequest("request body must be a JSON object", code="invalid_json")
    return body


def chat_request(body: dict) -> ChatRequest:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise BadRequest("'model' is required and must be a string", param="model", code="invalid_type")
    messages = body.get("messages")
    if messages is None:
        raise BadRequest("'messages' is required", param="messages", code="missing_field")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("'messages' must be a non-empty array", param="messages", code="invalid_type")
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise BadRequest(f"messages[{i}] must be an object with a 'role'", param=f"messages[{i}]",
                             code="invalid_type")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise BadRequest("'stream' must be a boolean", param="stream", code="invalid_type")
    n = body.get("n", 1)
    if n is not None and (not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 16):
        raise BadRequest("'n' must be an integer from 1 to 16", param="n", code="invalid_type")
    if body.get("tools") is not None and not isinstance(body["tools"], list):
        raise BadRequest("'tools' must be an array", param="tools", code="invalid_type")
    return ChatRequest(body, model, stream)
