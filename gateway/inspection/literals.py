"""Every occurrence of a fixed set of literal words in one text, found in a single pass.

A detector that looks for a hundred or more anchor words would otherwise search a long answer
once per word (and again for each occurrence); an Aho-Corasick automaton walks it once. The index
is built per text and never outlives the scan of one answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from gateway.inspection.keywords import automaton, word_starts

Occurrences = dict[str, list[int]]


class LiteralIndex:
    """The literals to look for, compiled once; `occurrences(text)` finds them all in one text."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = tuple(dict.fromkeys(literal for literal in literals if literal))
        self._automaton = automaton(self.literals)

    def occurrences(self, text: str) -> Occurrences:
        """Literal -> start of every (also overlapping) occurrence in `text`, ascending; every
        literal of the index is a key, with an empty list when it does not occur."""
        found: Occurrences = {literal: [] for literal in self.literals}
        found.update(word_starts(self._automaton, self.literals, text))
        return found
