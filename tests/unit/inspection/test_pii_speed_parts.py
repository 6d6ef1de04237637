"""The pieces that keep presidio cheap: context words read next to a match instead of a spaCy
tokenisation, and the gate that skips recognizers which cannot score in a text."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from gateway.inspection.pii import PiiDetector
from gateway.inspection.pii_context import words_before
from gateway.inspection.pii_gate import RecognizerGate, best_score
from gateway.inspection.pii_recognizers import OfflineEmailRecognizer
from gateway.types import Answer


def _weak(entity: str, score: float, context: list[str]) -> PatternRecognizer:
    return PatternRecognizer(supported_entity=entity, patterns=[Pattern("p", r"\d{9}", score)], context=context)


def test_words_before_skips_stop_words_and_punctuation() -> None:
    text = "The new hire's passport number is, as noted: 912803456"
    assert words_before(text, text.index("912"), 5) == ["", "noted", "number", "passport", "hire's", "new"]


def test_words_before_keeps_what_is_glued_to_the_match() -> None:
    text = "mobile tel:+4922198765432 now"
    assert words_before(text, text.index("+49"), 5)[:2] == ["tel:", "mobile"]


def test_words_before_reads_no_further_than_asked() -> None:
    text = "passport " + "alpha beta gamma delta epsilon zeta " + "912803456"
    assert "passport" not in words_before(text, text.index("912"), 5)


def test_best_score_counts_a_checksum_as_certain() -> None:
    assert best_score(_weak("X", 0.1, ["x"])) == pytest.approx(0.1)
    assert best_score(OfflineEmailRecognizer()) == 1.0


def test_gate_runs_weak_recognizers_only_with_their_context_words() -> None:
    gate = RecognizerGate([_weak("PASSPORT", 0.1, ["passport"]), _weak("STRONG", 0.7, ["x"]),
                           OfflineEmailRecognizer()], threshold=0.5)
    assert gate.entities("order 912803456 shipped") == ["STRONG"]
    assert set(gate.entities("Passport 912803456, mail a@b.io")) == {"STRONG", "PASSPORT", "EMAIL_ADDRESS"}
    assert "PASSPORT" in gate.entities("912803456", context=["passport_no"])


def test_detector_without_candidate_recognizers_returns_nothing() -> None:
    pii = PiiDetector()
    assert pii.spans("plain words, no digits, no at-sign") == []
    assert pii.scan(Answer.of_text("Passport number: 912803456 for the trip"))
