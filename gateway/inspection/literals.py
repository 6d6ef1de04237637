"""Every occurrence of a fixed set of literal words in one text, found in a single pass.

A detector that looks for a hundred or more anchor words would otherwise search a long answer
once per word (and again for each occurrence); an Aho-Corasick automaton walks it once. The index
is built per text and never outlives the scan of one answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from ahocorasick_rs import AhoCorasick

from gateway.inspection.keywords import automaton


class Occurrences(dict[str, list[int]]):
    """Literal -> start of every (also overlapping) occurrence, ascending. Only the literals that
    occur are stored (a short text holds few of two hundred); any other literal of the index reads
    as an empty list, and asking for a word outside the index is a KeyError."""

    __slots__ = ("_literals",)

    def __init__(self, starts: dict[str, list[int]], literals: frozenset[str]) -> None:
        super().__init__(starts)
        self._literals = literals

    def __missing__(self, literal: str) -> list[int]:
        if literal in self._literals:
            return []
        raise KeyError(literal)

    def __contains__(self, literal: object) -> bool:
        """Whether `literal` is one of the index (occurring or not) or was stored, as when every
        literal of the index was a key."""
        return literal in self._literals or dict.__contains__(self, literal)

    def any(self, literals: Iterable[str]) -> bool:
        """Whether one of `literals` occurs."""
        return not self.keys().isdisjoint(literals)  # looked up in C, one by one

    def present(self, literals: Iterable[str]) -> list[list[int]]:
        """The occurrences of those of `literals` that occur."""
        return list(filter(None, map(self.get, literals)))  # `get` never calls __missing__


class LiteralIndex:
    """The literals to look for, compiled once; `occurrences(text)` finds them all in one text."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = tuple(dict.fromkeys(literal for literal in literals if literal))
        self._known = frozenset(self.literals)
        self._automaton: AhoCorasick = automaton(self.literals)

    def occurrences(self, text: str) -> Occurrences:
        """The occurrences in `text` of every literal of the index."""
        starts: dict[str, list[int]] = {}
        literals = self.literals
        for number, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
            literal = literals[number]
            if literal in starts:
                starts[literal].append(start)
            else:
                starts[literal] = [start]
        return Occurrences(starts, self._known)
