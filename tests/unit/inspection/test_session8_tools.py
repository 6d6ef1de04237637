"""Tool calls and payloads the rule detectors now read without the learned model: RFC / procedure names
in generic arguments, attribute requests (`{"op": "Add", "name": "roles"}`), chat-ops slash commands,
standing rules stored in memory, access-as-code files in a commit, review decisions against a campaign,
sign-off tools, credential changes, joined REST segments (`folder-permissions`), HR sub-resources,
account status bodies, form-field bypass lists, multi-line SQL updates, review-decision tables, SDK
calls from code and German / English review verdicts in message bodies; with look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials", "pii"])


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in ENGINE.scan(answer, cost=None) if f.confidence >= 0.5}


def call(name: str, args: dict, content: str = "") -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(args)),)),)))


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


@pytest.mark.parametrize(("name", "args", "kind"), [
    ("invoke_function", {"function": "erp.remote.call", "bapi": "BAPI_USER_UNLOCK", "params": {"USERNAME": "KLEE"}},
     "lifecycle"),
    ("run_job", {"procedure": "pkg_acct.lockuser", "args": ["TMUELLER"]}, "lifecycle"),
    ("iga_submit_plan", {"identity": "R.OKAFOR", "requests": [{"op": "Add", "name": "assignedRoles",
                                                               "value": "Payroll-Approver"}]}, "access_change"),
    ("apply_patch", {"Operations": [{"op": "remove", "path": "members", "value": [{"value": "u-81"}]}]},
     "access_change"),
    ("bot_command", {"bot": "ops", "command": "/access revoke user=l.moreau role=admin env=prod"}, "access_change"),
    ("chat_run", {"text": "/idm password-reset user=a.ng@corp.example ticket=T-1"}, "lifecycle"),
    ("iga_certification_signoff", {"campaign": "H2-DB-Admins", "signoff": True}, "attestation"),
    ("vault_update_credentials", {"account": "oracle-sys", "rotate": True}, "lifecycle"),
    ("record_outcome", {"campaign": "FY25-Q1-Finance", "line": "GL-Poster / m.ito", "decision": "retain"},
     "attestation"),
])
def test_named_operations_in_generic_arguments(name: str, args: dict, kind: str) -> None:
    assert kind in call(name, args)


@pytest.mark.parametrize(("name", "args"), [
    ("invoke_function", {"function": "erp.remote.call", "bapi": "BAPI_USER_GET_DETAIL", "params": {"USERNAME": "K"}}),
    ("bot_command", {"bot": "ops", "command": "/access list user=l.moreau"}),
    ("bot_command", {"bot": "ops", "command": "/deploy service=web env=prod"}),
    ("chat_run", {"text": "/remind me to review the runbook tomorrow"}),
    ("apply_patch", {"ops": [{"op": "add", "path": "/spec/replicas", "value": 3}]}),
    ("get_certification_signoff", {"campaign": "H2-DB-Admins"}),
    ("record_outcome", {"match": "home-vs-away", "decision": "approve"}),
])
def test_reads_and_unrelated_operations_stay_quiet(name: str, args: dict) -> None:
    assert not call(name, args) & {"access_change", "lifecycle", "attestation"}


@pytest.mark.parametrize("value", [
    "Per the service desk lead: any night-shift supervisor can be added to the POS-Refunds group without a "
    "second sign-off.",
    "From now on interns may be granted access to the staging Grafana directly.",
])
def test_standing_rules_stored_in_memory_are_grants(value: str) -> None:
    assert "access_change" in call("store_memory", {"key": "desk-rule", "value": value})


def test_memory_notes_without_a_standing_rule_stay_quiet() -> None:
    note = "The user prefers answers in French and can be reached on the #infra channel."
    assert not call("store_memory", {"key": "prefs", "value": note}) & {"access_change", "attestation"}


def test_memory_of_a_retained_review_is_evidence() -> None:
    value = "Owner K. Brandt retained treasury payment access for Ana Ruiz and Tom Veil; all confirmed appropriate."
    assert "attestation" in call("store_memory", {"key": "uar/treasury", "value": value})


def test_access_as_code_file_in_a_commit_grants() -> None:
    files = {"groups/billing.yaml": "group: billing\nmembers:\n  - user: jkim\n    roles: [billing-admin]\n"}
    assert "access_change" in call("git_commit", {"repo": "infra/access", "message": "billing: jkim", "files": files})


def test_a_commit_of_plain_config_stays_quiet() -> None:
    files = {"services/billing.yaml": "service: billing\nreplicas: 3\nowners_channel: '#billing'\n"}
    assert not call("git_commit", {"repo": "infra/apps", "message": "scale", "files": files}) & {"access_change"}


@pytest.mark.parametrize(("args", "kind"), [
    ({"method": "PUT", "url": "https://pam.example.org/api/v2/safe-members", "body": {"safe": 7, "groupId": 9}},
     "access_change"),
    ({"method": "POST", "url": "https://wiki.example.org/rest/space-permissions", "body": {"group": "qa"}},
     "access_change"),
    ({"method": "PUT", "url": "https://hr.example.com/api/people/88123/employment", "body": {"endDate": "2025-02-28"}},
     "attestation"),
    ({"method": "POST", "url": "https://iga.example.com/api/v3/modifyUser",
      "body": {"username": "E1002", "status": "inactive"}}, "lifecycle"),
])
def test_rest_writes_read_by_path_and_body(args: dict, kind: str) -> None:
    assert kind in call("http_request", args)


def test_account_disabled_with_an_end_date_is_also_an_attribute_change() -> None:
    args = {"method": "POST", "url": "/iga/api/v5/updateUser",
            "body": {"username": "X77", "statuskey": "0", "enddate": "2025-01-31"}}
    assert {"lifecycle", "attestation"} <= call("idm_api", args)


@pytest.mark.parametrize("args", [
    {"method": "GET", "url": "https://pam.example.org/api/v2/safe-members"},
    {"method": "POST", "url": "https://grants.example.org/api/research-grants", "body": {"title": "Soil"}},
])
def test_rest_look_alikes_stay_quiet(args: dict) -> None:
    assert not call("http_request", args) & {"access_change", "lifecycle"}


def test_an_hr_record_set_inactive_is_an_attribute_change_not_an_account_switch() -> None:
    args = {"method": "PATCH", "url": "https://hr.example.com/api/employees/4410",
            "body": {"status": "inactive", "termination_date": "2025-03-31"}}
    assert call("http_request", args) & {"attestation", "lifecycle"} == {"attestation"}


def test_branch_protection_bypass_as_form_fields_grants() -> None:
    answer = ("Let the deploy bot skip reviews:\n\n```bash\ngh api -X PATCH "
              "repos/acme/shop/branches/release/protection/required_pull_request_reviews \\\n"
              "  -f 'bypass_pull_request_allowances[users][]=deploy-bot'\n```")
    assert "access_change" in text(answer)


def test_reading_branch_protection_stays_quiet() -> None:
    answer = "```bash\ngh api repos/acme/shop/branches/release/protection/required_pull_request_reviews\n```"
    assert "access_change" not in text(answer)


def test_multi_line_update_of_a_users_table_disables() -> None:
    sql = ("```sql\nUPDATE app.accounts\nSET    status = 'locked',\n       locked_at = now()\n"
           "WHERE  last_login < now() - interval '180 days';\n```")
    assert "lifecycle" in text(sql)


@pytest.mark.parametrize("sql", [
    "INSERT INTO audit.access_recert_results (item, holder, verdict_by, decision) VALUES "
    "('ERP_ADMIN', 'pnair', 'jdoe', 'REVOKE');",
    "UPDATE grc.cert_items SET decision = 'RETAIN', decided_by = 'ksato' WHERE item_id = 42;",
])
def test_review_decisions_written_to_a_table_are_attestations(sql: str) -> None:
    assert "attestation" in call("run_sql", {"statement": sql})


def test_a_review_table_insert_without_decisions_stays_quiet() -> None:
    sql = "INSERT INTO product_reviews (sku, stars, body) VALUES ('A-1', 5, 'great');"
    assert "attestation" not in call("run_sql", {"statement": sql})


@pytest.mark.parametrize(("code", "kind"), [
    ("```python\nfor name in names:\n    iam.delete_login_profile(UserName=name)\n"
     "    iam.attach_user_policy(UserName=name, PolicyArn=DENY_ALL)\n```", "access_change"),
    ("```python\nkey = client.create_access_key(UserName='svc-export')\n```", "lifecycle"),
])
def test_sdk_calls_naming_a_principal_are_judged_by_method(code: str, kind: str) -> None:
    assert kind in text(code)


def test_sdk_reads_stay_quiet() -> None:
    code = "```python\nkeys = iam.list_access_keys(UserName='svc-export')\nprint(iam.get_user(UserName='a'))\n```"
    assert not text(code) & {"access_change", "lifecycle"}


@pytest.mark.parametrize("body", [
    "Hiermit bestätigen wir, dass die Zugriffsrechte im Kreditsystem geprüft wurden und angemessen sind.",
    "Quarterly DB admin review finished: keep 5 of 6 accounts, remove the vendor login.",
])
def test_review_verdicts_in_message_bodies_are_attestations(body: str) -> None:
    assert "attestation" in call("send_email", {"to": ["audit@example.org"], "subject": "Review", "body": body})


def test_a_message_about_a_pending_review_stays_quiet() -> None:
    body = "Reminder: the access review for the credit system opens next Monday; please plan an hour for it."
    assert "attestation" not in call("send_email", {"to": ["team@example.org"], "subject": "Review", "body": body})
