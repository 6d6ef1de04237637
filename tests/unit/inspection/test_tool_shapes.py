"""Tool-call and payload mechanisms found by the second held-out corpus: method-style tool names,
change lists typed by `type`, files written to access-control paths, field / value change records,
HR attribute profiles, MongoDB user commands, Ranger policies and Ansible user tasks."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.structured import scan_structured
from gateway.inspection.tool_calls import ToolCallDetector
from gateway.inspection.tool_names import judge_name
from gateway.types import ToolCall


def call_kinds(name: str, args: dict) -> set[str]:
    return {f.kind for f in ToolCallDetector().scan_call(ToolCall("c1", name, json.dumps(args)), 0, 0)
            if f.confidence >= 0.5}


@pytest.mark.parametrize("name, kind", [
    ("users.delete", "lifecycle"),
    ("groupMembers.add", "access_change"),
    ("roles_assign", "access_change"),
])
def test_method_style_names(name: str, kind: str) -> None:
    assert judge_name(name)[0] == kind


@pytest.mark.parametrize("name", ["users.list", "tickets.create", "events_add"])
def test_method_style_reads_and_unrelated_nouns(name: str) -> None:
    assert judge_name(name) in (("read", None), None)


def test_change_list_typed_by_type_key() -> None:
    args = {"changes": [{"type": "rename", "target": "channel:#a"},
                        {"type": "add_member", "target": "group:db-admins", "member": "j.roe"}]}
    assert "access_change" in call_kinds("apply_changes", args)
    assert call_kinds("apply_changes", {"changes": [{"type": "feature_flag", "key": "x", "enabled": False}]}) \
        == set()


@pytest.mark.parametrize("path, kind", [
    ("/root/.ssh/authorized_keys", "access_change"),
    ("/etc/sudoers.d/20-backup", "access_change"),
    ("/etc/nginx/.htpasswd", "lifecycle"),
])
def test_writes_to_access_control_files(path: str, kind: str) -> None:
    assert kind in call_kinds("write_file", {"path": path, "content": "x y z\n"})


def test_writes_elsewhere_are_not_access_changes() -> None:
    assert call_kinds("write_file", {"path": "/home/ci/.ssh/known_hosts", "content": "host ssh-ed25519 AAAA\n"}) \
        == set()


def test_field_value_change_records() -> None:
    assert "lifecycle" in call_kinds("apply_changes", {"changes": [{"worker": "W-1", "field": "account_status",
                                                                   "to": "disabled"}]})
    assert "attestation" in call_kinds("apply_changes", {"changes": [{"id": "E-7", "field": "department",
                                                                     "value": "Legal"}]})
    assert call_kinds("apply_changes", {"changes": [{"field": "cache_ttl", "to": "300"}]}) == set()


def test_hr_attribute_profiles() -> None:
    assert "attestation" in call_kinds("invoke_function", {"payload": {"department": "Risk",
                                                                       "managerId": "00u1"}})
    assert call_kinds("create_event", {"title": "Offsite", "department": "Sales"}) == set()


@pytest.mark.parametrize("text, kind", [
    ('db.grantRolesToUser("etl", [{role: "read", db: "x"}])', "access_change"),
    ('db.dropUser("old_app")', "lifecycle"),
    ('{"policyItems": [{"accesses": [{"type": "select"}], "users": ["ana"]}]}', "access_change"),
    ("- name: drop user\n  ansible.builtin.user:\n    name: ana\n    state: absent\n", "lifecycle"),
    ("- ansible.posix.authorized_key:\n    user: deploy\n    key: ssh-ed25519 AAAA\n", "access_change"),
])
def test_payload_types(text: str, kind: str) -> None:
    assert kind in {h.kind for h in scan_structured(text)}


def test_config_user_section_is_not_an_ansible_task() -> None:
    assert scan_structured("database:\n  user:\n    name: app\n    host: db\n") == []


@pytest.mark.parametrize("name, args, kind", [
    ("update_record", {"system": "hr", "object": "identity", "name": "ext-a", "attributes": {"endDate": "2026-01-31"}},
     "attestation"),
    ("invoke_function", {"function": "graph.patch", "payload": {"path": "/users/a@x.io",
                                                                "body": {"employeeLeaveDateTime": "2026-01-01"}}},
     "attestation"),
    ("update_record", {"table": "cmdb_ci_business_app", "fields": {"it_application_owner": "n.roux"}}, "attestation"),
    ("update_record", {"system": "dir", "object": "systemuser", "changes": {"suspended": False}}, "lifecycle"),
    ("submit_decisions", {"decisions": [{"identity": "h.i", "entitlement": "Admin", "decision": "revoke"}]},
     "access_change"),
    ("call_api", {"method": "POST", "url": "https://git.example.com/api/v4/users/44/block"}, "lifecycle"),
    ("write_file", {"path": "evidence/q3/admins.csv", "content": "user,role,reviewed_by\na,ADMIN,b\n"}, "attestation"),
])
def test_record_changes_and_evidence_files(name: str, args: dict, kind: str) -> None:
    assert kind in call_kinds(name, args)


@pytest.mark.parametrize("name, args", [
    ("update_record", {"table": "incident", "fields": {"title": "Printer jam", "state": "Closed"}}),
    ("update_record", {"object": "feature", "name": "beta-ui", "changes": {"enabled": False}}),
    ("update_record", {"table": "hr", "query": {"department": "Legal"}, "fields": {"department": "Legal"}}),
    ("submit_feedback", {"decision": "approve", "comment": "looks good"}),
    ("call_api", {"method": "GET", "url": "https://git.example.com/api/v4/users/44/block"}),
    ("write_file", {"path": "reports/q3/sales.csv", "content": "user,role\na,buyer\n"}),
])
def test_record_look_alikes(name: str, args: dict) -> None:
    assert not call_kinds(name, args) & {"attestation", "lifecycle", "access_change"}


def test_documentation_prose_written_by_a_tool_explains() -> None:
    docs = {"repo": "iam-docs", "files": {"docs/concepts.md": "A role is a set of permissions. Assign roles to groups, "
                                                              "not to individuals."}}
    assert "access_change" not in call_kinds("git_commit", docs)
    runbook = {"repo": "iam-docs", "files": {"docs/runbook.md": "Run: usermod -aG sudo alice"}}
    assert "access_change" in call_kinds("git_commit", runbook)
    script = {"repo": "ops", "files": {"notes/todo": "Please assign the admin role to alice.smith today."}}
    assert "access_change" in call_kinds("git_commit", script)
