"""Streams in `watch` mode (low tier only): text goes out through a hold-back window that the
detectors scan, so a secret split across chunks is still masked; tool-call deltas are withheld
until the call is complete and inspected. A hold or block ends the stream with
`finish_reason: "content_filter"`; the final chunk carries the `gateway` object.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

from gateway.completion import MASK, assemble
from gateway.types import Answer, Choice, Decision

WINDOW = 256  # characters held back; longer than any secret the detectors know
Scan = Callable[[str], list]  # text -> credential findings with spans
Finish = Callable[[dict, dict], Awaitable[tuple[Decision, dict]]]  # completion, sent -> decision, gateway obj
Sign = Callable[[Decision, dict], Awaitable[str | None]]  # decision, completion as delivered -> attestation


@dataclass
class _Text:
    """One choice's text: all received, how much has gone out, what was masked."""

    text: str = ""
    released: int = 0
    masked: list[str] = field(default_factory=list)
    finish_reason: str | None = None


class Watcher:
    """Relays one stream through the hold-back window; `judge` says whether to stop early."""

    def __init__(self, scan: Scan, judge: Callable[[Answer], Decision], window: int = WINDOW) -> None:
        self.scan, self.judge, self.window = scan, judge, window
        self.choices: dict[int, _Text] = {}
        self.stopped: Decision | None = None

    def _release(self, index: int, final: bool) -> str:
        state = self.choices[index]
        end = len(state.text) if final else len(state.text) - self.window
        if end <= state.released:
            return ""
        start = max(0, state.released - self.window)
        out, cut = [], state.released
        for finding in sorted(self.scan(state.text[start:]), key=lambda f: f.span or (0, 0)):
            if not finding.span:
                continue
            s, e = finding.span[0] + start, finding.span[1] + start
            if e <= state.released or s >= end:
                continue
            if e > end:  # a secret straddling the release point waits for the next round
                end = max(state.released, s)
                break
            s = max(s, cut)
            out.append(state.text[cut:s])
            label = (finding.details or {}).get("type", "credential")
            out.append(MASK.format(label))
            state.masked.append(label)
            cut = e
        if end > cut:
            out.append(state.text[cut:end])
        state.released = max(end, cut)
        return "".join(out)

    def _stop_now(self) -> bool:
        if self.stopped is None:
            tail = tuple(Choice(i, s.text[max(0, s.released - self.window):]) for i, s in self.choices.items())
            decision = self.judge(Answer(tail))
            if decision.outcome in ("quarantine", "block"):
                self.stopped = decision
        return self.stopped is not None

    async def relay(self, chunks: AsyncIterator[dict], finish: Finish, sign: Sign | None = None
                    ) -> AsyncIterator[bytes]:
        received: list[dict] = []
        sent: list[dict] = []
        base: dict = {}
        async for chunk in chunks:
            received.append(chunk)
            base = base or {k: chunk.get(k) for k in ("id", "object", "created", "model")}
            if self.stopped is not None:
                continue  # keep receiving so the audit has the whole answer; send nothing more
            for choice in chunk.get("choices") or []:
                index = int(choice.get("index", 0))
                state = self.choices.setdefault(index, _Text())
                state.text += (choice.get("delta") or {}).get("content") or ""
                if len(state.text) - state.released > 2 * self.window and not self._stop_now():
                    text = self._release(index, final=False)
                    if text:
                        sent.append(_chunk(base, index, {"content": text}))
                        yield _sse(sent[-1])
        completion = assemble(received)
        text_sent = {str(i): s.text[:s.released] for i, s in self.choices.items()}
        decision, gateway = await finish(completion, {"text_sent": text_sent})
        held = decision.outcome in ("quarantine", "block") or self.stopped is not None
        tail, finals = [], []
        for choice in completion.get("choices") or []:
            index = choice["index"]
            self.choices.setdefault(index, _Text())
            if not held:
                text = self._release(index, final=True)
                if text:
                    tail.append(_chunk(base, index, {"content": text}))
                for i, call in enumerate(choice["message"].get("tool_calls") or []):
                    tail.append(_chunk(base, index, {"tool_calls": [dict(call, index=i)]}))
            finals.append(_chunk(base, index, {}, "content_filter" if held else choice.get("finish_reason")))
        usage = [{**base, "object": "chat.completion.chunk", "choices": [], "usage": completion["usage"]}
                 ] if completion.get("usage") else []
        if sign is not None and not held:
            gateway["attestation"] = await sign(decision, assemble([*sent, *tail, *finals, *usage]))
        for final in finals:
            final["gateway"] = gateway
        for chunk in (*tail, *finals, *usage):
            yield _sse(chunk)
        yield b"data: [DONE]\n\n"

    def masked(self) -> list[dict]:
        return [{"choice": i, "type": t} for i, s in self.choices.items() for t in s.masked]


def _chunk(base: dict, index: int, delta: dict, finish_reason: str | None = None) -> dict:
    return {**base, "object": "chat.completion.chunk",
            "choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]}


def _sse(chunk: dict) -> bytes:
    return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"
