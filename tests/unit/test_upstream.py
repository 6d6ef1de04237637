"""Providers: which path a model takes, the workflow's credential on the route, provider faults
mapped to gateway errors, and litellm imported only when a non-OpenAI-wire model is configured."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gateway.config import ModelEntry, Settings
from gateway.upstream import _litellm_error, _provider_error, path_of, route_for

REPO = Path(__file__).resolve().parents[2]
SETTINGS = Settings.model_validate({
    "models": [
        {"model_name": "wire", "litellm_params": {"model": "openai/gpt-4o-mini", "api_key": "sk-default",
                                                  "api_base": "http://127.0.0.1:1/v1"}},
        {"model_name": "claude", "litellm_params": {"model": "anthropic/claude-3-5-haiku-20241022",
                                                    "api_key": "sk-ant-default", "top_k": 5}},
    ],
    "credentials": [{"credential_name": "scoped", "credential_values": {"api_key": "sk-scoped"}}],
    "workflows": [
        {"id": "scoped", "owner": "dan", "risk_tier": "low", "models": ["wire", "claude"],
         "credentials": {"wire": "scoped"}},
        {"id": "plain", "owner": "dan", "risk_tier": "low", "models": ["wire"]},
    ],
})


@pytest.mark.parametrize(("model", "path"), [
    ("openai/gpt-4o", "direct"), ("hosted_vllm/llama", "direct"), ("gpt-4o-mini", "direct"),
    ("anthropic/claude-3-5-haiku-20241022", "litellm"), ("bedrock/anthropic.claude", "litellm"),
    ("demo/identity-assistant", "demo")])
def test_the_path_a_model_takes(model, path):
    assert path_of(ModelEntry.model_validate({"model_name": "x", "litellm_params": {"model": model}})) == path


def test_a_route_carries_the_workflows_credential():
    scoped = route_for(SETTINGS, SETTINGS.workflow("scoped"), "wire")
    plain = route_for(SETTINGS, SETTINGS.workflow("plain"), "wire")
    claude = route_for(SETTINGS, SETTINGS.workflow("scoped"), "claude")

    assert (scoped.path, scoped.params["api_key"]) == ("direct", "sk-scoped")
    assert plain.params["api_key"] == "sk-default"
    assert (claude.path, claude.params["api_key"], claude.params["top_k"]) == ("litellm", "sk-ant-default", 5)


def error_body(message: str) -> bytes:
    return json.dumps({"error": {"message": message, "type": "x"}}).encode()


@pytest.mark.parametrize(("status", "raw", "gateway_status", "code"), [
    (429, error_body("slow down"), 429, "upstream_rate_limited"),
    (401, error_body("bad key"), 502, "upstream_auth_failed"),
    (403, b"", 502, "upstream_auth_failed"),
    (400, error_body("bad temperature"), 400, "upstream_rejected"),
    (422, b"not json", 502, "upstream_error"),
    (500, error_body("boom"), 502, "upstream_error"),
    (503, b"<html>", 502, "upstream_error"),
])
def test_provider_statuses_map_to_gateway_errors(status, raw, gateway_status, code):
    error = _provider_error(status, raw)

    assert (error.status, error.code, error.provider_status) == (gateway_status, code, status)
    assert error.body()["error"]["type"] == "upstream_error"


def test_a_provider_message_never_carries_the_credential():
    error = _provider_error(400, error_body("Bad request from key my-plain-credential and sk-abcdefghijklmnop1234"),
                            secret="my-plain-credential")

    assert "my-plain-credential" not in error.message and "sk-abcdefghijklmnop1234" not in error.message
    assert "[REDACTED]" in error.message


class FakeLitellmError(Exception):
    def __init__(self, status_code: int | None, message: str = "") -> None:
        super().__init__(message)
        self.status_code, self.message = status_code, message


class Timeout(Exception):
    pass


@pytest.mark.parametrize(("exc", "status", "code"), [
    (FakeLitellmError(429, "rate limited"), 429, "upstream_rate_limited"),
    (FakeLitellmError(400, "invalid tool schema"), 400, "upstream_rejected"),
    (FakeLitellmError(500, "overloaded"), 502, "upstream_error"),
    (Timeout("took too long"), 504, "upstream_timeout"),
    (RuntimeError("anything else"), 502, "upstream_error"),
])
def test_litellm_errors_map_to_gateway_errors(exc, status, code):
    error = _litellm_error(exc)

    assert (error.status, error.code) == (status, code)


def test_litellm_is_not_imported_when_only_openai_wire_models_are_configured(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(textwrap.dedent(f"""\
        store: sqlite:///{tmp_path / 'gw.db'}
        models:
          - {{model_name: wire, litellm_params: {{model: openai/gpt-4o-mini, api_base: "http://127.0.0.1:1/v1"}}}}
          - {{model_name: vllm, litellm_params: {{model: hosted_vllm/llama, api_base: "http://127.0.0.1:1/v1"}}}}
          - {{model_name: demo, litellm_params: {{model: demo/identity-assistant}}}}
        workflows: [{{id: w, owner: dan, risk_tier: low, models: [wire, vllm, demo]}}]
        rules: {REPO / 'rules'}
        inspection: {{detectors: []}}
        """))
    script = textwrap.dedent(f"""\
        import asyncio, sys
        from gateway.app import create_app
        from gateway.config import load_settings

        async def main():
            app = create_app(load_settings({str(config)!r}))
            async with app.router.lifespan_context(app):
                pass
        asyncio.run(main())
        print(sorted(m for m in sys.modules if m.split(".")[0] == "litellm"))
        """)
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
