"""Deliver the decided answer: the contract headers, then allow/flag (as received or redacted),
quarantine (the `notice` form), or block (an error, raised by the pipeline)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.responses import Response

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


def sse_body(chunks: Iterable[dict], headers: dict[str, str], raw_lines: list[bytes] | None = None) -> Response:
    """A buffered stream: the whole answer is decided before the first byte, so it goes out in
    one write; `raw_lines` are the provider's own `data:` lines, relayed as received."""
    if raw_lines is not None:
        events = [*raw_lines, b"data: [DONE]"]
    else:
        events = [b"data: " + json.dumps(chunk, ensure_ascii=False).encode() for chunk in chunks]
        events.append(b"data: [DONE]")
    return Response(b"\n\n".join(events) + b"\n\n", headers=headers | {"cache-control": "no-cache"},
                    media_type="text/event-stream")
