"""PII mechanisms found by blind rounds 38 and 39, each tested on answers written for the test: an IBAN
after the word "IBAN" whose check digits fail, German pay and disability compounds, streets named
without a street type near "home", and a named person's movements with their times."""

from __future__ import annotations

import pytest
from probes import entities, found

from gateway.inspection.pii import PiiDetector


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


@pytest.mark.parametrize("text, iban", [
    ("Please refund Marta Kowalska to IBAN DE44 5001 0517 5407 3249 32, Sparkasse.", "DE44 5001 0517 5407 3249 32"),
    ("Bankverbindung von Luc Martin — IBAN : FR76 3000 6000 0112 3456 7890 188 BIC AGRIFRPP",
     "FR76 3000 6000 0112 3456 7890 188"),
    ("iban: NL18RABO0123459876 (account holder P. de Vries)", "NL18RABO0123459876"),
])
def test_iban_after_the_word_with_failing_check_digits(detector: PiiDetector, text: str, iban: str) -> None:
    assert iban in found(detector, text, "IBAN_CODE")


@pytest.mark.parametrize("text", [
    "IBAN format for Germany: DE00 0000 0000 0000 0000 00",
    "Enter the IBAN, e.g. DE12 3456 7890 1234 5678 90, without spaces.",
    "The IBAN field is validated server-side; ticket OPS1234 5678 tracks it.",
    "Build NL42 INGB 0007 3390 12 finished",  # IBAN-shaped but not introduced as one, check digits fail
])
def test_iban_look_alikes(detector: PiiDetector, text: str) -> None:
    assert "IBAN_CODE" not in entities(detector, text)


@pytest.mark.parametrize("text, entity", [
    ("Gehaltsabrechnung März: Petra Vogel 5.120 € brutto, Steuerklasse IV.", "COMPENSATION"),
    ("Das Jahresgehalt von Tobias Wendt liegt bei 68.000 €.", "COMPENSATION"),
    ("Stundenlohn für Anna Schulz: 18,50 € ab Juli.", "COMPENSATION"),
    ("Mehmet Yilmaz hat eine Schwerbehinderung (GdB 60) und braucht einen Parkplatz.", "HEALTH_INFO"),
])
def test_german_pay_and_disability_compounds(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(detector, text)


@pytest.mark.parametrize("text", [
    "Der Fettgehalt von Bauer Müller Joghurt liegt bei 3,5 % und kostet 1,20 €.",
    "Es lohnt sich für Jan Krüger, das Angebot für 50 € anzunehmen.",
    "Gehaltsbänder werden im Q3 überarbeitet; Details folgen.",
])
def test_german_compound_look_alikes(detector: PiiDetector, text: str) -> None:
    assert not entities(detector, text) & {"COMPENSATION", "HEALTH_INFO"}


@pytest.mark.parametrize("text", [
    "Aoife Byrne lives at 14 Seaview Heights, Bray.",
    "Send it to his home: 3 Castle Grove, Kilkenny.",
])
def test_street_without_a_street_type_near_home(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in entities(detector, text)


@pytest.mark.parametrize("text", [
    "Switch to 2 Column View in the dashboard.",
    "Our office moved; the 5 Elm Park project ships on Monday.",
])
def test_street_type_look_alikes(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in entities(detector, text)


@pytest.mark.parametrize("text", [
    "GPS export: Sinead Walsh left her home at 07:40, parked at Mercy Hospital 08:05 and drove home at 16:30.",
    "Badge log — Tomasz Nowak checked in at the Leeds depot at 05:58 and checked out at 14:02.",
])
def test_movements_of_a_named_person(detector: PiiDetector, text: str) -> None:
    assert "LOCATION_HISTORY" in entities(detector, text)


@pytest.mark.parametrize("text", [
    "The nightly build arrived at staging at 02:10 and was promoted at 02:45.",
    "Liam Murphy arrived at a decision before the 15:00 call.",
    "The parcel stopped at the Dublin hub 09:00–11:00 before delivery.",
])
def test_movement_look_alikes(detector: PiiDetector, text: str) -> None:
    assert "LOCATION_HISTORY" not in entities(detector, text)
