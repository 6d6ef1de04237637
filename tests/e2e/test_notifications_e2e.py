"""Notifications and escalation through the running gateway (uvicorn in a thread, real SQLite, a
real webhook receiver): a rejection sends `decided` and `rollback`, signed; a held answer past its
SLA on the injected clock is escalated, then expires, each notified once."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from aiohttp import web
from fakes.server import FakeServer, Received
from review_fixtures import GRANT, FakeClock, StubEngine

from gateway.app import create_app
from gateway.auth import new_key
from gateway.config import load_settings
from gateway.judge import Judge
from gateway.policy.reload import Policy
from gateway.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[2]
SECRET = "whsec-e2e-0123456789abcdef"
CONFIG = """\
server: {{host: 127.0.0.1, port: 0}}
store: sqlite:///{db}
models:
  - model_name: demo
    litellm_params: {{model: demo/identity-assistant}}
principals:
  - {{id: olivia, name: Olivia Owner}}
  - {{id: bob, name: Bob Reviewer, roles: [reviewer]}}
  - {{id: oncall, kind: group, members: [bob], roles: [reviewer]}}
workflows:
  - {{id: wf-held, owner: olivia, risk_tier: high, models: [demo], reviewers: [bob],
     review_sla: 10m, escalate_to: oncall, expire_after: 1h}}
notifications:
  webhooks:
    - {{url: "{hook}", secret: {secret}}}
escalation: {{interval: 0.02s}}
rules: {rules}
"""


class Receiver(FakeServer):
    def routes(self) -> list[web.RouteDef]:
        async def hook(request: web.Request) -> web.Response:
            await self.record(request)
            return web.Response(text="ok")
        return [web.post("/hook", hook)]

    def events(self, review_id: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if (r.body or {}).get("review_id") == review_id]

    def wait(self, review_id: str, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.events(review_id)) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.events(review_id)


class Running:
    def __init__(self, url: str, clock: FakeClock, settings, store: SqliteStore, receiver: Receiver) -> None:
        self.url, self.clock, self.settings, self.store, self.receiver = url, clock, settings, store, receiver

    def key(self, workflow: str = "wf-held", person: str | None = None) -> str:
        kind = {"kind": "person", "principal": person} if person else {}
        secret, record = new_key(self.settings, "-" if person else workflow, now=self.clock(), ttl=86400,
                                 name=person or workflow, **kind)
        asyncio.run(self.store.put_key(record))
        return secret

    def hold(self) -> str:
        response = httpx.post(f"{self.url}/v1/chat/completions", timeout=30,
                              headers={"authorization": f"Bearer {self.key()}"},
                              json={"model": "demo", "messages": [{"role": "user", "content": GRANT}]})
        assert response.headers["x-gateway-decision"] == "quarantine", response.text
        assert "x-gateway-attestation" not in response.headers
        return response.headers["x-gateway-review-id"]

    def audit(self, review_id: str) -> list[str]:
        async def collect() -> list[str]:
            return [r["event"] async for r in self.store.audit_records() if r.get("review_id") == review_id]
        return asyncio.run(collect())


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    receiver = Receiver().start()
    directory = tmp_path_factory.mktemp("notify")
    config = directory / "config.yaml"
    config.write_text(CONFIG.format(db=directory / "gateway.db", hook=f"{receiver.url}/hook", secret=SECRET,
                                    rules=REPO / "rules"))
    settings = load_settings(config)
    clock = FakeClock()
    app = create_app(settings, clock=clock, judge=Judge(StubEngine(), Policy(settings.rules)))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="notify-gw", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not (server.started and server.servers):
        assert time.monotonic() < deadline and thread.is_alive(), "the gateway did not start"
        time.sleep(0.01)
    store = SqliteStore(settings.store)
    yield Running(f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}", clock, settings, store,
                  receiver)
    server.should_exit = True
    thread.join(10)
    asyncio.run(store.close())
    receiver.stop()


def _signed(received: Received) -> bool:
    expected = "sha256=" + hmac.new(SECRET.encode(), received.raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(received.headers["x-gateway-signature"], expected)


def test_a_rejection_is_notified_as_decided_and_rollback(running: Running) -> None:
    review_id = running.hold()
    bob = running.key(person="bob")
    rejected = httpx.post(f"{running.url}/v1/reviews/{review_id}/reject", timeout=30,
                          headers={"authorization": f"Bearer {bob}"}, json={"justification": "no ticket for this"})
    assert rejected.status_code == 200, rejected.text
    got = [r for r in running.receiver.wait(review_id, 3) if r.body["event"] in ("decided", "rollback")]
    assert sorted(r.body["event"] for r in got) == ["decided", "rollback"]
    for received in got:
        assert _signed(received)
        assert received.headers["x-gateway-event"] == received.body["event"]
        assert received.headers["x-gateway-idempotency-key"] == received.body["id"]
        assert (received.body["workflow"], received.body["owner"], received.body["state"]) == \
            ("wf-held", "olivia", "rejected")


def test_a_held_answer_past_its_sla_is_escalated_then_expires(running: Running) -> None:
    review_id = running.hold()
    quarantined = [r for r in running.receiver.wait(review_id, 1) if r.body["event"] == "quarantined"]
    assert len(quarantined) == 1 and _signed(quarantined[0])
    running.clock.advance(601)
    escalated = [r for r in running.receiver.wait(review_id, 2) if r.body["event"] == "escalated"]
    assert len(escalated) == 1 and _signed(escalated[0]) and escalated[0].body["escalated_to"] == "oncall"
    item = asyncio.run(running.store.get_review(review_id))
    assert item.state == "pending" and item.data["escalated"] is True
    running.clock.advance(3600)
    events = [r.body["event"] for r in running.receiver.wait(review_id, 4) if r.body["event"] != "quarantined"]
    assert events.count("escalated") == 1 and "expired" in events and "rollback" in events
    assert asyncio.run(running.store.get_review(review_id)).state == "expired"
    assert running.audit(review_id).count("review_escalated") == 1
    assert "review_expired" in running.audit(review_id)
    assert json.loads(escalated[0].raw)["request_id"] == item.request_id
