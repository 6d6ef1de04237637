"""The one-pass literal index and the byte-level run finder give what the plain scans they
replace give (the credential and structured detectors rely on them for speed)."""

from __future__ import annotations

import random

from gateway.inspection import structured
from gateway.inspection.literals import LiteralIndex

ALPHABET = "Ab9+/=_-é x\n\u0130😀.:"


def _texts(count: int, seed: int, noise: float = 0.3) -> list[str]:
    """Random texts, mostly of base64 characters, with `noise` the share of any other."""
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) if rng.random() < noise else rng.choice("aB3+/")
                    for _ in range(rng.randint(0, 80))) for _ in range(count)]


def _find_all(text: str, literal: str) -> list[int]:
    out, pos = [], text.find(literal)
    while pos != -1:
        out.append(pos)
        pos = text.find(literal, pos + 1)
    return out


def test_literal_index_finds_every_overlapping_occurrence():
    literals = ("aa", "a", "aB3", "é x", "😀", "b3+", "+/=", "/=")
    index = LiteralIndex(literals)
    for text in ["aaaa", "", *_texts(500, 1)]:
        assert index.occurrences(text) == {literal: _find_all(text, literal) for literal in literals}


def test_base64_tokens_match_a_full_scan():
    texts = _texts(3000, 2, noise=0.04)
    assert sum(bool(structured.BASE64_TOKEN.search(text)) for text in texts) > 1000
    for text in texts:
        expected = [(m.start(), m.end()) for m in structured.BASE64_TOKEN.finditer(text)]
        assert [(m.start(), m.end()) for m in structured._base64_tokens(text)] == expected
