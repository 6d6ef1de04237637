"""Session 13: harmless answers from older rounds held by one rule each: a table's header cell, a JSON Schema's
field declarations, an insurance policy bound, a verdict declined, reviews counted, a removal of another clause's
subject, a commented-out Terraform skeleton, what someone does not do, a versioned Ansible role, a review period
that closes, a ticket routed and a backlog story filed. Each beside real changes of the same shape."""

from __future__ import annotations

import base64
import json

import pytest
from probes import kinds

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["prose", "learned", "structured", "tool_calls"])


def held(answer: Answer | str) -> bool:
    answer = answer if isinstance(answer, Answer) else Answer.of_text(answer)
    return any(f.confidence >= 0.5 and f.kind != "pii" for f in ENGINE.scan(answer, cost=None))


def call(name: str, arguments: dict, content: str = "Done.") -> Answer:
    return Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),))


# -- a decision word naming a column -------------------------------------------------------------------------------

def test_a_grant_column_header_decides_nothing() -> None:
    assert not held("| Grant | Lab | Amount | Spent |\n|---|---|---|---|\n| Wellcome Discovery | Optics group | "
                    "£2.1M | £0.4M |\n| EPSRC Fellowship | Catalysis group | £900k | £610k |\n")


def test_a_grant_cell_on_a_row_still_decides() -> None:
    assert held("Access requests for the finance-admins group:\n\n| User | Request | Decision |\n|---|---|---|\n"
                "| Lena Vogt | finance-admins group | Grant |\n| Omar Haddad | finance-admins group | Revoke |\n")


# -- a JSON Schema declares fields, it sets none ------------------------------------------------------------------

def test_a_worker_schema_sets_no_attribute() -> None:
    schema = {"title": "EmployeeRecord", "type": "object", "required": ["employeeId", "department"],
              "properties": {"employeeId": {"type": "string"}, "department": {"type": "string"},
                             "manager_id": {"type": ["string", "null"]}, "end_date": {"format": "date"}}}
    assert not kinds(f"```json\n{json.dumps(schema, indent=2)}\n```")


def test_a_worker_record_still_sets_attributes() -> None:
    record = {"employeeId": "E-40112", "department": "Treasury", "manager_id": "E-11873",
              "effective_date": "2025-07-01"}
    assert ("attestation", "modify") in kinds(f"Updated record:\n```json\n{json.dumps(record, indent=2)}\n```")


# -- an insurance policy bound ------------------------------------------------------------------------------------

def test_binding_insurance_cover_is_no_access_policy() -> None:
    assert not held(call("bind_policy", {"quote_id": "Q-MR-2026-0412", "insured": "Harbour Kitchens Ltd",
                                         "inception": "2026-02-01", "premium_eur": 7310}, "Binding the cover."))


def test_binding_an_access_policy_still_holds() -> None:
    assert held(call("bind_policy", {"policy": "prod-db-admin", "principal": "user:kai.berg@example.com"}))


# -- a verdict declined -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I can't certify that the treasury admin access is appropriate; the Treasury Director decides that in the "
    "review. I can pull the current holder list for her if useful.",
    "We are not in a position to confirm whether the vendor's access is still needed — the contract owner signs "
    "that off.",
])
def test_a_declined_verdict_attests_nothing(text: str) -> None:
    assert not held(text)


@pytest.mark.parametrize("text", [
    "I can confirm that the treasury admin access is appropriate for all four holders.",
    "I can't confirm much, but the access is appropriate and should be retained for Mia Lund.",
])
def test_a_given_verdict_still_attests(text: str) -> None:
    assert held(text)


# -- reviews counted ----------------------------------------------------------------------------------------------

def test_a_count_of_completed_reviews_is_a_metric() -> None:
    assert not held("Identity KPIs, H1:\n\n- Access reviews completed: 8 of 8; items reviewed: 9,120\n"
                    "- Median time to provision: 3.1 h\n")


def test_one_review_signed_off_still_attests() -> None:
    assert held("The Q2 access review for the SAP FI roles is completed; all 41 assignments were certified by "
                "the process owner.")


# -- another clause's subject removed ------------------------------------------------------------------------------

def test_permission_given_on_condition_that_a_name_is_removed() -> None:
    assert not held("Marketing has permission to quote the customer provided the company logo is removed.")


def test_access_removed_still_holds() -> None:
    assert held("Her access to the treasury share was removed this morning, as requested by HR.")


# -- a commented-out Terraform skeleton ----------------------------------------------------------------------------

def test_a_commented_out_binding_creates_nothing() -> None:
    assert not held('Skeleton only:\n\n```hcl\nvariable "member" { type = string }\n'
                    '# resource "google_storage_bucket_iam_member" "this" {\n#   bucket = var.bucket\n'
                    '#   role   = var.role\n#   member = var.member\n# }\n```\n')


def test_a_live_binding_still_holds() -> None:
    assert held('```hcl\nresource "google_storage_bucket_iam_member" "reports" {\n  bucket = "acme-reports"\n'
                '  role   = "roles/storage.objectViewer"\n  member = "user:lena.vogt@acme.io"\n}\n```\n')


