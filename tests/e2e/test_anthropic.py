"""The litellm path end to end: an OpenAI-format request in, Anthropic's Messages API on the wire
(to a fake Anthropic server), an OpenAI-format answer out, streaming included."""

from __future__ import annotations

import json

import openai
import pytest
from fakes.anthropic_upstream import TEXT, TOOL, TOOL_PREAMBLE

TOOLS = [{"type": "function", "function": {"name": "get_ticket", "description": "Look up a ticket",
                                           "parameters": {"type": "object",
                                                          "properties": {"ticket_id": {"type": "string"}}}}}]


def messages(text: str) -> list[dict]:
    return [{"role": "system", "content": "You summarise tickets."}, {"role": "user", "content": text}]


def test_openai_request_becomes_an_anthropic_call(client, fake_anthropic, credentials, nonce):
    raw = client.chat.completions.with_raw_response.create(model="claude", messages=messages(f"script:text {nonce}"),
                                                           max_tokens=200, temperature=0.3)
    completion = raw.parse()

    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content == TEXT
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.prompt_tokens == 25 and completion.usage.completion_tokens == 19
    assert raw.headers["x-gateway-decision"] == "allow"
    (received,) = fake_anthropic.requests_with(nonce)
    assert received.path == "/v1/messages"
    assert received.headers["x-api-key"] == credentials["TICKET_SUMMARY_ANTHROPIC_KEY"]
    assert "anthropic-version" in received.headers
    assert "authorization" not in received.headers
    assert received.body["model"] == "claude-3-5-haiku-20241022"
    assert received.body["max_tokens"] == 200 and received.body["temperature"] == 0.3
    assert "You summarise tickets." in json.dumps(received.body["system"])  # system moved out of messages
    assert [m["role"] for m in received.body["messages"]] == ["user"]


def test_anthropic_stream_is_relayed_as_openai_chunks(client, nonce):
    plain = client.chat.completions.create(model="claude", messages=messages(f"script:text {nonce}"))
    chunks = list(client.chat.completions.create(model="claude", messages=messages(f"script:text {nonce}"),
                                                 stream=True))

    assert all(c.object == "chat.completion.chunk" for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain.choices[0].message.content == TEXT
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"


def test_anthropic_stream_sent_stream_true_on_the_wire(client, fake_anthropic, nonce):
    list(client.chat.completions.create(model="claude", messages=messages(f"script:text {nonce}"), stream=True))

    (received,) = fake_anthropic.requests_with(nonce)
    assert received.body["stream"] is True


def test_tool_use_becomes_openai_tool_calls(client, fake_anthropic, nonce):
    completion = client.chat.completions.create(model="claude", messages=messages(f"script:tools {nonce}"),
                                                tools=TOOLS, tool_choice="auto")

    message = completion.choices[0].message
    assert completion.choices[0].finish_reason == "tool_calls"
    assert message.content == TOOL_PREAMBLE
    (call,) = message.tool_calls
    assert (call.function.name, json.loads(call.function.arguments)) == TOOL
    (received,) = fake_anthropic.requests_with(nonce)
    assert received.body["tools"][0]["name"] == "get_ticket"
    assert received.body["tools"][0]["input_schema"]["properties"] == {"ticket_id": {"type": "string"}}


def test_streamed_tool_use_reassembles(client, nonce):
    arguments, names = "", ""
    for chunk in client.chat.completions.create(model="claude", messages=messages(f"script:tools {nonce}"),
                                                tools=TOOLS, stream=True):
        for delta in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            names += delta.function.name or ""
            arguments += delta.function.arguments or ""

    assert (names, json.loads(arguments)) == TOOL


def test_anthropic_rate_limit_is_a_rate_limit_error(client, assert_error_body, nonce):
    with pytest.raises(openai.RateLimitError) as caught:
        client.chat.completions.create(model="claude", messages=messages(f"script:429 {nonce}"))
    assert_error_body(caught.value.response, 429, "upstream_rate_limited")


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_server_error_is_a_502(client, assert_error_body, nonce, stream):
    with pytest.raises(openai.InternalServerError) as caught:
        client.chat.completions.create(model="claude", messages=messages(f"script:500 {nonce}"), stream=stream)
    assert_error_body(caught.value.response, 502)
