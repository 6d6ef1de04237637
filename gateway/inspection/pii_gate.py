"""Which PII recognizers can find anything in a text, decided before presidio runs them: one that
scores under the threshold without a context word runs only when one of its context words is in
the text (or the caller's context), and one whose pattern needs a literal (`@`, `arn:aws`, `=`)
only when the literal is there. The same findings, for a fraction of the regex work."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer, PatternRecognizer

# Literals every match of an entity contains.
ANCHORS = {"EMAIL_ADDRESS": "@", "GCP_SERVICE_ACCOUNT": ".iam.gserviceaccount.com", "AWS_ARN": "arn:aws",
           "LDAP_DN": "="}


def best_score(recognizer: EntityRecognizer) -> float:
    """The highest score a recognizer gives without context: a checksum may lift a match to 1.0."""
    if not isinstance(recognizer, PatternRecognizer) or (
            type(recognizer).validate_result is not PatternRecognizer.validate_result):
        return 1.0
    return max([pattern.score for pattern in recognizer.patterns] + [getattr(recognizer, "valid_score", 0.0)])


class RecognizerGate:
    """The entities worth asking presidio for, per text."""

    def __init__(self, recognizers: Sequence[EntityRecognizer], threshold: float) -> None:
        by_entity: dict[str, list[EntityRecognizer]] = defaultdict(list)
        for recognizer in recognizers:
            for entity in recognizer.supported_entities:
                by_entity[entity].append(recognizer)
        self.always: list[str] = []
        self.gated: list[tuple[str, str | None, tuple[str, ...]]] = []
        for entity, members in sorted(by_entity.items()):
            needs_context = all(best_score(r) < threshold and r.context for r in members)
            words = tuple(sorted({w.lower() for r in members for w in r.context})) if needs_context else ()
            anchor = ANCHORS.get(entity)
            if anchor is None and not needs_context:
                self.always.append(entity)
            else:
                self.gated.append((entity, anchor, words))

    def entities(self, text: str, context: Sequence[str] | None = None) -> list[str]:
        lowered = None
        chosen = list(self.always)
        for entity, anchor, words in self.gated:
            if anchor is not None and anchor not in text:
                continue
            if words:
                if lowered is None:
                    lowered = " ".join([text.lower(), *(context or ())])
                if not any(word in lowered for word in words):
                    continue
            chosen.append(entity)
        return chosen
