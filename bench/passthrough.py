"""The reference floor: bare starlette + uvicorn(httptools) + one aiohttp session, relaying bytes.

python bench/passthrough.py PORT UPSTREAM_URL
"""

from __future__ import annotations

import contextlib
import sys

import aiohttp
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route


def build(upstream: str) -> Starlette:
    state: dict = {}

    @contextlib.asynccontextmanager
    async def lifespan(app):
        state["session"] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        yield
        await state["session"].close()

    async def relay(request: Request) -> Response:
        body = await request.body()
        response = await state["session"].post(upstream, data=body, headers={"Content-Type": "application/json"})
        if b'"stream": true' in body or b'"stream":true' in body:
            async def chunks():
                async with response:
                    async for chunk in response.content.iter_any():
                        yield chunk
            return StreamingResponse(chunks(), media_type="text/event-stream")
        async with response:
            return Response(await response.read(), media_type="application/json")

    return Starlette(routes=[Route("/v1/chat/completions", relay, methods=["POST"])], lifespan=lifespan)


if __name__ == "__main__":
    uvicorn.run(build(sys.argv[2]), host="127.0.0.1", port=int(sys.argv[1]), loop="uvloop",
                http="httptools", access_log=False, log_level="warning")
