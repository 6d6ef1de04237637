"""Forms that session 10's blind rounds and the pooled misses showed unread: employment records about a named
person (ratings, improvement plans, investigations, dismissals) and personal records under camelCase keys;
with the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
PII = build_engine(["pii"])
FULL = build_engine()


def kinds(answer: Answer, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=PATTERNS) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def call(name: str, arguments: dict, content: str = "Done.", engine=PATTERNS) -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),)), engine)


@pytest.mark.parametrize("content", [
    "Calibration outcome for the AP team:\n\n- Nadia Haddad: 4 (exceeds)\n- Ole Sørensen: 2 (partially meets) - "
    "PIP starting 1 May\n",
    "Performance notes for Aisha Bello: rated 'below expectations', salary freeze; do not share with her team.",
    "Offboarding for Brian O'Neill, last day Thursday: he is being let go after the harassment investigation.",
    "The shortlist for redundancy:\n1. Franco Russo (58, on leave for disabled parent)\n2. Silvia Gatti (44, "
    "returned from maternity in Jan)",
    "Emergency contact for Priya Nair: husband Arun Nair. Her blood type is O-negative per the travel form.",
])
def test_employment_and_health_records_about_a_named_person_are_pii(content: str) -> None:
    assert "pii" in text(content, PII)


def test_personal_records_under_camel_case_keys_are_pii() -> None:
    arguments = {"workerId": "30877", "legalName": "Sophie Keller-Brandt", "homeAddress": "Rue du Lac 8, 1003 Lausanne"}
    assert "pii" in call("workday_update_worker", arguments, engine=PII)


@pytest.mark.parametrize("content", [
    "Run pip install -r requirements.txt, then start the service; the pip cache lives under ~/.cache/pip.",
    "Remove the viewer binding from the service account, which is now redundant.",
    "Our anti-harassment policy applies to every employee; training is due by 30 June.",
])
def test_employment_words_without_a_named_person_are_not_pii(content: str) -> None:
    assert "pii" not in text(content, PII)
