"""Shared test fixtures: the fake providers, a test config, and one real gateway process
(`gateway serve` on uvicorn, real SQLite file) started once per session, plus key helpers.

LITELLM_LOCAL_MODEL_COST_MAP is set here, before anything can import litellm, so no test
reaches for the internet."""

from __future__ import annotations

import os

os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
os.environ.setdefault("LITELLM_TELEMETRY", "False")
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

import asyncio  # noqa: E402
import json  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from fakes.anthropic_upstream import FakeAnthropic  # noqa: E402
from fakes.openai_upstream import FakeOpenAI  # noqa: E402
from processes import stop, wait_ready  # noqa: E402

from gateway.auth import new_key  # noqa: E402
from gateway.config import Settings, load_settings  # noqa: E402
from gateway.store.base import KeyRecord  # noqa: E402
from gateway.store.sqlite import SqliteStore  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# The provider credentials the test config references as ${ENV}: one default per model entry and
# one scoped credential per workflow, so tests can tell which one reached the provider.
CREDENTIALS = {
    "WIRE_DEFAULT_KEY": "sk-test-wire-default-000000",
    "ANTHROPIC_DEFAULT_KEY": "sk-ant-test-default-000000",
    "TICKET_SUMMARY_OPENAI_KEY": "sk-test-ticket-summary-111111",
    "TICKET_SUMMARY_ANTHROPIC_KEY": "sk-ant-test-ticket-summary-222222",
    "TRIAGE_OPENAI_KEY": "sk-test-triage-333333",
    "ACCESS_REVIEW_OPENAI_KEY": "sk-test-access-review-444444",
}

