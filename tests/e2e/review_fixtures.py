"""Fixtures for the review tests: a real gateway (uvicorn, real SQLite, real HTTP) in a thread of
this process, so time runs on an injectable clock; a workflow per on_quarantine mode on the
built-in demo model; people with person keys; and a small stub detector, so what is held does
not depend on the detectors' tuning (the real rules still decide)."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gateway.app import create_app
from gateway.auth import new_key
from gateway.config import load_settings
from gateway.judge import Judge
from gateway.policy.reload import Policy
from gateway.services import Services
from gateway.store.sqlite import SqliteStore
from gateway.types import Answer, Finding

REPO = Path(__file__).resolve().parents[2]

CONFIG = """\
server: {{host: 127.0.0.1, port: 0, key_ttl: 24h, auth_cache_ttl: 0}}  # CLI changes seen at once
store: sqlite:///{db}
models:
  - model_name: demo
    litellm_params: {{model: demo/identity-assistant}}
principals:
  - {{id: alice, name: Alice Admin, roles: [admin]}}
  - {{id: bob, name: Bob Reviewer, roles: [reviewer]}}
  - {{id: carol, name: Carol Reviewer, roles: [reviewer]}}
  - {{id: dan, name: Dan Unassigned, roles: [reviewer]}}
  - {{id: erin, name: Erin Auditor, roles: [auditor]}}
  - {{id: olivia, name: Olivia Owner}}
  - {{id: pat, name: Pat Requester, roles: [reviewer]}}
  - {{id: iam-reviewers, kind: group, members: [bob, carol, pat], roles: [reviewer]}}
workflows:
  - {{id: wf-notice, owner: olivia, risk_tier: high, models: [demo], reviewers: [iam-reviewers]}}
  - {{id: wf-hold, owner: olivia, risk_tier: high, models: [demo], reviewers: [iam-reviewers],
     on_quarantine: hold, hold_seconds: 30s, approval_ttl: 1h}}
  - {{id: wf-error, owner: olivia, risk_tier: high, models: [demo], reviewers: [iam-reviewers],
     on_quarantine: error}}
  - {{id: wf-two, owner: olivia, risk_tier: high, models: [demo], reviewers: [iam-reviewers, olivia],
     approvals_required: 2, owner_approval: true}}
  - {{id: wf-low, owner: olivia, risk_tier: low, models: [demo], reviewers: [iam-reviewers]}}
  - {{id: wf-kill, owner: olivia, risk_tier: high, models: [demo], reviewers: [iam-reviewers]}}
  - {{id: wf-watch, owner: olivia, risk_tier: low, models: [demo], reviewers: [iam-reviewers], stream_mode: watch}}
rules: {rules}
identity_providers:
  - issuer: https://idp.example.test
    audience: identity-gateway
    algorithms: [EdDSA]
    public_key_pem: |
{idp_public_pem}
"""

# The identity provider whose user assertions (JWTs) agents forward in x-gateway-user-assertion.
IDP_KEY = Ed25519PrivateKey.generate()
IDP_PUBLIC_PEM = IDP_KEY.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()


def user_assertion(subject: str, *, key: Ed25519PrivateKey = IDP_KEY, ttl: float = 300) -> str:
    now = int(time.time())
    claims = {"iss": "https://idp.example.test", "aud": "identity-gateway", "sub": subject, "iat": now,
              "exp": now + int(ttl)}
    return jwt.encode(claims, key, algorithm="EdDSA")

GRANT = "Please grant bob admin access to prod"
SUMMARY = "Summarise ticket 4711"


class FakeClock:
    """Wall time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class StubEngine:
    """Findings the default rules act on: an access change wherever the demo grants
    `prod-admins`, and a 'secret' (the policy name) so redaction on release shows."""

    revision = "stub-1"
    detectors: tuple = ()  # none of them "expensive": everything runs before the decision

    def scan(self, answer: Answer, cost: str = "cheap") -> list[Finding]:
        out = []
        for choice in answer.choices:
            if "prod-admins" in choice.content:
                out.append(Finding("access_change", "content", "stub", 0.9, "prod-admins", choice=choice.index,
                                   action="grant"))
            at = choice.content.find("AdministratorAccess")
            if at >= 0:
                out.append(Finding("credential", "content", "stub", 0.9, "AdministratorAccess", choice=choice.index,
                                   span=(at, at + len("AdministratorAccess")), details={"type": "demo_secret"}))
            for i, call in enumerate(choice.tool_calls):
                if "prod-admins" in call.arguments:
                    out.append(Finding("access_change", "tool_call", "stub", 0.9, call.name, choice=choice.index,
                                       tool_call=i, action="grant"))
        return out

    def scan_text(self, text: str) -> list[Finding]:
        at = text.find("AdministratorAccess")
        return [Finding("credential", "prompt", "stub", 0.9, "AdministratorAccess",
                        span=(at, at + len("AdministratorAccess")), details={"type": "demo_secret"})] if at >= 0 else []


