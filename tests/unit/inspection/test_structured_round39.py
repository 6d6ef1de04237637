"""Round 39 mechanisms: stored procedures and RPC methods judged by their names (also run together:
`disableuser`), invitations into shared places, forced password changes on users of any collection,
named exemptions from branch protection, owners files written whole, Firebase rules naming users,
and a leaving account's files handed to someone. Look-alikes: audit-trail searches for API names,
dry runs, Ansible roles and database keys."""

from __future__ import annotations

import pytest
from probes import call_kinds, kinds

from gateway.inspection.directory import classify_endpoint
from gateway.inspection.prose import ProseDetector
from gateway.inspection.structured import dry_run
from gateway.inspection.tool_names import judge_name, words
from gateway.types import Answer


def prose_kinds(text: str) -> set[tuple[str, str | None]]:
    return {(f.kind, f.action) for f in ProseDetector().scan(Answer.of_text(text)) if f.confidence >= 0.5}


@pytest.mark.parametrize(("name", "split"), [
    ("disableuser", ["disable", "user"]),
    ("fnd_user_pkg.createuser", ["fnd", "user", "pkg", "create", "user"]),
    ("addmembers", ["add", "members"]),
    ("resetpassword", ["reset", "password"]),
])
def test_verb_run_together_with_its_object_splits(name: str, split: list[str]) -> None:
    assert words(name) == split


@pytest.mark.parametrize("name", ["settings", "addons", "address", "newsletter", "rolling", "update"])
def test_ordinary_words_do_not_split(name: str) -> None:
    assert words(name) == [name]


@pytest.mark.parametrize(("text", "kind", "action"), [
    ("EXEC fnd_user_pkg.disableuser('MKOWALSKI'); COMMIT;", "lifecycle", "disable"),
    ("BEGIN\n  fnd_user_pkg.createuser(x_user_name => 'ALEE', x_owner => NULL);\nEND;", "lifecycle", "create"),
    ("EXEC dbo.usp_AddRoleMember @Login = N'corp\\pnovak', @Role = 'db_datareader';", "access_change", "grant"),
    ("CALL admin.resetpassword('svc_etl');", "lifecycle", "reset"),
])
def test_stored_procedure_judged_by_its_name(text: str, kind: str, action: str) -> None:
    assert (kind, action) in kinds(text), kinds(text)


@pytest.mark.parametrize("text", [
    "EXEC sp_who2;",
    "EXEC dbo.usp_GetUserRoles @Login = 'pnovak';",
    "CALL sys.create_synonym_db('performance_schema', 'ps');",
    "Call it a day, then begin onboarding docs (draft).",
])
def test_procedures_that_read_or_do_other_things_are_clean(text: str) -> None:
    assert not kinds(text)


@pytest.mark.parametrize(("name", "decided"), [
    ("conversations.invite", ("access_change", "grant")),
    ("conversations.kick", ("access_change", "revoke")),
    ("invite_to_channel", ("access_change", "grant")),
    ("spaces_invite", ("access_change", "grant")),
])
def test_invitation_into_a_shared_place_is_access(name: str, decided: tuple[str, str]) -> None:
    assert judge_name(name) == decided


@pytest.mark.parametrize("name", ["conversations.create", "create_channel", "channels.list", "chat.postMessage"])
def test_other_channel_operations_are_not_access(name: str) -> None:
    assert judge_name(name) is None or judge_name(name)[0] == "read"


@pytest.mark.parametrize(("method", "url", "body", "decided"), [
    ("POST", "https://slack.com/api/conversations.invite", '{"channel": "C0A", "users": "U0B,U0C"}',
     ("access_change", "grant")),
    ("POST", "https://chat.example.com/api/channels.kick", '{"roomId": "r1", "userId": "u1"}',
     ("access_change", "revoke")),
    ("PUT", "https://console.jumpcloud.com/api/systemusers/5f1e2d3c4b5a69788796a5b4", '{"password_expired": true}',
     ("lifecycle", "reset")),
    ("PATCH", "/api/v2/directoryusers/77", '{"forceChangePasswordNextSignIn": true}', ("lifecycle", "reset")),
    ("PATCH", "/repos/acme/web/branches/main/protection/required_pull_request_reviews",
     '{"bypass_pull_request_allowances": {"users": [], "teams": ["release-eng"]}}', ("access_change", "grant")),
    ("PUT", "/repos/acme/api/rulesets/12", '{"bypass_actors": [{"actor_id": 5, "actor_type": "Team"}]}',
     ("access_change", "grant")),
    ("POST", "/api/v4/projects/9/protected_branches", '{"name": "main", "allowed_to_push": [{"user_id": 41}]}',
     ("access_change", "grant")),
])
def test_rest_calls(method: str, url: str, body: str, decided: tuple[str, str]) -> None:
    assert classify_endpoint(method, url, body) == decided


