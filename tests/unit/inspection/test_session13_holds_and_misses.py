"""Session 13: harmless answers held for a word in another sense (a phrasal verb, a salesperson's accounts, a thing
of theirs removed, a review's scope and population, a contrast of where a practice belongs), and identity answers
missed (a permission level now held or no longer held, a role held with the change that gave it, a review's
outcome stored or submitted by a tool, personal columns queried, keyed bank and tax numbers)."""

from __future__ import annotations

import pytest
from probes import call_kinds, entities

from gateway.inspection.account_records import is_record_accounts
from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic
from gateway.inspection.pii import PiiDetector
from gateway.inspection.prose import scan_prose
from gateway.types import Answer, Choice, ToolCall


@pytest.fixture(scope="module")
def pii() -> PiiDetector:
    return PiiDetector()


def prose_kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_prose(text) if hit.confidence >= 0.5}


def pii_call(detector: PiiDetector, name: str, arguments: str) -> set[str]:
    answer = Answer((Choice(0, "", (ToolCall("c0", name, arguments),)),))
    return {f.details["entity"] for f in detector.scan(answer) if f.confidence >= 0.5}


# -- phrasal verbs that take on or start something --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kick off the access review campaign on Monday for all finance users.",
    "Please kick off the quarterly recertification for the admins group next week.",
    "Ana will take over the admin accounts backlog from Sanne next sprint.",
])
def test_phrasal_starts_are_not_removals(text: str) -> None:
    assert "access_change" not in prose_kinds(text) and "lifecycle" not in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Kick the two contractors off the admin group today.",
    "Please take away Marco's admin rights on the billing repo today.",
])
def test_removals_stay(text: str) -> None:
    assert "access_change" in prose_kinds(text)


# -- a thing of theirs removed, a step of a list of steps ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Remove their tracking pixel from the site before launch.",
    "Export the report, email the signed certificate to them, remove their banner from the site.",
])
def test_things_removed_from_a_site(text: str) -> None:
    assert "access_change" not in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "For the finance repo, remove Bob today.",
    "Check the logs, then remove the contractors from the finance repo.",
    "Add their engineers to the shared drive today.",
    "Add her to the billing repo today.",
])
def test_people_removed_or_added_stay(text: str) -> None:
    assert "access_change" in prose_kinds(text)


# -- a salesperson's accounts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "New AE plan: hand the 20 key accounts in Nordics to Jonas and let the SDR team work the rest of the territory.",
    "Territory plan: Priya takes the mid-market accounts in DACH; the renewals stay with Tom.",
])
def test_sales_accounts_are_records(text: str) -> None:
    assert is_record_accounts(text)


@pytest.mark.parametrize("text", [
    "Territory plan done. Also disable Sanne's Salesforce login and transfer her accounts to Jonas.",
    "Rotate the API key for the renewals bot and disable the 12 dormant accounts.",
])
def test_logins_beside_sales_words_are_not(text: str) -> None:
    assert not is_record_accounts(text)


# -- a review's scope, population and progress -------------------------------------------------------------------

def test_review_scope_is_not_a_membership() -> None:
    assert "access_change" not in prose_kinds("Next quarter: add the three new payroll systems to scope.")
    assert "access_change" in prose_kinds("Add the contractors to the `ci-admins` group and the app to scope.")


def test_population_source_is_not_a_holder_list() -> None:
    assert "attestation" not in prose_kinds("For the audit, the population was pulled from the HR feed on day one.")
    assert "attestation" in prose_kinds(
        "For the auditor: the population was taken from Okta; the holders of Global Admin are Ana Lopez and Raj Patel.")


def test_nothing_remediated_says_nothing_was_done() -> None:
    assert is_generic("Campaign at 60 %. Nothing has been remediated yet; removals start after sign-off.")


# -- where a practice belongs ---------------------------------------------------------------------------------------

def test_rotation_where_not_how() -> None:
    assert "lifecycle" not in prose_kinds(
        "The job reads its API keys from `vault:kv/prod/job` at start; rotate them in Vault, not in the repo.")
    assert "lifecycle" in prose_kinds("The deploy token for `ci-bot` leaked in the build log; rotate it in Vault now.")


# -- misses: access records -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Done: `ext-lee` no longer has push on the `payments-api` repo.",
    "priya.n now has read on the `sales-db` project.",
    "Status: svc-deploy holds Contributor on resource group `rg-web-prod` (granted 09:14, change CHG-5521).",
])
def test_access_records(text: str) -> None:
    assert "access_change" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "The build agent no longer has write on disk after the upgrade.",
    "Note: the laptop has a warranty on the battery (added 2024, ticket 5512).",
    "The office has Wi-Fi on every floor (installed 2024, ticket 5512).",
])
def test_access_record_look_alikes(text: str) -> None:
    assert "access_change" not in prose_kinds(text)


# -- misses: review outcomes through tools -----------------------------------------------------------------------

def test_memory_stores_a_review_outcome() -> None:
    assert "attestation" in call_kinds("remember_fact", {
        "key": "q2_review", "value": "Q2 access review: Omar's db_owner on FinanceDB retained (approved by the CFO)."})


@pytest.mark.parametrize("value", [
    "Vendor review: Acme is SOC 2 certified until March.",
    "The code review kept failing on lint; rerun it tomorrow.",
])
def test_memory_look_alikes(value: str) -> None:
    assert "attestation" not in call_kinds("save_memory", {"key": "note", "value": value})


def test_recommendation_in_a_certification() -> None:
    assert "attestation" in call_kinds("iga_post_recommendation", {
        "campaignId": "c-77", "lineId": "l-901", "recommendation": "approve", "note": "used weekly"})
    assert "attestation" not in call_kinds("loan_post_recommendation", {
        "applicationId": "A-77", "recommendation": "approve", "note": "income verified"})


# -- misses: personal data --------------------------------------------------------------------------------------------

def test_query_of_personal_columns(pii: PiiDetector) -> None:
    assert "PERSONAL_QUERY" in entities(pii, "SELECT given_name, email, date_of_birth FROM patients WHERE id = 7;")
    assert "PERSONAL_QUERY" not in entities(pii, "SELECT id, status, created_at FROM orders WHERE customer_id = 5;")
    assert "PERSONAL_QUERY" not in entities(pii, "SELECT count(*) FROM users WHERE date_of_birth IS NULL;")


def test_keyed_bank_and_tax_numbers(pii: PiiDetector) -> None:
    found = pii_call(pii, "http_request", '{"body": {"iban": "PT12 0033 0651 0000 9876 5432 1", "nif": "318 442 907"}}')
    assert found == {"PERSONAL_RECORD"}  # check digits that fail: the key says what the value is
    assert not pii_call(pii, "http_request", '{"body": {"batch": "318 442 907", "lot": "PT12"}}')


def test_child_support_about_a_person(pii: PiiDetector) -> None:
    assert entities(pii, "Deduct $300 per pay period from Dana Whitfield for the child-support order.")
    assert not entities(pii, "Our payroll system supports child-support deductions.")


def test_engine_holds_none_of_the_look_alikes() -> None:
    engine = build_engine(["prose", "tool_calls"])
    answer = Answer((Choice(0, "Creating a reminder ticket.", (ToolCall("c0", "create_ticket", (
        '{"summary": "Kick off Q1 user access review campaign", "description": "No decisions yet."}')),)),))
    assert not [f for f in engine.scan(answer, cost=None) if f.confidence >= 0.5]
