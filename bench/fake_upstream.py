"""A fast fake OpenAI-wire provider for the benchmark: answers at once, streams 20 chunks.

python bench/fake_upstream.py PORT
"""

from __future__ import annotations

import json
import sys

from aiohttp import web

ANSWER = {
    "id": "chatcmpl-bench", "object": "chat.completion", "created": 1700000000, "model": "bench",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {
        "role": "assistant",
        "content": "Summary: the VPN client times out after the update; two users affected; logs requested."}}],
    "usage": {"prompt_tokens": 20, "completion_tokens": 20, "total_tokens": 40},
}
BODY = json.dumps(ANSWER).encode()
CHUNKS = [
    b"data: " + json.dumps({"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1700000000,
                            "model": "bench", "choices": [{"index": 0, "delta": {"content": f"word{i} "},
                                                           "finish_reason": None}]}).encode() + b"\n\n"
    for i in range(19)
] + [
    b"data: " + json.dumps({"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1700000000,
                            "model": "bench", "choices": [{"index": 0, "delta": {},
                                                           "finish_reason": "stop"}]}).encode() + b"\n\n",
    b"data: [DONE]\n\n",
]


async def completions(request: web.Request) -> web.StreamResponse:
    body = await request.json()
    if not body.get("stream"):
        return web.Response(body=BODY, content_type="application/json")
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for chunk in CHUNKS:
        await response.write(chunk)
    await response.write_eof()
    return response


def main() -> None:
    app = web.Application()
    app.router.add_post("/v1/chat/completions", completions)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)


if __name__ == "__main__":
    main()
