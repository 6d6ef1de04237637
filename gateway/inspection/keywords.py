"""Where the prose vocabulary occurs in one lower-cased answer, found in a single pass (Aho-Corasick):
the sentence gates, the stem checks and the anchored rules look positions up instead of each scanning
the whole answer again (a `find` per word over a 32 KB answer cost more than the rules it gated)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from ahocorasick_rs import AhoCorasick, Implementation

from gateway.inspection.alternation import match_heads


def automaton(words: tuple[str, ...]) -> AhoCorasick:
    """One automaton for all the words (standard match kind: the one that reports overlapping hits).
    A contiguous NFA, not a DFA: the same matches in the same order, but its tables are several times
    smaller, and between two scans of an answer the other rules push a DFA's out of the CPU cache (a
    1 KB answer's scans took twice as long)."""
    return AhoCorasick(words, implementation=Implementation.ContiguousNFA)


def word_starts(machine: AhoCorasick, words: tuple[str, ...], text: str) -> dict[str, list[int]]:
    """Every occurrence of every word in `text`, overlaps included (what a `find` loop restarting
    one character after each hit reports), by word; words that do not occur are absent."""
    by_word: dict[str, list[int]] = {}
    for number, start, _ in machine.find_matches_as_indexes(text, overlapping=True):
        word = words[number]
        if word in by_word:
            by_word[word].append(start)
        else:
            by_word[word] = [start]
    return by_word