@pytest.mark.parametrize(("method", "url", "body"), [
    ("POST", "https://slack.com/api/chat.postMessage", '{"channel": "C0A", "text": "hi"}'),
    ("POST", "https://slack.com/api/conversations.create", '{"name": "launch"}'),
    ("POST", "https://example.com/api/export.json", '{"rows": 10}'),
    ("PATCH", "/repos/acme/web/branches/main/protection/required_pull_request_reviews",
     '{"bypass_pull_request_allowances": {"users": [], "teams": []}, "required_approving_review_count": 2}'),
    ("PUT", "/api/v2/productusers/77/settings", '{"theme": "dark"}'),
])
def test_rest_lookalikes(method: str, url: str, body: str) -> None:
    decided = classify_endpoint(method, url, body)
    assert decided is None or decided[0] != "access_change", decided


@pytest.mark.parametrize("files", [
    {".github/CODEOWNERS": "/billing/ @acme/finance-eng @mpatel\n"},
    {"CODEOWNERS": "# infra\n*.tf  ops@acme.io\n"},
    {"docs/CODEOWNERS": "/api/ @acme/api-owners\n"},
    {"OWNERS": "approvers:\n  - jdoe\nreviewers:\n  - asmith\n"},
])
def test_owners_file_written_whole_is_access(files: dict[str, str]) -> None:
    assert "access_change" in call_kinds("git_commit", {"repo": "acme/mono", "message": "owners", "files": files})


def test_owners_file_with_only_comments_is_clean() -> None:
    files = {".github/CODEOWNERS": "# owners are defined per team in the wiki\n"}
    assert "access_change" not in call_kinds("git_commit", {"repo": "acme/mono", "message": "docs", "files": files})


def test_owners_file_through_a_write_tool() -> None:
    args = {"path": ".gitlab/CODEOWNERS", "content": "[Backend]\n/app/ @backend-leads\n"}
    assert "access_change" in call_kinds("write_file", args)


@pytest.mark.parametrize("text", [
    "match /invoices/{id} {\n  allow read: if request.auth.uid in ['Qm3xT8vLp0sW2rYa', 'Hc7nD1fG4jK8lM2p'];\n}",
    "allow read, write: if request.auth.token.email == 'auditor@northwind.example';",
    'allow write: if request.auth.uid == "Xr4TqP9mLs2Vb7Nc" || request.auth.uid == resource.data.author;',
    '{"rules": {"salaries": {".read": "auth.uid === \'pQ82nLmX0aZt\'"}}}',
])
def test_firebase_rules_naming_users_grant(text: str) -> None:
    assert ("access_change", "grant") in kinds(f"Deployed:\n```\n{text}\n```"), kinds(text)


@pytest.mark.parametrize("text", [
    "allow read: if request.auth.uid == resource.data.ownerId;",
    "allow read: if request.auth != null && request.auth.token.admin == true;",
    "allow read: if request.auth.uid == '<ADMIN_UID>';",
    "allow read: if request.auth.uid == userId;",
])
def test_firebase_rules_without_named_users_are_clean(text: str) -> None:
    assert not any(kind == "access_change" for kind, _ in kinds(f"```\n{text}\n```"))


@pytest.mark.parametrize("text", [
    "Looking up recent AttachRolePolicy events.",
    "Search CloudTrail for DeleteLoginProfile calls made by that role.",
    "aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=CreateAccessKey",
    '{"eventName": "AttachUserPolicy", "eventSource": "iam.amazonaws.com"}',
])
def test_api_names_in_audit_searches_are_clean(text: str) -> None:
    assert not kinds(text)


