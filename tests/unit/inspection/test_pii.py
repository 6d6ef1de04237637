"""The PII detector: presidio offline (no network, no model), identity recognizers, exact spans."""

from __future__ import annotations

import json
import socket

import pytest

from gateway.inspection.pii import PiiDetector
from gateway.types import Answer, Choice, ToolCall


def _no_network(*args: object, **kwargs: object) -> None:
    raise AssertionError("the PII detector tried to open a network connection")


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", _no_network)
        patch.setattr(socket.socket, "connect_ex", _no_network)
        patch.setattr(socket, "create_connection", _no_network)
        pii = PiiDetector({"employee_id_patterns": [r"E\d{6}", r"EMP-\d{5}"]})
        pii.scan(Answer.of_text("warm-up: jane.doe@acme.com E123456"))
        yield pii


def _entities(detector: PiiDetector, text: str) -> dict[str, str]:
    return {f.details["entity"]: text[f.span[0]:f.span[1]] for f in detector.scan(Answer.of_text(text))}


POSITIVES = [
    ("Please email jane.doe@acme.com about the review.", "EMAIL_ADDRESS", "jane.doe@acme.com"),
    ("Her SSN is 536-22-1234.", "US_SSN", "536-22-1234"),
    ("Card on file: 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("Salary goes to IBAN DE89370400440532013000 monthly.", "IBAN_CODE", "DE89370400440532013000"),
    ("Employee E123456 transferred to Finance.", "EMPLOYEE_ID", "E123456"),
    ("Badge EMP-20931 belongs to the contractor.", "EMPLOYEE_ID", "EMP-20931"),
    ("Principal arn:aws:iam::123456789012:user/jdoe.", "AWS_ARN", "arn:aws:iam::123456789012:user/jdoe"),
    ("Runs as etl-runner@acme-data.iam.gserviceaccount.com daily", "GCP_SERVICE_ACCOUNT",
     "etl-runner@acme-data.iam.gserviceaccount.com"),
    ("Member of CN=Finance Admins,OU=Groups,DC=corp,DC=example,DC=com today", "LDAP_DN",
     "CN=Finance Admins,OU=Groups,DC=corp,DC=example,DC=com"),
    ("dn: uid=jdoe,ou=people,dc=acme,dc=io", "LDAP_DN", "uid=jdoe,ou=people,dc=acme,dc=io"),
    ("National insurance number AB123456C on the form", "UK_NINO", "AB123456C"),
    ("Passport number: 912803456 for the trip", "US_PASSPORT", "912803456"),
    ("social security number 536221234 on the claim", "US_SSN", "536221234"),
    ("Refund to IBAN GB82 WEST 1234 5698 7654 32 please", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVES, ids=[p[1] for p in POSITIVES])
def test_entities_found_with_exact_spans(detector: PiiDetector, text: str, entity: str, value: str) -> None:
    assert _entities(detector, text).get(entity) == value


@pytest.mark.parametrize("text", [
    "The weekly sync moved to Thursday; no action needed.",
    "Call the support line after 5pm.",  # no phone recognizer on purpose
    "See https://docs.acme.io/guide for the steps.",
    "request 123e4567-e89b-12d3-a456-426614174000 finished",
    "employee id e123456 in lower case is not the configured pattern",
    "user@localhost is not an address with a real domain",
    "cn=admin alone is not a full DN",
    "order 912803456 shipped on Monday",  # nine digits without a context word
    'headers={"X-API-Key": "5ee874ae7689447ab57a683536c4499d"}',  # a licence-shaped piece of a hex key
    'client_id = "11111111-2222-3333-4444-555555555555"',  # card-shaped digits inside a UUID
])
def test_negatives(detector: PiiDetector, text: str) -> None:
    assert detector.scan(Answer.of_text(text)) == []


def test_finding_shape_and_masked_evidence(detector: PiiDetector) -> None:
    (finding,) = detector.scan(Answer.of_text("Contact jane.doe@acme.com"))
    assert finding.kind == "pii" and finding.where == "content" and finding.detector == "pii"
    assert finding.details == {"entity": "EMAIL_ADDRESS"} and finding.confidence >= 0.5
    assert "jane.doe" not in finding.evidence


def test_email_span_excludes_flag_name(detector: PiiDetector) -> None:
    text = "gcloud projects add-iam-policy-binding p --member=jdoe@acme.io"
    assert _entities(detector, text)["EMAIL_ADDRESS"] == "jdoe@acme.io"


def test_service_account_reported_once(detector: PiiDetector) -> None:
    text = "--iam-account=etl@acme-data.iam.gserviceaccount.com"
    assert _entities(detector, text) == {"GCP_SERVICE_ACCOUNT": "etl@acme-data.iam.gserviceaccount.com"}


def test_tool_call_arguments_have_path_and_raw_span(detector: PiiDetector) -> None:
    raw = json.dumps({"user": {"email": "jdoe@acme.io", "note": "emp \u00e9 E654321"}})
    answer = Answer((Choice(0, "", (ToolCall("c0", "update_user", raw),)),))
    found = {f.argument_path: raw[f.span[0]:f.span[1]] for f in detector.scan(answer)}
    assert found == {"user.email": "jdoe@acme.io", "user.note": "E654321"}
    assert {f.where for f in detector.scan(answer)} == {"tool_call"}


def test_threshold_option() -> None:
    strict = PiiDetector({"score_threshold": 0.99})
    assert strict.scan(Answer.of_text("Her SSN is 536-22-1234.")) == []
    assert strict.scan(Answer.of_text("Contact jane.doe@acme.com"))  # validated: score 1.0


def test_bad_employee_pattern_fails_at_build() -> None:
    with pytest.raises(Exception, match="unterminated|missing"):
        PiiDetector({"employee_id_patterns": ["E(\\d"]})


def test_no_network_during_build_and_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    pii = PiiDetector()
    assert pii.scan(Answer.of_text("mail ops@acme.co.uk or admin@corp.example.org now"))
    assert pii.cost == "expensive" and pii.name == "pii"


@pytest.mark.parametrize("text, entity", [
    ("Mobile: +1 (415) 555-0143", "PHONE_NUMBER"),
    ("Telefon: +49 221 98765432", "PHONE_NUMBER"),
    ("her private number is (206) 555-0187", "PHONE_NUMBER"),
    ("Date of birth: 12 March 1984", "DATE_OF_BIRTH"),
    ("née le 04/05/1979 à Lyon", "DATE_OF_BIRTH"),
    ("The new address is Lindenstraße 14, 50674 Köln.", "STREET_ADDRESS"),
    ("She lives at 2200 N Clark St, Chicago.", "STREET_ADDRESS"),
    ("domiciliée 8 rue des Lilas, 69003 Lyon", "STREET_ADDRESS"),
    ("passport number K4821937, nationality Indian", "PASSPORT"),
    ("Datos: Javier Ruiz, DNI 48291736K", "ES_DNI"),
])
def test_contact_details_birth_dates_addresses_and_national_ids(detector: PiiDetector, text: str,
                                                                entity: str) -> None:
    assert entity in _entities(detector, text), _entities(detector, text)


@pytest.mark.parametrize("text", [
    "Upgrade to 2.14.1 on 2024-06-14; the release notes list 312 fixes.",
    "Order 415 555 0143 shipped; see ticket INC0012345.",
    "The backup ran at 12.03.2024 02:00 and took 18 minutes.",
    "Build K4821937 passed all 1200 tests.",
])
def test_dates_versions_and_ids_without_context_are_not_personal(detector: PiiDetector, text: str) -> None:
    found = set(_entities(detector, text))
    assert not found, found


def test_tool_argument_key_is_context(detector: PiiDetector) -> None:
    args = json.dumps({"first_name": "Derek", "dob": "1975-02-14", "build_date": "2024-01-02"})
    answer = Answer((Choice(0, "", (ToolCall("c0", "http_request", args),)),))
    found = {(f.details["entity"], f.argument_path) for f in detector.scan(answer)}
    assert ("DATE_OF_BIRTH", "dob") in found and not any(path == "build_date" for _, path in found)
