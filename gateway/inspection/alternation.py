"""Fast alternations and scans: a long `a|b|c` word list compiled with its alternatives grouped by first letter
(the regex engine then skips whole groups), and the name of the list a match came from."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from re import _constants, _parser  # match_heads reads a pattern's parsed form

from ahocorasick_rs import AhoCorasick, Implementation

from gateway.inspection.lowered import shared_lower


def split_alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation (nested groups and character classes kept whole:
    a ")" or "|" in `[.,;:)!]` is a member)."""
    parts, depth, start, index, size = [], 0, 0, 0, len(alternation)
    while index < size:
        char = alternation[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = class_end(alternation, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:index])
            start = index + 1
        index += 1
    parts.append(alternation[start:])
    return parts


def class_end(pattern: str, index: int) -> int:
    """The index just past the character class opening at `index`."""
    index += 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1  # a "]" first is a member
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


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
        for alternative in split_alternatives(alternation):
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
        for alternative in split_alternatives(alternation):
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
    heads = {_literal_part(head) for head in _parsed_heads(regex)}
    if () in heads:
        raise ValueError(f"a match may start without a literal: {regex.pattern[:60]!r}")
    return tuple(sorted("".join(head) for head in _shortest(heads)))


# The character classes a head may hold, each as a unit of its own: any Unicode digit, any blank. A blank in a
# head ("ok\\s" of `ok\\s+to`) keeps it from standing inside a longer word ("token", "okta").
DIGIT = r"\d"
BLANK = r"\s"
CLASSES = {_constants.CATEGORY_DIGIT: DIGIT, _constants.CATEGORY_SPACE: BLANK}


def _literal_part(head: tuple[str, ...]) -> tuple[str, ...]:
    """A head's units up to its first character class."""
    for index, unit in enumerate(head):
        if unit in (DIGIT, BLANK):
            return head[:index]
    return head


def _parsed_heads(regex: re.Pattern[str], fold: bool = False) -> set[tuple[str, ...]]:
    """The heads of `regex`, each a tuple of units (a literal character or DIGIT); ValueError as match_heads.
    With `fold`, also those of a regex case-insensitive in whole or where a match starts: lower-cased (to be
    looked for in the lower-cased text, see `_folded`), when they are all ASCII."""
    if regex.flags & re.IGNORECASE and not fold:
        raise ValueError(f"case-insensitive: {regex.pattern[:60]!r}")
    parsed = list(_parser.parse(regex.pattern, regex.flags).data)
    heads = _heads(parsed, fold=fold)
    if () in heads or any(head[0] == BLANK for head in heads):
        raise ValueError(f"a match may start without a literal: {regex.pattern[:60]!r}")
    if _folded(regex):  # a head's letters up to its first non-ASCII one: those lower-case as they match
        heads = {_ascii_part(tuple(unit.lower() for unit in head)) for head in heads}
        if () in heads:
            raise ValueError(f"case-insensitive with a non-ASCII head: {regex.pattern[:60]!r}")
    return heads


def _ascii_part(head: tuple[str, ...]) -> tuple[str, ...]:
    for index, unit in enumerate(head):
        if not unit.isascii():
            return head[:index]
    return head


def _folded(regex: re.Pattern[str]) -> bool:
    """Whether a case-insensitive part may hold a match's head: its heads are then looked for lower-cased."""
    if regex.flags & re.IGNORECASE:
        return True
    parsed = list(_parser.parse(regex.pattern, regex.flags).data)
    return _heads(parsed) != _heads(parsed, fold=True)


