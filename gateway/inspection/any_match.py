"""Whether a long alternation matches anywhere in a text, asked piece by piece: the alternatives that
start with literal heads are tried only where one stands (alternation.HeadFirst), the rest (a `^`, a
repeated character class, a non-ASCII head) in one plain regex. Only for a yes/no search: which
alternative matches first, and where, may differ from the whole regex's own search."""

from __future__ import annotations

import re
import sys
from re import _constants, _parser  # _starts_at_line reads a pattern's parsed form

from gateway.inspection.alternation import HeadFirst, class_end, split_alternatives


def _wrapped(alternative: str) -> tuple[str, str, str] | None:
    """(before, body, after) when `alternative` is `before(?:body)after` with no group beside the body's
    but look-arounds (zero-width, they capture nothing), else None: each alternative of the body can then
    be asked on its own."""
    groups: list[tuple[int, int]] = []  # [start, end) of each top-level group
    depth, index, opened = 0, 0, 0
    while index < len(alternative):
        char = alternative[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = class_end(alternative, index)
            continue
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                groups.append((opened, index + 1))
        index += 1
    bodies = [(start, end) for start, end in groups if alternative.startswith("(?:", start)]
    if len(bodies) != 1 or any(not alternative.startswith(LOOKAROUNDS, start) for start, _ in groups
                                if (start, _) != bodies[0]):
        return None
    start, end = bodies[0]
    if alternative[end: end + 1] in ("*", "+", "?", "{"):
        return None
    return alternative[:start], alternative[start + 3: end - 1], alternative[end:]


LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


class Pieces:
    """A regex's alternatives sorted into three kinds: those with literal heads (searched by a HeadFirst, only
    where a head stands), those that start with `^` (matched at each line start) and the others (one plain
    search). A piece is an alternative of the regex, or for one shaped `before(?:a|b)after` each of
    `before(?:a)after` and `before(?:b)after` with literal heads, and `before(?:...)after` over the rest of the
    body's alternatives of each other kind: the regex matches at a place if and only if one piece does."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self._flags = regex.flags
        self._multiline = bool(regex.flags & re.MULTILINE)
        try:
            kinds = self._kinds(regex.pattern)
            # those whose heads may start with a digit apart: the others' heads an automaton finds (HeadFirst)
            by_digit = [piece for piece in kinds[HEADED] if HeadFirst(re.compile(piece, self._flags))._literals is None]
            by_literal = [piece for piece in kinds[HEADED] if piece not in by_digit]
            self._headed = HeadFirst(self._compiled(by_literal)) if by_literal else None
            self._digit_headed = HeadFirst(self._compiled(by_digit)) if by_digit else None
            self._at_line = self._compiled(kinds[AT_LINE]).match if kinds[AT_LINE] else None
            self._plain = self._compiled(kinds[PLAIN]) if kinds[PLAIN] else None
        except (re.error, ValueError):  # e.g. a group name in two pieces: the regex is searched whole
            self._headed = self._digit_headed = self._at_line = None
            self._plain = regex

    def _kinds(self, pattern: str) -> dict[str, list[str]]:
        kinds: dict[str, list[str]] = {HEADED: [], AT_LINE: [], PLAIN: []}
        for alternative in split_alternatives(pattern):
            shape = _wrapped(alternative)
            inner = split_alternatives(shape[1]) if shape is not None else []
            if len(inner) < 2:
                kinds[self._kind(alternative)].append(alternative)
                continue
            before, _, after = shape
            rest: dict[str, list[str]] = {AT_LINE: [], PLAIN: []}
            for body in inner:
                kind = self._kind(f"{before}(?:{body}){after}")
                if kind == HEADED:
                    kinds[HEADED].append(f"{before}(?:{body}){after}")
                else:
                    rest[kind].append(body)
            for kind, bodies in rest.items():
                if bodies:
                    kinds[kind].append(f"{before}(?:{'|'.join(bodies)}){after}")
        return kinds

    def _compiled(self, pieces: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(pieces), self._flags)

    def _kind(self, piece: str) -> str:
        compiled = re.compile(piece, self._flags)
        if _starts_at_line(compiled):
            return AT_LINE
        try:
            HeadFirst(compiled)
        except ValueError:
            return PLAIN
        return HEADED

    def _line_start(self, text: str, pos: int, endpos: int, before: int) -> int | None:
        """The first line start in [pos, before) (where `^` matches) where a piece that starts with `^` matches."""
        if pos == 0:
            at = 0
        elif not self._multiline:
            return None
        else:
            at = pos if text[pos - 1] == "\n" else text.find("\n", pos) + 1
            if at == 0:
                return None
        match, last = self._at_line, min(before - 1, endpos, len(text))
        while at <= last:
            if match(text, at, endpos) is not None:
                return at
            if not self._multiline:
                return None
            at = text.find("\n", at) + 1
            if at == 0:
                return None
        return None


class AnyMatch(Pieces):
    """`regex.search(text) is not None`, asked piece by piece (Pieces), stopping at the first that matches."""

    def search(self, text: str) -> bool:
        """Whether the regex matches somewhere in `text`."""
        if self._headed is not None and self._headed.search(text) is not None:
            return True
        if self._digit_headed is not None and self._digit_headed.search(text) is not None:
            return True
        if self._at_line is not None and self._line_start(text, 0, len(text), len(text) + 1) is not None:
            return True
        return self._plain is not None and self._plain.search(text) is not None


class FirstMatch(Pieces):
    """`regex.search`, its match and all: the leftmost place where a piece matches (Pieces) is where the regex
    first matches, and the regex's own match there is the one its search returns."""

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pos = min(max(pos, 0), len(text))
        first = sys.maxsize
        if self._headed is not None and (m := self._headed.search(text, pos, endpos)) is not None:
            first = m.start()
        if self._digit_headed is not None and (m := self._digit_headed.search(text, pos, endpos)) is not None:
            first = min(first, m.start())
        if self._plain is not None and (m := self._plain.search(text, pos, endpos)) is not None:
            first = min(first, m.start())
        if self._at_line is not None and (at := self._line_start(text, pos, endpos, first)) is not None:
            first = at
        return self.regex.match(text, first, endpos) if first != sys.maxsize else None


HEADED, AT_LINE, PLAIN = "headed", "at a line start", "plain"


ZERO_WIDTH = (_constants.ASSERT, _constants.ASSERT_NOT)


def _starts_at_line(regex: re.Pattern[str]) -> bool:
    """Whether every match of `regex` starts where `^` matches: its first item not zero-width is a `^`
    (a match may then start only at the text's start, or with MULTILINE after a line break)."""
    items = list(_parser.parse(regex.pattern, regex.flags).data)
    while items:
        op, arg = items[0]
        if op is _constants.AT and arg is _constants.AT_BEGINNING:
            return True
        if op is _constants.AT or op in ZERO_WIDTH:
            items = items[1:]
        elif op is _constants.SUBPATTERN:
            items = list(arg[-1].data) + items[1:]
        else:
            return False
    return False
