"""Fast alternations and scans: a long `a|b|c` word list compiled with its alternatives grouped by first letter
(the regex engine then skips whole groups), and the name of the list a match came from."""

from __future__ import annotations

import re


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation (nested groups kept whole)."""
    parts, depth, current = [], 0, []
    for index, char in enumerate(alternation):
        escaped = index > 0 and alternation[index - 1] == "\\"
        if char in "([" and not escaped:
            depth += 1
        elif char in ")]" and not escaped:
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def bucketed(*alternations: str) -> re.Pattern[str]:
    """One `\\b(?:...)\\b` pattern over the alternatives, grouped by first letter (same matches as the
    plain alternation in the given order, several times faster: the engine skips whole buckets)."""
    return re.compile(r"\b(?:" + grouped(*alternations) + r")\b")


def grouped(*alternations: str) -> str:
    """The alternatives as one alternation grouped by first letter (bucketed's body, for patterns that
    need more around it)."""
    buckets: dict[str, list[str]] = {}
    raw: list[str] = []
    for alternation in alternations:
        for alternative in _alternatives(alternation):
            if alternative[0] in "\\([":
                raw.append(alternative)
            else:
                buckets.setdefault(alternative[0], []).append(alternative[1:])
    body = [re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in buckets.items()]
    return "|".join(body + raw)


def literal_starts(*alternations: str) -> tuple[str, ...]:
    """The literal texts each top-level alternative may start with (both ways round an optional
    character, up to the first other construct), without those that start with another: every match
    of the alternation starts with one of them."""
    found: list[str] = []
    for alternation in alternations:
        for alternative in _alternatives(alternation):
            heads = _literal_heads(alternative)
            if "" in heads:
                raise ValueError(f"no literal start: {alternative!r}")
            found.extend(heads)
    unique = tuple(dict.fromkeys(found))
    return tuple(head for head in unique if not any(other != head and head.startswith(other) for other in unique))


def _literal_heads(alternative: str) -> list[str]:
    heads = [""]
    index = 0
    while index < len(alternative) and alternative[index] not in "\\()[]|.*+?{}^$":
        char, after = alternative[index], alternative[index + 1: index + 2]
        if after in ("*", "{"):
            break
        heads = [head + char for head in heads] + (heads if after == "?" else [])
        index += 2 if after == "?" else 1
    return heads


def named(**alternations: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, pattern) pairs for `classify`, in the order given."""
    return tuple((name, re.compile(alternation)) for name, alternation in alternations.items())


def classify(text: str, groups: tuple[tuple[str, re.Pattern[str]], ...]) -> str:
    """The name of the first group whose pattern matches all of `text`."""
    for name, pattern in groups:
        if pattern.fullmatch(text):
            return name
    return groups[-1][0]


def leftmost(matches: list[re.Match]) -> list[re.Match]:
    """The non-overlapping ones of anchored matches, leftmost first: what finditer returns when every
    match starts at an anchor."""
    kept: list[re.Match] = []
    for m in matches:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def occurs(regex: re.Pattern[str], text: str, low: str, anchors: tuple[tuple[str, tuple[int, ...]], ...],
           safe: bool) -> bool:
    """`regex.search(text) is not None`, trying the regex only `back` characters before each occurrence
    in `low` of an anchor, for each of its `backs` (every match must start at one of those places);
    when not `safe` (lowercase literals may not sit where a case-insensitive regex sees them), a search."""
    if not safe:
        return regex.search(text) is not None
    match = regex.match
    for anchor, backs in anchors:
        pos = low.find(anchor)
        while pos != -1:
            if any(pos >= back and match(text, pos - back) is not None for back in backs):
                return True
            pos = low.find(anchor, pos + 1)
    return False
