"""Fast alternations and scans: a long `a|b|c` word list compiled with its alternatives grouped by first letter
(the regex engine then skips whole groups), and the name of the list a match came from."""

from __future__ import annotations

import re
from bisect import bisect_right


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
    buckets: dict[str, list[str]] = {}
    raw: list[str] = []
    for alternation in alternations:
        for alternative in _alternatives(alternation):
            if alternative[0] in "\\([":
                raw.append(alternative)
            else:
                buckets.setdefault(alternative[0], []).append(alternative[1:])
    body = [re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in buckets.items()]
    return re.compile(r"\b(?:" + "|".join(body + raw) + r")\b")


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


def lines_with(low: str, stems: tuple[str, ...]) -> list[tuple[int, int]]:
    """[start, end) of every line that contains one of the stems, in order, once each."""
    lines: set[tuple[int, int]] = set()
    for stem in stems:
        pos = low.find(stem)
        while pos != -1:
            start = low.rfind("\n", 0, pos) + 1
            end = low.find("\n", pos)
            end = len(low) if end == -1 else end
            lines.add((start, end))
            pos = low.find(stem, end)
    return sorted(lines)


_FINDERS: dict[int, tuple[tuple, re.Pattern[str], dict[str, int]]] = {}


def _finder(families: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One literal alternation over the stems of all the families, grouped by first letter and longest
    first (a match is the longest stem starting there), and per stem the bit mask of the families with
    a stem that is a prefix of it (exactly the families with a stem starting where it matches)."""
    entry = _FINDERS.get(id(families))
    if entry is not None and entry[0] is families:
        return entry[1], entry[2]
    union = sorted({stem for family in families for stem in family}, key=lambda s: (-len(s), s))
    buckets: dict[str, list[str]] = {}
    for stem in union:
        buckets.setdefault(stem[0], []).append(re.escape(stem[1:]))
    pattern = re.compile("|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in buckets.items()))
    masks = {stem: sum(1 << bit for bit, family in enumerate(families) if any(stem.startswith(t) for t in family))
             for stem in union}
    _FINDERS[id(families)] = (families, pattern, masks)  # the entry keeps the tuple alive: its id is not reused
    return pattern, masks


def mark_all(low: str, families: tuple[tuple[str, ...], ...], starts: list[int],
             ends: list[int]) -> list[set[int]]:
    """lexicon.mark for each family, from one scan: per family, the indexes of the sentences (given by
    starts/ends) where one of its stems starts."""
    pattern, masks = _finder(families)
    found: list[set[int]] = [set() for _ in families]
    search = pattern.search
    m = search(low)
    while m is not None:
        pos = m.start()
        index = bisect_right(starts, pos) - 1
        if index >= 0 and pos < ends[index]:
            bits, bit = masks[m.group()], 0
            while bits:
                if bits & 1:
                    found[bit].add(index)
                bits >>= 1
                bit += 1
        m = search(low, pos + 1)
    return found


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
