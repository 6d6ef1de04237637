"""Health and pay facts stated about a named person are personal; the same words about systems,
teams or policies are not."""

from __future__ import annotations

import pytest

from gateway.inspection.pii import PiiDetector
from gateway.inspection.pii_statements import names_a_person
from gateway.types import Answer


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def entities(detector: PiiDetector, text: str) -> set[str]:
    return {f.details["entity"] for f in detector.scan(Answer.of_text(text))}


@pytest.mark.parametrize("text, entity", [
    ("Maria Lopez is on medical leave until June after her surgery.", "HEALTH_INFO"),
    ("Note: Daniel Kim has dyslexia; order the larger monitor.", "HEALTH_INFO"),
    ("Jonas Berg ist seit Montag krankgeschrieben.", "HEALTH_INFO"),
    ("Promo packet: Tobias Keller, base €84,500, bonus €7,200.", "COMPENSATION"),
    ("Priya Nair's salary goes from $120k to $135,000 in April.", "COMPENSATION"),
])
def test_statements_about_a_named_person(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(detector, text)


@pytest.mark.parametrize("text", [
    "The health check endpoint returns 200; see the Service Desk runbook.",
    "Salary bands for the Senior Engineer role are reviewed annually.",
    "The team disabled the feature flag after the injury-prevention campaign.",
    "Compensation for the outage: a $500 credit, approved by Finance.",
    "Acme Corp pays a bonus of 5% to all staff.",
])
def test_same_words_without_a_person(detector: PiiDetector, text: str) -> None:
    assert not entities(detector, text) & {"HEALTH_INFO", "COMPENSATION"}


def test_names_a_person_skips_titles_and_teams() -> None:
    text = "The Finance Team and Service Desk, then Amir Khan"
    assert not names_a_person(text, 0, text.index(", then"))
    assert names_a_person(text, 0, len(text))


@pytest.mark.parametrize("text, entity", [
    ("The suspicious sign-in was by Natasha Ivanova from 185.220.101.47 at 02:14 UTC.", "IP_ADDRESS"),
    ("HR note: Marek Novak has a written warning on file.", "SENSITIVE_RECORD"),
    ("Background check for Ana Costa came back with a criminal record.", "SENSITIVE_RECORD"),
])
def test_sign_in_addresses_and_sensitive_records(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(detector, text)


@pytest.mark.parametrize("text", [
    "Upgrade Grafana Loki to 2.9.1.4 before Friday.",  # a version, not an address
    "Allow 10.20.30.40 in the Azure Firewall rules.",  # no person
    "Move-ADObject -Identity 'CN=Kwame Asante,OU=Staff' -TargetPath 'OU=Disabled'",  # a disabled account
    "Root-cause diagnosis by Maria Lopez: the disk filled up.",
])
def test_addresses_and_words_in_their_technical_sense(detector: PiiDetector, text: str) -> None:
    assert not entities(detector, text) & {"IP_ADDRESS", "HEALTH_INFO", "SENSITIVE_RECORD"}


@pytest.mark.parametrize("text, entity", [
    ("Tom's raise takes him to 120k from May.", "COMPENSATION"),
    ("Rebecca's surgery is on Monday; cover her tickets.", "HEALTH_INFO"),
])
def test_possessive_first_names(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(detector, text)


def test_on_call_numbers() -> None:
    assert "PHONE_NUMBER" in entities(PiiDetector(), "On-call this week: Julie Marchand 06 12 45 78 90")
