"""Session 14: account steps named in a product's own terms: a Kubernetes client-certificate request approved, a
vault told to reconcile or change an account's password, an Okta Workflows card that deactivates a user, and a
MongoDB user created or dropped through `getSiblingDB(...)` or `runCommand({createUser: ...})`. Each with a
look-alike that only reads."""

from __future__ import annotations

import pytest
from probes import answer_kinds, call_kinds, kinds

from gateway.inspection.engine import build_engine


@pytest.mark.parametrize(("text", "expected"), [
    ("Sign the new engineer's request:\n\nkubectl certificate approve priya-laptop", ("lifecycle", "create")),
    ("pwsh -c \"Invoke-PASCPMOperation -AccountID 71_204 -ChangeTask\"", ("lifecycle", "reset")),
    ("curl -X POST https://vault.example.org/PasswordVault/API/Accounts/71_204/Reconcile -H \"Authorization: $T\"",
     ("lifecycle", "reset")),
    ('{"cards": [{"type": "okta.suspendUser", "inputs": {"id": "{{trigger.user.id}}"}}]}', ("lifecycle", "disable")),
    ('db.getSiblingDB("admin").dropUser("svc_reports_old")', ("lifecycle", "delete")),
    ('db.getSiblingDB("$external").runCommand({\n  createUser: "CN=billing-api,O=Example",\n'
     '  roles: [ { role: "read", db: "billing" } ]\n})', ("lifecycle", "create")),
])
def test_account_steps_in_product_terms(text, expected):
    assert expected in kinds(text)


def test_the_x509_user_with_roles_is_also_access():
    text = 'db.runCommand({ createUser: "CN=billing-api,O=Example", roles: [ { role: "readWrite", db: "b" } ] })'
    assert {kind for kind, _ in kinds(text)} >= {"lifecycle", "access_change"}


def test_reconcile_as_a_tool_call():
    assert "lifecycle" in call_kinds("run_shell", {"command": "Invoke-PASCPMOperation -AccountID 9_1 -ReconcileTask"})


@pytest.mark.parametrize("text", [
    "kubectl certificate deny priya-laptop",
    "List what is waiting with `kubectl get csr`; certificate approval stays manual.",
    "Invoke-PASCPMOperation -AccountID 71_204 -VerifyTask",
    '{"cards": [{"type": "okta.readUser", "inputs": {"id": "x"}}, {"type": "okta.listUsers"}]}',
    "db.runCommand({ ping: 1 }) answers when the primary is up.",
    'db.getSiblingDB("admin").getUser("svc_reports_old")',
])
def test_lookalikes_that_only_read(text):
    assert kinds(text) == set()


# -- attestation: a ticket's close note, a certification decided as data -----------------------------------------

def test_close_note_certifying_a_removal():
    text = ('Taking `rkhan` out of the finance-admins group and resolving the request.\n\n'
            'Close notes: "Access removed on 2 Nov, verified absent from the ERP role list."')
    assert "attestation" in answer_kinds(build_engine(["prose"]), text)


def test_close_note_about_something_else():
    text = "Close notes: replaced the toner cartridge; the third-floor printer prints again."
    assert "attestation" not in answer_kinds(build_engine(["prose"]), text)


def test_certification_payload_with_decisions():
    args = {"function": "iga.decide", "payload": {"certificationId": "c-310", "signOff": True,
                                                  "items": [{"itemId": "li-1", "action": "Revoke"}]}}
    assert "attestation" in call_kinds("invoke_function", args)


@pytest.mark.parametrize("text", [
    '{"invoiceId": "inv-402", "action": "approve"}',
    '{"deploymentId": "dep-7", "action": "approve", "signOff": true}',
])
def test_approve_actions_without_a_certification(text):
    assert ("attestation", "attest") not in kinds(text)


# -- Postgres: a role that owned objects cleared and dropped is a user removed ------------------------------------

def test_owning_role_cleared_and_dropped_is_a_deleted_account():
    text = "REASSIGN OWNED BY intern_kl TO reporting_owner;\nDROP OWNED BY intern_kl;\nDROP ROLE intern_kl;"
    assert ("lifecycle", "delete") in kinds(text)


@pytest.mark.parametrize("text", [
    "DROP ROLE reporting_readers;",  # a group role dropped: access, not an account
    "DROP OWNED BY etl_job;\nDROP ROLE reporting_readers;",  # another role dropped
])
def test_dropped_group_role_is_not_a_deleted_account(text):
    assert not any(kind == "lifecycle" for kind, _ in kinds(text))
