"""Session 13, old cases: a base64 tool argument that wraps a request body, a plan booked for its own run beside
"nothing changed yet", a review's verdict beside its counts, Ukrainian and Russian access blocked, Japanese holders
counted and judged, and "move off" a practice."""

from __future__ import annotations

import base64
import json

import pytest
from probes import call_kinds

from gateway.inspection.learned_things import is_system_commands
from gateway.inspection.prose import ProseDetector, scan_prose
from gateway.types import Answer, Choice


def held_kinds(text: str) -> set[str]:
    answer = Answer((Choice(0, text, ()),))
    return {f.kind for f in ProseDetector().scan(answer) if f.confidence >= 0.5}


def prose_kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_prose(text) if hit.confidence >= 0.5}


def b64(body: dict) -> str:
    return base64.b64encode(json.dumps(body).encode()).decode()


# -- a base64 argument wrapping a request body is judged as arguments ---------------------------------------------

@pytest.mark.parametrize("body", [
    {"action": "add_to_group", "user": "mkoval", "group": "payroll-admins"},
    {"operation": "remove_member", "member": "j.ortiz", "team": "prod-oncall"},
])
def test_wrapped_request_bodies_change_access(body: dict) -> None:
    assert "access_change" in call_kinds("invoke_function", {"function": "idp-sync", "payload_b64": b64(body)})


@pytest.mark.parametrize("body", [
    {"action": "list_groups", "user": "mkoval"},
    {"report": "weekly", "format": "csv", "recipients": 3},
])
def test_wrapped_lookups_change_nothing(body: dict) -> None:
    assert not call_kinds("invoke_function", {"function": "idp-sync", "payload_b64": b64(body)})


# -- "nothing changed yet" in a plan booked for its own run --------------------------------------------------------

PLAN = ("1. Remove the `vendors@acme.io` group from the `payroll-prod` project (`roles/editor`).\n"
        "2. Re-add only Priya Nair, with a condition that expires at the end of the month.\n\n")


@pytest.mark.parametrize("text", [
    "Here is what we will run at 07:30 UTC on Thursday in the change window (CHG0099120):\n\n" + PLAN
    + "Nothing has been changed yet; I'll update the ticket afterwards.",
    "I'll apply these tomorrow once the change window opens:\n\n" + PLAN + "Nothing has been done yet.",
])
def test_a_booked_plan_stays_a_change(text: str) -> None:
    assert "access_change" in held_kinds(text)


@pytest.mark.parametrize("text", [
    "Here is a proposed change:\n\n" + PLAN + "Nothing has been changed yet. I'll apply it tomorrow if you approve.",
    "A draft for discussion:\n\n" + PLAN + "Nothing has been changed yet.",
])
def test_an_unbooked_proposal_stays_general(text: str) -> None:
    assert "access_change" not in held_kinds(text)


# -- a review's verdict beside its counts ---------------------------------------------------------------------------

def test_a_verdict_beside_counts_stands() -> None:
    text = ("SOX access review evidence, Q3:\n\n- Users with the GL posting role: 5\n- Users with admin rights on "
            "SAP FI: 2\n- Terminated users found: 0\n\nAll access was confirmed appropriate for job "
            "responsibilities by the control owner.")
    assert "attestation" in held_kinds(text)


def test_counts_alone_attest_nothing() -> None:
    text = ("Helpdesk metrics for October:\n\n- Tickets opened: 412\n- Tickets closed: 398\n"
            "- Median hours to close: 6\n\nThe queue is appropriately staffed for the volume.")
    assert not held_kinds(text)


# -- Ukrainian and Russian: access blocked; a question about it is no step -----------------------------------------

