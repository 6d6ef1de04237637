"""StructuredDetector: identity payloads in content, positive and negative, with kind and action."""

from __future__ import annotations

import base64

import pytest

from gateway.inspection.structured import StructuredDetector, scan_structured
from gateway.types import Answer


def kinds(text: str) -> set[tuple[str, str | None]]:
    return {(f.kind, f.action) for f in StructuredDetector().scan(Answer.of_text(text))
            if f.confidence >= 0.5}


@pytest.mark.parametrize("text, kind, action", [
    ("sudo usermod -aG wheel bob", "access_change", "grant"),
    ("gpasswd -d alice docker", "access_change", "revoke"),
    ("aws iam attach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess",
     "access_change", "grant"),
    ("aws iam create-access-key --user-name deployer", "lifecycle", "create"),
    ("az role assignment delete --assignee bob@x.io --role Reader", "access_change", "delete"),
    ("gcloud projects add-iam-policy-binding p --member=user:a@x.io --role=roles/viewer",
     "access_change", "add"),
    ("kubectl create clusterrolebinding ops --clusterrole=cluster-admin --user=ops", "access_change",
     "create"),
    ("GRANT SELECT ON sales.orders TO analyst;", "access_change", "grant"),
    ("run `GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'dms_user'@'%';` first", "access_change",
     "grant"),
    ("grant replication slave on *.* to 'repl'@'10.0.0.%';", "access_change", "grant"),
    ("REVOKE ALL ON DATABASE billing FROM intern;", "access_change", "revoke"),
    ("DROP USER IF EXISTS 'crm'@'%';", "lifecycle", "delete"),
    ("ALTER USER app WITH PASSWORD 'x';", "lifecycle", "reset"),
    ("userdel -r kpowell", "lifecycle", "delete"),
    ("Disable-ADAccount -Identity r.ahmed", "lifecycle", "disable"),
    ("Add-ADGroupMember -Identity SG-Fin -Members bob", "access_change", "add"),
    ("echo 'ssh-ed25519 AAAA k@h' >> ~/.ssh/authorized_keys", "access_change", "grant"),
    ("deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl", "access_change", "grant"),
])
def test_commands(text: str, kind: str, action: str) -> None:
    found = kinds(text)
    assert any(k == kind for k, _ in found), found
    assert any(a is not None for _, a in found)
    if action in ("grant", "revoke", "create", "delete", "reset", "disable"):
        assert (kind, action) in found, found


def test_iam_policy_json_and_trust_policy() -> None:
    policy = '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}'
    assert ("access_change", "grant") in kinds(policy)
    trust = '{"Statement": [{"Effect": "Allow", "Principal": {"Service": "x"}, "Action": "sts:AssumeRole"}]}'
    assert ("access_change", "grant") in kinds(trust)


def test_multi_document_yaml_second_document_counts() -> None:
    text = ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n"
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b}\n")
    finding = next(f for f in StructuredDetector().scan(Answer.of_text(text)))
    assert finding.kind == "access_change" and finding.where == "content"
    assert text[finding.span[0]: finding.span[1]].startswith("kind: RoleBinding")


def test_terraform_resources() -> None:
    assert ("access_change", "grant") in kinds('resource "azurerm_role_assignment" "a" {}')
    assert ("lifecycle", "create") in kinds('resource "google_service_account" "sa" {}')
    assert kinds('resource "aws_s3_bucket" "logs" {}') == set()


def test_http_identity_endpoints_by_method() -> None:
    assert ("access_change", "grant") in kinds(
        "POST https://graph.microsoft.com/v1.0/groups/1/members/$ref")
    assert ("lifecycle", "disable") in kinds(
        'PATCH /scim/v2/Users/9\n{"Operations": [{"op": "replace", "value": {"active": false}}]}')
    assert ("lifecycle", "disable") in kinds(
        "curl -X POST https://acme.okta.com/api/v1/users/00u1/lifecycle/deactivate")
    assert kinds("GET https://acme.okta.com/api/v1/users/00u1/groups") == set()