class Vocabulary:
    """A fixed set of lower-case words; `find` tells where each occurs in a text."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted(set(words)))
        self.known = frozenset(self.words)
        self._automaton = automaton(self.words)
        # Word tuples checked against the vocabulary, by identity: the rules ask about the same constant
        # tuples on every answer, and hashing or checking a long tuple each time costs more than the lookup.
        self._families: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}

    def find(self, low: str) -> Found:
        """Every occurrence of every word, overlaps included."""
        return Found(word_starts(self._automaton, self.words, low), self)

    def family(self, words: tuple[str, ...]) -> frozenset[str]:
        """`words` as a set; KeyError when one is not in the vocabulary (its answer would silently be
        "absent")."""
        entry = self._families.get(id(words))
        if entry is not None and entry[0] is words:
            return entry[1]
        if not self.known.issuperset(words):
            unknown = [word for word in words if word not in self.known]
            raise KeyError(f"not in the prose vocabulary: {unknown}")
        if len(self._families) > 1024:  # tuples built on each call (tests) must not pile up
            self._families.clear()
        entry = (words, frozenset(words))
        self._families[id(words)] = entry  # the entry keeps the tuple alive: its id is not reused
        return entry[1]


class Found:
    """The start positions of the vocabulary words in one text, ascending per word. Asking about a
    word outside the vocabulary is an error: the answer would silently be "absent"."""

    def __init__(self, starts: dict[str, list[int]], vocabulary: Vocabulary) -> None:
        self.starts = starts
        self._vocabulary = vocabulary
        self._families = vocabulary._families  # the families remembered, read by `_members`
        # positions() of each word tuple asked, by identity (the entry keeps the tuple alive)
        self._positions: dict[int, tuple[tuple[str, ...], list[int]]] = {}

    def _known(self, words: tuple[str, ...]) -> None:
        self._vocabulary.family(words)

    def has(self, word: str) -> bool:
        """`word in low`."""
        if word not in self.starts:
            if word not in self._vocabulary.known:
                raise KeyError(f"not in the prose vocabulary: {[word]}")
            return False
        return True

    def _members(self, words: tuple[str, ...], key: int) -> frozenset[str]:
        """Vocabulary.family(words) (`key`: id(words)), from its remembered entry when there is one."""
        entry = self._families.get(key)
        return entry[1] if entry is not None and entry[0] is words else self._vocabulary.family(words)

    def any(self, words: tuple[str, ...]) -> bool:
        """`any(word in low for word in words)`."""
        return not self.starts.keys().isdisjoint(self._members(words, id(words)))

    def positions(self, words: tuple[str, ...]) -> list[int]:
        """Where any of the words starts, ascending, each position once."""
        key = id(words)
        entry = self._positions.get(key)
        if entry is not None and entry[0] is words:
            return entry[1]
        starts, members = self.starts, self._members(words, key)
        # the words that occur: the set intersection loops over the smaller side, in C
        occurring = starts.keys() & members if starts else ()
        if not occurring:
            known = []
        elif len(occurring) == 1:
            known = starts[occurring.pop()]  # one word's positions: already ascending, each once
        else:
            known = sorted(set().union(*map(starts.__getitem__, occurring)))
        self._positions[key] = (words, known)
        return known

    def matches(self, regex: re.Pattern[str], text: str, anchors: tuple[str, ...]) -> list[re.Match]:
        """The matches of `regex` in `text` that start where an anchor occurs, in order (what
        cred_patterns.anchored finds with a `find` loop per anchor)."""
        match = regex.match
        return [m for pos in self.positions(anchors) if (m := match(text, pos)) is not None]

    def sentence_bits(self, started: tuple[tuple[str, ...], ...], held: tuple[tuple[str, ...], ...],
                      starts: list[int], ends: list[int]) -> tuple[dict[int, int], dict[int, int]]:
        """For the sentences given by starts/ends, in one pass over the occurrences: sentence index ->
        bit mask of the `started` families with a word starting in it, and sentence index -> bit mask
        of the `held` families with a word wholly inside it (bit n: family n). Sentences without any
        such word are absent."""
        return self._bits(_family_masks(started), _family_masks(held), starts, ends)

    def _bits(self, starting: dict[str, int], holding: dict[str, int], starts: list[int],
              ends: list[int]) -> tuple[dict[int, int], dict[int, int]]:
        started_bits: dict[int, int] = {}
        held_bits: dict[int, int] = {}
        for word, positions in self.starts.items():
            start_mask, held_mask = starting.get(word, 0), holding.get(word, 0)
            if not start_mask and not held_mask:
                continue
            length = len(word)
            for pos in positions:
                index = bisect_right(starts, pos) - 1
                if index < 0:
                    continue
                end = ends[index]
                if start_mask and pos < end:
                    started_bits[index] = started_bits.get(index, 0) | start_mask
                if held_mask and pos + length <= end:
                    held_bits[index] = held_bits.get(index, 0) | held_mask
        return started_bits, held_bits

    def sentences_marked(self, families: tuple[tuple[str, ...], ...], starts: list[int],
                         ends: list[int]) -> list[set[int]]:
        """Per family, the indexes of the sentences (given by starts/ends) where one of its words starts."""
        bits, _ = self.sentence_bits(families, (), starts, ends)
        return [{index for index, mask in bits.items() if mask >> bit & 1} for bit in range(len(families))]

    def sentences_holding(self, words: tuple[str, ...], starts: list[int], ends: list[int]) -> set[int]:
        """The indexes of the sentences that hold one of the words whole (lexicon.has_in per sentence)."""
        self._known(words)
        return set(self._bits({}, dict.fromkeys(words, 1), starts, ends)[1])

    def lines_holding(self, low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
        """[start, end) of every line of `low` that holds one of the words, in order, once each
        (lines_with, answered from the index)."""
        lines: list[tuple[int, int]] = []
        end = -1
        for pos in self.positions(words):
            if pos < end:
                continue  # in the line found last (no word holds a newline)
            start = low.rfind("\n", 0, pos) + 1
            end = low.find("\n", pos)
            end = len(low) if end == -1 else end
            lines.append((start, end))
        return lines


@cache
def heads(regex: re.Pattern[str]) -> tuple[str, ...]:
    """alternation.match_heads(regex), worked out once per pattern."""
    return match_heads(regex)


class HeadIndex:
    """The heads of a fixed set of regexes, by word: where each regex may match in one text is gathered
    in a single pass over the words the text holds (a `Found.positions` call per regex would cost a
    fixed amount each, which short answers notice). Regexes are told apart by identity: hashing a
    compiled pattern hashes its whole code, each time."""

    def __init__(self, regexes: Iterable[re.Pattern[str]]) -> None:
        self._keys_of: defaultdict[str, list[int]] = defaultdict(list)
        self._regexes = list(regexes)  # kept alive: their ids are the keys
        for regex in self._regexes:
            for word in heads(regex):
                self._keys_of[word].append(id(regex))
        self.words = tuple(self._keys_of)  # to be in the Vocabulary whose Found is asked

    def starts(self, found: Found) -> dict[int, list[list[int]]]:
        """id(regex) -> where each of its heads that occur starts in the text of `found` (one ascending
        list per head; no two heads of a regex start at the same place, as none starts with another)."""
        lists: defaultdict[int, list[list[int]]] = defaultdict(list)
        keys_of = self._keys_of
        for word, positions in found.starts.items():
            for key in keys_of.get(word, ()):
                lists[key].append(positions)
        return lists


def pieces(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The longest space-free piece of each stem: a sentence whose masked form (look-alikes blanked
    with spaces) holds a stem holds its piece at the same place, so a sentence without any of the
    pieces needs no search for the stems."""
    return tuple(dict.fromkeys(max(stem.split(), key=len) for stem in stems))


_MASKS: dict[int, tuple[tuple, dict[str, int]]] = {}


def _family_masks(families: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    """word -> bit mask of the families holding it (remembered per families tuple)."""
    entry = _MASKS.get(id(families))
    if entry is None or entry[0] is not families:
        masks: dict[str, int] = {}
        for bit, family in enumerate(families):
            for word in family:
                masks[word] = masks.get(word, 0) | 1 << bit
        entry = (families, masks)
        _MASKS[id(families)] = entry  # the entry keeps the tuple alive: its id is not reused
    return entry[1]


def windows_around(positions: list[int], size: int, reach: int) -> list[tuple[int, int]]:
    """Merged spans of `reach` characters either side of each position (ascending) in a text of
    `size`: where a rule anchored on those words can match, instead of searching the whole text."""
    spans: list[tuple[int, int]] = []
    for at in positions:
        start, end = max(0, at - reach), min(size, at + reach)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def lines_with(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """[start, end) of every line of `text` holding one of the words, in order, once each: where a
    rule gated by rare words needs to look instead of scanning the whole text."""
    lines: set[tuple[int, int]] = set()
    for word in words:
        at = text.find(word)
        while at != -1:
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            end = len(text) if end == -1 else end
            lines.add((start, end))
            at = text.find(word, end)
    return sorted(lines)
