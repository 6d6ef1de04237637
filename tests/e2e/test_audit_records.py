"""The audit log as the running gateway writes it: one record per call past authentication (errors
included), durable before the answer, key events, and a chain `gateway audit verify` accepts."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from fakes.openai_upstream import TEXT

from gateway.chain import GENESIS, verify


def call(gateway, key: str, body: dict | bytes) -> httpx.Response:
    kwargs = {"content": body} if isinstance(body, bytes) else {"json": body}
    return httpx.post(f"{gateway.base_url}/chat/completions", headers={"Authorization": f"Bearer {key}"},
                      timeout=20, **kwargs)


def test_a_successful_call_has_its_record_before_the_answer(gateway, agent_key, nonce):
    response = call(gateway, agent_key, {"model": "wire", "messages": [{"role": "user", "content": nonce}]})

    (record,) = gateway.audit_for(response.headers["x-gateway-request-id"])  # read right after the answer
    assert record["event"] == "call" and record["status"] == 200
    assert record["schema_version"] == 1
    assert record["ts"].endswith("Z") and isinstance(record["seq"], int)
    assert len(record["hash"]) == 64 and len(record["prev_hash"]) == 64
    assert (record["workflow"], record["owner"], record["model"]) == ("ticket-summary", "dan", "wire")
    assert record["prompt"]["messages"][0]["content"] == nonce
    assert record["answer"]["choices"][0]["message"]["content"] == TEXT
    assert record["decision"] == "allow" and record["outcome"] == "allow"
    assert {"rules_revision", "detectors_revision", "rule_ids", "findings"} <= set(record)


def test_a_streamed_call_records_the_assembled_answer(gateway, client, nonce):
    raw = client.chat.completions.with_raw_response.create(
        model="wire", messages=[{"role": "user", "content": f"script:text {nonce}"}], stream=True)
    list(raw.parse())

    (record,) = gateway.audit_for(raw.headers["x-gateway-request-id"])
    assert record["stream"] is True
    assert record["answer"]["choices"][0]["message"]["content"] == TEXT


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"model": "wire", "messages": [{"role": "user", "content": "script:500"}]}, 502, "upstream_error"),
    ({"model": "wire", "messages": [{"role": "user", "content": "script:429"}]}, 429, "upstream_rate_limited"),
    ({"model": "wire-timeout", "messages": [{"role": "user", "content": "script:slow"}]}, 504, "upstream_timeout"),
    ({"model": "wire", "messages": [{"role": "user", "content": "script:garbage"}]}, 502, "upstream_bad_response"),
    ({"model": "nope", "messages": [{"role": "user", "content": "hi"}]}, 403, "model_not_allowed"),
    ({"model": "wire"}, 400, "missing_field"),
    (b"{broken", 400, "invalid_json"),
    ({"model": "wire", "messages": [{"role": "user", "content": "x" * 70_000}]}, 413, "body_too_large"),
])
def test_every_failed_call_past_authentication_has_a_record(gateway, agent_key, body, status, code):
    response = call(gateway, agent_key, body)

    assert response.status_code == status
    (record,) = gateway.audit_for(response.headers["x-gateway-request-id"])
    assert record["event"] == "call" and record["status"] == status
    assert record["error"]["code"] == code
    assert record["workflow"] == "ticket-summary" and record["owner"] == "dan"


def test_unauthenticated_calls_leave_no_record(gateway):
    before = len(gateway.audit_records())
    response = call(gateway, "gwk_000000000000_" + "B" * 43, {"model": "wire", "messages": []})

    assert response.status_code == 401
    assert len(gateway.audit_records()) == before


def test_the_live_chain_verifies(gateway, client):
    client.chat.completions.create(model="wire", messages=[{"role": "user", "content": "one more"}])
    records = gateway.audit_records()

    assert records[0]["prev_hash"] == GENESIS
    assert [r["seq"] for r in records] == list(range(1, len(records) + 1))
    assert verify(records) == (len(records), None)
    result = subprocess.run([sys.executable, "-m", "gateway.cli", "audit", "verify", "--config", str(gateway.config)],
                            env=gateway.env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"ok: {len(records)} records")
