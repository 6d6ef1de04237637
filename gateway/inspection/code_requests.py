"""HTTP calls made from code (`requests.delete(...)`, `httpx.request("DELETE", ...)`, `fetch(url, {method:
"DELETE"})`, Go's `http.NewRequest`): the call's arguments may span lines and its URL may sit in a variable
assigned a few lines above, so the whole argument list is read, not the line the call starts on."""

from __future__ import annotations

import re

MAX_CALL = 1200  # characters an argument list may span
MAX_LOOKBACK = 3000  # characters above a call where its URL variable may be assigned
FIRST_METHOD = re.compile(r"\(\s*(?:\w+\s*,\s*)?['\"](POST|PUT|PATCH|DELETE|GET)['\"]", re.I)
METHOD_OPTION = re.compile(r"\bmethod['\"]?\s*[:=]\s*['\"]?(POST|PUT|PATCH|DELETE|GET)\b", re.I)
# the variable a call takes as its URL: first, or after a method (`NewRequestWithContext(ctx, "DELETE", url, nil)`)
FIRST_NAME = re.compile(r"\(\s*(?:(?:\w+\s*,\s*)?['\"][A-Za-z]+['\"]\s*,\s*)?(?:url\s*=\s*)?([A-Za-z_]\w*)\s*[,)]")


def call_end(text: str, open_paren: int) -> int:
    """The offset just after the parenthesis closing the one at `open_paren`, or at most MAX_CALL on."""
    depth, limit = 0, min(len(text), open_paren + MAX_CALL)
    for pos in range(open_paren, limit):
        char = text[pos]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return pos + 1
    return limit


def call_method(arguments: str) -> str:
    """The method a call's argument list names (`("DELETE", url)`, `{method: "DELETE"}`), GET by default."""
    named = FIRST_METHOD.match(arguments) or METHOD_OPTION.search(arguments)
    return named.group(1) if named else "GET"


def assigned_value(text: str, arguments: str, call_start: int) -> str | None:
    """The line assigning the variable a call takes first (`url = f"{GRAPH}/users/{uid}"` above
    `requests.delete(url)`), the nearest above the call."""
    first = FIRST_NAME.match(arguments)
    if first is None:
        return None
    name = re.escape(first.group(1))
    assignment = re.compile(rf"\b(?:const\s+|let\s+|var\s+)?{name}\s*(?::[^=\n]{{1,40}})?:?=\s*(?!=)")
    assignments = list(assignment.finditer(text, max(0, call_start - MAX_LOOKBACK), call_start))
    if not assignments:
        return None
    value_start = assignments[-1].end()
    line_end = text.find("\n", value_start)
    return text[value_start: call_start if line_end == -1 else min(line_end, call_start)]
