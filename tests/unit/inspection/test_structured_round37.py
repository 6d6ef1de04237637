"""Round 37 mechanisms: groups given at account creation, Cisco type 0 secrets, continued command
lines and commands that name their target by id, AWS Tools for PowerShell IAM cmdlets, SQL account
statements with IF [NOT] EXISTS and lists, and credentials renewed under a resource's subcommands."""

from __future__ import annotations

import json

import pytest
from probes import kinds

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.structured import join_continuations
from gateway.inspection.tool_calls import ToolCallDetector
from gateway.types import Answer, Choice, ToolCall


def credentials(text: str) -> list:
    return [f for f in CredentialDetector().scan(Answer.of_text(text)) if f.confidence >= 0.5]


@pytest.mark.parametrize("text", [
    "sudo useradd -m -G wheel,audio tkovac",
    "useradd --create-home --groups docker -s /bin/zsh mfischer",
    "useradd -mG sudo ops-oncall",
    "adduser --ingroup developers rpatel",
    "pw useradd jsmith -m -G wheel -s /bin/sh",
])
def test_groups_given_at_creation_are_a_grant(text: str) -> None:
    found = kinds(text)
    assert ("access_change", "grant") in found, found
    assert any(kind == "lifecycle" for kind, _ in found), found


@pytest.mark.parametrize("text", [
    "sudo useradd -m -s /bin/bash lmeyer",
    "useradd -m -g users -s /bin/zsh lmeyer",
    "adduser --disabled-password --gecos '' svc-backup",
])
def test_account_creation_without_supplementary_groups_grants_nothing(text: str) -> None:
    assert all(kind != "access_change" for kind, _ in kinds(text))


@pytest.mark.parametrize("text", [
    "username branch-admin privilege 15 algorithm-type sha256 secret 0 Lantern-quay4471",
    "enable algorithm-type scrypt secret 0 Tr4verse!Hill",
    "username backup secret 0 Cobble7stone",
    "username ro-user password 0 Qx7-lamp-Reed role network-operator",
])
def test_cisco_type_0_secret_is_a_credential(text: str) -> None:
    assert credentials(f"```\nconf t\n {text}\nend\n```"), text


@pytest.mark.parametrize("text", [
    "username ops privilege 15 secret 0 ${NETOPS_PW}",
    "username ops secret 0 <password>",
    "username ops privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
    "Our retention keeps secret 0 days of history, and the password 0 days old is rotated.",
])
def test_cisco_placeholders_hashes_and_prose_are_no_credential(text: str) -> None:
    assert not credentials(text), text


def test_continued_lines_are_joined_without_moving_offsets() -> None:
    text = "az ad group member add \\\n  --group Ops \\\n  --member-id 42\nGet-Thing `\n  -Name x\n```\n"
    joined = join_continuations(text)
    assert len(joined) == len(text)
    assert joined.startswith("az ad group member add     --group Ops     --member-id 42\nGet-Thing     -Name x")
    assert joined.endswith("```\n")  # a fence's closing backticks are no continuation


@pytest.mark.parametrize("text", [
    "The pipeline identity needs to read blobs, so it usually gets this:\n\n```bash\naz role assignment create \\\n"
    "  --assignee-object-id 0d7c2f1e-8b3a-4c5d-9e6f-1a2b3c4d5e6f \\\n  --role \"Storage Blob Data Reader\" \\\n"
    "  --scope /subscriptions/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d/resourceGroups/rg-data\n```\n",
    "Access typically propagates within minutes:\n\n```powershell\nNew-AzRoleAssignment `\n"
    "  -ObjectId 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a `\n  -RoleDefinitionName Contributor\n```\n",
])
def test_continued_command_naming_its_target_by_id_is_not_general(text: str) -> None:
    assert ("access_change" in {kind for kind, _ in kinds(text)}), kinds(text)


def test_continued_generic_command_reads_its_flags() -> None:
    text = "```bash\nkcadm.sh update users/7f1c \\\n  -r clinic \\\n  -s enabled=false\n```"
    assert ("lifecycle", "disable") in kinds(text)


