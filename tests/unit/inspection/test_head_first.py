"""alternation.HeadFirst: a regex tried only where one of its heads stands finds what the regex finds."""

from __future__ import annotations

import random
import re

import pytest

from gateway.inspection import statements
from gateway.inspection.alternation import HeadFirst, match_heads

REGEXES = [
    re.compile(r"\b(?:could not|cannot)\b|\bno evidence\b"),
    re.compile(r"(?:(?<=privileged-user )|(?<=dormant account ))review\b|\breviewed (?:by|with)\b"),
    re.compile(r"\b\d+ (?:\w+ )?(?:retained|kept)\b|\bkept\s+\d+\s+of\s+\d+\b"),  # a digit as a head
    re.compile(r"\bit\b|\bitems?\b|\bis\b"),  # heads that overlap ("it" inside "items")
    statements.REVIEW_DONE.regex,
]
TEXTS = [
    "We could not find it. The privileged-user review was reviewed by Ana; 12 accounts retained, kept 3 of 4.",
    "items: it is kept 7 of 9; dormant account review\nno evidence cannot",
    "٣ accounts retained",  # a Unicode digit matches \d
    "",
]


def _key(m: re.Match[str] | None):
    return m and (m.span(), m.groups())


@pytest.mark.parametrize("regex", REGEXES)
def test_search_and_finditer_match_the_plain_regex(regex: re.Pattern[str]) -> None:
    fast = HeadFirst(regex)
    rng = random.Random(11)
    for text in TEXTS:
        assert _key(fast.search(text)) == _key(regex.search(text))
        assert list(map(_key, fast.finditer(text))) == list(map(_key, regex.finditer(text)))
        for _ in range(40):
            pos, end = rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)
            assert _key(fast.search(text, pos, end)) == _key(regex.search(text, pos, end))
            assert list(map(_key, fast.finditer(text, pos, end))) == list(map(_key, regex.finditer(text, pos, end)))


def test_a_regex_that_may_start_otherwise_is_refused() -> None:
    for pattern in (r"\w+ing", r"[ab]c", r"(?i:x)y"):
        with pytest.raises(ValueError):
            HeadFirst(re.compile(pattern))


def test_match_heads_still_refuses_a_leading_digit_and_stops_a_head_at_one() -> None:
    with pytest.raises(ValueError):
        match_heads(re.compile(r"\d+ kept"))
    assert match_heads(re.compile(r"ab\dc|xy")) == ("ab", "xy")
