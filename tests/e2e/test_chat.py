"""Chat completions through the running gateway with the real openai SDK: what the agent gets is
what the provider answered, and what the provider receives is what the agent sent."""

from __future__ import annotations

import json

import httpx
import openai
import pytest
from fakes.openai_upstream import TEXT, TOOL_CALLS, USAGE

TOOLS = [{"type": "function", "function": {
    "name": name, "description": f"{name} for a service-desk ticket",
    "parameters": {"type": "object", "properties": {"ticket_id": {"type": "string"}}}}} for name, _ in TOOL_CALLS]
CONTRACT_HEADERS = ("x-gateway-request-id", "x-gateway-decision", "x-gateway-workflow", "x-gateway-owner")


def user(text: str) -> list[dict]:
    return [{"role": "system", "content": "You summarise service-desk tickets (ünïcødé, 😀, \u2028)."},
            {"role": "user", "content": text}]


def test_plain_completion_is_the_providers_answer(client, fake_openai, nonce):
    raw = client.chat.completions.with_raw_response.create(model="wire", messages=user(f"script:text {nonce}"))
    completion = raw.parse()

    assert completion.choices[0].message.content == TEXT
    assert completion.choices[0].finish_reason == "stop"
    assert completion.model == "fake-gpt"
    assert completion.usage.total_tokens == USAGE["total_tokens"]
    assert raw.headers["x-gateway-decision"] == "allow"
    assert raw.headers["x-gateway-workflow"] == "ticket-summary"
    assert raw.headers["x-gateway-owner"] == "dan"
    assert raw.headers["x-gateway-request-id"].startswith("req_")
    (received,) = fake_openai.requests_with(nonce)
    assert received.path == "/v1/chat/completions"
    assert received.body["model"] == "fake-gpt"  # the provider's model name, not the gateway's


def test_non_streamed_body_is_relayed_byte_for_byte(gateway, agent_key, fake_openai, nonce):
    response = httpx.post(f"{gateway.base_url}/chat/completions", headers={"Authorization": f"Bearer {agent_key}"},
                          json={"model": "wire", "messages": user(f"script:text {nonce}")})

    assert response.status_code == 200
    data = response.json()
    assert data["system_fingerprint"] == "fp_fake" and data["choices"][0]["logprobs"] is None
    assert data["id"].startswith("chatcmpl-fake")


def test_stream_yields_chunks_and_ends_cleanly_with_the_same_content(client, nonce):
    plain = client.chat.completions.create(model="wire", messages=user(f"script:text {nonce}"))
    stream = client.chat.completions.create(model="wire", messages=user(f"script:text {nonce}"), stream=True,
                                            stream_options={"include_usage": True})
    chunks = list(stream)

    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain.choices[0].message.content == TEXT
    assert len(chunks) > 5
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == USAGE["total_tokens"]


def test_stream_is_server_sent_events_ending_with_done(gateway, agent_key, nonce):
    body = {"model": "wire", "messages": user(f"script:text {nonce}"), "stream": True}
    with httpx.stream("POST", f"{gateway.base_url}/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {agent_key}"}) as response:
        lines = [line for line in response.iter_lines() if line]

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    for name in CONTRACT_HEADERS:  # buffer mode: the decision is known before the first byte
        assert response.headers[name]
    assert all(line.startswith("data: ") for line in lines)
    assert lines[-1] == "data: [DONE]"
    assert json.loads(lines[0][6:])["object"] == "chat.completion.chunk"


def test_tool_calls_come_back_as_the_provider_sent_them(client, fake_openai, nonce):
    completion = client.chat.completions.create(model="wire", messages=user(f"script:tools {nonce}"), tools=TOOLS,
                                                tool_choice="auto", parallel_tool_calls=True)

    calls = completion.choices[0].message.tool_calls
    assert completion.choices[0].finish_reason == "tool_calls"
    assert [(c.function.name, json.loads(c.function.arguments)) for c in calls] == [
        (name, args) for name, args in TOOL_CALLS]
    (received,) = fake_openai.requests_with(nonce)
    assert received.body["tools"] == TOOLS
    assert received.body["tool_choice"] == "auto"