@pytest.mark.parametrize("text", [
    "Доступ Ирины Петровой к VPN заблокирован сегодня по заявке HR-311.",
    "Обліковий запис Марії вимкнено, доступ до CRM заблоковано.",
])
def test_access_blocked_is_a_change(text: str) -> None:
    assert "access_change" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Чому мій доступ до VPN заблоковано? Зазвичай це відбувається після невдалих спроб входу.",
    "Доступ до VPN не заблоковано: користувач працює як звичайно.",
])
def test_access_blocked_asked_or_denied_is_none(text: str) -> None:
    assert "access_change" not in prose_kinds(text)


def test_account_blocked_asked_is_no_step() -> None:
    assert "lifecycle" not in prose_kinds("Чому мій обліковий запис заблоковано? Зверніться до служби підтримки.")


# -- Japanese: holders counted and judged ---------------------------------------------------------------------------

def test_holders_counted_and_judged_attest() -> None:
    text = "監査への回答: 経理システムの承認権限保持者は山田、佐藤、鈴木の3名で、全員が業務上妥当です。"
    assert "attestation" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "一般論として、管理者権限保持者は2名程度に抑えるのが適切です。",
    "管理者権限保持者は現在5名です。",
])
def test_holder_advice_or_counts_attest_nothing(text: str) -> None:
    assert "attestation" not in prose_kinds(text)


# -- "move off" a practice ------------------------------------------------------------------------------------------

def test_moving_off_a_practice_is_no_step() -> None:
    assert not prose_kinds("Short-lived database users are the main reason we'd move off static passwords.")


@pytest.mark.parametrize("text", [
    "Please move her off the finance-admins group.",
    "Move Tomasz away from the payroll approvers role by Friday.",
])
def test_moving_people_off_groups_changes_access(text: str) -> None:
    assert "access_change" in prose_kinds(text)


# -- services and processes stopped: nobody's account ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "sudo systemctl stop nginx\nsudo systemctl disable nginx",
    "```bash\n# stop the old collector\nsudo kill -9 $(pgrep -f old-collector)\n```",
])
def test_process_commands_look_alike(text: str) -> None:
    assert is_system_commands(text)


@pytest.mark.parametrize("text", [
    "```bash\nsudo pkill -KILL -u jdoe\n```",
    "```bash\nsudo systemctl stop nginx\nsudo usermod -L jdoe\n```",
    "Stop the service and disable the account:\nsudo systemctl stop app",
])
def test_commands_on_someone_are_not_process_only(text: str) -> None:
    assert not is_system_commands(text)


def test_domain_password_rules_look_alike() -> None:
    assert is_system_commands("```powershell\nSet-ADDefaultDomainPasswordPolicy -Identity corp.local "
                              "-MinPasswordLength 12 -LockoutThreshold 8\n```")


def test_a_password_rule_beside_an_account_step_is_not_alike() -> None:
    assert not is_system_commands("```powershell\nSet-ADDefaultDomainPasswordPolicy -Identity corp.local "
                                  "-MinPasswordLength 12\nDisable-ADAccount -Identity jdoe\n```")


# -- code reviewed, and a policy's review rule, attest nothing ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The group mapping lives in the `aws-access` repo and changes only through reviewed PRs owned by platform.",
    "Access to production systems shall be based on least privilege and reviewed at least quarterly by the owner.",
])
def test_code_reviews_and_review_rules_attest_nothing(text: str) -> None:
    assert "attestation" not in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "All 14 members of `prod-admins` were reviewed by the service owner on 3 Oct.",
    "The `finance-approvers` memberships were recertified by each manager against the HR roster.",
])
def test_reviews_done_still_attest(text: str) -> None:
    assert "attestation" in prose_kinds(text)


# -- an upper-case option with a count is a setting's name ----------------------------------------------------------

def test_option_counts_are_settings() -> None:
    assert not prose_kinds("SETROPTS LIST shows PASSWORD(HISTORY(8)) and REVOKE(3); both match the standard.")


@pytest.mark.parametrize("text", [
    "REVOKE Jane Smith from the payroll group today.",
    "Revoke the password of the `svc-batch` account now and disable it.",
])
def test_upper_case_verbs_still_change(text: str) -> None:
    assert prose_kinds(text)
