"""Signed release end to end: the real gateway's `x-gateway-attestation` verifies against its
`/.well-known/jwks.json` with the body as received (JSON and buffered stream), fails after one
changed byte, is kept in the audit and `GET /v1/requests/{id}`, and `gateway attest verify` agrees."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from gateway.attest_cli import read_answer
from gateway.review.attestation import AttestationError, unb64url, verify_attestation

SUMMARY = {"model": "demo", "messages": [{"role": "user", "content": "Summarise ticket 4711"}]}


@pytest.fixture(scope="module")
def key(gateway) -> str:
    return gateway.issue("ticket-summary")[0]


def post(gateway, key: str, body: dict) -> httpx.Response:
    return httpx.post(f"{gateway.base_url}/chat/completions", json=body, timeout=20,
                      headers={"authorization": f"Bearer {key}"})


def test_an_allowed_answer_carries_an_attestation_that_verifies_with_the_jwks(gateway, key: str) -> None:
    response = post(gateway, key, SUMMARY)
    assert response.status_code == 200 and response.headers["x-gateway-decision"] == "allow"
    token = response.headers["x-gateway-attestation"]
    jwks = httpx.get(f"{gateway.url}/.well-known/jwks.json", timeout=5).json()
    claims = verify_attestation(token, response.content, jwks)
    assert claims["request_id"] == response.headers["x-gateway-request-id"]
    assert (claims["workflow"], claims["owner"], claims["decision"], claims["reviewers"]) == \
        ("ticket-summary", "dan", "allow", [])
    assert claims["rules_revision"] and claims["iss"] == "gateway"
    assert json.loads(unb64url(token.split(".")[0]))["kid"] in {k["kid"] for k in jwks["keys"]}

    raw = response.content
    at = raw.index(b"VPN")
    with pytest.raises(AttestationError) as caught:
        verify_attestation(token, raw[:at] + b"X" + raw[at + 1:], jwks)
    assert caught.value.code == "answer_mismatch"


def test_a_buffered_stream_is_attested_over_the_assembled_completion(gateway, key: str, tmp_path: Path) -> None:
    with httpx.stream("POST", f"{gateway.base_url}/chat/completions", json=SUMMARY | {"stream": True}, timeout=20,
                      headers={"authorization": f"Bearer {key}"}) as response:
        transcript = response.read().decode()
        token = response.headers["x-gateway-attestation"]
    path = tmp_path / "stream.sse"
    path.write_text(transcript)
    jwks = httpx.get(f"{gateway.url}/.well-known/jwks.json", timeout=5).json()
    assert verify_attestation(token, read_answer(str(path)), jwks)["decision"] == "allow"
    path.write_text(transcript.replace("VPN", "VPM", 1))
    with pytest.raises(AttestationError):
        verify_attestation(token, read_answer(str(path)), jwks)


def test_the_attestation_is_audited_and_can_be_fetched_later(gateway, key: str) -> None:
    response = post(gateway, key, SUMMARY)
    request_id, token = response.headers["x-gateway-request-id"], response.headers["x-gateway-attestation"]
    (call,) = [r for r in gateway.audit_for(request_id) if r["event"] == "call"]
    assert call["attestation"] == token
    later = httpx.get(f"{gateway.base_url}/requests/{request_id}", timeout=5,
                      headers={"authorization": f"Bearer {key}"})
    assert later.json()["attestation"] == token


def test_gateway_attest_verify_against_the_served_jwks(gateway, key: str, tmp_path: Path) -> None:
    response = post(gateway, key, SUMMARY)
    answer = tmp_path / "answer.json"
    answer.write_bytes(response.content)
    command = [sys.executable, "-m", "gateway.cli", "attest", "verify", "--answer", str(answer),
               "--attestation", response.headers["x-gateway-attestation"],
               "--jwks", f"{gateway.url}/.well-known/jwks.json"]
    ok = subprocess.run(command, capture_output=True, text=True, env=gateway.env, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "valid: request" in ok.stdout
    answer.write_bytes(response.content.replace(b"VPN", b"VPM", 1))
    bad = subprocess.run(command, capture_output=True, text=True, env=gateway.env, timeout=60)
    assert bad.returncode == 1 and "answer_mismatch" in bad.stderr