@pytest.mark.parametrize("text", [
    "Then call AttachRolePolicy to give the role S3 read access.",
    "The pipeline role needs iam:CreateAccessKey for the deploy user.",
])
def test_api_names_as_calls_still_count(text: str) -> None:
    assert kinds(text)


@pytest.mark.parametrize("text", [
    "kubectl create rolebinding ana-view --clusterrole=view --user=ana@corp.example -n web --dry-run=client -o yaml",
    "kubectl -n ops create clusterrolebinding ops-admin --clusterrole=admin --group=ops --dry-run=server",
    "Add-ADGroupMember -Identity 'Domain Admins' -Members bsmith -WhatIf",
    "gpasswd -a deploy docker --dry-run",
])
def test_dry_runs_are_not_held(text: str) -> None:
    assert not kinds(text)


@pytest.mark.parametrize("text", [
    "kubectl create rolebinding ana-view --clusterrole=view --user=ana --dry-run=client -o yaml | kubectl apply -f -",
    "kubectl create rolebinding ana-view --clusterrole=view --user=ana --dry-run=none",
    "Add-ADGroupMember -Identity 'Domain Admins' -Members bsmith -WhatIf:$false",
    "kubectl apply --dry-run=server -f rb.yaml && kubectl create rolebinding b --clusterrole=admin --user=b",
])
def test_dry_run_lookalikes_still_count(text: str) -> None:
    assert any(kind == "access_change" for kind, _ in kinds(text)), text


def test_dry_run_reads_only_its_own_command() -> None:
    text = "usermod -aG wheel kim; echo --dry-run"
    assert not dry_run(text, 0)


def test_dry_run_in_a_shell_tool_is_not_held() -> None:
    command = "kubectl create rolebinding r --clusterrole=edit --user=ana@corp.example --dry-run=client -o yaml >r.yaml"
    assert "access_change" not in call_kinds("run_shell", {"command": command})


@pytest.mark.parametrize("message", ["web: add node_exporter role", "Add the postgres role to the db hosts"])
def test_ansible_role_in_a_commit_is_not_access(message: str) -> None:
    playbook = "- hosts: db\n  become: true\n  roles:\n    - role: geerlingguy.postgresql\n"
    args = {"repo": "acme/infra", "message": message, "files": {"site.yml": playbook}}
    assert "access_change" not in call_kinds("git_commit", args)


def test_role_in_a_commit_without_ansible_still_counts() -> None:
    args = {"repo": "acme/app", "message": "Grant the admin role to mkim", "files": {"src/app.py": "x = 1\n"}}
    assert "access_change" in call_kinds("git_commit", args)


@pytest.mark.parametrize("sql", [
    "ALTER TABLE orders ADD PRIMARY KEY (order_id, region);",
    "ALTER TABLE line_items DROP CONSTRAINT fk_order, ADD FOREIGN KEY (order_id) REFERENCES orders(id);",
])
def test_database_keys_are_not_credentials_or_access(sql: str) -> None:
    assert not call_kinds("execute_sql", {"database": "shop", "sql": sql})


@pytest.mark.parametrize("text", [
    "Add a composite primary key on (tenant_id, id) and drop the old unique key.",
    "Remove the partition key from the user table design before we migrate.",
])
def test_database_keys_in_prose_are_clean(text: str) -> None:
    assert not prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Delete Priya's account and pick \"Transfer files to: lead@harbor.example\" in the admin console.",
    "Before you remove the user, transfer ownership of his Drive files to his manager.",
    "Transfer Tomasz's mailbox to Ewa Nowak.",
])
def test_files_of_a_leaving_account_handed_over_are_a_grant(text: str) -> None:
    assert ("access_change", "grant") in prose_kinds(text), prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Transfer the data to Snowflake every night.",
    "We transferred the files to the new server.",
    "Transfer the invoice files to accounting@harbor.example each month.",
    "Should I transfer her mailbox to Dana?",
    "Transfer the files to the new bucket before you delete the old one.",
])
def test_other_transfers_are_clean(text: str) -> None:
    assert ("access_change", "grant") not in prose_kinds(text)
