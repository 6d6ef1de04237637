"""Every occurrence of a fixed set of literal words in one text, found in a single pass.

A detector that looks for a hundred or more anchor words would otherwise search a long answer
once per word (and again for each occurrence); an Aho-Corasick automaton walks it once. The index
is built per text and never outlives the scan of one answer.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs

Occurrences = dict[str, list[int]]


class LiteralIndex:
    """The literals to look for, compiled once; `occurrences(text)` finds them all in one text."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = tuple(dict.fromkeys(literal for literal in literals if literal))
        # Standard match semantics: the only kind that reports overlapping occurrences.
        self._automaton = ahocorasick_rs.AhoCorasick(
            self.literals, matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA)

    def occurrences(self, text: str) -> Occurrences:
        """Literal -> start of every (also overlapping) occurrence in `text`, ascending; every
        literal of the index is a key, with an empty list when it does not occur."""
        literals = self.literals
        found: Occurrences = {literal: [] for literal in literals}
        for which, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
            found[literals[which]].append(start)
        return found