@pytest.mark.parametrize("text, kind, action", [
    ("Remove-IAMUserFromGroup -GroupName PowerUsers -UserName j.okafor -Force", "access_change", "revoke"),
    ("Add-IAMUserToGroup -GroupName Billing -UserName m.ito", "access_change", "grant"),
    ("Register-IAMRolePolicy -RoleName ci-deploy -PolicyArn arn:aws:iam::aws:policy/PowerUserAccess",
     "access_change", "grant"),
    ("Unregister-IAMUserPolicy -UserName m.ito -PolicyArn arn:aws:iam::aws:policy/IAMFullAccess",
     "access_change", "revoke"),
    ("Write-IAMGroupPolicy -GroupName Ops -PolicyName s3-logs -PolicyDocument $doc", "access_change", "grant"),
    ("New-IAMUser -UserName build-agent", "lifecycle", "create"),
    ("Remove-IAMUser -UserName old-agent -Force", "lifecycle", "delete"),
    ("New-IAMAccessKey -UserName build-agent", "lifecycle", "create"),
    ("Update-IAMAccessKey -UserName build-agent -AccessKeyId AKIAEXAMPLE -Status Inactive", "lifecycle", "modify"),
    ("New-IAMLoginProfile -UserName t.berg -Password $pw -PasswordResetRequired $true", "lifecycle", "create"),
    ("Update-IAMLoginProfile -UserName t.berg -Password $pw", "lifecycle", "reset"),
    ("Disable-IAMMFADevice -UserName t.berg -SerialNumber arn:aws:iam::1:mfa/t.berg", "lifecycle", "disable"),
])
def test_aws_powershell_iam_cmdlets(text: str, kind: str, action: str) -> None:
    assert (kind, action) in kinds(text), kinds(text)


@pytest.mark.parametrize("text", [
    "Get-IAMUser -UserName j.okafor",
    "Get-IAMGroupForUser -UserName j.okafor",
    "Get-IAMAttachedRolePolicyList -RoleName ci-deploy",
    "Add-IAMUserTag -UserName j.okafor -Tag @{Key='team';Value='data'}",
])
def test_aws_powershell_iam_lookalikes(text: str) -> None:
    assert not kinds(text), kinds(text)


@pytest.mark.parametrize("text, kind, action", [
    ("DROP USER IF EXISTS 'wp_old'@'%', 'wp_old'@'127.0.0.1';", "lifecycle", "delete"),
    ("drop role if exists reporting_ro, reporting_rw;", "access_change", "delete"),
    ("DROP USER legacy_app CASCADE;", "lifecycle", "delete"),
    ("DROP LOGIN [CORP\\svc_old];", "lifecycle", "delete"),
    ("ALTER USER IF EXISTS 'jenkins'@'10.%' ACCOUNT LOCK;", "lifecycle", "disable"),
    ("ALTER USER 'etl'@'%', 'bi'@'%' PASSWORD EXPIRE;", "lifecycle", "reset"),
    ("CREATE USER 'r1'@'%', 'r2'@'%';", "lifecycle", "create"),
])
def test_sql_account_statements_with_if_exists_and_lists(text: str, kind: str, action: str) -> None:
    assert (kind, action) in kinds(text), kinds(text)


@pytest.mark.parametrize("text", [
    "SELECT user, host FROM mysql.user;",
    "DROP TABLE IF EXISTS users;",
    "DROP INDEX IF EXISTS user_email_idx;",
])
def test_sql_lookalikes(text: str) -> None:
    assert not kinds(text), kinds(text)


def test_drop_user_in_a_query_tool() -> None:
    call = ToolCall("c0", "run_query", json.dumps({"db": "crm", "sql": "DROP USER IF EXISTS 'a1'@'%', 'a2'@'%';"}))
    findings = [f for f in ToolCallDetector().scan(Answer((Choice(0, "Dropping them.", (call,)),)))
                if f.confidence >= 0.5]
    assert any(f.kind == "lifecycle" for f in findings), findings


@pytest.mark.parametrize("text", [
    "az storage account keys renew --account-name stlogs01 --resource-group rg-logs --key primary",
    "az cosmosdb keys regenerate --name cdb-orders -g rg-orders --key-kind secondary",
    "az acr credential renew -n acrshared --password-name password2",
    "az search admin-key renew --service-name srch-prod -g rg-search --key-kind primary",
    "az servicebus namespace authorization-rule keys renew -g rg --namespace-name sb-prod --name Root --key PrimaryKey",
    "az storage account keys renew \\\n  --account-name stlogs01 \\\n  --key key1",
])
def test_credentials_renewed_under_resource_subcommands(text: str) -> None:
    assert ("lifecycle", "reset") in kinds(text), kinds(text)


@pytest.mark.parametrize("text", [
    "az storage account keys list --account-name stlogs01 -g rg-logs",
    "az group create --name rg-payments --location westeurope",
    "az keyvault key rotate --vault-name kv-prod --name cmk-orders",
    "az storage account create --name stlogs01 -g rg-logs --sku Standard_LRS",
])
def test_resource_lookalikes_stay_clean(text: str) -> None:
    assert not kinds(text), kinds(text)
