"""A fake OpenAI provider: POST /v1/chat/completions with answers scripted by the last user
message (`script:text`, `script:tools`, `script:slow`, `script:429`, `script:500`,
`script:garbage`, `script:400`, `script:cut`, `script:secret`; anything else is `text`). Honours `n` and
`stream` (SSE, tool-call deltas split across chunks, a usage chunk when asked for)."""

from __future__ import annotations

import asyncio
import itertools
import json

from aiohttp import web

from .server import FakeServer

TEXT = ("Ticket 4711: the VPN client times out after the latest update; two users are affected "
        "and the service desk has asked them for client logs.")
SECRET_TEXT = "The deploy script uses AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY."
TOOL_CALLS = (
    ("get_ticket", {"ticket_id": "4711", "fields": ["status", "summary"]}),
    ("add_comment", {"ticket_id": "4711", "text": "Asked both users for VPN client logs."}),
)
USAGE = {"prompt_tokens": 21, "completion_tokens": 17, "total_tokens": 38}
CREATED = 1_700_000_000
SLOW_SECONDS = 3.0


def script_of(text: str) -> str:
    word = text.strip().split(maxsplit=1)[0] if text.strip() else ""
    return word.removeprefix("script:") if word.startswith("script:") else "text"


class FakeOpenAI(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count(1)

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/v1/chat/completions", self.chat_completions)]

    async def chat_completions(self, request: web.Request) -> web.StreamResponse:
        received = await self.record(request)
        body = received.body or {}
        script = script_of(received.last_user_text())
        if script == "slow":
            await asyncio.sleep(SLOW_SECONDS)
        elif script == "429":
            return _error(429, "Rate limit reached for requests", "requests", "rate_limit_exceeded")
        elif script == "500":
            return _error(500, "The server had an error while processing your request.", "server_error", None)
        elif script == "400":  # echoes the credential, as some providers do in their messages
            key = received.headers.get("authorization", "").removeprefix("Bearer ")
            return _error(400, f"Invalid value for 'temperature' (request by key {key}).",
                          "invalid_request_error", "invalid_value")
        elif script == "garbage":
            if body.get("stream"):
                return await _sse(request, [b"data: {this is not json\n\n"])
            return web.Response(status=200, text="<html>upstream proxy error</html>", content_type="text/html")
        elif script == "cut":  # the connection drops mid-answer
            response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Content-Length": "100000"})
            await response.prepare(request)
            await response.write(b'data: {"id": "x", "object": "chat.completion.chunk", "choices": []}\n\n')
            request.transport.close()
            return response
        completion = self.completion(body, script)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            events = [b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks(completion, include_usage)]
            return await _sse(request, [*events, b"data: [DONE]\n\n"])
        return web.json_response(completion)

    def completion(self, body: dict, script: str) -> dict:
        n = int(body.get("n") or 1)
        choices = []
        for i in range(n):
            if script == "tools":
                message = {"role": "assistant", "content": None, "tool_calls": [
                    {"id": f"call_{j}_{name}", "type": "function",
                     "function": {"name": name, "arguments": json.dumps(args)}}
                    for j, (name, args) in enumerate(TOOL_CALLS)]}
                reason = "tool_calls"
            else:
                text = SECRET_TEXT if script == "secret" else TEXT
                if n > 1:
                    text = f"{text} (draft {i + 1})"
                message, reason = {"role": "assistant", "content": text}, "stop"
            choices.append({"index": i, "message": message, "logprobs": None, "finish_reason": reason})
        return {"id": f"chatcmpl-fake{next(self._ids)}", "object": "chat.completion", "created": CREATED,
                "model": body.get("model", ""), "system_fingerprint": "fp_fake", "choices": choices,
                "usage": USAGE}


def chunks(completion: dict, include_usage: bool) -> list[dict]:
    """The stream form of a completion: words as content deltas, tool-call arguments in pieces."""
    base = {"id": completion["id"], "object": "chat.completion.chunk", "created": completion["created"],
            "model": completion["model"], "system_fingerprint": "fp_fake"}

    def chunk(index: int, delta: dict, finish: str | None = None) -> dict:
        return base | {"choices": [{"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}]}

    out = []
    for choice in completion["choices"]:
        index, message = choice["index"], choice["message"]
        out.append(chunk(index, {"role": "assistant", "content": ""}))
        for piece in words(message.get("content") or ""):
            out.append(chunk(index, {"content": piece}))
        for j, call in enumerate(message.get("tool_calls") or []):
            out.append(chunk(index, {"tool_calls": [{"index": j, "id": call["id"], "type": "function",
                                                     "function": {"name": call["function"]["name"],
                                                                  "arguments": ""}}]}))
            arguments = call["function"]["arguments"]
            for start in range(0, len(arguments), 7):
                out.append(chunk(index, {"tool_calls": [{"index": j, "function": {
                    "arguments": arguments[start:start + 7]}}]}))
        out.append(chunk(index, {}, choice["finish_reason"]))
    if include_usage:
        out.append(base | {"choices": [], "usage": completion["usage"]})
    return out


def words(text: str) -> list[str]:
    """`text` cut into word pieces that join back to exactly `text`."""
    return [word if i == 0 else " " + word for i, word in enumerate(text.split(" "))] if text else []


def streamed_text(completion_chunks: list[dict], index: int = 0) -> str:
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in completion_chunks
                   if c["choices"] and c["choices"][0]["index"] == index)


def _error(status: int, message: str, type_: str, code: str | None) -> web.Response:
    return web.json_response({"error": {"message": message, "type": type_, "param": None, "code": code}},
                             status=status)


async def _sse(request: web.Request, events: list[bytes]) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await response.prepare(request)
    for event in events:
        await response.write(event)
    await response.write_eof()
    return response
