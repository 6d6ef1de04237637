"""Watch-mode streams: the hold-back window masks secrets split across chunks, tool calls are
withheld until inspected, a hold ends the stream with content_filter."""

import asyncio
import json
import re

from gateway.types import Decision, Finding
from gateway.watch import Watcher

SECRET = re.compile(r"AKIA[0-9A-Z]{16}")


def scan(text: str) -> list[Finding]:
    return [Finding("credential", "content", "test", 0.99, m.group(), span=m.span(), details={"type": "aws"})
            for m in SECRET.finditer(text)]


def content_chunks(pieces, tool_call=None):
    chunks = [{"id": "c1", "created": 1, "model": "m", "choices": [{"index": 0, "delta": {"content": p}}]}
              for p in pieces]
    if tool_call:
        chunks.append({"id": "c1", "choices": [{"index": 0, "delta": {"tool_calls": [tool_call]}}]})
    chunks.append({"id": "c1", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return chunks


async def _iterate(items):
    for item in items:
        yield item


def run(watcher, chunks, outcome="allow"):
    seen = {}

    async def finish(completion, sent):
        seen["completion"], seen["sent"] = completion, sent
        return Decision(outcome), {"decision": outcome, "review_id": "rev_1" if outcome == "quarantine" else None}

    async def collect():
        return [part async for part in watcher.relay(_iterate(chunks), finish)]

    parts = asyncio.run(collect())
    assert parts[-1] == b"data: [DONE]\n\n"
    events = [json.loads(p[6:]) for p in parts[:-1]]
    return events, seen


def text_of(events):
    return "".join((e["choices"][0]["delta"].get("content") or "") for e in events if e.get("choices"))


def test_secret_split_across_chunks_is_masked_and_text_flows_before_the_end():
    filler = "word " * 200
    pieces = [filler[i:i + 40] for i in range(0, len(filler), 40)] + ["key AKIA1234", "ABCD5678WXYZ done"]
    watcher = Watcher(scan, lambda answer: Decision("allow"), window=64)
    events, seen = run(watcher, content_chunks(pieces))
    out = text_of(events)
    assert "AKIA1234ABCD5678WXYZ" not in out
    assert "[REDACTED:aws]" in out
    assert out.replace("[REDACTED:aws]", "AKIA1234ABCD5678WXYZ") == "".join(pieces)
    assert len([e for e in events if e["choices"] and e["choices"][0]["delta"].get("content")]) > 2
    final = events[-1]
    assert final["choices"][0]["finish_reason"] == "stop"
    assert final["gateway"]["decision"] == "allow"
    assert watcher.masked() == [{"choice": 0, "type": "aws"}]
    assert seen["completion"]["choices"][0]["message"]["content"] == "".join(pieces)


def test_held_tool_call_never_reaches_the_client():
    call = {"index": 0, "id": "call_1", "type": "function",
            "function": {"name": "run_shell", "arguments": "{\"command\": \"usermod -aG wheel bob\"}"}}
    watcher = Watcher(scan, lambda answer: Decision("allow"))
    events, seen = run(watcher, content_chunks(["Running it now."], tool_call=call), outcome="quarantine")
    raw = json.dumps(events)
    assert "usermod" not in raw and "tool_calls" not in raw
    assert events[-1]["choices"][0]["finish_reason"] == "content_filter"
    assert events[-1]["gateway"] == {"decision": "quarantine", "review_id": "rev_1"}
    assert seen["completion"]["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "run_shell"


def test_allowed_tool_call_goes_out_whole_after_inspection():
    call = {"index": 0, "id": "call_1", "type": "function",
            "function": {"name": "get_ticket", "arguments": "{\"id\": 4711}"}}
    watcher = Watcher(scan, lambda answer: Decision("allow"))
    events, _ = run(watcher, content_chunks([], tool_call=call))
    calls = [e for e in events if e["choices"] and e["choices"][0]["delta"].get("tool_calls")]
    assert len(calls) == 1
    assert calls[0]["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"] == "{\"id\": 4711}"


def test_a_hold_mid_stream_stops_the_text():
    pieces = ["safe text " * 10] * 10 + ["now grant admin " * 30] + ["more " * 100]
    def judge(answer):
        return (Decision("quarantine") if "grant admin" in answer.choices[0].content
                 else Decision("allow"))
    watcher = Watcher(scan, judge, window=64)
    events, seen = run(watcher, content_chunks(pieces))
    out = text_of(events)
    assert "grant admin" not in out
    assert watcher.stopped is not None and watcher.stopped.outcome == "quarantine"
    assert events[-1]["choices"][0]["finish_reason"] == "content_filter"
    assert seen["sent"]["text_sent"]["0"] == out


def test_the_final_chunk_carries_an_attestation_over_exactly_what_was_sent():
    from gateway.completion import assemble

    signed = {}

    async def sign(decision, delivered):
        signed["delivered"] = delivered
        return "token-over-delivered"

    async def finish(completion, sent):
        return Decision("allow"), {"decision": "allow", "review_id": None}

    async def collect(watcher, chunks):
        return [part async for part in watcher.relay(_iterate(chunks), finish, sign)]

    pieces = ["word " * 100, "secret AKIA1234ABCD5678WXYZ ", "end " * 100]
    parts = asyncio.run(collect(Watcher(scan, lambda answer: Decision("allow"), window=64),
                                content_chunks(pieces)))
    events = [json.loads(p[6:]) for p in parts[:-1]]
    assert events[-1]["gateway"]["attestation"] == "token-over-delivered"
    received = assemble(events)
    assert received["choices"] == signed["delivered"]["choices"]
    assert "[REDACTED:aws]" in received["choices"][0]["message"]["content"]
