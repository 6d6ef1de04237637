"""Session 24: mechanisms from dev misses of rounds 181-196 and blind rounds 197-200: each reads what it names,
and its look-alike stays quiet."""

from __future__ import annotations

import pytest

from gateway.inspection.alternation import bucketed, split_alternatives
from gateway.inspection.engine import build_engine
from gateway.types import Answer

FULL = build_engine()


def kinds_in(content: str) -> set[str]:
    return {f.kind for f in FULL.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def test_alternatives_keep_character_classes_whole() -> None:
    # a ")" in a class once closed a group early, and every later "|" then split nothing
    assert split_alternatives(r"a(?=[.;)!])|b|c") == [r"a(?=[.;)!])", "b", "c"]
    assert bucketed(r"x(?=[)])|(?:bank|kurier)konto|mail").search("das bankkonto") is not None
    assert bucketed(r"x(?=[)])|(?:benutzer|kurier)konto|mail").search("das bankkonto") is None


@pytest.mark.parametrize(("content", "kind"), [
    ("Hej Johan! Jag har gjort Emma till **Workspace Admin** i Slack så att hon kan hantera kanalerna.",
     "access_change"),
    ("Jag har delat OneDrive-mappen \"Avtal 2025\" med arkivarien Elin Håkansson med redigeringsbehörighet.",
     "access_change"),
    ("Klart! Jag har slagit på behörigheten ”Kan utfärda återbetalningar” för Elin Sandberg i konsolen.",
     "access_change"),
    ("Jaoin kansion \"Tuomarit 2025\" Mikko Virtaselle muokkausoikeuksin ja poistin jaon ulkoiselta osoitteelta.",
     "access_change"),
    ("Olen lisännyt Annan ryhmään Talous-lukijat.", "access_change"),
    ("Lukitsin Annan käyttäjätilin eilen illalla, koska hän on lomalla.", "lifecycle"),
    ("Olen luonut uuden tunnuksen harjoittelijalle Mattille.", "lifecycle"),
    ("Behörighetsgenomgång Fortnox, Q1: jag har gått igenom de nio användarna och intygar att samtliga "
     "behörigheter är rimliga utifrån deras roller. /Johan Lind", "attestation"),
    ("Das Kurierkonto von Felix Braun (K-551902) ist ab sofort gesperrt. Grund: abgelaufene Arbeitserlaubnis.",
     "lifecycle"),
    ("On GitHub Enterprise Server I suspended `dvoss` — he moved to the state Treasury yesterday.", "lifecycle"),
    ("I locked `a.ng` in Okta after the phishing report came in.", "lifecycle"),
])
def test_nordic_finnish_german_and_handles(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "Jag har gjort klart rapporten till fredag och delat den med teamet.",
    "Vi har gett feedback till gruppen om presentationen.",
    "Jag har delat presentationen med gruppen inför mötet.",
    "Givet att rollen är ny bör vi dokumentera den innan vi går vidare.",
    "Varje kvartal går chefen igenom listan och intygar att behörigheterna är rimliga.",
    "Yrityksen y-tunnus on luotu ja lisätty laskulle.",
    "Das Bankkonto von Felix ist seit gestern gesperrt, die Bank prüft den Vorgang.",
    "I suspended `nightly_export` until the vendor fixes the file format.",
    "If you suspended `dvoss`, tell me so I can update the ticket.",
])
def test_their_look_alikes(content: str) -> None:
    assert not kinds_in(content) - {"pii"}
