"""Access and attestation forms blind rounds 75-79 showed unread: ownership handed over in SQL, a labelled
outcome on an access request, a memory note holding an HR attribute, members placed in a directory group,
an authorization policy put in place for a principal, management's assertion on access; with the
look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in PATTERNS.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


def call(name: str, arguments: dict, content: str = "Saved.") -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),)))


@pytest.mark.parametrize("content", [
    "`ALTER TABLE ledger.entries OWNER TO fin_app;` makes fin_app the owner.",
    "ALTER SCHEMA billing OWNER TO billing_admin;",
    "REASSIGN OWNED BY old_dev TO app_owner;",
    "ALTER AUTHORIZATION ON SCHEMA::Sales TO [CORP\\jdoe];",
])
def test_ownership_handed_over_is_an_access_change(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "ALTER TABLE t OWNER TO new_owner;",
    "ALTER TABLE orders ADD COLUMN owner text;",
])
def test_ownership_syntax_and_columns_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Request 4471: Ana asks for the admin role.\nSoD check: no conflicting entitlements.\n\n"
    "Suggested outcome: **approve the request**, time-boxed to 30 days.",
    "Proposed decision – revoke; she no longer needs the entitlement.",
])
def test_labelled_outcomes_on_access_requests(content: str) -> None:
    assert "access_change" in text(content)


def test_labelled_outcome_on_a_budget_stays_quiet() -> None:
    assert text("Suggested outcome: approve the budget request.") == set()


@pytest.mark.parametrize("value", [
    "From 2024-12-01 Eva Lundqvist reports to Mats Ek; her department is now Procurement Nordics.",
    "Priya: new line manager is Tom Reed as of Monday.",
])
def test_memory_notes_holding_an_hr_attribute_are_evidence(value: str) -> None:
    assert "attestation" in call("store_memory", {"key": "k", "value": value})


@pytest.mark.parametrize("value", [
    "User prefers answers in Swedish; her department uses SAP.",
    "The deadline is now Friday.",
    "Project status is now green.",
])
def test_memory_notes_without_an_attribute_change_stay_quiet(value: str) -> None:
    assert "attestation" not in call("store_memory", {"key": "k", "value": value})


@pytest.mark.parametrize("content", [
    "- moved their phones to the new site (no access change)\n- added them to `ZRH-Floor-Printers` in AD so they "
    "can print\n- updated their desk numbers",
    "Added the 12 agents to `Finance-Users` in AD.",
    "I added all 40 nurses to `Ward 7 Rota` in Entra ID.",
])
def test_people_placed_in_a_directory_group(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Added the 3 new columns to `orders` in LDAP.",
    "- moved her desk to floor 3 (no access change)\n- updated the seating chart",
    "Moved her desk to floor 3 (no access change).",
])
def test_things_placed_and_steps_without_access_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "We added an `AuthorizationPolicy` in `payments` allowing `principals: [\"cluster.local/ns/fraud/sa/scorer\"]` "
    "to call `POST /v1/score`.",
    "I created a bucket policy that grants the analytics role permission to read the exports bucket.",
])
def test_authorization_policies_put_in_place(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "An AuthorizationPolicy allowing a principal to call an endpoint is evaluated before the default deny.",
    "We added a NetworkPolicy allowing the scorer pods to reach the payments pods.",
    "We added a retention policy allowing us to delete logs after 30 days.",
])
def test_policy_explainers_and_network_rules_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


def test_management_assertion_on_access_is_evidence() -> None:
    assert "attestation" in text("Management asserts that logical access to in-scope systems was restricted to "
                                 "authorised personnel throughout the period.")


def test_a_test_that_asserts_stays_quiet() -> None:
    assert "attestation" not in text("The test asserts that the user has the admin role.")
