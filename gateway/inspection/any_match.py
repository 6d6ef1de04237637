"""Whether a long alternation matches anywhere in a text, asked piece by piece: the alternatives that
start with literal heads are tried only where one stands (alternation.HeadFirst), the rest (a `^`, a
repeated character class, a non-ASCII head) in one plain regex. Only for a yes/no search: which
alternative matches first, and where, may differ from the whole regex's own search."""

from __future__ import annotations

import re
from re import _constants, _parser  # _starts_at_line reads a pattern's parsed form

from gateway.inspection.alternation import HeadFirst


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` (escapes, character classes and groups kept whole)."""
    parts: list[str] = []
    depth, start, index, size = 0, 0, 0, len(pattern)
    while index < size:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, index: int) -> int:
    """The index just past the character class opening at `index`."""
    index += 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1  # a "]" first is a member
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


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
            index = _class_end(alternative, index)
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


class AnyMatch:
    """`regex.search(text) is not None`, answered by a HeadFirst over the pieces with literal heads, a
    match at each line start of the pieces that start with `^`, and one plain search over the others.
    A piece is an alternative of the regex, or for one shaped `before(?:a|b)after` each of `before(?:a)after`
    and `before(?:b)after` with literal heads, and `before(?:...)after` over the rest of the body's
    alternatives of each other kind: a match of the regex is a match of one piece, and the other way round."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self._flags = regex.flags
        kinds: dict[str, list[str]] = {HEADED: [], AT_LINE: [], PLAIN: []}
        for alternative in split_alternatives(regex.pattern):
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
        self._multiline = bool(regex.flags & re.MULTILINE)
        self._headed = HeadFirst(self._compiled(kinds[HEADED])) if kinds[HEADED] else None
        self._at_line = self._compiled(kinds[AT_LINE]).match if kinds[AT_LINE] else None
        self._plain = self._compiled(kinds[PLAIN]) if kinds[PLAIN] else None

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

    def search(self, text: str) -> bool:
        """Whether the regex matches somewhere in `text`."""
        if self._headed is not None and self._headed.search(text) is not None:
            return True
        if self._at_line is not None and self._matches_at_a_line(text):
            return True
        return self._plain is not None and self._plain.search(text) is not None

    def _matches_at_a_line(self, text: str) -> bool:
        match = self._at_line
        if match(text, 0) is not None:
            return True
        if not self._multiline:
            return False
        pos = text.find("\n")
        while pos != -1:
            if match(text, pos + 1) is not None:
                return True
            pos = text.find("\n", pos + 1)
        return False


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
