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


WORD_CACHE_LIMIT = 50_000  # distinct words remembered per family set before the memory is cleared


class _Finder:
    """Where the stems of some families occur, in two parts. A stem without a space, ";" or "`" lies
    inside one space-separated word of a sentence (a sentence ends before a space, a ";" or a "`"), so
    per word the bit mask of the families with a stem in it is computed once and remembered (words
    recur); the few stems holding one are found by a scan."""

    def __init__(self, families: tuple[tuple[str, ...], ...]) -> None:
        union = sorted({stem for family in families for stem in family}, key=lambda s: (-len(s), s))
        # per stem the families with a stem that is a prefix of it: those with a stem starting where it does
        self.masks = {stem: sum(1 << bit for bit, family in enumerate(families)
                                if any(stem.startswith(t) for t in family)) for stem in union}
        self.crossing = tuple(stem for stem in union if any(ch.isspace() or ch in ";`" for ch in stem))
        self.in_word = _literals([stem for stem in union if stem not in self.crossing])
        self.word_bits: dict[str, int] = {}

    def bits(self, word: str) -> int:
        """The families with a stem starting anywhere in `word` (overlaps included)."""
        bits = self.word_bits.get(word)
        if bits is None:
            bits, search, masks = 0, self.in_word.search, self.masks
            m = search(word)
            while m is not None:
                bits |= masks[m.group()]
                m = search(word, m.start() + 1)
            if len(self.word_bits) >= WORD_CACHE_LIMIT:
                self.word_bits.clear()
            self.word_bits[word] = bits
        return bits


def _literals(stems: list[str]) -> re.Pattern[str]:
    """A literal alternation grouped by first letter, longest first: a match is the longest stem there."""
    buckets: dict[str, list[str]] = {}
    for stem in stems:
        buckets.setdefault(stem[0], []).append(re.escape(stem[1:]))
    return re.compile("|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in buckets.items()))


_FINDERS: dict[int, tuple[tuple, _Finder]] = {}


def _finder(families: tuple[tuple[str, ...], ...]) -> _Finder:
    entry = _FINDERS.get(id(families))
    if entry is None or entry[0] is not families:
        entry = (families, _Finder(families))
        _FINDERS[id(families)] = entry  # the entry keeps the tuple alive: its id is not reused
    return entry[1]


def mark_all(low: str, families: tuple[tuple[str, ...], ...], starts: list[int],
             ends: list[int]) -> list[set[int]]:
    """lexicon.mark for each family at once: per family, the indexes of the sentences (given by
    starts/ends) where one of its stems starts."""
    finder = _finder(families)
    found: list[set[int]] = [set() for _ in families]
    known, bits_of = finder.word_bits.get, finder.bits
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        bits = 0
        for word in low[start:end].split():
            word_bits = known(word)
            bits |= bits_of(word) if word_bits is None else word_bits
        if bits:
            _add(found, bits, index)
    for stem in finder.crossing:  # a few stems: a find each is cheaper than the regex engine
        mask, pos = finder.masks[stem], low.find(stem)
        while pos != -1:
            index = bisect_right(starts, pos) - 1
            if index >= 0 and pos < ends[index]:
                _add(found, mask, index)
            pos = low.find(stem, pos + 1)
    return found


def _add(found: list[set[int]], bits: int, index: int) -> None:
    bit = 0
    while bits:
        if bits & 1:
            found[bit].add(index)
        bits >>= 1
        bit += 1


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
