"""False holds blind rounds 67-69 showed: banking look-alikes (a customer's account on hold, a cheque book revoked,
a KYC refresh, a payment batch approved, signing limits), physical keys, a metric's trend, a request still pending, a
schema change, a read-only comparison, a simulation, a control's test result, a public key handed to a partner; with
real changes in the same words that still hold."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_banking import is_banking_lookalike, is_money_call, is_physical_keys
from gateway.inspection.learned_lookalikes import (
    is_control_test_call,
    is_public_key_handover,
    is_simulation_call,
    is_status_lookalike,
)
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
FULL = build_engine()
IDENTITY = {"access_change", "lifecycle", "attestation"}


def kinds(answer: Answer, engine=FULL) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=FULL) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def called(content: str, name: str, arguments: dict, engine=FULL) -> set[str]:
    call = ToolCall("c1", name, json.dumps(arguments))
    return kinds(Answer((Choice(0, content, (call,)),)), engine)


@pytest.mark.parametrize("content", [
    "Froze savings account 7730019921 after the bank flagged a suspected fraud pattern.",
    "Periodic KYC refresh finished for 860 customers; 12 accounts were restricted until proof of address arrives.",
    "The chequebook for this account was revoked after repeated bounced cheques, as the account terms allow.",
    "New signing limits for treasury (CFO sign-off 3 Oct):\n\n"
    "| Role | Sole signing limit | Joint up to |\n|---|---|---|\n| Cash Analyst | EUR 20,000 | EUR 100,000 |\n"
    "| Treasury Manager | EUR 100,000 | EUR 750,000 |",
])
def test_banking_look_alikes_stay_quiet(content: str) -> None:
    assert is_banking_lookalike(content)
    assert not text(content) & IDENTITY


@pytest.mark.parametrize(("content", "name", "arguments"), [
    ("Releasing the supplier payment batch now.", "release_payment",
     {"batch_id": "B-7781", "amount": 40210.0, "currency": "EUR", "approver_role": "Treasury Manager"}),
    ("Put a hold on the checking account while fraud ops look at the chargeback.", "apply_account_hold",
     {"account": "3391200475", "reason": "fraud_review", "days": 7}),
])
def test_calls_on_money_stay_quiet(content: str, name: str, arguments: dict) -> None:
    assert is_money_call(name, json.dumps(arguments))
    assert not called(content, name, arguments) & IDENTITY


@pytest.mark.parametrize("content", [
    "Granted Ana the Payments Approver role in SAP with an approval limit of EUR 25,000.",
    "Assigned Leo to the Treasury Manager role; his signing limit is now EUR 100,000.",
    "Locked the customer's online banking login after the fraud report on the savings account.",
])
def test_access_beside_money_still_holds(content: str) -> None:
    assert not is_banking_lookalike(content)
    assert text(content) & {"access_change", "lifecycle"}


def test_a_money_call_naming_a_user_is_not_money_only() -> None:
    assert not is_money_call("approve_payment_role", json.dumps({"user": "jdoe", "amount": 10}))


def test_physical_keys_stay_quiet_and_rotated_secrets_hold() -> None:
    content = "The locksmith re-keyed the branch vault and the cash-room doors; new keys went to the two duty managers."
    assert is_physical_keys(content)
    assert not text(content) & IDENTITY
    assert not is_physical_keys("Rotated the Stripe key; the new one is in Vault at `kv/payments/stripe`.")
    assert not is_physical_keys("Tariq — revoke Cash Office door access; he no longer holds the keys.")


@pytest.mark.parametrize("content", [
    "Leavers processed on their last day went up from 72% in H1 to 95% in H2 once the HR feed was automated.",
    "Mei's request for the finance-admins group is still awaiting owner approval.",
    "Done: dropped the legacy index on orders in staging.",
    "Side-by-side (read-only from the HR role catalogue): *Cashier* has Till and Refund; *Senior Cashier* also has "
    "Void. Nothing else differs.",
])
def test_status_lines_stay_quiet(content: str) -> None:
    assert is_status_lookalike(content)
    assert not text(content) & IDENTITY


@pytest.mark.parametrize("content", [
    "Added Mei to finance-admins; the second request is still awaiting owner approval.",
    "Done: added the analytics role to prod for the BI service user.",
    "Granted Dana read-only access to the HR catalogue.",
])
def test_status_beside_a_change_still_holds(content: str) -> None:
    assert not is_status_lookalike(content)
    assert text(content) & {"access_change", "lifecycle"}


def test_a_simulation_and_a_control_test_are_read_as_their_content() -> None:
    found = called("What-if check for giving role Z_FI_POST to MLOPEZ, nothing is assigned.", "http_request",
                   {"method": "POST", "url": "https://grc.example.internal/risk/Simulate",
                    "body": {"UserId": "MLOPEZ", "SimulateRoles": ["Z_FI_POST"]}})
    assert not found & IDENTITY
    assert is_simulation_call("iam_simulate_custom_policy", "{}")
    assert not is_simulation_call("grant_role", '{"user": "kim", "role": "simulation-engineers"}')
    piped = '{"command": "kubectl create sa x --dry-run=client -o yaml | kubectl apply -f -"}'
    assert not is_simulation_call("run_shell", piped)
    found = called("Recording the test of the bank reconciliation control.", "record_control_test",
                   {"control_id": "TR-07", "period": "2025-Q1", "sample_size": 20, "exceptions": 1,
                    "conclusion": "deficient"})
    assert not found & IDENTITY
    assert not is_control_test_call("log_control_test", '{"control_id": "UAR-01", "population": "privileged users"}')


def test_a_real_assignment_over_http_still_holds() -> None:
    found = called("Assigning role Z_FI_POST to MLOPEZ.", "http_request",
                   {"method": "POST", "url": "https://grc.example.internal/sap/users/MLOPEZ/roles",
                    "body": {"role": "Z_FI_POST"}})
    assert found & {"access_change"}


KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb7qQm2R9tK4xV1cZ8nL3pW6yD0sF5gJ2eA8uQ4oI7k"


def test_a_public_key_handed_to_a_partner_stays_quiet() -> None:
    content = f"Send this public key to the bank's SFTP team: `{KEY} ops@gw-02`. They will install it on their end."
    assert is_public_key_handover(content)
    assert not text(content) & IDENTITY


def test_a_public_key_installed_here_still_holds() -> None:
    content = f"Shared with Dana: `{KEY} dana@laptop`; I added it to authorized_keys for deploy on gw-02."
    assert not is_public_key_handover(content)
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "With Intune, the recovery password is rotated per device and escrowed in Entra; support views it when asked.",
    "Keep service passwords out of scripts; where one cannot be avoided, store it in the vault and rotate it "
    "automatically.",
])
def test_rotation_a_product_does_by_itself_is_no_step(content: str) -> None:
    assert "lifecycle" not in text(content, PATTERNS)


@pytest.mark.parametrize("content", [
    "Rotate the svc-backup password now.",
    "The svc-backup password was rotated this morning.",
])
def test_a_rotation_done_or_asked_for_still_holds(content: str) -> None:
    assert "lifecycle" in text(content, PATTERNS)


@pytest.mark.parametrize("content", [
    "For the auditor's walkthrough I'll need the population of Q2 leavers first; could you export it from SAP?",
    "Listing the RACF user profile for the auditor's walkthrough, a display only.",
])
def test_a_holder_list_asked_for_or_one_record_shown_is_no_attestation(content: str) -> None:
    assert "attestation" not in text(content, PATTERNS)


def test_a_holder_list_given_to_the_auditor_still_holds() -> None:
    content = "For the auditor: current holders of SAP_ALL are JMILLER and KTAN; both were reviewed and retained."
    assert "attestation" in text(content, PATTERNS)
