"""A fake Anthropic provider: POST /v1/messages (Messages API), plain and SSE streams with
message_start, content_block_start/delta/stop, message_delta and message_stop; `script:tools`
answers with a tool_use block, `script:429` and `script:500` with Anthropic error bodies."""

from __future__ import annotations

import itertools
import json

from aiohttp import web

from .openai_upstream import script_of, words
from .server import FakeServer

TEXT = "Ticket 4711 is about a VPN timeout after the client update; no account or access is involved."
TOOL = ("get_ticket", {"ticket_id": "4711"})
TOOL_PREAMBLE = "Let me look up the ticket."


class FakeAnthropic(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count(1)

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/v1/messages", self.messages)]

    async def messages(self, request: web.Request) -> web.StreamResponse:
        received = await self.record(request)
        body = received.body or {}
        script = script_of(received.last_user_text())
        if script == "429":
            return _error(429, "rate_limit_error", "Number of requests has exceeded your rate limit.")
        if script == "500":
            return _error(500, "api_error", "Internal server error.")
        message = self.message(body, script)
        if body.get("stream"):
            return await self.stream(request, message)
        return web.json_response(message)

    def message(self, body: dict, script: str) -> dict:
        if script == "tools":
            name, arguments = TOOL
            content = [{"type": "text", "text": TOOL_PREAMBLE},
                       {"type": "tool_use", "id": "toolu_01FakeTool", "name": name, "input": arguments}]
            stop = "tool_use"
        else:
            content, stop = [{"type": "text", "text": TEXT}], "end_turn"
        return {"id": f"msg_fake{next(self._ids)}", "type": "message", "role": "assistant",
                "model": body.get("model", ""), "content": content, "stop_reason": stop, "stop_sequence": None,
                "usage": {"input_tokens": 25, "output_tokens": 19}}

    async def stream(self, request: web.Request, message: dict) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        for name, data in events(message):
            await response.write(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode())
        await response.write_eof()
        return response


def events(message: dict) -> list[tuple[str, dict]]:
    """The Messages API stream of a message: text in word deltas, tool input as partial JSON."""
    start = dict(message, content=[], stop_reason=None, usage={"input_tokens": 25, "output_tokens": 1})
    out: list[tuple[str, dict]] = [("message_start", {"type": "message_start", "message": start}),
                                   ("ping", {"type": "ping"})]
    for index, block in enumerate(message["content"]):
        if block["type"] == "text":
            out.append(("content_block_start", {"type": "content_block_start", "index": index,
                                                "content_block": {"type": "text", "text": ""}}))
            for piece in words(block["text"]):
                out.append(("content_block_delta", {"type": "content_block_delta", "index": index,
                                                    "delta": {"type": "text_delta", "text": piece}}))
        else:
            out.append(("content_block_start", {"type": "content_block_start", "index": index, "content_block": {
                "type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}}))
            arguments = json.dumps(block["input"])
            for cut in range(0, len(arguments), 6):
                out.append(("content_block_delta", {"type": "content_block_delta", "index": index, "delta": {
                    "type": "input_json_delta", "partial_json": arguments[cut:cut + 6]}}))
        out.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
    out.append(("message_delta", {"type": "message_delta",
                                  "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                                  "usage": {"output_tokens": message["usage"]["output_tokens"]}}))
    out.append(("message_stop", {"type": "message_stop"}))
    return out


def _error(status: int, type_: str, message: str) -> web.Response:
    return web.json_response({"type": "error", "error": {"type": type_, "message": message}}, status=status)
