"""PII in Italian, Portuguese and Dutch: birth dates with local month names, local phone shapes,
street addresses, codice fiscale, CPF and BSN with their context words; English "via" is no street."""

from __future__ import annotations

import pytest

from gateway.inspection.pii import PiiDetector
from gateway.types import Answer


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def entities(detector: PiiDetector, text: str) -> set[str]:
    return {f.details["entity"] for f in detector.scan(Answer.of_text(text)) if f.confidence >= 0.5}


@pytest.mark.parametrize("text, entity", [
    ("Dipendente nata il 14 febbraio 1988 a Torino.", "DATE_OF_BIRTH"),
    ("Geboren op 2 maart 1979 in Utrecht.", "DATE_OF_BIRTH"),
    ("Telefoon 06 87654321 voor noodgevallen.", "PHONE_NUMBER"),
    ("Celular (21) 99876-5432, somente à tarde.", "PHONE_NUMBER"),
    ("Residente in Via Garibaldi 12, Milano.", "STREET_ADDRESS"),
    ("Endereço: Rua das Flores 220, Porto.", "STREET_ADDRESS"),
    ("Adres: Prinsengracht 263, Amsterdam.", "STREET_ADDRESS"),
    ("Codice fiscale RSSMRA80A01H501U.", "IT_FISCAL_CODE"),
    ("CPF 987.654.321-00 do titular.", "BR_CPF"),
    ("BSN 123456782 van de medewerker.", "NL_BSN"),
])
def test_local_shapes(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(detector, text)


@pytest.mark.parametrize("text", [
    "Verified via `net localgroup administrators` on 6 servers.",
    "Build 123456789 passed; see run 987654321.",
])
def test_lookalikes(detector: PiiDetector, text: str) -> None:
    assert not entities(detector, text)
