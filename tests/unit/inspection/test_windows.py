"""windowed_matches gives what finditer gives, for patterns whose matches hold one of the words."""

from __future__ import annotations

import random
import re

from gateway.inspection import alternation
from gateway.inspection import prose_effects_i18n as effects
from gateway.inspection.windows import anchored_matches, matches_near, positions, windowed_matches

PATTERN = re.compile(r"\b(?:i|we)(?:'ve)?\s+(?:just\s+)?(?:created|minted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?keys?\b",
                     re.IGNORECASE)
PIECES = ["I created a key", "we've just minted an API key", "keys", "created", "I minted the", "noise", "\n",
          "We created a new signing key.", "minted", " ", "I've created keys"]


def test_same_matches_as_finditer_on_random_texts() -> None:
    rng = random.Random(3)
    for _ in range(400):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        expected = [m.span() for m in PATTERN.finditer(text)]
        got = [m.span() for m in windowed_matches(PATTERN, text, text.lower(), ("created", "minted"), 80, 80)]
        assert got == expected, text


def test_a_match_the_window_cuts_is_read_whole() -> None:
    text = "we created keys now"  # the window ends inside "keys": "key" would match there
    got = windowed_matches(PATTERN, text, text.lower(), ("created",), 20, 11)
    assert [m.group(0) for m in got] == ["we created keys"]


SWITCH = re.compile(r"(?<!\w)(?:rol|rolle|perfil)(?!\w)[^.\n]{0,40}?(?<!\w)(?:cambia|mude)(?!\w) (?:de|da) \S{1,40}? "
                    r"(?:a|para) \S")
SWITCH_PIECES = ["rol", "rolle", "role", "perfil", "cambia", "mude de", "de admin a", "da x para y", "control", ".",
                 "\n", " ", "a", "roles"]


def test_anchored_matches_are_the_windowed_ones_when_every_match_starts_at_a_place() -> None:
    rng = random.Random(5)
    for _ in range(600):
        text = " ".join(rng.choice(SWITCH_PIECES) for _ in range(rng.randint(0, 40)))
        places = positions(text, ("rol", "perfil"))
        ahead = rng.choice((12, 30, 300))
        expected = [m.span() for m in matches_near(SWITCH, text, places, 0, ahead)]
        assert [m.span() for m in anchored_matches(SWITCH, text, places, places, 0, ahead)] == expected, text
        near = positions(text, ("cambia", "mude"))  # the windows around a later word, the starts before it
        expected = [m.span() for m in matches_near(SWITCH, text, near, 60, ahead)]
        assert [m.span() for m in anchored_matches(SWITCH, text, near, places, 60, ahead)] == expected, text


def test_fully_started_effect_rules_start_with_their_words() -> None:
    for name, pattern, *_ in effects.RULES:
        if name in effects.FULLY_STARTED:  # a head cut at HEAD_LIMIT characters (or at "mov[ií]") may be short
            words = effects.STARTS[name]
            for head in alternation.match_heads(pattern):
                assert head.startswith(words) or any(word.startswith(head) for word in words), (name, head)
