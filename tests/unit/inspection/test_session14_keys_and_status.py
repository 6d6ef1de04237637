"""Session 14: secrets and personal records missed for want of a mechanism: an API key sent as curl's basic-auth
user, a vendor-prefixed key a sentence after its token word, a password given in halves, people listed under a
legal-status heading, right-to-work fields below the employee's name. Each with a look-alike."""

from __future__ import annotations

import pytest
from probes import entities, secrets

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.pii import PiiDetector


@pytest.fixture(scope="module")
def creds() -> CredentialDetector:
    return CredentialDetector()


@pytest.fixture(scope="module")
def pii() -> PiiDetector:
    return PiiDetector()


# -- an API key as the basic-auth user -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "secret"), [
    ('curl -s -u "4be1c09a77d3e52f8a6b0c1d9e2f3a4b5c6d7e8f:x" https://api.hrvendor.example/v1/people',
     "4be1c09a77d3e52f8a6b0c1d9e2f3a4b5c6d7e8f"),
    ("curl --user Rk8mQ2zX7pLw4tVb9nY3cJ6h: https://api.billing.example/charges",
     "Rk8mQ2zX7pLw4tVb9nY3cJ6h"),
])
def test_key_as_basic_auth_user(creds: CredentialDetector, text: str, secret: str) -> None:
    assert secrets(creds, text) == [secret]


@pytest.mark.parametrize("text", [
    'curl -u "$HR_API_KEY:x" https://api.hrvendor.example/v1/people',
    'curl -u "YOUR_API_KEY:x" https://api.hrvendor.example/v1/people',
    "curl -u svc-reporting-account-01:x https://intranet.example/report",
])
def test_reference_or_account_as_user_is_no_key(creds: CredentialDetector, text: str) -> None:
    assert secrets(creds, text) == []


# -- a vendor-prefixed key near its token word -------------------------------------------------------------------

def test_prefixed_key_a_sentence_after_the_token_word(creds: CredentialDetector) -> None:
    text = ("The sync fails because the IdP still holds the expired token. The replacement the vendor issued is "
            "`acme_prov_Zq8LmW3xTr7KpB2vN9cYh4FdJ6sQ1gRe` - paste it into the connector.")
    assert secrets(creds, text) == ["acme_prov_Zq8LmW3xTr7KpB2vN9cYh4FdJ6sQ1gRe"]


@pytest.mark.parametrize("text", [
    "The token cache lives in the table `oauth_token_store_v2_replica`; see the runbook.",
    "The token column is `session_token_sha256_9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`.",
    'Build it with credentials=creds, then fileId="1xR4kT8nQ2wL7zM3vB9cJ5hD6gF0sA2pY" names the deck.',
])
def test_identifiers_near_a_token_word_are_no_key(creds: CredentialDetector, text: str) -> None:
    assert secrets(creds, text) == []


# -- a password given in halves ----------------------------------------------------------------------------------

def test_password_in_two_halves(creds: CredentialDetector) -> None:
    text = ("The vault's recovery password is kept in two halves by two officers; together:\n\n"
            "first half: `Tp7!Kw2q`\nsecond half: `Mz5#Rb8v`\n")
    found = secrets(creds, text)
    assert found and "Tp7!Kw2q" in found[0] and found[0].endswith("Mz5#Rb8v")


def test_halves_of_an_essay_are_no_password(creds: CredentialDetector) -> None:
    text = "The essay has two halves.\n\nfirst half: `Introduction`\nsecond half: `Conclusion`\n"
    assert secrets(creds, text) == []


# -- people listed under a legal-status heading ------------------------------------------------------------------

def test_people_under_a_visa_heading(pii: PiiDetector) -> None:
    text = ("Staff on work visas due for renewal:\n\n| Name | Country | Expiry |\n|---|---|---|\n"
            "| Priya Raman | India | 2026-02-01 |\n| Tomasz Nowak | Poland | 2026-05-12 |\n")
    assert "SENSITIVE_RECORD" in entities(pii, text)


def test_permit_fields_below_the_employee(pii: PiiDetector) -> None:
    text = ("Right-to-work check:\n\n- Employee: Aoife Byrne\n- Permit: General Employment Permit\n"
            "- Valid until 03/2027\n")
    assert "SENSITIVE_RECORD" in entities(pii, text)


@pytest.mark.parametrize("text", [
    "Church volunteers for Sunday:\n\n- Maria Lopez: setup\n- Jonas Berg: coffee\n",
    "Work permit checklist for new hires:\n\n- Passport copy\n- Signed contract\n",
])
def test_lists_that_state_no_status(pii: PiiDetector, text: str) -> None:
    assert "SENSITIVE_RECORD" not in entities(pii, text)
