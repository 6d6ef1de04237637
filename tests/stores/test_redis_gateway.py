"""Two real `gateway serve` replicas on one redis-server: a key issued by the CLI works on both,
calls through either land on one audit chain, and `gateway audit verify` accepts it."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import redis
from processes import stop, wait_ready

from gateway.chain import verify
from gateway.store.redis import RedisStore

REPO = Path(__file__).resolve().parents[2]
DB = 1  # the contract flushes 0

CONFIG = """\
server: {{host: 127.0.0.1, port: 0, key_ttl: 1h}}
store: {store}
models:
  - model_name: wire
    litellm_params: {{model: openai/fake-gpt, api_base: "${{FAKE_OPENAI_URL}}/v1", api_key: "${{WIRE_DEFAULT_KEY}}",
                      timeout: 10, max_retries: 0}}
principals:
  - {{id: dan, name: Dan Whitfield, roles: [reviewer]}}
workflows:
  - {{id: ticket-summary, owner: dan, risk_tier: low, models: [wire], reviewers: [dan]}}
rules: {rules}
inspection:
  detectors: []
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Replicas:
    def __init__(self, store_url: str, config: Path, env: dict[str, str], urls: list[str]) -> None:
        self.store_url, self.config, self.env, self.urls = store_url, config, env, urls

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "gateway.cli", *args, "--config", str(self.config)],
                              env=self.env, capture_output=True, text=True, timeout=60, cwd=REPO)

    def store_call(self, work):
        async def run():
            store = RedisStore(self.store_url)
            try:
                return await work(store)
            finally:
                await store.close()
        return asyncio.run(run())


@pytest.fixture(scope="module")
def replicas(redis_server: str, gateway_env: dict[str, str], tmp_path_factory) -> Iterator[Replicas]:
    store_url = f"{redis_server}/{DB}"
    with redis.Redis.from_url(store_url) as client:
        client.flushdb()
    directory = tmp_path_factory.mktemp("redis-gateway")
    config = directory / "config.yaml"
    config.write_text(CONFIG.format(store=store_url, rules=REPO / "rules"), encoding="utf-8")
    processes, urls = [], []
    try:
        for n in range(2):
            port = free_port()
            with (directory / f"replica{n}.log").open("wb") as log:
                processes.append(subprocess.Popen(
                    [sys.executable, "-m", "gateway.cli", "serve", "--config", str(config), "--port", str(port)],
                    cwd=REPO, env=gateway_env, stdout=log, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}")
        for process, url, n in zip(processes, urls, range(2), strict=True):
            wait_ready(process, url, directory / f"replica{n}.log")
        yield Replicas(store_url, config, gateway_env, urls)
    finally:
        for process in processes:
            stop(process)


def test_both_replicas_report_the_redis_store(replicas: Replicas) -> None:
    for url in replicas.urls:
        assert httpx.get(f"{url}/readyz", timeout=5).json()["store"] == "redis"


def test_calls_through_two_replicas_land_on_one_verified_chain(replicas: Replicas) -> None:
    issued = replicas.cli("keys", "issue", "--workflow", "ticket-summary")
    assert issued.returncode == 0, issued.stderr
    secret = issued.stdout.strip().splitlines()[-1]

    def call(n: int) -> httpx.Response:
        return httpx.post(f"{replicas.urls[n % 2]}/v1/chat/completions", timeout=30,
                          headers={"Authorization": f"Bearer {secret}"},
                          json={"model": "wire", "messages": [{"role": "user", "content": f"summarise ticket {n}"}]})
    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(call, range(16)))

    assert [r.status_code for r in responses] == [200] * 16, responses[0].text
    request_ids = [r.headers["x-gateway-request-id"] for r in responses]
    for request_id in request_ids:
        found = replicas.store_call(lambda s, rid=request_id: s.audit_for_request(rid))
        assert found and all(r["request_id"] == request_id for r in found)
    chain = replicas.store_call(lambda s: _collect(s))
    assert verify(chain) == (len(chain), None)
    result = replicas.cli("audit", "verify")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"ok: {len(chain)} records")


async def _collect(store: RedisStore) -> list[dict]:
    return [r async for r in store.audit_records()]