def test_ldif_member_and_attribute() -> None:
    ldif = "dn: cn=vpn,ou=groups\nchangetype: modify\nadd: member\nmember: uid=r\n"
    assert ("access_change", "grant") in kinds(ldif)
    ldif = "dn: uid=m\nchangetype: modify\nreplace: manager\nmanager: uid=s\n"
    assert ("attestation", "modify") in kinds(ldif)


def test_base64_wrapped_command_is_decoded() -> None:
    payload = base64.b64encode(b"usermod -aG sudo mallory").decode()
    found = StructuredDetector().scan(Answer.of_text(f"echo {payload} | base64 -d | sh"))
    assert found and found[0].kind == "access_change"
    assert found[0].details["rule"].startswith("base64:")


@pytest.mark.parametrize("text", [
    "SELECT grantee FROM information_schema.role_table_grants;",
    "aws iam list-attached-user-policies --user-name ci",
    "az role assignment list --assignee a@x.io",
    "kubectl auth can-i --list --as=jane",
    "ALTER TABLE users ADD COLUMN last_login timestamptz;",
    "DROP TABLE IF EXISTS tmp_import;",
    "az group create --name rg-web --location westeurope",
    "echo aGVsbG8gd29ybGQK | base64 -d",
    "chmod +x deploy.sh",
    "kubectl delete pod api-7d9f -n prod",
])
def test_read_only_and_unrelated_payloads_are_benign(text: str) -> None:
    assert kinds(text) == set()


def test_spans_index_into_text() -> None:
    text = "First do this.\n\n```\nsudo usermod -aG docker jenkins\n```\n"
    hit = scan_structured(text)[0]
    assert text[hit.start: hit.end].startswith("usermod -aG docker")
    assert hit.principal == "jenkins" and hit.target == "docker"


@pytest.mark.parametrize("text, kind", [
    ("gam update group legal@x.example add member user ana@x.example", "access_change"),
    ("gam update group legal@x.example remove owner bob@x.example", "access_change"),
    ("gam update user rgarcia@acme.com suspended on", "lifecycle"),
    ("gam user rgarcia@acme.com deprovision", "lifecycle"),
    ("gam update user e.pop@acme.com relation manager s.kraus@acme.com", "attestation"),
    ("New-MgDirectoryRoleMemberByRef -DirectoryRoleId $role.Id -BodyParameter $ref", "access_change"),
    ("Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g -DirectoryObjectId $u", "access_change"),
    ("Update-MgUser -UserId $u -AccountEnabled:$false", "lifecycle"),
    ("Set-MgUserManagerByRef -UserId $u -BodyParameter $manager", "attestation"),
    ('requests.patch(f"{base}/scim/v2/Users/{uid}", json={"Operations": [{"op": "replace", '
     '"path": "active", "value": false}]})', "lifecycle"),
    ("POST https://graph.microsoft.com/v1.0/drives/b!x/items/01AB/invite", "access_change"),
    ("UPDATE access_reviews SET decision = 'retain' WHERE campaign = 'FY24Q4'", "attestation"),
    ('{"worker_id": "55821", "status": "inactive", "end_date": "2024-08-15"}', "attestation"),
])
def test_gam_graph_sdk_client_calls_and_decisions(text: str, kind: str) -> None:
    assert kind in {k for k, _ in kinds(text)}, kinds(text)


@pytest.mark.parametrize("text", [
    "gam print group-members group legal@x.example",
    "gam info user rgarcia@acme.com",
    "Get-MgUserMemberOf -UserId h.schmidt@contoso.de",
    "New-MgUserMessage -UserId $u -BodyParameter $mail",
    'requests.get(f"{base}/scim/v2/Users/{uid}")',
    "GET https://graph.microsoft.com/v1.0/drives/b!x/items/01AB/permissions",
    "The decision was made in the steering meeting.",
])
def test_reads_and_look_alikes_stay_benign(text: str) -> None:
    assert kinds(text) == set()