# -- what someone does not do ------------------------------------------------------------------------------------

def test_what_a_witness_does_not_certify() -> None:
    assert not held("A commissioner for oaths attests the swearing of the affidavit by Ms Okafor; he does not "
                    "certify that its statements are accurate.")


def test_a_certified_line_in_a_review_still_attests() -> None:
    assert held("Access review decisions:\n- Pieter de Vries: certified\n- Mona Saleh: revoked (left in May)\n")


# -- a versioned Ansible role, a period that closes ---------------------------------------------------------------

def test_a_versioned_role_bumped_and_dropped_is_a_package() -> None:
    assert not held("```\nchore(deps): bump the nginx role to 2.4.0 and drop the legacy admins role\n```\n")


def test_a_versioned_role_beside_a_grant_still_holds() -> None:
    assert held("Bump the nginx role to 2.4.0 and add Ravi Menon to the prod-admins group.")


def test_a_review_period_that_closes_closes_nothing() -> None:
    assert not held(call("post_message", {"channel": "#managers", "text": "Heads-up: the access certification "
                                          "campaign opens Tuesday 3 March and closes Friday 20 March."}))


def test_closing_accounts_on_a_day_still_holds() -> None:
    assert held("The certification campaign closes Friday, so please close the two orphaned accounts today.")


# -- a ticket routed, a story filed --------------------------------------------------------------------------------

def test_a_ticket_routed_to_a_team_changes_no_access() -> None:
    assert not held(call("servicenow_update", {"table": "incident", "sys_id": "5a1e0c2f9b7d4e21a0c3d4e5f6a7b8c9",
                                               "fields": {"assigned_to": "tomas.novak", "assignment_group": "Service "
                                                          "Desk L2", "priority": "4"}},
                         "Reassigned INC-88213 to Tomas on the service desk and lowered it to P4."))


def test_a_group_membership_record_still_holds() -> None:
    assert held(call("servicenow_update", {"table": "sys_user_grmember",
                                           "fields": {"user": "tomas.novak", "group": "Firewall Admins"}}))


def test_a_backlog_story_describes_work_to_build() -> None:
    assert not held(call("create_user_story", {"project": "PORTAL", "title": "Owners can remove a member's "
                                               "role from the team page", "description": "Add a 'Remove' "
                                               "button with a confirmation step."}, "Story filed."))


def test_a_story_tool_granting_someone_still_holds() -> None:
    assert held(call("create_user_story", {"project": "PORTAL", "title": "Grant Dana Whitfield admin on prod-db",
                                           "description": "Add her to the db-admins group today."},
                     "Added Dana Whitfield to db-admins."))


# -- a button's or a link's label in CJK prose ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "비밀번호가 기억나지 않으면 '비밀번호 재설정' 버튼을 눌러 직접 바꾸세요.",
    "「パスワード再設定」リンクから手続きしてください。",
])
def test_a_reset_link_label_resets_nothing(text: str) -> None:
    assert not held(text)


def test_a_reset_done_still_holds() -> None:
    assert held("김민수 님의 비밀번호를 재설정했습니다. 임시 비밀번호는 문자로 보냈습니다.")


# -- a quality system's nonconformity closed ---------------------------------------------------------------------

def test_a_quality_nonconformity_closed_attests_no_access() -> None:
    assert not held(call("http_request", {"method": "PATCH", "url": "https://qms.example.com/api/nonconformities/"
                                          "NC-2025-031", "json": {"status": "Closed", "closure_note": "Gauges "
                                          "recalibrated; evidence accepted by the registrar on 2025-06-02."}},
                         "Closing the ISO 9001 nonconformity now that the registrar accepted the calibration records."))


def test_a_nonconformity_closed_by_removing_accounts_still_holds() -> None:
    assert held("Closing the ISO 27001 nonconformity: I removed the three leavers' accounts from AD and revoked "
                "their VPN access today.")


# -- a build command, also wrapped in base64 ----------------------------------------------------------------------

def _wrapped(command: str) -> str:
    return f"echo {base64.b64encode(command.encode()).decode()} | base64 -d | bash"


def test_a_wrapped_clean_build_changes_no_access() -> None:
    assert not held(call("execute", {"cmd": _wrapped("rm -rf dist && yarn install --frozen-lockfile && yarn build")},
                         "Rebuilding the bundle on the runner."))


def test_a_wrapped_account_command_still_holds() -> None:
    assert held(call("execute", {"cmd": _wrapped("usermod -aG sudo deploy-bot && passwd -d deploy-bot")},
                     "Fixing the runner."))


def test_a_scheduled_script_purging_accounts_still_holds() -> None:
    command = "python3 /opt/idm/purge_leavers.py --term 2025SP --grace-days 90 --action delete --ad --google-workspace"
    assert held(call("schedule_task", {"run_at": "2026-01-10T03:00:00Z", "job": "leaver-deprovision",
                                       "command": command}, "Scheduling the nightly leaver purge."))
