"""National identity numbers: a right check digit counts on its own where the shape is distinctive;
a made-up number counts only with its context word; digit runs without either are not personal."""

from __future__ import annotations

import pytest

from gateway.inspection.pii import PiiDetector
from gateway.inspection.pii_national import bsn_valid, cpf_valid, dni_valid, fnr_valid, nir_valid
from gateway.types import Answer


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def entities(detector: PiiDetector, text: str) -> set[str]:
    return {f.details["entity"] for f in detector.scan(Answer.of_text(text))}


@pytest.mark.parametrize("check, good, bad", [
    (dni_valid, "48291736Q", "48291736K"),
    (dni_valid, "X1234567L", "X1234567A"),
    (nir_valid, "1 84 12 76 451 089 46", "1 84 12 76 451 089 47"),
    (bsn_valid, "123456782", "123456789"),
    (cpf_valid, "529.982.247-25", "529.982.247-26"),
    (fnr_valid, "01010750160", "01010750161"),
])
def test_check_digits(check, good: str, bad: str) -> None:
    assert check(good) and not check(bad)


@pytest.mark.parametrize("text, entity", [
    ("Underlag: Elin Andersson, personnummer 19900315-4521, Stockholm.", "SE_PERSONNUMMER"),  # check fails
    ("Kund 811228-9874 ringde i går.", "SE_PERSONNUMMER"),  # valid Luhn, no context word
    ("Empleado 48291736Q, alta en marzo.", "ES_DNI"),
    ("Assuré 1 84 12 76 451 089 46, dossier complet.", "FR_NIR"),
    ("Steuer-ID 86095742719 für die Abrechnung.", "DE_TAX_ID"),
    ("PAN card ABCPE1234F on file.", "IN_PAN"),
    ("Aadhaar 2345 6789 0124 verified.", "IN_AADHAAR"),
    ("PESEL 44051401359 pracownika.", "PL_PESEL"),
    ("Henkilötunnus 131052-308T.", "FI_HETU"),
    ("Fødselsnummer 01010750160.", "NO_FNR"),
    ("CPR 010190-1234 for medarbejderen.", "DK_CPR"),
])
def test_national_numbers(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(detector, text)


@pytest.mark.parametrize("text", [
    "Order 86095742719 shipped; invoice 123456782 paid.",
    "Build 19900315-4521 failed on the ARM runner.",
    "Run 2345 6789 0124 took 3 minutes.",
    "Ticket 48291736K is closed.",
])
def test_numbers_without_context_or_check_are_not_personal(detector: PiiDetector, text: str) -> None:
    assert not entities(detector, text)


def test_canadian_sin_and_japanese_my_number() -> None:
    from gateway.inspection.pii_national import luhn_valid, my_number_valid

    assert luhn_valid("046 454 286") and not luhn_valid("046 454 287")
    assert my_number_valid("1234 5678 9018") and not my_number_valid("1234 5678 9012")


def test_chinese_resident_id_check_digit() -> None:
    from gateway.inspection.pii_national import cn_id_valid

    assert cn_id_valid("110105199003078422") and not cn_id_valid("110105199003078426")
