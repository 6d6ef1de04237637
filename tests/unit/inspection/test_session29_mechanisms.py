"""Session 29: mechanisms from dev misses and blind rounds 245-248: each reads what it names, and its look-alike
stays quiet."""

from __future__ import annotations

import pytest
from probes import full_kinds, named_call

from gateway.inspection.engine import build_engine
from gateway.types import ToolCall

FULL = build_engine()


def kinds_in(content: str, *calls: ToolCall) -> set[str]:
    return full_kinds(FULL, content, *calls)


call = named_call


@pytest.mark.parametrize(("content", "kind"), [
    # an IBAN after the word, its check digits wrong, as long as its country's IBANs (Portugal: 25)
    ("The bank account on file for driver Rui Ferreira is IBAN PT50 0035 0651 0000 7832 4911 3 at Caixa Geral.",
     "pii"),
    # a CSV whose quoted cells hold the separator
    ("```\nmrn,name,dob,sex,zip\n4481920,\"ALVAREZ, ROSA\",1962-04-18,F,77023\n"
     "5520173,\"NGUYEN, BAO\",1990-09-09,M,77036\n```", "pii"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "IBAN DE00 0000 0000 0000 0000 00 is the format example in the form.",
    "IBAN PT50 0035 0651 is too short to be anyone's account.",
])
def test_look_alikes_are_no_personal_data(content: str) -> None:
    assert "pii" not in kinds_in(content)
