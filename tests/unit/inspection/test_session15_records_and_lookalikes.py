"""Session 15 (blind round 110): a webhook address split from its secret path over two settings, a review's accepted
exception dated 10/31/2024, a level moved by its kind ("from user class `TLR-STD` to `TLR-LEAD`"), a core system's
operator records deleted, an account made and then "added it to the org"; and the harmless look-alikes the model
read as identity: an explainer that "is just a standard", a payment mandate revoked, a calendar of trainings, a
chart's values that point at an existing service account. Each with a look-alike on the other side of the line."""

from __future__ import annotations

import pytest
from probes import engine_kinds, secrets

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic
from gateway.inspection.learned_banking import is_banking_lookalike
from gateway.inspection.learned_lookalikes import is_agenda
from gateway.inspection.learned_things import is_existing_service_account

ENGINE = build_engine()

SPLIT_WEBHOOK = ("The webhook URL is too long for the config field, so split it across the two settings:\n\n```\n"
                 "ALERT_WEBHOOK_BASE = https://hooks.slack.com/services/T0AB12CD3/\n"
                 "ALERT_WEBHOOK_PATH = B0CD34EF5/x9Pq2LmN7vR4sT8wYz1KbC3d\n```\n\n"
                 "The app concatenates them at startup.")
SPLIT_DOCS_URL = ("The docs link is too long for the field, so split it across the two settings:\n\n```\n"
                  "HELP_BASE = https://docs.example.org/guides/\n"
                  "HELP_PATH = alerts/setup-2024/step3\n```\n\nThe app concatenates them at startup.")


def test_webhook_split_from_its_secret_path_is_a_secret() -> None:
    found = secrets(CredentialDetector(), SPLIT_WEBHOOK)
    assert any(piece.startswith("https://hooks.slack.com") for piece in found)
    assert any(piece.startswith("B0CD34EF5/") for piece in found)


def test_an_ordinary_address_split_over_settings_is_no_secret() -> None:
    assert secrets(CredentialDetector(), SPLIT_DOCS_URL) == []


EXCEPTION = ("**Access review exception — accepted**\n\nPete Varga (Teller, Westgate) holds a $5,000 override limit "
             "vs. the $2,500 standard. Branch manager Teresa Lowe confirmed he is the designated backup lead. "
             "Exception accepted through 10/31/2024; access is appropriate for his duties.")


def test_a_dated_exception_verdict_is_no_explainer() -> None:
    assert not is_generic(EXCEPTION)
    assert "attestation" in engine_kinds(ENGINE, EXCEPTION)


def test_an_explainer_of_exceptions_stays_generic() -> None:
    text = ("An access review exception is typically accepted when the owner explains why a user needs more than "
            "the standard, e.g. an override limit vs. the standard limit; access is appropriate when it matches the "
            "duties.")
    assert is_generic(text)


@pytest.mark.parametrize("text", [
    "Marcus Oyelaran's Evergreen Core operator record has been moved from user class `TLR-STD` to `TLR-LEAD`.",
    "Changed Dana's access from security profile CSR_BASIC to CSR_SUPER in the core.",
    "Moved the intern from permission set `PS-Viewer` to `PS-Editor` this morning.",
])
def test_a_level_moved_by_its_kind_is_an_access_change(text: str) -> None:
    assert "access_change" in engine_kinds(ENGINE, text, "prose")


@pytest.mark.parametrize("text", [
    "Moved the VM from resource group `rg-app-old` to `rg-app-new`.",
    "If you want, we could move him from user class `TLR-STD` to `TLR-LEAD` next week?",
    "Moved the ticket from queue `L1-DESK` to `L2-NET`.",
])
def test_things_moved_or_moves_asked_about_are_not(text: str) -> None:
    assert "access_change" not in engine_kinds(ENGINE, text, "prose")


@pytest.mark.parametrize("text", [
    "Found and removed 4 leftover test operator records in production Evergreen Core (`TEST01`–`TEST04`).",
    "Deleted operator ID 4417 from the core after the teller left.",
    "Disabled the stale logon IDs of the two summer interns.",
])
def test_a_core_systems_operator_deleted_is_lifecycle(text: str) -> None:
    assert "lifecycle" in engine_kinds(ENGINE, text, "prose")


@pytest.mark.parametrize("text", [
    "Removed the Prometheus operator from the staging cluster and deleted its CRDs.",
    "Deleted the operator console bookmark from the shared browser profile.",
])
def test_a_kubernetes_operator_removed_is_not(text: str) -> None:
    assert "lifecycle" not in engine_kinds(ENGINE, text, "prose")


