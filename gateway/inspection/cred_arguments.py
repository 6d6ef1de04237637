"""Locate the string values inside a tool call's raw JSON `arguments`, with their argument paths.

Shared by the credential and PII detectors: they scan each decoded string and map the spans they
find back to exact offsets in the raw `arguments` string the model sent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', re.DOTALL)
_ESCAPE_LEN = {"u": 6}


@dataclass(frozen=True, slots=True)
class ArgString:
    """One string value of the arguments: its path (e.g. `headers.Authorization`), decoded text,
    the key it sits under, and the raw offset of every decoded character."""

    path: str | None
    key: str | None
    value: str
    raw_start: int
    raw_end: int
    offsets: tuple[int, ...] | None  # raw offset per decoded char (+ end); None: no escapes

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a span in `value` to the span of the same characters in the raw arguments."""
        if self.offsets is None:
            return self.raw_start + 1 + start, self.raw_start + 1 + end
        return self.offsets[start], self.offsets[end]


def _offsets(literal: str, base: int) -> tuple[int, ...]:
    """Raw offset of each decoded character of a JSON string literal starting at `base`."""
    out: list[int] = []
    i, end = 1, len(literal) - 1
    while i < end:
        out.append(base + i)
        if literal[i] != "\\":
            i += 1
            continue
        step = _ESCAPE_LEN.get(literal[i + 1], 2)
        if step == 6 and 0xD800 <= int(literal[i + 2:i + 6], 16) < 0xDC00 and literal[i + 6:i + 8] == "\\u":
            step = 12  # a surrogate pair decodes to one character
        i += step
    out.append(base + end)
    return tuple(out)


def _path(stack: list[list]) -> str | None:
    parts: list[str] = []
    for kind, key, _ in stack:
        if kind == "a":
            parts.append(f"[{key}]")
        elif key is not None:
            parts.append(("." if parts else "") + str(key))
    return "".join(parts) or None


def argument_strings(raw: str) -> list[ArgString] | None:
    """Every string value in the JSON `raw`, or None when `raw` is not valid JSON."""
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return None
    out: list[ArgString] = []
    stack: list[list] = []  # [kind "o"|"a", current key or index, expecting a key]
    for match in _TOKEN.finditer(raw):
        token = match.group()
        top = stack[-1] if stack else None
        if token == "{":
            stack.append(["o", None, True])
        elif token == "[":
            stack.append(["a", 0, False])
        elif token in "}]":
            stack.pop()
        elif token == ",":
            if top[0] == "o":
                top[2] = True
            else:
                top[1] += 1
        elif token == ":":
            top[2] = False
        elif token.startswith('"'):
            if top is not None and top[0] == "o" and top[2]:
                top[1] = json.loads(token)
                continue
            value = json.loads(token)
            offsets = _offsets(token, match.start()) if "\\" in token else None
            key = top[1] if top is not None and top[0] == "o" else None
            out.append(ArgString(_path(stack), key, value, match.start(), match.end(), offsets))
    return out


def with_nested(strings: list[ArgString]) -> list[ArgString]:
    """`strings`, each one that is itself a JSON object (an HTTP call's `body`) replaced by the strings inside it,
    their paths under its own and their offsets in the outer raw arguments."""
    out: list[ArgString] = []
    for arg in strings:
        inner = argument_strings(arg.value) if arg.value.lstrip()[:1] == "{" else None
        if not inner:
            out.append(arg)
            continue
        for nested in inner:
            offsets = tuple(_outer(arg, _outer(nested, k)) for k in range(len(nested.value) + 1))
            path = f"{arg.path}.{nested.path}" if arg.path and nested.path else arg.path or nested.path
            out.append(ArgString(path, nested.key, nested.value, offsets[0] - 1, offsets[-1] + 1, offsets))
    return out


def _outer(arg: ArgString, index: int) -> int:
    """The offset in the text `arg` was read from of the character at `index` of its value."""
    return arg.offsets[index] if arg.offsets is not None else arg.raw_start + 1 + index
