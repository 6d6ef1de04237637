"""Load generator: N requests at concurrency C against one URL; prints JSON with RPS and latency.

python bench/load.py URL KEY CONCURRENCY REQUESTS [--stream]
Non-streaming latency is the full response; streaming reports time to first byte and to [DONE].
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp

BODY = {"model": "bench", "messages": [{"role": "user", "content": "Summarise ticket 4711 for the queue."}]}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def run(url: str, key: str, concurrency: int, total: int, stream: bool) -> dict:
    payload = json.dumps({**BODY, "stream": stream}).encode()
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    latencies: list[float] = []
    ttfb: list[float] = []
    errors = 0
    remaining = total

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal remaining, errors
        while remaining > 0:
            remaining -= 1
            start = time.perf_counter()
            async with session.post(url, data=payload, headers=headers) as response:
                first = await response.content.readany()
                ttfb.append(time.perf_counter() - start)
                await response.read()
                if response.status != 200 or not first:
                    errors += 1
            latencies.append(time.perf_counter() - start)

    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        for _ in range(min(20, total)):  # warm the connection pool and the server
            async with session.post(url, data=payload, headers=headers) as response:
                await response.read()
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"requests": len(latencies), "errors": errors, "rps": len(latencies) / elapsed,
            "p50_ms": percentile(latencies, 0.5) * 1000, "p99_ms": percentile(latencies, 0.99) * 1000,
            "ttfb_p50_ms": percentile(ttfb, 0.5) * 1000, "ttfb_p99_ms": percentile(ttfb, 0.99) * 1000}


if __name__ == "__main__":
    import uvloop

    url, key, concurrency, total = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    result = uvloop.run(run(url, key, concurrency, total, "--stream" in sys.argv))
    print(json.dumps(result))
