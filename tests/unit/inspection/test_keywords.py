"""The prose keyword index answers what the `find` loops and regex scans it replaced answered."""

from __future__ import annotations

import random
import re

import pytest

from gateway.inspection import lexicon as lx
from gateway.inspection import prose
from gateway.inspection.cred_patterns import anchored

TEXT = ("Please grant Ana admin access to the billing group; add a new user for j.doe.\n\n"
        "Decision: revoke. Click **Assign people**, then set Block sign-in to Yes. Each one keeps it. "
        "Recommendation: approve the role. Décision : conserver l'accès de l'utilisateur. aaa nonono")


def _texts() -> list[str]:
    rng = random.Random(3)
    words = TEXT.replace("\n", " \n ").split(" ")
    return [TEXT, TEXT.upper(), *(" ".join(rng.choice(words) for _ in range(rng.randint(1, 60))) for _ in range(200))]


def _finds(low: str, word: str) -> list[int]:
    found, pos = [], low.find(word)
    while pos != -1:
        found.append(pos)
        pos = low.find(word, pos + 1)
    return found


def test_every_word_is_found_where_a_find_loop_finds_it():
    for text in _texts():
        low = text.lower()
        found = prose.VOCABULARY.find(low)
        for word in prose.VOCABULARY.words:
            assert found.starts.get(word, []) == _finds(low, word)
            assert found.has(word) == (word in low)


def test_anchored_matches_and_sentence_objects_are_unchanged():
    regex = re.compile(r"(?:decision|add|click|each|no)\w*")
    anchors = ("decision", "add ", "click", "each", "no")
    for text in _texts():
        low = text.lower()
        found = prose.VOCABULARY.find(low)
        assert [m.span() for m in found.matches(regex, text, anchors)] == \
            [m.span() for m in anchored(regex, text, low, anchors)]
        spans = prose.sentences(text)
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        expected = {i for i, (s, e) in enumerate(spans) if any(w in low[s:e] for w in lx.ACCESS_OBJ_STEMS)}
        assert found.sentences_holding(lx.ACCESS_OBJ_STEMS, starts, ends) == expected


def test_lines_holding_lists_each_line_once_in_order():
    low = "keep a\nnothing\nretain and keep\n\nremove"
    found = prose.VOCABULARY.find(low)
    assert found.lines_holding(low, ("keep", "retain", "remove")) == [(0, 6), (15, 30), (32, 38)]


def test_a_word_outside_the_vocabulary_is_an_error():
    with pytest.raises(KeyError):
        prose.VOCABULARY.find("anything").has("not-a-registered-word")
