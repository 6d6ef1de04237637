"""Mechanisms added after blind round 15: a revoke of a role "from" its holder, and a memory or note
tool storing a standing permission."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(content: str = "", *calls: tuple[str, object]) -> set[str]:
    tool_calls = tuple(ToolCall(f"c{i}", name, json.dumps(args)) for i, (name, args) in enumerate(calls))
    return {f.kind for f in ENGINE.scan(Answer((Choice(0, content, tool_calls),))) if f.confidence >= 0.5}


@pytest.mark.parametrize("text", [
    "Remove the Administrator role from Jane.",
    "Per your note, I removed the Administrator role from the NetSuite employee record for the departing controller.",
    "Revoke Owner access from the contractor accounts today.",
])
def test_revoke_from_holder(text: str) -> None:
    assert "access_change" in kinds(text)


@pytest.mark.parametrize("text", [
    "Remove the admin password from the script before committing.",
    "I copied the role description from the HR wiki into the ticket.",
])
def test_from_without_revoked_right(text: str) -> None:
    assert "access_change" not in kinds(text)


@pytest.mark.parametrize("args", [
    {"key": "deploy_approvers", "value": "Farah Haddad is authorised to approve production deploys."},
    {"value": "Farah may bypass the second-approver rule for hotfixes."},
    {"fact": "Treat Omar as an admin for the billing workspace going forward."},
])
def test_memory_standing_permission(args: dict) -> None:
    assert "access_change" in kinds("", ("store_memory", args))


@pytest.mark.parametrize("args", [
    {"value": "User prefers concise answers and is allowed to skip the tutorial."},
    {"value": "The quarterly access review is due on 30 June."},
])
def test_memory_harmless(args: dict) -> None:
    assert "access_change" not in kinds("", ("store_memory", args))


@pytest.mark.parametrize("text", [
    "Changed Marisol from Light Agent to the custom 'Escalations Lead' role so she can merge tickets.",
    "Moved p.duarte from Viewer to Editor.",
])
def test_role_moves(text: str) -> None:
    assert "access_change" in kinds(text)


def test_role_in_a_play_is_no_move() -> None:
    assert "access_change" not in kinds("She moved from the chorus to the 'Lady Macbeth' role in the spring play.")


@pytest.mark.parametrize(("name", "args"), [
    ("update_record", {"record": "EMP-448201", "fields": {"add_security_classes": ["SC-TRAUMA-BAY"]}}),
    ("invoke_function", {"function": "imanage.workspace.set_security",
                         "payload": {"acl_add": [{"id": "TKOWALCZYK", "access": "read_write"}]}}),
    ("apply_changes", {"user": "jdoe", "rolesToRemove": ["Billing Admin"]}),
])
def test_keys_naming_the_change(name: str, args: dict) -> None:
    assert "access_change" in kinds("", (name, args))


@pytest.mark.parametrize(("name", "args"), [
    ("update_ticket", {"id": "1", "add_tags": ["vip"]}),
    ("update_doc", {"remove_members": []}),
])
def test_keys_naming_no_access_change(name: str, args: dict) -> None:
    assert "access_change" not in kinds("", (name, args))


@pytest.mark.parametrize("text", [
    "All five still need it for their current roles — please record them as retained. Certification complete.",
    "Updated the clearance attribute on the officer's directory record from BPSS to SC after vetting.",
    "SoD review for the economy tools: confirmed no one holds both 'Grant Currency' and 'Approve Grant Batch'.",
    "Status updated in UKG Pro:\n\n- Employee: 004512 — Darnell Hughes\n- Employment status: Active → **Terminated**",
])
def test_attestation_records(text: str) -> None:
    assert "attestation" in kinds(text)


def test_field_arrows_without_a_person_are_no_record() -> None:
    assert "attestation" not in kinds("Sync notes for the UKG connector:\n- Employment status: source -> target")


@pytest.mark.parametrize(("command", "found"), [
    ("kcadm.sh update users/6a1d0c9e -r genomics-lab -s enabled=true", True),
    ("kcadm.sh update users/6a1d0c9e -r lab -s enabled=false", True),
    ("kcadm.sh update realms/lab -s enabled=true", False),
])
def test_account_state_flags(command: str, found: bool) -> None:
    assert ("lifecycle" in kinds(command)) is found


@pytest.mark.parametrize("text", [
    "Add wchen to secops-readers (SEC-902)",
    "- Took away *Owner* on the `nw-legacy-crm` GCP project from the old CI service account.",
    "- Unshared the \"Board pack Q3\" deck from the two personal Gmail addresses.",
])
def test_round16_access_records(text: str) -> None:
    assert "access_change" in kinds(text)


def test_unshare_question_is_no_record() -> None:
    assert "access_change" not in kinds("How do I unshare a file from someone in Drive?")


def test_salesforce_cli_freeze() -> None:
    args = {"args": ["data", "update", "record", "--sobject", "UserLogin", "--where", "UserId='0058d00000AbCdEFG'",
                     "--values", "IsFrozen=true", "--target-org", "prod"]}
    assert "lifecycle" in kinds("", ("sf_cli", args))
    account = "sf data update record --sobject Account --where \"Id='001'\" --values \"IsActive=false\""
    assert "lifecycle" not in kinds(account)
