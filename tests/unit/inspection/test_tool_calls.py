"""ToolCallDetector: names and arguments judged together; locations and read-only calls."""

from __future__ import annotations

import base64
import json

import pytest

from gateway.inspection.tool_calls import ToolCallDetector, parse_arguments, walk
from gateway.inspection.tool_names import judge_name
from gateway.types import Answer, Choice, ToolCall


def scan(*calls: tuple[str, object], content: str = "") -> list:
    tool_calls = tuple(ToolCall(f"c{i}", name, args if isinstance(args, str) else json.dumps(args))
                       for i, (name, args) in enumerate(calls))
    return [f for f in ToolCallDetector().scan(Answer((Choice(0, content, tool_calls),)))
            if f.confidence >= 0.5]


@pytest.mark.parametrize("name, kind, action", [
    ("grant_role", "access_change", "grant"),
    ("add_user_to_group", "access_change", "grant"),
    ("remove_user_from_group", "access_change", "revoke"),
    ("disable_user", "lifecycle", "disable"),
    ("reset_mfa", "lifecycle", "reset"),
    ("okta_deactivate_user", "lifecycle", "disable"),
    ("okta_assign_app", "access_change", "grant"),
    ("rotate_client_secret", "lifecycle", "reset"),
    ("create_api_key", "lifecycle", "create"),
    ("submitCertificationDecision", "attestation", "attest"),
    ("update_employee", "attestation", "modify"),
    ("share_file", "access_change", "grant"),
    ("lenel_update_access_levels", "access_change", "modify"),
    ("set_password", "lifecycle", "reset"),
])
def test_named_tools(name: str, kind: str, action: str) -> None:
    findings = scan((name, {"user": "a@x.io"}))
    assert findings and findings[0].kind == kind and findings[0].action == action
    assert findings[0].where == "tool_call" and findings[0].tool_call == 0


@pytest.mark.parametrize("name", ["search_grants", "create_user_story", "list_user_groups", "get_user",
                                  "describe_role", "set_feature_flag", "tokenize", "create_k8s_secret"])
def test_benign_names(name: str) -> None:
    assert judge_name(name) in (None, ("read", None), ("inert", None))
    assert scan((name, {"text": "Grant the user access to the library"})) == [] or name not in (
        "search_grants", "list_user_groups", "get_user", "describe_role", "tokenize")


def test_run_shell_usermod_points_at_command() -> None:
    [finding] = scan(("run_shell", {"command": "sudo usermod -aG wheel bob"}))
    assert (finding.kind, finding.action, finding.argument_path) == ("access_change", "grant", "command")
    assert finding.principal == "bob" and finding.target == "wheel"


def test_http_request_judged_by_method_and_url() -> None:
    [finding] = scan(("http_request", {"method": "PUT", "url": "https://a.okta.com/api/v1/groups/g/users/u"}))
    assert finding.kind == "access_change"
    assert scan(("http_request", {"method": "GET", "url": "https://a.okta.com/api/v1/groups/g/users"})) == []


def test_second_of_three_calls_is_located() -> None:
    findings = scan(("get_user", {"id": "1"}),
                    ("http_request", {"method": "POST", "url": "https://graph.microsoft.com/v1.0/groups/1/members/$ref",
                                      "body": {"@odata.id": "x"}}),
                    ("send_slack_message", {"text": "done"}))
    assert {f.tool_call for f in findings} == {1}


def test_nested_argument_paths() -> None:
    findings = scan(("apply_changes", {"files": [{"path": "iam.tf", "content":
                                                  'resource "aws_iam_user_policy_attachment" "a" {}'}]}))
    assert any(f.argument_path == "files[0].content" for f in findings)


def test_manifest_and_memory_tools() -> None:
    manifest = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: x}\n"
    assert scan(("apply_manifest", {"manifest": manifest}))[0].kind == "access_change"
    memory = scan(("store_memory", {"text": "Priya is approved for prod database access until Q3."}))
    assert memory and memory[0].kind == "access_change"
    assert scan(("store_memory", {"text": "User prefers concise answers in German."})) == []


def test_action_values_inside_generic_payloads() -> None:
    findings = scan(("schedule_task", {"action": "disable_account", "params": {"user": "m@x.io"}}))
    assert findings[0].kind == "lifecycle" and findings[0].argument_path is None
    findings = scan(("invoke_function", {"payload": json.dumps({"operation": "CreateAccessKey"})}))
    assert findings[0].kind == "lifecycle"
    findings = scan(("invoke_function", {"input": {"action": "assign", "user": "c", "entitlement": "RO"}}))
    assert findings[0].kind == "access_change" and findings[0].argument_path == "input"


def test_read_only_sql_and_commands_are_benign() -> None:
    assert scan(("run_sql", {"query": "SELECT grantee FROM information_schema.role_table_grants"})) == []
    assert scan(("run_shell", {"command": "id bob && getent group wheel"})) == []
    assert scan(("execute", {"cmd": "aws iam list-attached-user-policies --user-name ci"})) == []


def test_unparseable_arguments_are_scanned_as_text() -> None:
    assert parse_arguments("usermod -aG wheel bob") == "usermod -aG wheel bob"
    assert scan(("run_shell", "usermod -aG wheel bob"))[0].argument_path is None
    assert [p for p, _ in walk({"a": [{"b": "x"}]})] == ["", "a", "a[0]", "a[0].b"]


def test_base64_argument_is_decoded_and_judged() -> None:
    payload = base64.b64encode(b"net localgroup administrators contractor-jd /add").decode()
    found = scan(("invoke_function", {"function": "remote-exec", "payload_b64": payload}))
    assert {f.kind for f in found} == {"access_change"}
    harmless = base64.b64encode(b"echo hello from the build host; uptime").decode()
    assert scan(("invoke_function", {"function": "remote-exec", "payload_b64": harmless})) == []


def test_generic_operation_verb_and_resource_noun_judged_together() -> None:
    ops = [{"op": "delete", "resource": "serviceAccount", "id": "old-etl@p.iam.gserviceaccount.com"}]
    assert {f.kind for f in scan(("apply_changes", {"operations": ops}))} == {"lifecycle"}
    reads = [{"op": "get", "resource": "user", "id": "u1"}, {"op": "delete", "resource": "file", "id": "f"}]
    assert scan(("apply_changes", {"operations": reads})) == []


def test_review_decisions_in_arguments_are_attestations() -> None:
    decisions = [{"item": "amartin/GL Super User", "decision": "certify"}]
    assert {f.kind for f in scan(("apply_changes", {"decisions": decisions}))} == {"attestation"}
