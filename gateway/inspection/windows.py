"""`regex.finditer(text)` for patterns every match of which holds one of a few words: tried only in a
window around each place a word occurs. A pattern that opens with a verb alternation under IGNORECASE
costs a try at every position of a long answer; most answers hold its words a few times or never."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from gateway.inspection import patterns


def positions(low: str, words: Iterable[str]) -> list[int]:
    """Every place any of `words` starts in `low`, ascending."""
    return sorted(pos for word in words for pos in patterns.positions(low, word))


def windowed_matches(regex: re.Pattern[str], text: str, low: str, words: Iterable[str], back: int,
                     ahead: int) -> list[re.Match[str]]:
    """`list(regex.finditer(text))` when every match holds one of `words` (found in `low`, `text` lower-cased),
    starts at most `back` characters before it and, but for a match the window cuts (then read whole), ends
    at most `ahead` characters after it."""
    if len(low) != len(text):  # offsets would not hold
        return list(regex.finditer(text))
    return matches_near(regex, text, positions(low, words), back, ahead)


def anchored_matches(regex: re.Pattern[str], text: str, places: list[int], starts: list[int], back: int,
                     ahead: int) -> list[re.Match[str]]:
    """`matches_near(regex, text, places, back, ahead)` for a regex every match of which starts at one of
    `starts` (ascending): each window's search is tried only there instead of at every character."""
    found: list[re.Match[str]] = []
    end = 0
    match = regex.match
    for pos in places:
        if pos < end:
            continue
        window_end = min(len(text), pos + ahead)
        m = None
        for at in range(bisect_left(starts, max(end, pos - back)), len(starts)):
            if starts[at] >= window_end or (m := match(text, starts[at], window_end)) is not None:
                break
        if m is not None and (m := _whole(regex, text, m, window_end)) is not None:
            found.append(m)
            end = max(m.end(), m.start() + 1)
    return found


def matches_near(regex: re.Pattern[str], text: str, places: list[int], back: int, ahead: int,
                 held: list[int] | None = None, least: int = 0) -> list[re.Match[str]]:
    """windowed_matches given the places (ascending) where the words occur in the lower-cased text; with `held`
    (ascending: where words start one of which every match holds whole, the shortest `least` characters long),
    a window none of them fits in is not searched."""
    found: list[re.Match[str]] = []
    end = 0
    for pos in places:
        if pos < end:
            continue
        window_end = min(len(text), pos + ahead)
        start = max(end, pos - back)
        if held is not None and ((at := bisect_left(held, start)) == len(held) or held[at] > window_end - least):
            continue
        m = regex.search(text, start, window_end)
        if m is not None and (m := _whole(regex, text, m, window_end)) is not None:
            found.append(m)
            end = max(m.end(), m.start() + 1)
    return found


def _whole(regex: re.Pattern[str], text: str, m: re.Match[str], window_end: int) -> re.Match[str] | None:
    """`m`, read again without the window's end when the window may have cut it short."""
    return regex.search(text, m.start()) if m.end() >= window_end - 1 else m


def line_matches(regex: re.Pattern[str], text: str, word: str, low: str | None = None) -> list[re.Match[str]]:
    """`list(regex.finditer(text))` for a MULTILINE regex every match of which starts a line, holds `word` and ends
    by that line's newline: tried only at the start of each line where `word` occurs (in `low`, `text` lower-cased
    when given, else in `text`), not at every position of the text."""
    low = text if low is None else low
    if len(low) != len(text):  # offsets would not hold
        return list(regex.finditer(text))
    found, match = [], regex.match
    pos = low.find(word)
    while pos != -1:
        if (m := match(text, low.rfind("\n", 0, pos) + 1)) is not None:
            found.append(m)
        line_end = low.find("\n", pos)
        pos = -1 if line_end == -1 else low.find(word, line_end)
    return found

