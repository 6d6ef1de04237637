"""Deliver the decided answer: the contract headers, then allow/flag (as received or redacted),
quarantine (the `notice` form), or block (an error, raised by the pipeline)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable

from starlette.responses import Response, StreamingResponse

from gateway.types import CallContext, Decision


def contract_headers(ctx: CallContext, decision: Decision | None = None, review_id: str | None = None,
                     review_status: str | None = None) -> dict[str, str]:
    headers = {"x-gateway-request-id": ctx.request_id, "x-gateway-workflow": ctx.workflow,
               "x-gateway-owner": ctx.owner}
    if decision is not None:
        headers["x-gateway-decision"] = decision.header
    if review_id:
        headers["x-gateway-review-id"] = review_id
        headers["x-gateway-review-status"] = review_status or "pending"
    return headers


def json_body(data: dict | None, raw: bytes | None, headers: dict[str, str], status: int = 200) -> Response:
    """The provider's own bytes when the answer goes out unchanged, else the re-serialised body."""
    content = raw if raw is not None else json.dumps(data, ensure_ascii=False).encode()
    return Response(content, status_code=status, headers=headers, media_type="application/json")


def sse_body(chunks: Iterable[dict], headers: dict[str, str]) -> StreamingResponse:
    return StreamingResponse(_sse(chunks), headers=headers | {"cache-control": "no-cache"},
                             media_type="text/event-stream")


async def _sse(chunks: Iterable[dict]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"
