"""The sentences the prose rules read in one answer, held as one text: each sentence with its look-alike
phrases blanked (lexicon.mask) at its own place in the answer. A sentence rule is then matched once per
answer, only where one of its first words stands (alternation.match_heads), and each match is checked
within the bounds of its own sentence, instead of every rule scanning every sentence on its own."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Mapping
from operator import methodcaller

from gateway.inspection import lexicon as lx
from gateway.inspection.alternation import leftmost
from gateway.inspection.patterns import positions

_start = methodcaller("start")  # a match's start, to sort matches by
SIGMA = "\u03a3"  # the one letter whose lower case depends on the letters around it (final sigma)


class ProseSentences:
    """The sentences of one answer (`spans`) and, for the `chosen` ones, their masked text: `low` is the
    answer lower-cased with each chosen sentence replaced by its masked, lower-cased form, `text` the
    same as written. Outside the chosen sentences both hold the answer's own characters.

    A rule matched in `low` with the sentence's end as `endpos` sees what it saw in the sentence alone:
    the end is the text's end for `$`, `\b` and lookaheads, and before a sentence's start stands no word
    character (sentences start after blanks, a newline or a code fence), so `\b` holds there alike; the
    rules start with neither `^` nor a lookbehind."""

    def __init__(self, text: str, low: str, spans: list[tuple[int, int]],
                 head_starts: dict[int, list[list[int]]], chosen: Collection[int],
                 word_starts: Mapping[str, list[int]] | None = None) -> None:
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self.head_starts = head_starts  # id(regex) -> where its heads start in `low` (keywords.HeadIndex)
        self._answer_low = low
        self.answer_low = low  # the answer lower-cased, nothing blanked
        # where each lx.MASK_STEMS occurs in `low` when known (keywords.Found.starts), else found here
        self._word_starts = word_starts
        self._source = text
        masks = self._look_alikes(low, chosen)
        # A sentence lower-cased alone is the answer's lower-cased slice, but for a final sigma.
        recased = chosen if SIGMA in text else masks
        self.spliced: set[int] = set()
        low_pieces: list[str] = []
        text_pieces: list[str] = []
        at = 0
        for index in sorted(recased):
            start, end = spans[index]
            masked = lx.blank(text[start:end], [(a - start, b - start) for a, b in masks.get(index, ())])
            lowered = lx.lower_same(masked)
            if lowered != low[start:end] or masked != text[start:end]:
                self.spliced.add(index)
                low_pieces += (low[at:start], lowered)
                text_pieces += (text[at:start], masked)
                at = end
        self.low = "".join(low_pieces) + low[at:] if at else low
        self.text = "".join(text_pieces) + text[at:] if at else text

    def _look_alikes(self, low: str, chosen: Collection[int]) -> dict[int, list[tuple[int, int]]]:
        """Chosen sentence index -> the spans lexicon.mask blanks in it: the matches of each of lx.MASKS
        in the sentence alone, where the sentence holds the mask's stem."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for stem, pattern in _masks_with_heads(self.head_starts):
            at_stem = positions(low, stem) if self._word_starts is None else self._word_starts.get(stem)
            if at_stem and stem in lx.WHOLE_WORD_STEMS:
                at_stem = [at for at in at_stem if lx.stem_stands(low, at, stem)]
            if not at_stem:
                continue
            holding = self._holding(at_stem, len(stem), chosen)  # only those sentences are masked
            for index, found in self._anchored(pattern, low, holding).items():
                # "AD account" in capitals is Active Directory's, not an advertising account
                spans.setdefault(index, []).extend(m.span() for m in found
                                                   if not self._source.startswith("AD ", m.start()))
        return spans

    def _holding(self, at_stem: list[int], length: int, chosen: Collection[int]) -> set[int]:
        """The chosen sentences that hold whole (within their bounds) a stem of `length` occurring at
        `at_stem`."""
        holding: set[int] = set()
        for at in at_stem:
            index = bisect_right(self.starts, at) - 1
            if index in chosen and at + length <= self.ends[index]:
                holding.add(index)
        return holding

    def bounds(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]

    def before(self, index: int) -> str:
        """preceding() of sentence `index` (the answer's text, unmasked)."""
        return preceding(self._answer_low, self.starts, index)

    def matches(self, regex: re.Pattern[str], chosen: Collection[int],
                stems: tuple[str, ...] | None = None) -> dict[int, list[re.Match]]:
        """Chosen sentence index -> what `regex.finditer` finds in the sentence's masked, lower-cased
        text alone, as matches in `low`; sentences without a match, or holding none of the `stems`
        (when given), left out. `regex` is tried only where one of its heads starts."""
        found = self._anchored(regex, self.low, chosen, self.spliced) if id(regex) in self.head_starts else {}
        starts, ends, low = self.starts, self.ends, self.low
        for index in self.spliced.intersection(chosen) if self.spliced else ():  # heads found unmasked
            kept = list(regex.finditer(low, starts[index], ends[index]))
            if kept:
                found[index] = kept
        if stems is None or not found:
            return found
        return {index: kept for index, kept in found.items() if lx.has(low[starts[index]:ends[index]], stems)}

    def _anchored(self, regex: re.Pattern[str], low: str, chosen: Collection[int],
                  skipped: Collection[int] = ()) -> dict[int, list[re.Match]]:
        """Chosen sentence index -> `regex.finditer` of the sentence `low[start:end]` alone, trying the
        regex only where one of its heads starts (sentences in `skipped` and without a match left out)."""
        starts, ends, match = self.starts, self.ends, regex.match
        found: dict[int, list[re.Match]] = {}
        for at_head in self.head_starts.get(id(regex), ()):
            for pos in at_head:
                index = bisect_right(starts, pos) - 1
                if index in chosen and index not in skipped and pos < ends[index]:
                    m = match(low, pos, ends[index])  # the sentence's end is the text's end, as when alone
                    if m is not None:
                        found.setdefault(index, []).append(m)
        return {index: leftmost(sorted(kept, key=_start)) if len(kept) > 1 else kept
                for index, kept in found.items()}

    def scanned(self, regex: re.Pattern[str], chosen: Collection[int],
                stems: tuple[str, ...]) -> dict[int, list[re.Match]]:
        """`matches` for a regex without heads: scanned in each chosen sentence holding one of the stems."""
        found: dict[int, list[re.Match]] = {}
        for index in chosen:
            start, end = self.starts[index], self.ends[index]
            if lx.has(self.low[start:end], stems):
                kept = list(regex.finditer(self.low, start, end))
                if kept:
                    found[index] = kept
        return found


def _mask_places() -> dict[int, list[int]]:
    """The places in lx.MASKS of each mask pattern, by its id (the key of ProseSentences.head_starts)."""
    places: dict[int, list[int]] = {}
    for place, (_, pattern) in enumerate(lx.MASKS):
        places.setdefault(id(pattern), []).append(place)
    return places


_MASK_PLACES = _mask_places()


def _masks_with_heads(head_starts: Mapping[int, object]) -> list[tuple[str, re.Pattern[str]]]:
    """The (stem, pattern) of lx.MASKS, in order, whose pattern has a head in the answer: usually none,
    found with one set intersection instead of a look-up per mask."""
    present = head_starts.keys() & _MASK_PLACES.keys()
    return [lx.MASKS[place] for place in sorted(place for key in present for place in _MASK_PLACES[key])]


def preceding(low: str, starts: list[int], index: int) -> str:
    """The lower-cased text of up to two sentences before sentence `index` (at most 300 characters)."""
    if index == 0:
        return ""
    return low[max(starts[max(0, index - 2)], starts[index] - 300): starts[index]]