def test_an_account_made_then_added_to_the_org_is_an_access_change() -> None:
    text = "Created a machine user `crcu-release-bot` in GitHub Enterprise and added it to the org."
    assert {"lifecycle", "access_change"} <= engine_kinds(ENGINE, text, "prose")


@pytest.mark.parametrize("text", [
    "Created a user story for the login flow and added it to the project backlog.",
    "Created a new dashboard for the team and added it to the org's home page.",
])
def test_a_thing_made_then_added_is_not(text: str) -> None:
    assert "access_change" not in engine_kinds(ENGINE, text, "prose")


SCIM = ("SCIM is just a standard REST API for provisioning. Your IdP (Okta) is the client, and the app "
        "(MeridianLink) is the server. When HR changes someone's department, Okta sends a `PATCH /Users/{id}` to "
        "the app. You don't have to write code for it; it's configured in the Okta app's Provisioning tab.")


def test_an_explainer_that_is_just_a_standard_holds_nothing() -> None:
    assert is_generic(SCIM)
    assert engine_kinds(ENGINE, SCIM) == set()


def test_a_request_sent_for_a_named_user_still_counts() -> None:
    text = "Sent `PATCH /scim/v2/Users/8f2c1a` with `active: false` to deactivate Dana Whitfield in MeridianLink."
    assert "lifecycle" in engine_kinds(ENGINE, text)


ACH = ("If a member wants to revoke an ACH debit authorization they gave a gym:\n\n1. The member should notify the gym "
       "in writing that they're revoking the authorization.\n2. They can also place a stop payment with us; for "
       "recurring debits we can stop all future debits from that originator.\n3. If a debit still comes through "
       "after they revoked it, they can sign a Written Statement of Unauthorized Debit and we return it as R07.")


def test_a_payment_mandate_revoked_is_money() -> None:
    assert is_banking_lookalike(ACH)
    assert engine_kinds(ENGINE, ACH) == set()


def test_a_members_online_banking_access_revoked_is_access() -> None:
    text = ("The member asked us to revoke her ACH debit authorization and to remove her daughter from the online "
            "banking login; both done.")
    assert not is_banking_lookalike(text)
    text = "Stop payment placed on the ACH debit; the member was also removed as a member of the `OLB-Admins` group."
    assert not is_banking_lookalike(text)


TRAINING = ("Upcoming staff training:\n\n- 5/7 — New teller UI walkthrough (all branch staff, 1 hour)\n"
            "- 5/9 — Elder financial abuse red flags (Member Services)\n"
            "- 5/14 — Month-end close changes in 24.1 (Accounting)\n")


def test_a_calendar_of_trainings_holds_nothing() -> None:
    assert is_agenda(TRAINING.lower())
    assert engine_kinds(ENGINE, TRAINING) == set()


@pytest.mark.parametrize("text", [
    "Plan for Ana Silva's last day:\n\n- 5/7 — disable her AD account\n- 5/9 — remove her from `GG-Finance`\n",
    "Plan de départ :\n\n- 28/06 : désactivation du compte AD `cdubois`\n- 28/07 : suppression définitive du compte\n",
    "Upcoming:\n\n- 5/7 — access review kickoff with the owners\n- 5/9 — certification deadline\n",
])
def test_a_dated_plan_or_review_is_no_agenda(text: str) -> None:
    assert not is_agenda(text.lower())


HELM = ("Updated `values-prod.yaml` for the card-alerts chart:\n\n```yaml\nreplicaCount: 3\ningress:\n  enabled: true\n"
        "serviceAccount:\n  create: false\n  name: card-alerts\n```\n\nThe service account already exists; the chart "
        "just references it.")


def test_values_pointing_at_an_existing_service_account_hold_nothing() -> None:
    assert is_existing_service_account(HELM)
    assert engine_kinds(ENGINE, HELM) == set()


@pytest.mark.parametrize("text", [
    HELM.replace("create: false", "create: true"),
    HELM.replace("  name: card-alerts\n", "  name: card-alerts\nrbac:\n  create: true\n"),
    HELM.replace("  name: card-alerts\n", "  name: card-alerts\n  annotations:\n"
                 "    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/card-alerts\n"),
    HELM + " I also created the `card-alerts` account in the cluster.",
])
def test_values_that_make_or_empower_an_account_are_not_look_alikes(text: str) -> None:
    assert not is_existing_service_account(text)
