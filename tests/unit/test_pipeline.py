"""The pipeline in-process (Starlette TestClient, the built-in demo model, a real SQLite file):
key expiry on the injectable clock, and how each decision is delivered, recorded and logged.
The judge is a stub here; real detectors and rules are tested in tests/unit/inspection|policy."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient

import gateway.app as app_module
from gateway.app import create_app
from gateway.auth import new_key
from gateway.config import load_settings
from gateway.demo import _SUMMARY
from gateway.judge import Judge
from gateway.store.sqlite import SqliteStore
from gateway.types import Decision, Finding

REPO = Path(__file__).resolve().parents[2]
CONFIG = """\
store: sqlite:///{db}
models:
  - {{model_name: demo, litellm_params: {{model: demo/identity-assistant}}}}
principals:
  - {{id: dan, roles: [reviewer]}}
workflows:
  - {{id: ticket-summary, owner: dan, risk_tier: low, models: [demo]}}
rules: {rules}
inspection: {{detectors: []}}
"""
BODY = {"model": "demo", "messages": [{"role": "user", "content": "Summarise ticket 4711"}]}
START = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


class StubJudge(Judge):
    """Returns the decision a test sets, whatever the answer."""

    def __init__(self) -> None:
        super().__init__(None, None)
        self.findings: list[Finding] = []
        self.decision = Decision("allow")

    @property
    def detectors_revision(self) -> str:
        return "stub"

    def __call__(self, answer, ctx, model, cost="cheap"):
        return self.findings, self.decision

    def scrub_prompt(self, body):
        return body, []

    def scan_credentials(self, text):
        return []


@pytest.fixture
def settings(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(db=tmp_path / "gw.db", rules=REPO / "rules"))
    return load_settings(path)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def judge(monkeypatch):
    stub = StubJudge()
    monkeypatch.setattr(app_module, "build_judge", lambda settings, *args, **kwargs: stub)
    return stub


@pytest.fixture
def http(settings, clock, judge):
    with TestClient(create_app(settings, clock=clock), raise_server_exceptions=False) as client:
        yield client


def issue(settings, *, now: float = START, ttl: float = 60.0) -> str:
    secret, record = new_key(settings, "ticket-summary", now=now, ttl=ttl)
    store = SqliteStore(settings.store)

    async def put() -> None:
        await store.put_key(record)
        await store.close()
    asyncio.run(put())
    return secret


def audit_of(settings, request_id: str) -> dict:
    store = SqliteStore(settings.store)

    async def get() -> list[dict]:
        try:
            return await store.audit_for_request(request_id)
        finally:
            await store.close()
    (record,) = [r for r in asyncio.run(get()) if r["event"] == "call"]
    return record


def post(http, key: str, body: dict = BODY):
    return http.post("/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"})


def test_a_key_expires_on_the_clock(settings, http, clock):
    key = issue(settings, ttl=60)

    clock.now = START + 59
    assert post(http, key).status_code == 200
    clock.now = START + 60
    response = post(http, key)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "key_expired"


def test_a_key_issued_in_the_future_relative_to_the_clock_still_expires_by_its_ttl(settings, http, clock):
    key = issue(settings, now=START + 3600, ttl=10)

    clock.now = START + 3605
    assert post(http, key).status_code == 200
    clock.now = START + 3611
    assert post(http, key).status_code == 401


def test_audit_timestamps_come_from_the_clock(settings, http, clock):
    clock.now = START + 5
    response = post(http, issue(settings))

    assert audit_of(settings, response.headers["x-gateway-request-id"])["ts"] == "2027-01-15T08:00:05.000000Z"


def test_block_is_a_403_with_the_decision_header_audited_and_logged(settings, http, judge, capsys):
    judge.decision = Decision("block", rule_ids=("no-grants",), rules_revision="r1")
    response = post(http, issue(settings))

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "blocked_by_policy"
    assert response.headers["x-gateway-decision"] == "block"
    request_id = response.headers["x-gateway-request-id"]
    assert response.json()["error"]["request_id"] == request_id
    record = audit_of(settings, request_id)
    assert (record["outcome"], record["rule_ids"]) == ("block", ["no-grants"])
    assert _SUMMARY not in response.text
    (line,) = [json.loads(x) for x in capsys.readouterr().out.splitlines() if request_id in x]
    assert (line["status"], line["decision"]) == (403, "block")


def test_flag_delivers_the_answer_with_the_flag_header(settings, http, judge):
    judge.decision = Decision("flag", rule_ids=("pii-flag",))
    response = post(http, issue(settings))

    assert response.status_code == 200
    assert response.headers["x-gateway-decision"] == "flag"
    assert response.json()["choices"][0]["message"]["content"] == _SUMMARY


@pytest.mark.parametrize("stream", [False, True])
def test_redaction_masks_the_delivered_and_the_audited_answer(settings, http, judge, stream):
    start = _SUMMARY.index("VPN")
    secret = Finding(kind="credential", where="content", detector="stub", confidence=1.0, evidence="VPN",
                     span=(start, start + 3), details={"type": "test_secret"})
    judge.findings, judge.decision = [secret], Decision("allow", redactions=(secret,))
    response = post(http, issue(settings), {**BODY, "stream": stream})

    assert response.status_code == 200
    assert response.headers["x-gateway-decision"] == "redact"
    if stream:
        chunks = [json.loads(line[6:]) for line in response.text.splitlines()
                  if line.startswith("data: {")]
        text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    else:
        text = response.json()["choices"][0]["message"]["content"]
    assert "VPN" not in text and "[REDACTED:test_secret]" in text
    record = audit_of(settings, response.headers["x-gateway-request-id"])
    assert "VPN" not in record["answer"]["choices"][0]["message"]["content"]
    assert record["masked"] == [{"choice": 0, "where": "content", "tool_call": None, "type": "test_secret"}]


def test_an_unexpected_error_is_a_500_error_body_without_a_traceback(settings, http, judge):
    def explode(answer, ctx, model):
        raise RuntimeError("detector state at 0xdeadbeef")
    judge.__class__ = type("Exploding", (StubJudge,), {"__call__": lambda self, *a: explode(*a)})
    response = post(http, issue(settings))

    assert response.status_code == 500
    assert response.json()["error"]["type"] == "server_error"
    assert "deadbeef" not in response.text and "Traceback" not in response.text
    store = SqliteStore(settings.store)

    async def last() -> dict:
        records = [r async for r in store.audit_records()]
        await store.close()
        return records[-1]
    record = asyncio.run(last())  # the call got past authentication, so it has its record
    assert (record["event"], record["status"], record["exception"]) == ("call", 500, "RuntimeError")


def test_prompt_messages_are_scanned_once_across_a_conversation():
    from gateway.judge import Judge

    scanned = []

    class Engine:
        detectors = ()
        revision = "e"

        def scan_text(self, text):
            scanned.append(text)
            at = text.find("AKIA")
            return [Finding("credential", "prompt", "t", 0.9, "aws", span=(at, at + 20), details={"type": "aws"})] \
                if at >= 0 else []

    judge = Judge(Engine(), None)
    first = {"messages": [{"role": "system", "content": "You help IT."},
                          {"role": "user", "content": "my key is AKIA1234567890ABCDEF ok"}]}
    body, found = judge.scrub_prompt(first)
    assert body["messages"][1]["content"] == "my key is [REDACTED:aws] ok" and len(found) == 1
    second = {"messages": [*first["messages"], {"role": "assistant", "content": "Noted."},
                           {"role": "user", "content": "thanks"}]}
    body, found = judge.scrub_prompt(second)
    assert body["messages"][1]["content"] == "my key is [REDACTED:aws] ok" and len(found) == 1
    assert scanned == ["You help IT.", "my key is AKIA1234567890ABCDEF ok", "Noted.", "thanks"]
    assert first["messages"][1]["content"].endswith("ABCDEF ok")  # the agent's body is not changed in place