class ReviewGateway:
    """The running gateway, its clock and services, and helpers to mint keys and call it."""

    def __init__(self, url: str, clock: FakeClock, settings, svc: Services, store: SqliteStore,
                 config: Path) -> None:
        self.url, self.clock, self.settings, self.svc, self.store = url, clock, settings, svc, store
        self.config = config
        self.http = httpx.Client(base_url=url, timeout=30)

    def run(self, coro):
        return asyncio.run(coro)

    def agent_key(self, workflow: str, on_behalf_of: str | None = None) -> str:
        secret, record = new_key(self.settings, workflow, now=self.clock(), ttl=86400, name=f"t-{workflow}",
                                 on_behalf_of=on_behalf_of)
        self.run(self.store.put_key(record))
        return secret

    def person_key(self, principal: str) -> str:
        secret, record = new_key(self.settings, "-", now=self.clock(), ttl=86400, name=principal,
                                 kind="person", principal=principal)
        self.run(self.store.put_key(record))
        return secret

    def client(self, key: str, **kwargs):
        import openai

        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=key, max_retries=0, timeout=30, **kwargs)

    def post(self, path: str, key: str, body: dict | None = None, **kwargs) -> httpx.Response:
        return self.http.post(path, json=body or {}, headers={"authorization": f"Bearer {key}"}, **kwargs)

    def get(self, path: str, key: str, **kwargs) -> httpx.Response:
        return self.http.get(path, headers={"authorization": f"Bearer {key}"}, **kwargs)

    def review(self, review_id: str):
        return self.run(self.store.get_review(review_id))

    def audit_events(self, review_id: str | None = None, event: str | None = None) -> list[dict]:
        async def collect() -> list[dict]:
            return [r async for r in self.store.audit_records()]
        return [r for r in self.run(collect()) if (review_id is None or r.get("review_id") == review_id)
                and (event is None or r.get("event") == event)]

    def wait_for_pending(self, workflow: str, known: set[str], timeout: float = 10.0) -> str:
        """The id of a new pending item of `workflow` (a held request in flight has created it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for item in self.run(self.store.list_reviews("pending")):
                if item.workflow == workflow and item.id not in known:
                    return item.id
            time.sleep(0.01)
        raise AssertionError(f"no new pending review for {workflow}")

    def pending_ids(self) -> set[str]:
        return {i.id for i in self.run(self.store.list_reviews())}


@pytest.fixture(scope="session", name="review_gw")
def review_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewGateway]:
    directory = tmp_path_factory.mktemp("review")
    config = directory / "config.yaml"
    pem = "\n".join("      " + line for line in IDP_PUBLIC_PEM.strip().splitlines())
    config.write_text(CONFIG.format(db=directory / "gateway.db", rules=REPO / "rules", idp_public_pem=pem),
                      encoding="utf-8")
    settings = load_settings(config)
    clock = FakeClock()
    app = create_app(settings, clock=clock, judge=Judge(StubEngine(), Policy(settings.rules)))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name=f"review-gw-{uuid.uuid4().hex[:6]}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not (server.started and server.servers):
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review gateway did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    svc: Services = app.state.services
    svc.reviews.poll_interval = 0.02
    store = SqliteStore(settings.store)
    gw = ReviewGateway(f"http://127.0.0.1:{port}", clock, settings, svc, store, config)
    yield gw
    gw.http.close()
    server.should_exit = True
    thread.join(10)
    asyncio.run(store.close())
