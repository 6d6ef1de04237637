"""Speed changes that must leave every finding as it was: each fast path finds what the plain one finds."""

from __future__ import annotations

import random
import re

import pytest

from gateway.inspection import statements
from gateway.inspection.alternation import LONG_SPAN, HeadFirst
from gateway.inspection.learned import LearnedDetector, sections
from gateway.inspection.learned_features import TOKEN, known_features, known_section_features
from gateway.types import Choice

REGEXES = [
    re.compile(r"\b(?:could not|cannot)\b|\bno evidence\b"),
    re.compile(r"\b\d+ (?:\w+ )?(?:retained|kept)\b|\bkept\s+\d+\s+of\s+\d+\b"),  # a head that is a digit alone
    re.compile(r"\bv\d+ released\b|\brelease\b"),  # a head cut at its digit ("v")
    re.compile(r"\bit\b|\bitems?\b|\bis\b"),  # heads that overlap ("it" inside "items")
    statements.REVIEW_DONE.regex,
]
PIECES = ["We could not find it.", "The review was done by Ana;", "12 accounts retained, kept 3 of 4.",
          "items: it is v2 released", "no evidence", "٣ accounts retained", "release the hold\n", "cannot"]


def _long_text(seed: int) -> str:
    rng = random.Random(seed)
    text = ""
    while len(text) < 3 * LONG_SPAN:
        text += rng.choice(PIECES) + rng.choice([" ", "\n", "  "])
    return text


def _key(m: re.Match[str] | None):
    return m and (m.span(), m.groups())


@pytest.mark.parametrize("regex", REGEXES)
def test_a_long_search_finds_what_the_plain_regex_finds(regex: re.Pattern[str]) -> None:
    fast = HeadFirst(regex)
    rng = random.Random(5)
    for seed in range(3):
        text = _long_text(seed)
        assert list(map(_key, fast.finditer(text))) == list(map(_key, regex.finditer(text)))
        for _ in range(60):
            pos = rng.choice([0, rng.randrange(len(text))])
            end = rng.choice([len(text), pos + rng.randrange(3 * LONG_SPAN)])
            assert _key(fast.search(text, pos, end)) == _key(regex.search(text, pos, end))
        assert _key(fast.search(text[:50])) == _key(regex.search(text[:50]))  # a short text after a long one


def test_section_words_read_from_the_whole_lower_cased_text_are_each_sections_own() -> None:
    content = ("ΟΔΟΣ Admin rights GRANTED to Σara\n\n" * 3 + "Straße-Zugang für MÜLLER entfernt; v2token\n \n") * 4
    model = LearnedDetector().model
    low = content.lower()
    assert len(low) == len(content)
    spans = sections(content)
    assert len(spans) > 1
    for start, end in spans:
        alone = known_features(Choice(0, content[start:end]), model.vocabulary)
        assert known_section_features(low, start, end, model.vocabulary) == alone


def test_token_reads_the_words_it_read_before() -> None:
    before = re.compile(r"[a-z\u00df-\u00ff\u0100-\u017f][a-z0-9\u00df-\u00ff\u0100-\u017f]+")
    rng = random.Random(3)
    alphabet = "az09_ -\n\u00d7\u00de\u00df\u00f7\u00ff\u0100\u017f\u0180ÀÉé"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(16)))
        assert [m.span() for m in TOKEN.finditer(text)] == [m.span() for m in before.finditer(text)]
