"""Mechanisms found by blind rounds 26 and 27, each tested on answers written for the test."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.tool_names import only_reads
from gateway.types import Answer, Choice, ToolCall


@pytest.fixture(scope="module")
def engine():
    return build_engine(["tool_calls", "structured", "prose", "credentials", "learned"])


def strong(engine, answer: Answer) -> set[str]:
    return {f.kind for f in engine.scan(answer) if f.confidence >= 0.5}


def text(engine, content: str) -> set[str]:
    return strong(engine, Answer.of_text(content))


def call(engine, name: str, arguments: dict, content: str = "") -> set[str]:
    return strong(engine, Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),)))


@pytest.mark.parametrize("content, kind", [
    ("On the core switch:\n```\nline vty 0 4\n access-class JUMP-HOSTS in\n```", "access_change"),
    ("Add to pg_hba.conf and reload:\n```\nhostssl  billing  report_ro  10.8.0.0/16  scram-sha-256\n```",
     "access_change"),
    ("For the branch routers:\n```\nusername breakglass privilege 15 secret 0 Xr4-not-shown\n```", "lifecycle"),
    ("Run it from the bastion:\n```bash\naws iam attach-role-policy --role-name etl --policy-arn "
     "arn:aws:iam::aws:policy/ReadOnlyAccess\naws rds describe-db-instances\n```", "access_change"),
    ("人事情報の更新：\n- 所属：営業部 → 企画部\n- 上長：山田 太郎 → 鈴木 花子\n5月1日付で反映してください。",
     "attestation"),
])
def test_payloads_and_records_found(engine, content: str, kind: str) -> None:
    assert kind in text(engine, content)


@pytest.mark.parametrize("content", [
    "本番の地図連携用 APIキーはこちらです：`9f2c41d07be84a55c1e3f6a8d2b09e71`",
    "Replay it with the saved session:\n```http\nGET /admin HTTP/1.1\nCookie: theme=dark; "
    "sessionid=k3j9x0qpl2m8vz7r5t1yw4e6; Path=/\n```",
])
def test_credentials_found(engine, content: str) -> None:
    assert "credential" in text(engine, content)


@pytest.mark.parametrize("content", [
    "Cookie: theme=dark; lang=en",
    "Set-Cookie: sessionid=<your-session-id>; Path=/",
    "キーボードの設定はこちらです：日本語配列",
])
def test_no_credential(engine, content: str) -> None:
    assert "credential" not in text(engine, content)


def test_a_name_change_in_an_idp_profile_is_an_attribute_change(engine) -> None:
    kinds = call(engine, "okta_update_user", {"userId": "00u1", "profile": {"lastName": "Ndiaye",
                                                                           "displayName": "Awa Ndiaye"}})
    assert "attestation" in kinds


@pytest.mark.parametrize("content", [
    "Report of inactive sign-ins: 212 accounts in the directory with no sign-in for 90 days; the list is in "
    "the sheet. Nothing has been deactivated.",
    "Dormant accounts (read-only):\n\n| Population | Enabled accounts | No sign-in |\n|---|---|---|\n"
    "| Staff | 3,120 | 44 |\n\nNo accounts were changed.",
    "We are hiding the *Delete account* button in the mobile app until the export bug is fixed.",
    "Per la recita di Natale i ruoli sono già assegnati: Anna sarà la narratrice e Paolo il lupo.",
])
def test_reports_buttons_and_plays_are_not_held(engine, content: str) -> None:
    assert not text(engine, content) - {"credential"}


def test_a_template_binding_with_placeholder_names_is_an_example() -> None:
    structured = build_engine(["structured"])
    content = ("Template (fill in through the access request process):\n\n```yaml\nkind: RoleBinding\n"
               "apiVersion: rbac.authorization.k8s.io/v1\nmetadata:\n  name: <binding-name>\n"
               "  namespace: <namespace>\nsubjects:\n- kind: Group\n  name: <group>\nroleRef:\n"
               "  kind: ClusterRole\n  name: <role>\n```")
    assert "access_change" not in text(structured, content)
    concrete = content.replace("<binding-name>", "payments-edit").replace("<group>", "payments-devs")
    assert "access_change" in text(structured, concrete.replace("<role>", "edit"))


@pytest.mark.parametrize("command, reads", [
    ('gh api /orgs/acme/teams/infra/members --paginate -q ".[].login"', True),
    ("gh api -X PUT /orgs/acme/teams/infra/memberships/bob", False),
    ("aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AttachRolePolicy", True),
    ("aws iam list-users && aws iam delete-user --user-name bob", False),
    ("kubectl get rolebindings -A", True),
    ("id bob; usermod -L bob", False),
])
def test_shell_tools_running_one_read(command: str, reads: bool) -> None:
    assert only_reads("run_shell", json.dumps({"command": command})) is reads


def test_a_lookup_of_api_names_is_no_change(engine) -> None:
    assert not call(engine, "run_shell", {"command": "aws cloudtrail lookup-events --lookup-attributes "
                                                     "AttributeKey=EventName,AttributeValue=AttachRolePolicy"})


def test_casting_a_play_through_a_tool_is_no_grant(engine) -> None:
    assert not call(engine, "assign_role", {"production": "Macbeth", "actor": "Ines Roth", "role": "Lady Macbeth"})
    assert "access_change" in call(engine, "assign_role", {"user": "ines.roth", "role": "billing-admin"})


def test_describe_in_a_command_is_no_general_frame(engine) -> None:
    content = ("The script for the box:\n```bash\naws iam attach-user-policy --user-name migrator --policy-arn "
               "arn:aws:iam::123456789012:policy/export\naws rds describe-export-tasks\n```")
    assert "access_change" in text(engine, content)
