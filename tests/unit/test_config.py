"""config.yaml -> settings: ${ENV} interpolation, durations, and every refusal names
`path:line: code: message` at the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.config import load_settings, parse_duration
from gateway.errors import ConfigError

ENV = {"OPENAI_KEY": "sk-test-default", "SUMMARY_KEY": "sk-test-summary", "BASE": "http://127.0.0.1:9"}
VALID = """\
server:
  max_body_bytes: 1024
  key_ttl: 15m
store: sqlite:///gw.db
models:
  - model_name: wire
    litellm_params:
      model: openai/gpt-4o-mini
      api_base: "${BASE}/v1"
      api_key: "${OPENAI_KEY}"
  - model_name: claude
    litellm_params:
      model: anthropic/claude-3-5-haiku-20241022
      api_key: "${ANTHROPIC_KEY:-sk-ant-fallback}"
      temperature: 0.1
credentials:
  - credential_name: summary-openai
    credential_values: {api_key: "${SUMMARY_KEY}"}
principals:
  - {id: dan, roles: [reviewer]}
  - {id: alice, roles: [admin]}
  - {id: reviewers, kind: group, members: [dan]}
workflows:
  - id: ticket-summary
    owner: dan
    risk_tier: low
    models: [wire, claude]
    credentials:
      wire: summary-openai
    stream_mode: watch
    hold_seconds: 2m
  - id: access-review
    owner: alice
    risk_tier: high
    models: [claude]
    reviewers: [reviewers]
rules: rules
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return lines[occurrence - 1]


def refusal(tmp_path: Path, text: str, env: dict | None = None) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ=ENV if env is None else env)
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: {caught.value.code}: ")
    return caught.value


def test_a_valid_config_loads_typed_and_interpolated(tmp_path):
    settings = load_settings(write(tmp_path, VALID), environ=ENV)

    assert settings.server.key_ttl == 900.0 and settings.server.max_body_bytes == 1024
    wire = settings.model("wire").litellm_params
    assert (wire.api_base, wire.api_key) == ("http://127.0.0.1:9/v1", "sk-test-default")
    claude = settings.model("claude").litellm_params
    assert claude.api_key == "sk-ant-fallback"  # ${VAR:-default}
    assert claude.model_extra == {"temperature": 0.1}  # litellm params pass through
    workflow = settings.workflow("ticket-summary")
    assert workflow.owner == "dan" and workflow.hold_seconds == 120.0 and workflow.credentials == {
        "wire": "summary-openai"}
    assert settings.rules == str(tmp_path / "rules")  # relative to the config file
    assert settings.workflow("nope") is None and settings.principal("reviewers").members == ("dan",)


def test_a_workflow_without_an_owner_is_refused_at_its_line(tmp_path):
    text = VALID.replace("    owner: alice\n", "")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "- id: access-review"), "missing_field")
    assert "owner" in error.message


def test_a_blank_owner_is_refused(tmp_path):
    text = VALID.replace("owner: alice", "owner: ' '")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "owner: ' '"), "missing_owner")


def test_an_owner_who_is_not_a_principal_is_refused(tmp_path):
    text = VALID.replace("owner: alice", "owner: mallory")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "owner: mallory"), "unknown_principal")


def test_an_unknown_model_is_refused_at_its_line(tmp_path):
    text = VALID.replace("    models: [claude]\n", "    models:\n      - claude\n      - gpt-5\n")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "- gpt-5"), "unknown_model")
    assert "gpt-5" in error.message


def test_an_unknown_credential_reference_is_refused_at_its_line(tmp_path):
    text = VALID.replace("wire: summary-openai", "wire: nobody-has-this")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "wire: nobody-has-this"), "unknown_credential")


def test_a_credential_for_a_model_the_workflow_does_not_allow_is_refused(tmp_path):
    text = VALID.replace("      wire: summary-openai\n", "      wire: summary-openai\n      demo: summary-openai\n")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "demo: summary-openai"), "unknown_model")


