"""Fault injection: the store goes away under a running gateway. No answer may leave without its
audit record, so calls get a clear 503 (an OpenAI error body, no answer content), readiness says
so, and the gateway serves again once the store is back."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import _answers_ping
from processes import stop, wait_ready
from test_redis_gateway import CONFIG, REPO, free_port


class Outage:
    def __init__(self, directory: Path, env: dict[str, str]) -> None:
        self.directory, self.env = directory, env
        self.redis_port, self.port = free_port(), free_port()
        self.config = directory / "config.yaml"
        self.config.write_text(CONFIG.format(store=f"redis://127.0.0.1:{self.redis_port}/0", rules=REPO / "rules")
                               .replace("key_ttl: 1h}}", "key_ttl: 1h, auth_cache_ttl: 0}}"), encoding="utf-8")
        self.redis: subprocess.Popen | None = None
        self.url = f"http://127.0.0.1:{self.port}"

    def start_redis(self) -> None:
        self.redis = subprocess.Popen([shutil.which("redis-server"), "--port", str(self.redis_port), "--bind",
                                       "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(self.directory)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while not _answers_ping(self.redis_port):
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.02)

    def stop_redis(self) -> None:
        assert self.redis is not None
        self.redis.kill()
        self.redis.wait(10)

    def key(self) -> str:
        issued = subprocess.run([sys.executable, "-m", "gateway.cli", "keys", "issue", "--workflow", "ticket-summary",
                                 "--config", str(self.config)], env=self.env, capture_output=True, text=True,
                                timeout=60, cwd=REPO)
        assert issued.returncode == 0, issued.stderr
        return issued.stdout.strip().splitlines()[-1]

    def ask(self, key: str) -> httpx.Response:
        return httpx.post(f"{self.url}/v1/chat/completions", timeout=30, headers={"Authorization": f"Bearer {key}"},
                          json={"model": "wire", "messages": [{"role": "user", "content": "summarise ticket 9"}]})


@pytest.fixture
def outage(tmp_path: Path, gateway_env: dict[str, str]) -> Iterator[Outage]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (scripts/test installs it with apt-get)")
    rig = Outage(tmp_path, gateway_env)
    rig.start_redis()
    with (tmp_path / "gateway.log").open("wb") as log:
        gateway = subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--config", str(rig.config),
                                    "--port", str(rig.port)], cwd=REPO, env=gateway_env, stdout=log,
                                   stderr=subprocess.STDOUT)
    try:
        wait_ready(gateway, rig.url, tmp_path / "gateway.log")
        yield rig
    finally:
        stop(gateway)
        if rig.redis is not None and rig.redis.poll() is None:
            rig.redis.kill()
            rig.redis.wait(10)


def test_a_lost_store_refuses_calls_with_503_and_recovers(outage: Outage) -> None:
    key = outage.key()
    assert outage.ask(key).status_code == 200

    outage.stop_redis()
    refused = outage.ask(key)
    assert refused.status_code == 503, refused.text
    error = refused.json()["error"]
    assert error["code"] == "store_unavailable" and error["type"] == "service_unavailable"
    assert "choices" not in refused.json() and "Traceback" not in refused.text
    assert httpx.get(f"{outage.url}/readyz", timeout=10).status_code == 503
    assert httpx.get(f"{outage.url}/healthz", timeout=10).status_code == 200  # alive, not ready

    outage.start_redis()  # an empty store: the old key is gone with it, a new one works
    assert httpx.get(f"{outage.url}/readyz", timeout=10).status_code == 200
    assert outage.ask(outage.key()).status_code == 200
