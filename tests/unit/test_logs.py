"""Ops logs: one JSON line per call, and nothing that looks like a credential survives."""

from __future__ import annotations

import json
import logging

import pytest

from gateway.logs import RedactingFormatter, call_line, redact

SECRETS = [
    "gwk_0123456789ab_" + "Zx9_-" * 8 + "abc",
    "Bearer abcdefghijklmnop.qrstuv",
    "sk-proj-abcdefghijklmnopqrstuv",
    "AKIAIOSFODNN7EXAMPLE",
    "ghp_" + "a1B2" * 9,
    "xoxb-1234567890-abcdefghij",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
]


@pytest.mark.parametrize("secret", SECRETS, ids=lambda s: s[:8])
def test_credentials_are_masked(secret):
    text = f"calling with {secret} now"
    assert redact(text) == "calling with [REDACTED] now"


def test_passwords_in_urls_are_masked():
    assert redact("redis://admin:hunter2@cache:6379/0") == "redis://[REDACTED]@cache:6379/0"


@pytest.mark.parametrize("text", ["req_5f1e2d3c", "ticket-summary", "the VPN client times out", "sk-short",
                                  "bearer of bad news", "tokens: 128"])
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_a_call_line_is_one_json_line_with_secrets_masked(capsys):
    call_line({"request_id": "req_1", "status": 200, "error": f"bad key {SECRETS[0]}", "nested": [SECRETS[2]],
               "total_ms": 1.5})
    out = capsys.readouterr().out

    assert out.count("\n") == 1
    line = json.loads(out)
    assert line == {"request_id": "req_1", "status": 200, "error": "bad key [REDACTED]", "nested": ["[REDACTED]"],
                    "total_ms": 1.5}


def test_other_log_records_are_json_and_masked():
    formatter = RedactingFormatter()
    record = logging.LogRecord("gateway.x", logging.WARNING, __file__, 1, "upstream refused %s", (SECRETS[2],), None)

    assert json.loads(formatter.format(record)) == {"level": "warning", "logger": "gateway.x",
                                                    "msg": "upstream refused [REDACTED]"}
