"""Completion bodies: what inspection sees, a stream reassembled, redaction, the held notice and
the re-cut stream."""

from __future__ import annotations

import json

from gateway.completion import answer_of, assemble, chunks_of, notice, redact
from gateway.types import Finding

COMPLETION = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 7, "model": "m",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Ticket 4711 needs logs from alice."},
         "finish_reason": "stop"},
        {"index": 1, "message": {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "get_ticket", "arguments": '{"id": "4711"}'}}]},
         "finish_reason": "tool_calls"},
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
}


def finding(where: str, span: tuple[int, int], choice: int = 0, tool_call: int | None = None) -> Finding:
    return Finding(kind="credential", where=where, detector="t", confidence=1.0, evidence="", choice=choice,
                   span=span, tool_call=tool_call, details={"type": "secret"})


def test_answer_of_sees_every_choice_text_and_tool_call():
    answer = answer_of(COMPLETION)

    assert [c.index for c in answer.choices] == [0, 1]
    assert answer.choices[0].content == "Ticket 4711 needs logs from alice."
    (call,) = answer.choices[1].tool_calls
    assert (call.id, call.name, call.arguments) == ("c1", "get_ticket", '{"id": "4711"}')


def test_answer_of_reads_content_parts_legacy_function_calls_and_object_arguments():
    data = {"choices": [
        {"message": {"content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}, "junk"]}},
        {"message": {"function_call": {"name": "f", "arguments": {"x": 1}}}},
        {"message": {"tool_calls": [{"function": {"name": "g", "arguments": None}}]}},
    ]}
    answer = answer_of(data)

    assert answer.choices[0].content == "ab"
    assert answer.choices[1].tool_calls[0].arguments == '{"x": 1}'
    assert answer.choices[2].tool_calls[0].arguments == ""
    assert answer_of({}).choices == ()


def test_assemble_is_the_inverse_of_chunks_of():
    assembled = assemble(list(chunks_of(COMPLETION)))

    assert assembled["choices"] == COMPLETION["choices"]
    assert assembled["usage"] == COMPLETION["usage"]
    assert (assembled["id"], assembled["created"], assembled["model"]) == ("chatcmpl-1", 7, "m")


def test_assemble_merges_split_tool_call_deltas_and_interleaved_choices():
    base = {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    deltas = [
        (0, {"role": "assistant", "content": ""}), (1, {"role": "assistant", "content": "other"}),
        (0, {"tool_calls": [{"index": 0, "id": "c1", "type": "function",
                             "function": {"name": "get_", "arguments": ""}}]}),
        (0, {"tool_calls": [{"index": 0, "function": {"name": "ticket", "arguments": '{"id"'}}]}),
        (0, {"tool_calls": [{"index": 1, "id": "c2", "function": {"name": "b", "arguments": "{}"}}]}),
        (0, {"tool_calls": [{"index": 0, "function": {"arguments": ': "4711"}'}}]}),
        (0, {"refusal": "no"}),
    ]
    chunks = [base | {"choices": [{"index": i, "delta": d}]} for i, d in deltas]
    chunks.append(base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    assembled = assemble(chunks)

    first = assembled["choices"][0]
    assert [c["function"]["name"] for c in first["message"]["tool_calls"]] == ["get_ticket", "b"]
    assert json.loads(first["message"]["tool_calls"][0]["function"]["arguments"]) == {"id": "4711"}
    assert first["message"]["tool_calls"][0]["id"] == "c1"
    assert first["finish_reason"] == "tool_calls" and first["message"]["refusal"] == "no"
    assert assembled["choices"][1]["message"]["content"] == "other"


def test_redact_masks_content_and_tool_arguments_and_leaves_the_original_alone():
    text = COMPLETION["choices"][0]["message"]["content"]
    start = text.index("alice")
    masked = redact(COMPLETION, [finding("content", (start, start + 5)),
                                 finding("tool_call", (8, 12), choice=1, tool_call=0)])

    assert masked["choices"][0]["message"]["content"] == "Ticket 4711 needs logs from [REDACTED:secret]."
    assert masked["choices"][1]["message"]["tool_calls"][0]["function"]["arguments"] == '{"id": "[REDACTED:secret]"}'
    assert COMPLETION["choices"][0]["message"]["content"] == text


def test_redact_ignores_findings_without_a_usable_place():
    out = redact(COMPLETION, [finding("content", (0, 999)), finding("content", (0, 3), choice=7),
                              finding("tool_call", (0, 1), choice=1, tool_call=5),
                              Finding("pii", "content", "t", 1.0, "", span=None)])
    assert out == COMPLETION


def test_overlapping_spans_are_masked_without_corrupting_the_text():
    data = {"choices": [{"index": 0, "message": {"content": "key=abcdef123456 ok"}}]}
    out = redact(data, [finding("content", (4, 16)), finding("content", (4, 16))])

    assert out["choices"][0]["message"]["content"] == "key=[REDACTED:secret] ok"


def test_notice_holds_every_choice_without_tool_calls():
    held = notice(COMPLETION, "rev_1")

    assert [c["finish_reason"] for c in held["choices"]] == ["content_filter", "content_filter"]
    assert all("rev_1" in c["message"]["content"] and "tool_calls" not in c["message"] for c in held["choices"])
    assert held["usage"] == COMPLETION["usage"] and held["id"] == "chatcmpl-1"


def test_chunks_of_ends_with_finish_reasons_and_usage():
    chunks = list(chunks_of(COMPLETION))

    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]][-1] == "tool_calls"
    assert chunks[-1] == {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 7, "model": "m",
                          "choices": [], "usage": COMPLETION["usage"]}
