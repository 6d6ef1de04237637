"""Health facts about a named person also in short clinical words (chemo, lymphoma, leukaemia): personal data;
the same words with no person named stay quiet."""

from __future__ import annotations

import pytest
from probes import engine_kinds

from gateway.inspection.engine import build_engine

PII = build_engine(["pii"])


@pytest.mark.parametrize("content", [
    "fyi Tom Erikssen (finance) is out until the 30th — he's having chemo for the lymphoma, please keep it quiet.",
    "Priya Nair starts treatment for leukaemia next week, so her cover is Dan until March.",
])
def test_a_named_persons_condition_is_pii(content: str) -> None:
    assert "pii" in engine_kinds(PII, content)


@pytest.mark.parametrize("content", [
    "The chemo day unit on level 2 is closed for renovation until Monday.",
    "Lymphoma and leukaemia are both blood cancers; the oncology wiki explains the difference.",
])
def test_the_words_alone_are_not(content: str) -> None:
    assert "pii" not in engine_kinds(PII, content)
