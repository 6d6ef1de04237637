"""Fast alternations and scans: a long `a|b|c` word list compiled with its alternatives grouped by first letter
(the regex engine then skips whole groups), and the name of the list a match came from."""

from __future__ import annotations

import re
from re import _constants, _parser  # match_heads reads a pattern's parsed form


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


HEAD_LIMIT = 10  # longer heads find no fewer places to try, and the pattern may not say more


def match_heads(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Literal texts, one of which starts every match of `regex` (read from its parsed form: zero-width
    assertions skipped, branches and optional parts followed both ways, each head cut at HEAD_LIMIT
    characters), without those that start with another. ValueError when a match may start otherwise
    (a character class, a case-insensitive letter)."""
    if regex.flags & re.IGNORECASE:
        raise ValueError(f"case-insensitive: {regex.pattern[:60]!r}")
    heads = _heads(list(_parser.parse(regex.pattern, regex.flags).data))
    if "" in heads:
        raise ValueError(f"a match may start without a literal: {regex.pattern[:60]!r}")
    return tuple(sorted(head for head in heads if not any(other != head and head.startswith(other)
                                                          for other in heads)))


def _heads(items: list, at: int = 0) -> set[str]:
    """The heads of the parsed sequence items[at:] ("" where it may start without a literal)."""
    if at >= len(items):
        return {""}
    op, arg = items[at]
    if op is _constants.LITERAL:
        return {(chr(arg) + rest)[:HEAD_LIMIT] for rest in _heads(items, at + 1)}
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return _heads(items, at + 1)
    if op is _constants.SUBPATTERN:
        if arg[1] & re.IGNORECASE:
            return {""}
        return _heads(list(arg[-1].data) + items[at + 1:])
    if op is _constants.BRANCH:
        return set().union(*(_heads(list(branch.data) + items[at + 1:]) for branch in arg[1]))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and arg[0] <= 1:
        once = _heads(list(arg[2].data) + (items[at + 1:] if arg[1] == 1 else []))
        return once | _heads(items, at + 1) if arg[0] == 0 else once
    return {""}