def _shortest(heads: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The heads that do not start with another."""
    return [head for head in heads if not any(other != head and head[:len(other)] == other for other in heads)]


def _heads(items: list, at: int = 0, fold: bool = False) -> set[tuple[str, ...]]:
    """The heads of the parsed sequence items[at:] (() where it may start without a literal, a digit or a blank; with
    `fold`, a case-insensitive part's literals count, as written)."""
    if at >= len(items):
        return {()}
    op, arg = items[at]
    if op is _constants.LITERAL or op is _constants.IN and len(arg) == 1 and arg[0][0] is _constants.CATEGORY \
            and arg[0][1] in CLASSES:
        unit = chr(arg) if op is _constants.LITERAL else CLASSES[arg[0][1]]
        return {((unit,) + rest)[:HEAD_LIMIT] for rest in _heads(items, at + 1, fold)}
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return _heads(items, at + 1, fold)
    if op is _constants.SUBPATTERN:
        if arg[1] & re.IGNORECASE and not fold:
            return {()}
        return _heads(list(arg[-1].data) + items[at + 1:], 0, fold)
    if op is _constants.BRANCH:
        return set().union(*(_heads(list(branch.data) + items[at + 1:], 0, fold) for branch in arg[1]))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and arg[0] <= 1:
        once = _heads(list(arg[2].data) + (items[at + 1:] if arg[1] == 1 else []), 0, fold)
        return once | _heads(items, at + 1, fold) if arg[0] == 0 else once
    return {()}


class HeadFirst:
    """A regex tried only where one of its heads stands (each a literal text, digits and blanks, as match_heads reads
    them): `search` and `finditer` find what the regex's own do, without trying a long alternation behind a
    `\\b` at every position of the text. A case-insensitive regex's heads are looked for in the lower-cased
    text (the same length, and without the two letters that match an ASCII letter case-insensitively but
    lower-case to another: 'ı' and 'ſ'), else it is searched as it is."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        heads = _shortest(_parsed_heads(regex, fold=True))
        self._folded = _folded(regex)
        self._next_head = _grouped_heads(heads).search
        self._literals = _literal_heads_automaton(heads)
        self._longest = max(len(_literal_part(head)) for head in heads)

    def _heads_in(self, text: str) -> str | None:
        """The text to find the heads in: `text`, or its lower-cased copy for a case-insensitive regex (None
        where that copy would not find them all)."""
        if not self._folded:
            return text
        low = shared_lower(text)
        return low if len(low) == len(text) and "\u0131" not in text and "\u017f" not in text else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """regex.search(text, pos, endpos): the match of regex.match at the first head where it matches (a
        search tries each position in turn and matches there; every match starts at a head and holds it,
        and the regex still sees the text before it, so a `\\b` or a look-behind reads the same)."""
        where = self._heads_in(text)
        if where is None:
            return self.regex.search(text, pos, endpos)
        if self._literals is not None and min(endpos, len(text)) - pos >= SEARCH_SPAN:
            return self._search_at_heads(text, where, max(pos, 0), endpos)
        match, next_head = self.regex.match, self._next_head
        while (head := next_head(where, pos, endpos)) is not None:
            pos = head.start()
            if (m := match(text, pos, endpos)) is not None:
                return m
            pos += 1
        return None

    def _search_at_heads(self, text: str, where: str, pos: int, endpos: int) -> re.Match[str] | None:
        """`search` over a longer span: the places where a head's literal part starts, found a chunk at a time by the
        automaton (a place where no whole head stands matches nothing), each tried in turn."""
        end, match, find = min(endpos, len(text)), self.regex.match, self._literals.find_matches_as_indexes
        at = pos
        while at < end:
            stop = min(at + SEARCH_CHUNK, end)
            piece = where[at: min(stop + self._longest - 1, end)]  # the heads that start in the chunk, whole
            for place in sorted({start for _, start, _ in find(piece, overlapping=True) if at + start < stop}):
                if (m := match(text, at + place, endpos)) is not None:
                    return m
            at = stop
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """regex.finditer(text, pos, endpos): every match holds its head, so none is empty and the next is
        searched from where the last ends."""
        where = self._heads_in(text)
        if where is None:
            yield from self.regex.finditer(text, pos, endpos)
            return
        if self._literals is not None and min(endpos, len(text)) - max(pos, 0) >= LONG_SPAN:
            yield from self._finditer_at_heads(text, where, pos, endpos)
            return
        while (m := self.search(text, pos, endpos)) is not None:
            yield m
            pos = m.end()

    def _finditer_at_heads(self, text: str, where: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """`finditer` over a long span: every place where a head (up to its first digit or blank) starts, found in one
        pass by an automaton, is tried in turn from where the last match ends (a place where no whole head
        stands matches nothing)."""
        places = sorted({start for _, start, _ in self._literals.find_matches_as_indexes(where, overlapping=True)})
        match = self.regex.match
        for at in range(bisect_left(places, max(pos, 0)), len(places)):
            place = places[at]
            if place >= endpos:
                break
            if place >= pos and (m := match(text, place, endpos)) is not None:
                yield m
                pos = m.end()

    def sub(self, repl: str, text: str) -> str:
        """regex.sub(repl, text) for a replacement without a backslash (no group references: taken as it is);
        no match is empty, so each one's text is replaced in turn."""
        if "\\" in repl:
            return self.regex.sub(repl, text)
        pieces, at = [], 0
        for m in self.finditer(text):
            pieces += (text[at: m.start()], repl)
            at = m.end()
        return "".join(pieces) + text[at:] if pieces else text


# A finditer over this many characters or more finds the heads with an automaton: over a long answer that finds
# them all several times faster than the head regex (a search that stops at its first match keeps the regex).
LONG_SPAN = 2000
# A search over this many characters or more finds the heads with the automaton too (the head regex pays a fixed
# cost per place it stops at), SEARCH_CHUNK characters at a time: a match near the start ends it early.
SEARCH_SPAN = 100
SEARCH_CHUNK = 1024


def _literal_heads_automaton(heads: list[tuple[str, ...]]) -> AhoCorasick | None:
    """An automaton finding each head's literal part (its units up to the first digit or blank), or None when
    a head starts with a digit."""
    literals = {"".join(_literal_part(head)) for head in heads}
    if "" in literals:
        return None
    return AhoCorasick(sorted(literals), implementation=Implementation.DFA)  # a few words: a small table


def _grouped_heads(heads: list[tuple[str, ...]]) -> re.Pattern[str]:
    """A regex matching where any of the heads starts, its alternatives grouped by first unit."""
    def shown(units: tuple[str, ...]) -> str:
        return "".join(unit if unit in (DIGIT, BLANK) else re.escape(unit) for unit in units)

    rests: dict[str, list[str]] = {}
    for head in sorted(heads):
        rests.setdefault(shown(head[:1]), []).append(shown(head[1:]))
    return re.compile("|".join(first + "(?:" + "|".join(rest) + ")" for first, rest in rests.items()))


def head_first(pattern: str, flags: int = 0) -> HeadFirst:
    """re.compile(pattern, flags), searched only where one of its heads stands (HeadFirst)."""
    return HeadFirst(re.compile(pattern, flags))



class MarkLed:
    """A regex `(?:^|[MARKS]\\s+|\\n\\s*)BODY` (or `[MARKS]\\s*` with `blank_after_mark=False`), BODY having
    literal heads: a match starts at the text's start, at a mark or at a line break, then blanks, then BODY.
    `finditer` finds what the regex's own does by trying BODY only where one of its heads stands, then the
    whole regex from the leftmost place before that it may start (the mark before the blanks, else their
    first line break, else the text's start): a leading `^` alternative makes the engine try every position."""

    def __init__(self, marks: str, body: str, flags: int = 0, blank_after_mark: bool = True) -> None:
        self.marks = marks
        self.body = HeadFirst(re.compile(body, flags))
        blanks = "+" if blank_after_mark else "*"
        self.whole = re.compile(rf"(?:^|[{re.escape(marks)}]\s{blanks}|\n\s*)(?:{body})", flags)
        self.pattern = self.whole.pattern
        self._least_blanks = 1 if blank_after_mark else 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        where = self.body._heads_in(text)
        if where is None:
            yield from self.whole.finditer(text)
            return
        pos, next_head, body = 0, self.body._next_head, self.body.regex
        while (head := next_head(where, pos)) is not None:
            at = head.start()
            start = self._start_before(text, at)
            if start is not None and body.match(text, at) is not None:
                m = self.whole.match(text, max(start, pos))
                if m is not None and m.end() > at:
                    yield m
                    pos = m.end()
                    continue
            pos = at + 1

    def _start_before(self, text: str, at: int) -> int | None:
        """Where a match whose BODY starts at `at` starts, or None when nothing before `at` may lead it."""
        blank = at
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        if blank > 0 and text[blank - 1] in self.marks and at - blank >= self._least_blanks:
            return blank - 1
        line_break = text.find("\n", blank, at)
        if line_break != -1:
            return line_break
        return 0 if at == 0 else None