CONFIG = """\
server:
  host: 127.0.0.1
  port: 0
  max_body_bytes: 65536
  key_ttl: 1h
  auth_cache_ttl: 0  # the CLI revokes keys from another process; these tests see it at once

store: sqlite:///{db}

models:
  - model_name: wire
    litellm_params:
      model: openai/fake-gpt
      api_base: "${{FAKE_OPENAI_URL}}/v1"
      api_key: "${{WIRE_DEFAULT_KEY}}"
      timeout: 10
      max_retries: 1
  - model_name: wire-mini
    litellm_params:
      model: openai/fake-gpt-mini
      api_base: "${{FAKE_OPENAI_URL}}/v1"
      api_key: "${{WIRE_DEFAULT_KEY}}"
  - model_name: wire-timeout
    litellm_params:
      model: openai/fake-gpt
      api_base: "${{FAKE_OPENAI_URL}}/v1"
      api_key: "${{WIRE_DEFAULT_KEY}}"
      timeout: 0.5
      max_retries: 0
  - model_name: claude
    litellm_params:
      model: anthropic/claude-3-5-haiku-20241022
      api_base: "${{FAKE_ANTHROPIC_URL}}"
      api_key: "${{ANTHROPIC_DEFAULT_KEY}}"
      max_retries: 0
  - model_name: demo
    litellm_params:
      model: demo/identity-assistant

credentials:
  - credential_name: ticket-summary-openai
    credential_values: {{api_key: "${{TICKET_SUMMARY_OPENAI_KEY}}"}}
  - credential_name: ticket-summary-anthropic
    credential_values: {{api_key: "${{TICKET_SUMMARY_ANTHROPIC_KEY}}"}}
  - credential_name: triage-openai
    credential_values: {{api_key: "${{TRIAGE_OPENAI_KEY}}"}}
  - credential_name: access-review-openai
    credential_values: {{api_key: "${{ACCESS_REVIEW_OPENAI_KEY}}"}}

principals:
  - {{id: alice, name: Alice Moreau, roles: [admin]}}
  - {{id: bob, name: Bob Okafor, roles: [reviewer]}}
  - {{id: carol, name: Carol Lindqvist, roles: [reviewer, auditor]}}
  - {{id: dan, name: Dan Whitfield, roles: [reviewer]}}
  - {{id: iam-reviewers, kind: group, members: [bob, carol], roles: [reviewer]}}

workflows:
  - id: ticket-summary
    owner: dan
    risk_tier: low
    models: [wire, wire-mini, wire-timeout, claude, demo]
    credentials:
      wire: ticket-summary-openai
      wire-timeout: ticket-summary-openai
      claude: ticket-summary-anthropic
    reviewers: [iam-reviewers]
  - id: triage
    owner: carol
    risk_tier: medium
    models: [wire]
    credentials: {{wire: triage-openai}}
    reviewers: [iam-reviewers]
  - id: access-review
    owner: alice
    risk_tier: high
    models: [wire, demo]
    credentials: {{wire: access-review-openai}}
    reviewers: [iam-reviewers]
    escalate_to: dan
  - id: shared-default
    owner: bob
    risk_tier: low
    models: [wire-mini]

rules: {rules}

# The core suite runs with no detectors, so every harmless answer is allowed whatever state the
# inspection work is in; decisions are tested with stub judges and in tests/unit/inspection.
inspection:
  detectors: []
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_config(directory: Path, text: str, name: str = "config.yaml") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


class Gateway:
    """The running gateway process and what tests need around it."""

    def __init__(self, url: str, config: Path, env: dict[str, str], stdout: Path, stderr: Path) -> None:
        self.url, self.config, self.env = url, config, env
        self.stdout_path, self.stderr_path = stdout, stderr
        self.settings: Settings = load_settings(config, environ=env)
        self.store = SqliteStore(self.settings.store)
        self.secrets: list[str] = []  # every key issued, so tests can check none leaks

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def run(self, coro):
        return asyncio.run(coro)

    def issue(self, workflow: str = "ticket-summary", *, ttl: float | None = None, models: tuple[str, ...] = (),
              on_behalf_of: str | None = None) -> tuple[str, KeyRecord]:
        """A fresh agent key stored where the gateway reads it (ttl < 0: already expired)."""
        secret, record = new_key(self.settings, workflow, now=time.time(), ttl=ttl, models=models,
                                 name=f"test-{workflow}", on_behalf_of=on_behalf_of)
        self.run(self.store.put_key(record))
        self.secrets.append(secret)
        return secret, record

    def client(self, key: str, **kwargs):
        import openai

        kwargs.setdefault("max_retries", 0)
        kwargs.setdefault("timeout", 20)
        return openai.OpenAI(base_url=self.base_url, api_key=key, **kwargs)

    def audit_for(self, request_id: str) -> list[dict]:
        return self.run(self.store.audit_for_request(request_id))

    def audit_records(self) -> list[dict]:
        async def collect() -> list[dict]:
            return [r async for r in self.store.audit_records()]
        return self.run(collect())

    def log_lines(self) -> list[dict]:
        """The JSON lines the gateway wrote on stdout so far."""
        lines = []
        for line in self.stdout_path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                lines.append(json.loads(line))
        return lines

    def log_for(self, request_id: str) -> list[dict]:
        return [line for line in self.log_lines() if line.get("request_id") == request_id]

    def output(self) -> str:
        return self.stdout_path.read_text(encoding="utf-8") + self.stderr_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fake_openai() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fake_anthropic() -> Iterator[FakeAnthropic]:
    server = FakeAnthropic().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def gateway_env(fake_openai: FakeOpenAI, fake_anthropic: FakeAnthropic) -> dict[str, str]:
    """The environment the gateway and the CLI run with: fake provider URLs and credentials."""
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(CREDENTIALS, FAKE_OPENAI_URL=fake_openai.url, FAKE_ANTHROPIC_URL=fake_anthropic.url,
               NO_PROXY="127.0.0.1,localhost", PYTHONUNBUFFERED="1")
    return env


@pytest.fixture(scope="session")
def gateway_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("gateway")
    return write_config(directory, CONFIG.format(db=directory / "gateway.db", rules=REPO / "rules"))


@pytest.fixture(scope="session")
def gateway(gateway_config: Path, gateway_env: dict[str, str]) -> Iterator[Gateway]:
    """`gateway serve` as a subprocess (its stdout is the ops log), once per test session."""
    port = free_port()
    stdout, stderr = gateway_config.parent / "stdout.log", gateway_config.parent / "stderr.log"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "serve", "--config", str(gateway_config), "--port", str(port)],
            cwd=REPO, env=gateway_env, stdout=out, stderr=err)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(process, url, stderr)
        gw = Gateway(url, gateway_config, gateway_env, stdout, stderr)
        yield gw
        gw.run(gw.store.close())
    finally:
        stop(process)


@pytest.fixture(scope="session")
def agent_key(gateway: Gateway) -> str:
    """A low-tier ticket-summary key shared by tests that only read."""
    return gateway.issue("ticket-summary")[0]


@pytest.fixture(scope="session")
def client(gateway: Gateway, agent_key: str):
    return gateway.client(agent_key)


@pytest.fixture(scope="session")
def credentials() -> dict[str, str]:
    return dict(CREDENTIALS)


@pytest.fixture
def nonce() -> str:
    """A marker to put in a prompt, to find this test's requests at the fake provider."""
    import uuid

    return f"n{uuid.uuid4().hex[:10]}"


def _assert_error_body(response: httpx.Response, status: int, code: str | None = None) -> dict:
    """An OpenAI error body with the given status (and code), and no traceback."""
    assert response.status_code == status, response.text
    assert "Traceback" not in response.text and 'File "' not in response.text
    error = response.json()["error"]
    assert {"message", "type", "code", "param"} <= set(error)
    assert isinstance(error["message"], str) and error["message"]
    if code is not None:
        assert error["code"] == code
    return error


@pytest.fixture(scope="session")
def assert_error_body():
    """`assert_error_body(response, status, code)`: an OpenAI error body, no traceback."""
    return _assert_error_body
