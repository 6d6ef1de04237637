"""The sentences the prose rules read in one answer, held as one text: each sentence with its look-alike
phrases blanked (lexicon.mask) at its own place in the answer. A sentence rule is then matched once per
answer, only where one of its first words stands (alternation.match_heads), and each match is checked
within the bounds of its own sentence, instead of every rule scanning every sentence on its own."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection

from gateway.inspection import lexicon as lx
from gateway.inspection.keywords import Found, heads

SIGMA = "\u03a3"  # the one letter whose lower case depends on the letters around it (final sigma)


class ProseSentences:
    """The sentences of one answer (`spans`) and, for the `chosen` ones, their masked text: `low` is the
    answer lower-cased with each chosen sentence replaced by its masked, lower-cased form, `text` the
    same as written. Outside the chosen sentences both hold the answer's own characters."""

    def __init__(self, text: str, low: str, spans: list[tuple[int, int]], found: Found,
                 chosen: Collection[int]) -> None:
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self.found = found
        self._answer_low = low
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
        starts, ends = self.starts, self.ends
        spans: dict[int, list[tuple[int, int]]] = {}
        for stem, pattern in lx.MASKS:
            match = pattern.match
            last: dict[int, int] = {}  # sentence index -> end of its last match (finditer's do not overlap)
            for pos in self.found.positions(heads(pattern)):
                index = bisect_right(starts, pos) - 1
                if index not in chosen or pos >= ends[index] or pos < last.get(index, -1):
                    continue
                m = match(low, pos, ends[index])
                if m is not None and stem in low[starts[index]:ends[index]]:
                    last[index] = m.end()
                    spans.setdefault(index, []).append(m.span())
        return spans

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
        starts, ends, low, match = self.starts, self.ends, self.low, regex.match
        found: dict[int, list[re.Match]] = {}
        for pos in self.found.positions(heads(regex)):
            index = bisect_right(starts, pos) - 1
            if index not in chosen or index in self.spliced or pos >= ends[index]:
                continue
            m = match(low, pos, ends[index])  # the sentence's end is the text's end, as when it stood alone
            if m is not None:
                kept = found.setdefault(index, [])
                if not kept or pos >= kept[-1].end():  # finditer's matches do not overlap
                    kept.append(m)
        for index in self.spliced.intersection(chosen):  # the heads were found in the unmasked text
            kept = list(regex.finditer(low, starts[index], ends[index]))
            if kept:
                found[index] = kept
        if stems is None:
            return found
        return {index: kept for index, kept in found.items() if lx.has(low[starts[index]:ends[index]], stems)}

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


def preceding(low: str, starts: list[int], index: int) -> str:
    """The lower-cased text of up to two sentences before sentence `index` (at most 300 characters)."""
    if index == 0:
        return ""
    return low[max(starts[max(0, index - 2)], starts[index] - 300): starts[index]]