def test_streamed_tool_call_deltas_reassemble_to_the_calls(client, nonce):
    stream = client.chat.completions.create(model="wire", messages=user(f"script:tools {nonce}"), tools=TOOLS,
                                            tool_choice={"type": "function", "function": {"name": "get_ticket"}},
                                            stream=True)
    calls: dict[int, dict] = {}
    for chunk in stream:
        for delta in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            call = calls.setdefault(delta.index, {"name": "", "arguments": ""})
            call["name"] += delta.function.name or ""
            call["arguments"] += delta.function.arguments or ""

    assert [(c["name"], json.loads(c["arguments"])) for _, c in sorted(calls.items())] == list(TOOL_CALLS)


def test_n_choices_are_all_delivered(client, nonce):
    completion = client.chat.completions.create(model="wire", messages=user(f"script:text {nonce}"), n=2)

    assert [c.index for c in completion.choices] == [0, 1]
    assert completion.choices[0].message.content.endswith("(draft 1)")
    assert completion.choices[1].message.content.endswith("(draft 2)")


def test_n_choices_stream(client, nonce):
    stream = client.chat.completions.create(model="wire", messages=user(f"script:text {nonce}"), n=2, stream=True)
    texts = {0: "", 1: ""}
    for chunk in stream:
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""

    assert texts[0].endswith("(draft 1)") and texts[1].endswith("(draft 2)")


def test_every_field_the_sdk_sends_reaches_the_provider(gateway, agent_key, fake_openai, nonce):
    sent: list[dict] = []
    http_client = httpx.Client(event_hooks={"request": [lambda r: sent.append(json.loads(r.read()))]})
    client = gateway.client(agent_key, http_client=http_client)
    client.chat.completions.create(
        model="wire", messages=user(f"script:text {nonce}"), temperature=0.2, top_p=0.9, seed=7, stop=["\n\n"],
        max_tokens=64, max_completion_tokens=64, presence_penalty=0.1, frequency_penalty=0.2,
        logit_bias={"1234": -5}, logprobs=False, user="agent-7", response_format={"type": "json_object"},
        tools=TOOLS, tool_choice="none", parallel_tool_calls=False, service_tier="auto",
        extra_body={"x_custom_field": {"nested": [1, 2.5, None]}})
    http_client.close()

    (received,) = fake_openai.requests_with(nonce)
    assert received.body == {**sent[0], "model": "fake-gpt"}
    assert received.body["response_format"] == {"type": "json_object"}
    assert received.body["x_custom_field"] == {"nested": [1, 2.5, None]}


def test_models_lists_only_the_workflows_models(gateway, client):
    assert sorted(m.id for m in client.models.list()) == sorted(["wire", "wire-mini", "wire-timeout", "claude",
                                                                 "demo"])
    review_key, _ = gateway.issue("access-review")
    assert sorted(m.id for m in gateway.client(review_key).models.list()) == ["demo", "wire"]
    narrow_key, _ = gateway.issue("ticket-summary", models=("wire-mini",))
    assert [m.id for m in gateway.client(narrow_key).models.list()] == ["wire-mini"]


def test_a_key_narrowed_to_some_models_cannot_use_the_others(gateway, nonce):
    key, _ = gateway.issue("ticket-summary", models=("wire-mini",))
    client = gateway.client(key)

    assert client.chat.completions.create(model="wire-mini", messages=user(f"hello {nonce}")).choices
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(model="wire", messages=user(f"hello {nonce}"))


def test_demo_model_answers_without_a_provider(client, fake_openai, nonce):
    completion = client.chat.completions.create(model="demo", messages=user(f"Summarise ticket 4711 {nonce}"))

    assert completion.choices[0].message.content.startswith("Summary:")
    assert fake_openai.requests_with(nonce) == []


def test_health_ready_and_openapi(gateway):
    assert httpx.get(f"{gateway.url}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{gateway.url}/readyz").json()["status"] == "ready"
    document = httpx.get(f"{gateway.url}/openapi.json").json()
    assert "/v1/chat/completions" in document["paths"]
