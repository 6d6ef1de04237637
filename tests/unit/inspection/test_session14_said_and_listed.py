"""Session 14: identity answers missed for want of a mechanism: a password said after the account a sign-in
uses, a mailbox delegated, macOS account commands, a worker terminated in an HR system, an attestation under
its label, an exception approved for an account, Polish certify and closure words, a review verdict to submit,
holders listed as audit evidence, a chart's role bindings by role and subject keys. Each with a look-alike."""

from __future__ import annotations

import pytest
from probes import kinds, secrets

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.prose import scan_prose
from gateway.inspection.tool_names import judge_name


@pytest.fixture(scope="module")
def creds() -> CredentialDetector:
    return CredentialDetector()


def prose_kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_prose(text) if hit.confidence >= 0.5}


# -- a password said after the account a sign-in uses -----------------------------------------------------------

@pytest.mark.parametrize(("text", "secret"), [
    ("When the print server hangs, log in as svc-print with Tq4!mZ82wLp and restart the spooler.", "Tq4!mZ82wLp"),
    ("I signed into the NAS with the admin account (admin / `Rk7-pQ2vX9-hLm`) and the share is back.",
     "Rk7-pQ2vX9-hLm"),
])
def test_sign_in_passwords_in_prose(creds: CredentialDetector, text: str, secret: str) -> None:
    assert secrets(creds, text) == [secret]


@pytest.mark.parametrize("text", [
    "Log in as admin with your SSO credentials and open Settings.",
    "Log in as root with ssh-key-2024 loaded in the agent.",
    "I logged into the portal with the admin account (admin / MFA) and checked the queue.",
])
def test_sign_in_without_a_password(creds: CredentialDetector, text: str) -> None:
    assert secrets(creds, text) == []


# -- a mailbox or calendar delegated ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "- Day 1: turn the leaver's mailbox into a shared one, delegate to Priya Shah",
    "Delegate his calendar to the team lead before Friday.",
])
def test_mailbox_delegation_is_a_grant(text: str) -> None:
    assert "access_change" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "I'll delegate the quarterly report to Priya Shah.",
    "Check the mailbox rules; never delegate to Bob without approval.",
])
def test_other_delegations(text: str) -> None:
    assert "access_change" not in prose_kinds(text)


# -- macOS accounts on the command line ---------------------------------------------------------------------------

def test_sysadminctl_admin_user() -> None:
    found = kinds("sudo sysadminctl -addUser lab-admin -fullName 'Lab Admin' -password - -admin")
    assert ("lifecycle", "create") in found and ("access_change", "grant") in found


def test_dseditgroup_adds_to_admin() -> None:
    assert ("access_change", "grant") in kinds("sudo dseditgroup -o edit -a mbrown -t user admin")


@pytest.mark.parametrize("text", [
    "sysadminctl -screenLock status",
    "dseditgroup -o checkmember -m mbrown admin",
    "dscl . -read /Groups/admin GroupMembership",
])
def test_macos_reads(text: str) -> None:
    assert kinds(text) == set()


def test_plain_user_creation_is_not_a_grant() -> None:
    assert kinds("sysadminctl -addUser kiosk -password -") == {("lifecycle", "create")}


# -- a worker terminated in an HR system --------------------------------------------------------------------------

def test_hr_system_worker_termination() -> None:
    assert judge_name("bamboohr_terminate_worker")[0] == "lifecycle"


@pytest.mark.parametrize("name", ["terminate_worker", "cloudflare_delete_worker", "kill_worker"])
def test_job_workers(name: str) -> None:
    assert judge_name(name) is None


# -- attestations: under their label, an exception for an account, Polish words ------------------------------------

@pytest.mark.parametrize("text", [
    "Attestation: as of 30 June, every privileged account on the payroll system uses a hardware key.",
    "Exception SEC-41 approved: the `etl_legacy` service user keeps key-less login until 31 Jan; "
    "the compensating control is the IP allow-list.",
    "Poświadczam, że dostęp Anny Wiśniewskiej do systemu płac został odebrany.",
    "Uprawnienia Anny do systemu płac zostały usunięte. Zgłoszenie zamknięte.",
])
def test_attestations(text: str) -> None:
    assert "attestation" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Attestation: pending for four managers whose accounts are in scope.",
    "Device attestation: the TPM proves the key lives in hardware.",
    "Exception approved: the marketing team keeps the old logo until the rebrand.",
    "Poświadczam, że otrzymałem fakturę za maj.",
    "Zgłoszenie zamknięte: drukarka na 2 piętrze została naprawiona.",
])
def test_attestation_look_alikes(text: str) -> None:
    assert "attestation" not in prose_kinds(text)


# -- a review verdict to submit -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Every one of the 18 Payments Approver members logged in this month, so keep them all: submit 'Approve' for "
    "the whole certification.",
    "In the Q3 campaign, click **Revoke** on the four dormant accounts.",
])
def test_submitted_review_verdicts(text: str) -> None:
    assert {"access_change", "attestation"} <= prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Once the tests pass, click 'Approve' on the pull request and merge it.",
    "To finish the expense review, select Approve for each line item.",
    "In the campaign settings, click 'Remove' to delete the email template.",
    "Reviewer guide: in the campaign, choose 'Approve' when the item is still used and 'Revoke' otherwise.",
    "Your access review is open: please choose Approve or Revoke for each item by Friday.",
])
def test_buttons_elsewhere(text: str) -> None:
    assert not {"access_change", "attestation"} & prose_kinds(text)


# -- holders listed as audit evidence -----------------------------------------------------------------------------

def test_holder_listing_as_evidence() -> None:
    text = ("Exported the project IAM policy for the auditors:\n\n```\nroles/owner: group:leads@acme.io\n"
            "roles/editor: user:ana@acme.io\n```\nFiled as evidence for control AC-2.")
    assert "attestation" in prose_kinds(text)


def test_holder_listing_without_audit() -> None:
    text = "To let the team read the dataset, add this binding:\n\nroles/bigquery.dataViewer: group:analysts@acme.io"
    assert "attestation" not in prose_kinds(text)


# -- a chart's role bindings ---------------------------------------------------------------------------------------

def test_helm_role_binding_by_keys() -> None:
    text = ("```yaml\nrbac:\n  create: true\n  extraRoleBindings:\n    - name: ci-edit\n      role: edit\n"
            "      serviceAccount: gitlab-runner\n```")
    assert ("access_change", "grant") in kinds(text)


def test_helm_empty_role_bindings() -> None:
    text = ("```yaml\nrbac:\n  extraClusterRoleBindings: []  # none by default\nresources:\n  limits:\n"
            "    cpu: 500m\nserviceAccount:\n  name: web\n```")
    assert ("access_change", "grant") not in kinds(text)
