"""Approval -> release latency for `on_quarantine: hold`: a real `gateway serve` (SQLite, the real
detectors and rules, the demo model), real HTTP. Each round an agent asks for a grant (held open),
a reviewer approves it over the API, and we time from sending the approval to the held request's
response arriving at the agent.

    python bench/approval_latency.py [--rounds 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.auth import new_key  # noqa: E402
from gateway.config import load_settings  # noqa: E402
from gateway.store.sqlite import SqliteStore  # noqa: E402

CONFIG = """\
server: {{host: 127.0.0.1, port: {port}}}
store: sqlite:///{db}
models:
  - model_name: demo
    litellm_params: {{model: demo/identity-assistant}}
principals:
  - {{id: olivia, roles: [reviewer]}}
  - {{id: bob, roles: [reviewer]}}
workflows:
  - {{id: held, owner: olivia, risk_tier: high, models: [demo], reviewers: [bob], on_quarantine: hold,
     hold_seconds: 60s}}
rules: {rules}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def keys(config: Path) -> tuple[str, str]:
    settings = load_settings(config)
    store = SqliteStore(settings.store)
    agent, agent_record = new_key(settings, "held", now=time.time(), ttl=3600, name="bench")
    person, person_record = new_key(settings, "-", now=time.time(), ttl=3600, kind="person", principal="bob")

    async def put() -> None:
        await store.put_key(agent_record)
        await store.put_key(person_record)
        await store.close()
    asyncio.run(put())
    return agent, person


def one_round(http: httpx.Client, agent: str, person: str, known: set[str]) -> tuple[float, float]:
    done: dict[str, float] = {}

    def ask() -> None:
        response = http.post("/v1/chat/completions", headers={"authorization": f"Bearer {agent}"},
                             json={"model": "demo", "messages": [{"role": "user", "content": "grant bob admin"}]})
        done["at"] = time.perf_counter()
        done["status"] = response.headers.get("x-gateway-review-status", "")
    thread = threading.Thread(target=ask)
    thread.start()
    auth = {"authorization": f"Bearer {person}"}
    while True:  # the held request has created its item
        pending = http.get("/v1/reviews?status=pending", headers=auth).json()["data"]
        fresh = [i["id"] for i in pending if i["id"] not in known]
        if fresh:
            break
        time.sleep(0.002)
    review_id = fresh[0]
    known.add(review_id)
    started = time.perf_counter()
    http.post(f"/v1/reviews/{review_id}/approve", headers=auth, json={"justification": "bench approval"})
    approved = time.perf_counter()
    thread.join(30)
    if done.get("status") != "approved":
        raise RuntimeError(f"round for {review_id} was not released: {done}")
    return (done["at"] - started) * 1000, (approved - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        config = Path(tmp) / "config.yaml"
        config.write_text(CONFIG.format(port=port, db=Path(tmp) / "bench.db", rules=ROOT / "rules"))
        agent, person = keys(config)
        env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "NO_PROXY": "127.0.0.1"}
        server = subprocess.Popen([sys.executable, "-m", "gateway.cli", "serve", "--config", str(config)],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            url = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=url, timeout=60, trust_env=False) as http:
                deadline = time.monotonic() + 60
                while True:
                    try:
                        if http.get("/readyz").status_code == 200:
                            break
                    except httpx.TransportError:
                        if time.monotonic() > deadline or server.poll() is not None:
                            raise RuntimeError(server.stderr.read().decode() if server.stderr else "no start") from None
                    time.sleep(0.05)
                known: set[str] = set()
                one_round(http, agent, person, known)  # warm-up
                samples = [one_round(http, agent, person, known) for _ in range(args.rounds)]
        finally:
            server.terminate()
            server.wait(10)
    release = sorted(s[0] for s in samples)
    approve = sorted(s[1] for s in samples)
    q = statistics.quantiles(release, n=100)
    print(f"approval -> release of a held request, {len(samples)} approvals (real server, real HTTP):")
    print(f"  p50 {statistics.median(release):.2f} ms   p90 {q[89]:.2f} ms   p99 {q[98]:.2f} ms   "
          f"max {release[-1]:.2f} ms")
    print(f"  (of which the approve call itself: p50 {statistics.median(approve):.2f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