def test_bad_yaml_is_refused_at_its_line(tmp_path):
    text = VALID.replace("    risk_tier: high\n", "    risk_tier: [high\n")
    error = refusal(tmp_path, text)

    assert error.code == "bad_yaml"
    assert line_of(text, "risk_tier: [high") <= error.line <= line_of(text, "risk_tier: [high") + 2


def test_a_duplicate_key_is_refused(tmp_path):
    text = VALID.replace("    owner: alice\n", "    owner: alice\n    owner: dan\n")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "owner: dan", 2), "duplicate_key")


def test_an_unset_env_variable_is_refused_at_its_line(tmp_path):
    env = {k: v for k, v in ENV.items() if k != "SUMMARY_KEY"}
    error = refusal(tmp_path, VALID, env)

    assert (error.line, error.code) == (line_of(VALID, "${SUMMARY_KEY}"), "unset_env")
    assert "SUMMARY_KEY" in error.message


def test_env_values_are_not_reinterpolated(tmp_path):
    settings = load_settings(write(tmp_path, VALID), environ={**ENV, "OPENAI_KEY": "${SUMMARY_KEY}x"})

    assert settings.model("wire").litellm_params.api_key == "${SUMMARY_KEY}x"


@pytest.mark.parametrize(("old", "new", "needle", "code"), [
    ("risk_tier: high", "risk_tier: extreme", "risk_tier: extreme", "invalid_field"),
    ("key_ttl: 15m", "key_ttl: soon", "key_ttl: soon", "invalid_field"),
    ("max_body_bytes: 1024", "max_body_bytes: -1", "max_body_bytes: -1", "invalid_field"),
    ("    reviewers: [reviewers]\n", "    reviewers: [ghost]\n", "reviewers: [ghost]", "unknown_principal"),
    ("members: [dan]", "members: [ghost]", "members: [ghost]", "unknown_principal"),
    ("store: sqlite:///gw.db", "store: postgres://db", "store: postgres", "invalid_field"),
    ("  - id: access-review", "  - id: ticket-summary", "- id: ticket-summary", "duplicate_id"),
    ("    risk_tier: high\n", "    risk_tier: high\n    colour: blue\n", "colour: blue", "invalid_field"),
])
def test_other_invalid_values_are_refused_at_their_line(tmp_path, old, new, needle, code):
    text = VALID.replace(old, new)
    error = refusal(tmp_path, text)

    occurrence = 2 if code == "duplicate_id" else 1
    assert (error.line, error.code) == (line_of(text, needle, occurrence), code)


def test_watch_streams_are_for_low_tier_only(tmp_path):
    text = VALID.replace("    reviewers: [reviewers]\n", "    reviewers: [reviewers]\n    stream_mode: watch\n")
    error = refusal(tmp_path, text)

    assert (error.line, error.code) == (line_of(text, "stream_mode: watch", 2), "invalid_field")


def test_a_config_that_is_not_a_mapping_is_refused(tmp_path):
    assert refusal(tmp_path, "- just\n- a list\n").code == "bad_config"


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "absent.yaml")
    assert caught.value.code == "unreadable"


@pytest.mark.parametrize(("value", "seconds"), [
    ("30s", 30.0), ("15m", 900.0), ("24h", 86400.0), ("7d", 604800.0), ("250ms", 0.25), ("90", 90.0),
    (45, 45.0), (1.5, 1.5), (" 2h ", 7200.0)])
def test_durations(value, seconds):
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["soon", "15 minutes", "-5m", "", "1h30m"])
def test_bad_durations(value):
    with pytest.raises(ValueError):
        parse_duration(value)


def test_the_repository_config_loads():
    settings = load_settings(Path(__file__).resolve().parents[2] / "config.yaml", environ={})

    assert {w.risk_tier for w in settings.workflows} >= {"low", "high"}
    assert all(w.owner for w in settings.workflows)
