"""Every failure an agent can meet is an OpenAI error body with a fitting status, raised by the
openai SDK as its own exception type, and never a stack trace."""

from __future__ import annotations

import httpx
import openai
import pytest

MESSAGES = [{"role": "user", "content": "Summarise ticket 4711"}]


def post(gateway, key: str | None, **kwargs) -> httpx.Response:
    headers = kwargs.pop("headers", {})
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    return httpx.post(f"{gateway.base_url}/chat/completions", headers=headers, timeout=20, **kwargs)


# -- authentication and permission --------------------------------------------------------------
@pytest.mark.parametrize("key", [
    "gwk_000000000000_" + "A" * 43,  # well-formed, unknown
    "sk-not-a-gateway-key",
    "gwk_short",
])
def test_unknown_key_is_an_authentication_error(gateway, assert_error_body, key):
    with pytest.raises(openai.AuthenticationError) as caught:
        gateway.client(key).chat.completions.create(model="wire", messages=MESSAGES)

    assert_error_body(caught.value.response, 401, "invalid_api_key")


def test_missing_authorization_is_401(gateway, assert_error_body):
    assert_error_body(post(gateway, None, json={"model": "wire", "messages": MESSAGES}), 401)
    assert_error_body(httpx.get(f"{gateway.base_url}/models"), 401)


def test_a_key_with_a_tampered_secret_is_refused(gateway, assert_error_body):
    key, _ = gateway.issue()
    forged = key[:-4] + ("AAAA" if not key.endswith("AAAA") else "BBBB")

    with pytest.raises(openai.AuthenticationError) as caught:
        gateway.client(forged).models.list()
    assert_error_body(caught.value.response, 401, "invalid_api_key")


def test_expired_key_is_an_authentication_error(gateway, assert_error_body):
    key, _ = gateway.issue(ttl=-60)

    with pytest.raises(openai.AuthenticationError) as caught:
        gateway.client(key).chat.completions.create(model="wire", messages=MESSAGES)
    assert_error_body(caught.value.response, 401, "key_expired")


def test_revoked_key_is_an_authentication_error(gateway, assert_error_body):
    key, record = gateway.issue()
    assert gateway.client(key).models.list().data
    assert gateway.run(gateway.store.revoke_key(record.id, 1.0)) is True

    with pytest.raises(openai.AuthenticationError) as caught:
        gateway.client(key).chat.completions.create(model="wire", messages=MESSAGES)
    assert_error_body(caught.value.response, 401, "key_revoked")


@pytest.mark.parametrize("model", ["claude", "gpt-4o", "demo"])
def test_model_outside_the_workflow_is_permission_denied(gateway, assert_error_body, model):
    key, _ = gateway.issue("triage")  # triage may use `wire` only

    with pytest.raises(openai.PermissionDeniedError) as caught:
        gateway.client(key).chat.completions.create(model=model, messages=MESSAGES)
    error = assert_error_body(caught.value.response, 403, "model_not_allowed")
    assert error["param"] == "model"


def test_headers_cannot_widen_what_the_key_allows(gateway, assert_error_body):
    key, _ = gateway.issue("triage")
    sneaky = {"x-gateway-workflow": "ticket-summary", "x-gateway-owner": "dan", "x-gateway-risk-tier": "low"}

    response = post(gateway, key, json={"model": "claude", "messages": MESSAGES}, headers=sneaky)
    assert_error_body(response, 403, "model_not_allowed")
    assert response.headers["x-gateway-workflow"] == "triage"


# -- bad input ----------------------------------------------------------------------------------
def test_missing_messages_is_a_bad_request(client, assert_error_body):
    with pytest.raises(openai.BadRequestError) as caught:
        client.post("/chat/completions", body={"model": "wire"}, cast_to=httpx.Response)

    error = assert_error_body(caught.value.response, 400, "missing_field")
    assert error["param"] == "messages"


@pytest.mark.parametrize(("body", "param"), [
    ({"model": "wire", "messages": "Summarise ticket 4711"}, "messages"),
    ({"model": "wire", "messages": []}, "messages"),
    ({"model": "wire", "messages": [{"content": "no role"}]}, "messages[0]"),
    ({"model": "wire", "messages": [42]}, "messages[0]"),
    ({"model": 7, "messages": MESSAGES}, "model"),
    ({"messages": MESSAGES}, "model"),
    ({"model": "wire", "messages": MESSAGES, "stream": "yes"}, "stream"),
    ({"model": "wire", "messages": MESSAGES, "n": "two"}, "n"),
    ({"model": "wire", "messages": MESSAGES, "n": 0}, "n"),
    ({"model": "wire", "messages": MESSAGES, "tools": {"name": "x"}}, "tools"),
])
def test_wrong_types_are_bad_requests(client, assert_error_body, body, param):
    with pytest.raises(openai.BadRequestError) as caught:
        client.post("/chat/completions", body=body, cast_to=httpx.Response)

    error = assert_error_body(caught.value.response, 400)
    assert error["param"] == param
    assert error["type"] == "invalid_request_error"


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2, 3]", b"", b"\xff\xfe\x00garbage"])
def test_malformed_json_is_a_bad_request(gateway, agent_key, assert_error_body, content):
    response = post(gateway, agent_key, content=content, headers={"Content-Type": "application/json"})

    assert_error_body(response, 400, "invalid_json")
    assert response.headers["x-gateway-request-id"].startswith("req_")


