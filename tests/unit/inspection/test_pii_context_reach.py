"""Personal facts whose person or context word stands outside the sentence: a list under a line
that names the person or the record, a letter that opens "Dear Mei,", lines wrapped mid-sentence,
German dates with ordinal full stops; bank details after a banking word; more health, legal and
belief terms. Look-alikes: research on vaccines, company names with "bank", "compte" meaning any
account, names that begin like "nata"."""

from __future__ import annotations

import pytest
from probes import entities

from gateway.inspection.pii import PiiDetector


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


@pytest.mark.parametrize("text, entity", [
    ("Screening summary for the new Head of Treasury (Paolo Ferri):\n\n- Credit check: one county court "
     "judgment, satisfied\n- Criminal record: spent conviction, 2011", "SENSITIVE_RECORD"),
    ("Sign-in history for Dana Whitfield this week:\n\n- Mon: 82.132.41.7, Leeds\n- Sat: 91.126.208.33, Porto",
     "IP_ADDRESS"),
    ("Ward staff on hold:\n\n- Aoife Byrne — hepatitis B titre below protective level", "HEALTH_INFO"),
    ("Birthday list from HR (as stored):\n\n- Noor Haddad — 1992-02-14\n- Mateo Silva — 1987-06-09", "DATE_OF_BIRTH"),
    ("Dear Mei,\n\nAfter the review your base salary rises from SGD 96,000 to SGD 104,400.", "COMPENSATION"),
    ("First-aid log: Oliver Grant felt unwell; he takes insulin for\ntype 1 diabetes and missed lunch.",
     "HEALTH_INFO"),
    ("Frau Petra Klein ist vom 3. bis 17. September krankgeschrieben.", "HEALTH_INFO"),
    ("Direct deposit for Olivia Grant: Chase checking, routing 021000021, account 4829 1073 3356.", "BANK_ACCOUNT"),
    ("Wohnhaft Am Hofgarten 3, 53113 Bonn.", "STREET_ADDRESS"),
    ("山本 翔太（1984年5月3日生）", "DATE_OF_BIRTH"),
    ("Mehmet Aydın's H-1B expires in February.", "SENSITIVE_RECORD"),
    ("Fleet onboarding for Carlos Ruiz: California driver licence D4829173.", "US_DRIVER_LICENSE"),
    ("Yusuf Demir observes Ramadan and asked for day shifts.", "SENSITIVE_RECORD"),
])
def test_person_or_context_outside_the_sentence(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(detector, text)


@pytest.mark.parametrize("text", [
    "The Wellcome Trust granted £1.2M to Dr. Amara Nwosu's group for the malaria vaccine trial.",
    "Rotate the webhook at https://hooks.kestrel-bank.example/repos/482913077 weekly.",
    "Le compte Moodle de Camille Lefèvre (n° 21904417) a été réactivé.",
    "Extended Natasha Ivanova's end date in Okta to 31 Mar 2025.",
    "Move AWS account 123456789012 into the sandbox OU.",
    "Release checklist:\n\n- Credit check service: upgrade to 2.1\n- IP 10.0.0.1 on the allow list",
])
def test_look_alikes(detector: PiiDetector, text: str) -> None:
    assert entities(detector, text) == set()
