"""The ops log: one JSON line per call on the gateway's stdout, and never a key or credential."""

from __future__ import annotations

import httpx

FIELDS = {"request_id", "workflow", "owner", "model", "status", "decision", "upstream_ms", "total_ms"}


def test_one_line_per_call_with_the_calls_facts(gateway, client, nonce):
    raw = client.chat.completions.with_raw_response.create(
        model="wire", messages=[{"role": "user", "content": f"script:text {nonce}"}])

    (line,) = gateway.log_for(raw.headers["x-gateway-request-id"])
    assert set(line) >= FIELDS
    assert (line["workflow"], line["owner"], line["model"], line["status"], line["decision"]) == (
        "ticket-summary", "dan", "wire", 200, "allow")
    assert 0 <= line["upstream_ms"] <= line["total_ms"]


def test_failed_calls_are_logged_with_status_and_error(gateway, client, nonce):
    response = httpx.post(f"{gateway.base_url}/chat/completions", headers={"Authorization": f"Bearer {client.api_key}"},
                          json={"model": "wire", "messages": [{"role": "user", "content": f"script:500 {nonce}"}]})

    (line,) = gateway.log_for(response.headers["x-gateway-request-id"])
    assert (line["status"], line["error"], line["decision"]) == (502, "upstream_error", None)
    assert line["total_ms"] >= 0


def test_stdout_is_only_json_lines_after_the_banner(gateway, client):
    client.chat.completions.create(model="claude", messages=[{"role": "user", "content": "script:text"}])
    lines = [line for line in gateway.stdout_path.read_text().splitlines() if line.strip()]

    assert lines[0].startswith("gateway listening on")
    assert all(line.startswith("{") and line.endswith("}") for line in lines[1:]), lines


def test_no_key_or_credential_ever_reaches_the_logs(gateway, credentials, nonce):
    key, _ = gateway.issue()
    client = gateway.client(key)
    client.chat.completions.create(model="wire", messages=[{"role": "user", "content": f"my key is {key} {nonce}"}],
                                   extra_headers={"x-gateway-source": key})
    httpx.post(f"{gateway.base_url}/chat/completions", headers={"Authorization": f"Bearer {key}"},
               content=b'{"model": "wire", "messages": [{"role": "user", "content": "script:400"}]}')
    httpx.post(f"{gateway.base_url}/chat/completions", headers={"Authorization": f"Bearer {key}x"}, json={})

    output = gateway.output()
    assert key in gateway.secrets
    for secret in [*gateway.secrets, *credentials.values()]:
        assert secret not in output