def test_oversized_body_is_413(gateway, agent_key, assert_error_body):
    big = [{"role": "user", "content": "x" * 70_000}]  # the test config allows 64 KiB

    assert_error_body(post(gateway, agent_key, json={"model": "wire", "messages": big}), 413, "body_too_large")


def test_oversized_chunked_body_without_length_is_413(gateway, agent_key, assert_error_body):
    def chunks():
        yield b'{"model": "wire", "messages": [{"role": "user", "content": "'
        for _ in range(20):
            yield b"y" * 8192
        yield b'"}]}'

    assert_error_body(post(gateway, agent_key, content=chunks()), 413, "body_too_large")


def test_unknown_path_is_not_found(client, gateway, assert_error_body):
    with pytest.raises(openai.NotFoundError) as caught:
        client.get("/no/such/endpoint", cast_to=httpx.Response)
    assert_error_body(caught.value.response, 404, "not_found")
    assert_error_body(httpx.get(f"{gateway.url}/favicon.ico"), 404, "not_found")


@pytest.mark.parametrize(("method", "path"), [("GET", "/v1/chat/completions"), ("DELETE", "/v1/models"),
                                              ("PUT", "/v1/chat/completions"), ("POST", "/healthz")])
def test_wrong_method_is_405(gateway, agent_key, assert_error_body, method, path):
    response = httpx.request(method, f"{gateway.url}{path}", headers={"Authorization": f"Bearer {agent_key}"})

    assert_error_body(response, 405, "method_not_allowed")


# -- provider faults ----------------------------------------------------------------------------
def test_provider_rate_limit_is_a_rate_limit_error(client, fake_openai, assert_error_body, nonce):
    with pytest.raises(openai.RateLimitError) as caught:
        client.chat.completions.create(model="wire", messages=[{"role": "user", "content": f"script:429 {nonce}"}])

    assert_error_body(caught.value.response, 429, "upstream_rate_limited")
    assert len(fake_openai.requests_with(nonce)) == 2  # max_retries: 1 in the test config


def test_provider_500_is_a_502(client, fake_openai, assert_error_body, nonce):
    with pytest.raises(openai.InternalServerError) as caught:
        client.chat.completions.create(model="wire", messages=[{"role": "user", "content": f"script:500 {nonce}"}])

    error = assert_error_body(caught.value.response, 502, "upstream_error")
    assert error["type"] == "upstream_error"
    assert "server had an error" not in error["message"]  # the provider's text stays inside
    assert len(fake_openai.requests_with(nonce)) == 2


@pytest.mark.parametrize("stream", [False, True])
def test_provider_garbage_is_a_502(client, assert_error_body, nonce, stream):
    with pytest.raises(openai.APIStatusError) as caught:
        client.chat.completions.create(model="wire", stream=stream,
                                       messages=[{"role": "user", "content": f"script:garbage {nonce}"}])

    assert_error_body(caught.value.response, 502, "upstream_bad_response")


def test_provider_rejection_is_a_bad_request_without_the_credential(client, credentials, assert_error_body,
                                                                     nonce):
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model="wire", messages=[{"role": "user", "content": f"script:400 {nonce}"}])

    error = assert_error_body(caught.value.response, 400, "upstream_rejected")
    assert "temperature" in error["message"]
    assert credentials["TICKET_SUMMARY_OPENAI_KEY"] not in caught.value.response.text


@pytest.mark.parametrize("stream", [False, True])
def test_provider_connection_dropping_mid_answer_is_a_502(client, assert_error_body, nonce, stream):
    with pytest.raises(openai.InternalServerError) as caught:
        client.chat.completions.create(model="wire", stream=stream,
                                       messages=[{"role": "user", "content": f"script:cut {nonce}"}])

    assert_error_body(caught.value.response, 502, "upstream_unavailable")


@pytest.mark.parametrize("stream", [False, True])
def test_slow_provider_is_a_504(client, fake_openai, assert_error_body, nonce, stream):
    with pytest.raises(openai.InternalServerError) as caught:  # wire-timeout: timeout 0.5s, no retry
        client.chat.completions.create(model="wire-timeout", stream=stream,
                                       messages=[{"role": "user", "content": f"script:slow {nonce}"}])

    assert_error_body(caught.value.response, 504, "upstream_timeout")
    assert len(fake_openai.requests_with(nonce)) == 1


def test_error_responses_after_authentication_carry_the_contract_headers(gateway, agent_key, nonce):
    response = post(gateway, agent_key, json={"model": "wire", "messages": [
        {"role": "user", "content": f"script:500 {nonce}"}]})

    assert response.status_code == 502
    assert response.headers["x-gateway-request-id"].startswith("req_")
    assert response.headers["x-gateway-workflow"] == "ticket-summary"
    assert response.headers["x-gateway-owner"] == "dan"
