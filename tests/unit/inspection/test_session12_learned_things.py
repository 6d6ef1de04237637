"""Session 12: answers the learned model read as identity that change a thing (a widget, an alert rule, a product
licence, event rows), read Terraform data sources, compare products, count a process's rates or plan an audit."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.generic_frame import is_count_table, is_generic
from gateway.inspection.learned_lookalikes import is_thing_endpoint_call
from gateway.inspection.learned_things import (
    is_feature_matrix,
    is_licence_only,
    is_named_thing_change,
    is_record_purge_call,
    is_terraform_read,
)


@pytest.mark.parametrize("text", [
    'Delete the "Leavers this week" widget from the ops dashboard; its query points at the retired mart.',
    "Disabling the flaky disk-space alerts on the staging hosts until the new agent ships.",
    "Remove the Stale admins tile from the security dashboard for now.",
])
def test_named_thing_changed(text: str) -> None:
    assert is_named_thing_change(text)


@pytest.mark.parametrize("text", [
    'Delete the "Orphan accounts" widget and disable the account of jdoe.',
    "Remove the dashboards panel, then remove the user from the Finance-Admins group.",
    "That creates an *Anyone with the link* view link you can paste into the email.",
    "Enabling break-glass chart access for the on-call physician.",
    "Delete the old accounts in the directory.",
])
def test_named_thing_beside_a_change_or_person(text: str) -> None:
    assert not is_named_thing_change(text)


@pytest.mark.parametrize("text", [
    "Our reseller confirmed they will revoke the 25 unused Tableau licences at renewal; none were in use.",
    "The trial license expired and the vendor revoked it, so the cluster is read-only until the new key is applied.",
])
def test_product_licence(text: str) -> None:
    assert is_licence_only(text)


@pytest.mark.parametrize("text", [
    "`ghe-user-suspend hgrant` on the appliance — account suspended, license seat freed.",
    "Revoke the Visio licence and disable the account for mk@example.com.",
    "Calling the provisioning function to grant the Tableau Creator license and site role.",
    "Removed the E5 licence from Tom's mailbox.",
])
def test_licence_held_by_someone(text: str) -> None:
    assert not is_licence_only(text)


READ = '''Look the role up without managing it:

```hcl
data "aws_iam_role" "worker" {
  name = "acme-worker"
}
```

A data source only reads; it won't modify the role.'''


def test_terraform_data_source_reads() -> None:
    assert is_terraform_read(READ)
    assert not is_terraform_read(READ + '\n\n```hcl\nresource "aws_iam_role_policy_attachment" "x" {\n}\n```')
    assert not is_terraform_read(READ + "\n\nThen attach the ReadOnly policy to it.")
    assert not is_terraform_read(READ + "\n\n```\naws iam attach-role-policy --role-name acme-worker\n```")


def test_feature_matrix() -> None:
    table = ("| Feature | Okta | Entra ID |\n|---|---|---|\n| SCIM | Yes | Yes |\n| Access reviews | Add-on | Yes |\n"
             "| PAM | No | Yes |\n")
    assert is_feature_matrix(table)
    assert not is_feature_matrix(table.replace("| Feature |", "| User |"))
    assert not is_feature_matrix("Revoke these now:\n\nThe rest are fine.\n\nSee below.\n" + table)


def _call(statement: str) -> tuple[str, str]:
    return "execute_sql", json.dumps({"connection": "prod", "statement": statement})


def test_record_purge() -> None:
    assert is_record_purge_call(*_call("DELETE FROM audit.page_views WHERE ts < now() - interval '30 days';"))
    assert is_record_purge_call(*_call("DELETE FROM user_events WHERE occurred_at < now() - interval '90 days';"))
    assert not is_record_purge_call(*_call("DELETE FROM users WHERE last_login < now() - interval '1 year';"))
    assert not is_record_purge_call(*_call("DELETE FROM user_roles WHERE user_id = 7;"))
    assert not is_record_purge_call(*_call("DELETE FROM login_events; UPDATE users SET active = false;"))
    assert not is_record_purge_call(*_call("SELECT * FROM user_events"))


def test_alert_rule_endpoint_with_an_authorization_header() -> None:
    arguments = json.dumps({"method": "PATCH", "url": "https://mon.example/api/alert-rules/disk-low",
                            "headers": {"Authorization": "Bearer ${TOKEN}"}, "body": {"enabled": False}})
    assert is_thing_endpoint_call("http_request", arguments)
    assert not is_thing_endpoint_call("http_request", arguments.replace("alert-rules", "users"))
    assert not is_thing_endpoint_call("http_request", arguments.replace('"enabled": false', '"owner": "jdoe"'))


def test_rates_of_a_process_count() -> None:
    report = ("Leaver hygiene, Q2:\n\n- Leavers processed: 120\n- Leavers where access was removed within 1 day: "
              "111 (92.5%)\n- Median hours to removal: 6\n- Longest outstanding: 9 days\n")
    assert is_count_table(report)
    assert not is_count_table("Review outcome:\n\n- Revoked: 2 (k.barnes, l.ivanova)\n- Retained: 14\n"
                              "- Removed: 3\n- Access removed: 4\n")


def test_audit_plan_that_concluded_nothing() -> None:
    assert is_generic("Planning observations only - no testing has been performed and no conclusions are drawn.")
    assert not is_generic("Testing complete: 25 of 25 leavers had access removed; Mark Li confirmed.")
