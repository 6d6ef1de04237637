"""Scoped credentials and tags: the provider sees the workflow's own credential, never the agent's
gateway key, and never the gateway's tag headers."""

from __future__ import annotations

import pytest

TAGS = {"x-gateway-on-behalf-of": "erin@example.com", "x-gateway-source": "ticket:4711"}


def ask(client, model: str, nonce: str, **kwargs):
    return client.chat.completions.create(model=model, messages=[{"role": "user", "content": f"script:text {nonce}"}],
                                          extra_headers=TAGS, **kwargs)


@pytest.mark.parametrize(("workflow", "model", "credential"), [
    ("ticket-summary", "wire", "TICKET_SUMMARY_OPENAI_KEY"),
    ("ticket-summary", "wire-timeout", "TICKET_SUMMARY_OPENAI_KEY"),
    ("triage", "wire", "TRIAGE_OPENAI_KEY"),
    ("access-review", "wire", "ACCESS_REVIEW_OPENAI_KEY"),
    ("ticket-summary", "wire-mini", "WIRE_DEFAULT_KEY"),  # no override: the model entry's own key
    ("shared-default", "wire-mini", "WIRE_DEFAULT_KEY"),
])
def test_provider_receives_the_workflows_credential(gateway, fake_openai, credentials, nonce, workflow, model,
                                                    credential):
    key, _ = gateway.issue(workflow)
    ask(gateway.client(key), model, nonce)

    (received,) = fake_openai.requests_with(nonce)
    assert received.headers["authorization"] == f"Bearer {credentials[credential]}"


@pytest.mark.parametrize("stream", [False, True])
def test_agent_key_and_tag_headers_never_reach_the_provider(gateway, fake_openai, nonce, stream):
    key, record = gateway.issue("ticket-summary")
    ask(gateway.client(key), "wire", nonce, stream=stream)

    (received,) = fake_openai.requests_with(nonce)
    assert key not in received.raw.decode() and key not in str(received.headers)
    assert record.id not in str(received.headers)
    assert not [name for name in received.headers if name.startswith("x-gateway")]
    assert "erin@example.com" not in str(received.headers) and "ticket:4711" not in str(received.headers)
    assert "erin@example.com" not in received.raw.decode()


def test_tags_are_recorded_in_the_audit(gateway, nonce):
    key, record = gateway.issue("triage", on_behalf_of="carol")
    raw = gateway.client(key).chat.completions.with_raw_response.create(
        model="wire", messages=[{"role": "user", "content": f"script:text {nonce}"}], extra_headers=TAGS)

    (call,) = gateway.audit_for(raw.headers["x-gateway-request-id"])
    assert (call["workflow"], call["owner"], call["risk_tier"]) == ("triage", "carol", "medium")
    assert call["agent"] == record.id
    assert call["requester"] == "carol"  # bound to the key at issuance
    assert call["on_behalf_of"] == "erin@example.com"  # what the agent claims: context only
    assert call["source"] == "ticket:4711"
