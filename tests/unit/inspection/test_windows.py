"""windowed_matches gives what finditer gives, for patterns whose matches hold one of the words."""

from __future__ import annotations

import random
import re

from gateway.inspection.windows import windowed_matches

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
