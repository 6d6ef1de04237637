"""Chat completion bodies: read one as an Answer, assemble one from stream chunks, and write the
forms the gateway delivers (redacted, held notice, re-chunked stream)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator

from gateway.types import Answer, Choice, Finding, ToolCall

MASK = "[REDACTED:{}]"


def answer_of(data: dict) -> Answer:
    """Every choice's text and tool calls, as inspection sees them."""
    choices = []
    for position, choice in enumerate(data.get("choices") or []):
        message = choice.get("message") or {}
        content = message.get("content")
        if isinstance(content, list):  # content parts
            content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        calls = tuple(
            ToolCall(str(c.get("id", "")), str((c.get("function") or {}).get("name", "")),
                     _text((c.get("function") or {}).get("arguments")))
            for c in message.get("tool_calls") or [] if isinstance(c, dict)
        )
        if not calls and isinstance(message.get("function_call"), dict):  # legacy functions API
            fc = message["function_call"]
            calls = (ToolCall("", str(fc.get("name", "")), _text(fc.get("arguments"))),)
        choices.append(Choice(int(choice.get("index", position)), content or "", calls))
    return Answer(tuple(choices))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def assemble(chunks: Iterable[dict]) -> dict:
    """One chat.completion from a stream's chunks (content and tool-call deltas merged)."""
    completion: dict = {"object": "chat.completion", "choices": []}
    by_index: dict[int, dict] = {}
    for chunk in chunks:
        for key in ("id", "created", "model", "system_fingerprint", "service_tier"):
            if key in chunk and key not in completion:
                completion[key] = chunk[key]
        if chunk.get("usage"):
            completion["usage"] = chunk["usage"]
        for delta_choice in chunk.get("choices") or []:
            index = int(delta_choice.get("index", 0))
            choice = by_index.setdefault(index, {"index": index, "message": {"role": "assistant", "content": None},
                                                 "finish_reason": None})
            _merge_delta(choice["message"], delta_choice.get("delta") or {})
            if delta_choice.get("finish_reason"):
                choice["finish_reason"] = delta_choice["finish_reason"]
            if delta_choice.get("logprobs") is not None:
                choice.setdefault("logprobs", delta_choice["logprobs"])
    completion["choices"] = [by_index[i] for i in sorted(by_index)]
    return completion


def _merge_delta(message: dict, delta: dict) -> None:
    if delta.get("role"):
        message["role"] = delta["role"]
    if delta.get("content"):
        message["content"] = (message.get("content") or "") + delta["content"]
    if delta.get("refusal"):
        message["refusal"] = (message.get("refusal") or "") + delta["refusal"]
    for call_delta in delta.get("tool_calls") or []:
        calls = message.setdefault("tool_calls", [])
        index = int(call_delta.get("index", len(calls)))
        while len(calls) <= index:
            calls.append({"id": "", "type": "function", "function": {"name": "", "arguments": ""}})
        call = calls[index]
        if call_delta.get("id"):
            call["id"] = call_delta["id"]
        function = call_delta.get("function") or {}
        call["function"]["name"] += function.get("name") or ""
        call["function"]["arguments"] += function.get("arguments") or ""


def redact(data: dict, redactions: Iterable[Finding]) -> dict:
    """A copy of the completion with every redacted span masked (content and tool arguments)."""
    data = copy.deepcopy(data)
    edits: dict[tuple, list[Finding]] = {}
    for finding in redactions:
        if finding.span is None:
            continue
        place = (finding.choice, finding.tool_call if finding.where == "tool_call" else None)
        edits.setdefault(place, []).append(finding)
    choices = {int(c.get("index", i)): c for i, c in enumerate(data.get("choices") or [])}
    for (choice_index, call_index), findings in edits.items():
        message = (choices.get(choice_index) or {}).get("message")
        if not message:
            continue
        if call_index is None:
            if isinstance(message.get("content"), str):
                message["content"] = _mask(message["content"], findings)
        else:
            calls = message.get("tool_calls") or []
            if call_index < len(calls):
                function = calls[call_index]["function"]
                function["arguments"] = _mask(_text(function.get("arguments")), findings)
    return data


def _mask(text: str, findings: list[Finding]) -> str:
    spans = sorted({f.span: f for f in findings if f.span}.items(), reverse=True)
    for (start, end), finding in spans:
        if 0 <= start < end <= len(text):
            label = finding.details.get("type", finding.kind) if finding.details else finding.kind
            text = text[:start] + MASK.format(label) + text[end:]
    return text


def notice(data: dict, review_id: str) -> dict:
    """The `notice` delivery of a held answer: content_filter, no tool calls, the review id."""
    text = (f"This answer is held for human review (review id {review_id}). "
            f"Fetch the outcome with GET /v1/reviews/{review_id}.")
    held = {k: v for k, v in data.items() if k not in ("choices",)}
    held["choices"] = [
        {"index": c.get("index", i), "message": {"role": "assistant", "content": text},
         "finish_reason": "content_filter"}
        for i, c in enumerate(data.get("choices") or [{}])
    ]
    return held


def chunks_of(data: dict) -> Iterator[dict]:
    """A completion re-cut as stream chunks: role, content, tool calls, finish, usage."""
    base = {"id": data.get("id", ""), "object": "chat.completion.chunk", "created": data.get("created", 0),
            "model": data.get("model", "")}
    for choice in data.get("choices") or []:
        index, message = choice.get("index", 0), choice.get("message") or {}
        delta: dict = {"role": "assistant", "content": message.get("content") or ""}
        if message.get("tool_calls"):
            delta["tool_calls"] = [dict(c, index=i) for i, c in enumerate(message["tool_calls"])]
        yield base | {"choices": [{"index": index, "delta": delta, "finish_reason": None}]}
        yield base | {"choices": [{"index": index, "delta": {}, "finish_reason": choice.get("finish_reason")}]}
    if data.get("usage"):
        yield base | {"choices": [], "usage": data["usage"]}
