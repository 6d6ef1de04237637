"""Held answers in streams, end to end: in `buffer` mode and in `watch` mode (low tier) a held
tool call never reaches the client; in `watch` mode text flows through the hold-back window with
the secret masked, the final chunk carries the `gateway` object, and the agent can read the
decision and attestation later."""

from __future__ import annotations

import json

import httpx
from review_fixtures import GRANT, SUMMARY, ReviewGateway, review_gateway  # noqa: F401  (fixture review_gw)

from gateway.completion import assemble
from gateway.review.attestation import verify_attestation

TOOLS = [{"type": "function", "function": {"name": "add_user_to_group", "parameters": {"type": "object"}}}]


def _stream(gw: ReviewGateway, key: str, text: str, **extra) -> tuple[httpx.Response, list[dict]]:
    body = {"model": "demo", "stream": True, "messages": [{"role": "user", "content": text}], **extra}
    with httpx.stream("POST", f"{gw.url}/v1/chat/completions", json=body, timeout=30,
                      headers={"authorization": f"Bearer {key}"}) as response:
        lines = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    return response, [json.loads(line[6:]) for line in lines[:-1]]


def test_a_held_tool_call_never_reaches_the_client(review_gw: ReviewGateway) -> None:
    response, chunks = _stream(review_gw, review_gw.agent_key("wf-watch"), GRANT, tools=TOOLS)
    assert "x-gateway-decision" not in response.headers  # watch: only known at the end
    assert not any(c["choices"] and c["choices"][0]["delta"].get("tool_calls") for c in chunks)
    assert "add_user_to_group" not in json.dumps(chunks)
    final = chunks[-1]
    assert final["choices"][0]["finish_reason"] == "content_filter"
    assert final["gateway"]["decision"] == "quarantine" and final["gateway"]["review_id"].startswith("rev_")
    request_id = response.headers["x-gateway-request-id"]
    events = [r["event"] for r in review_gw.audit_events() if r.get("request_id") == request_id]
    assert events[:2] == ["stream_opened", "call"]  # a record before the first byte, one before [DONE]


def test_text_flows_masked_and_the_release_is_attested(review_gw: ReviewGateway) -> None:
    key = review_gw.agent_key("wf-watch")
    response, chunks = _stream(review_gw, key, GRANT)  # prose grant: flagged in the low tier, not held
    delivered = assemble(chunks)
    text = delivered["choices"][0]["message"]["content"]
    assert "prod-admins" in text and "AdministratorAccess" not in text and "[REDACTED:demo_secret]" in text
    final = chunks[-1]
    assert final["choices"][0]["finish_reason"] == "stop" and final["gateway"]["decision"] == "redact"
    jwks = review_gw.get("/.well-known/jwks.json", key).json()
    claims = verify_attestation(final["gateway"]["attestation"], delivered, jwks)
    assert claims["request_id"] == response.headers["x-gateway-request-id"]
    later = review_gw.get(f"/v1/requests/{claims['request_id']}", key).json()
    assert later["decision"] == "redact" and later["attestation"] == final["gateway"]["attestation"]


def test_the_openai_sdk_reads_a_watch_stream(review_gw: ReviewGateway) -> None:
    stream = review_gw.client(review_gw.agent_key("wf-watch")).chat.completions.create(
        model="demo", messages=[{"role": "user", "content": SUMMARY}], stream=True)
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices).startswith("Summary:")
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert (chunks[-1].model_extra or {}).get("gateway", {}).get("decision") in ("allow", "flag")


def test_a_held_tool_call_never_reaches_the_client_in_buffer_mode(review_gw: ReviewGateway) -> None:
    response, chunks = _stream(review_gw, review_gw.agent_key("wf-notice"), GRANT, tools=TOOLS)
    assert response.headers["x-gateway-decision"] == "quarantine"  # buffer: decided before the first byte
    review_id = response.headers["x-gateway-review-id"]
    assert "add_user_to_group" not in json.dumps(chunks) and "prod-admins" not in json.dumps(chunks)
    finals = [c for c in chunks if c["choices"] and c["choices"][0].get("finish_reason")]
    assert [c["choices"][0]["finish_reason"] for c in finals] == ["content_filter"]
    assert review_id in assemble(chunks)["choices"][0]["message"]["content"]
    held = review_gw.review(review_id).data["answer"]["choices"][0]["message"]["tool_calls"]
    assert held[0]["function"]["name"] == "add_user_to_group"  # the complete original is kept for review
