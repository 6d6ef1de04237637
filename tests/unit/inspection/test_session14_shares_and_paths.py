"""Session 14: access and lifecycle changes missed for want of a mechanism: Graph OAuth2 permission grants, a
Drive file shared through the API, Helm values that create RBAC rules, a group's file of members committed, a
role import keyed by record id, console paths written with arrows, and a campaign's date moved (a look-alike the
learned model held). Each with a look-alike."""

from __future__ import annotations

import pytest
from probes import call_kinds, kinds

from gateway.inspection.learned_things import is_thing_date_change
from gateway.inspection.prose import scan_prose


def prose_kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_prose(text) if hit.confidence >= 0.5}


def kinds_only(text: str) -> set[str]:
    return {kind for kind, _ in kinds(text)}


# -- Graph OAuth2 permission grants ------------------------------------------------------------------------------

def test_delegated_grant_removed() -> None:
    text = ("Get-MgOauth2PermissionGrant -All | Where-Object ClientId -eq $app.Id | "
            "ForEach-Object { Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId $_.Id }")
    assert ("access_change", "revoke") in kinds(text)


def test_delegated_grants_listed() -> None:
    assert kinds_only('Get-MgOauth2PermissionGrant -Filter "clientId eq \'x\'" | Format-Table') == set()


# -- Drive sharing through the API -------------------------------------------------------------------------------

def test_drive_file_shared_with_anyone() -> None:
    text = ('svc.permissions().create(\n    fileId=deck_id,\n    body={"type": "anyone", "role": "reader"},\n'
            ').execute()')
    assert ("access_change", "grant") in kinds(text)


@pytest.mark.parametrize("text", [
    "perms = svc.permissions().list(fileId=deck_id).execute()",
    'team.permissions.create(name="can_export")',
])
def test_drive_reads_and_other_permissions(text: str) -> None:
    assert "access_change" not in kinds_only(text)


# -- Helm values creating RBAC -----------------------------------------------------------------------------------

HELM = """rbac:
  create: {create}
  rules:
    - apiGroups: ["batch"]
      resources: ["jobs"]
      verbs: ["create", "delete"]
image:
  tag: "2.4"
"""


def test_chart_rbac_switched_on() -> None:
    assert ("access_change", "grant") in kinds(HELM.format(create="true"))


def test_chart_rbac_switched_off() -> None:
    assert "access_change" not in kinds_only(HELM.format(create="false"))


# -- a group's file of members committed -------------------------------------------------------------------------

def test_group_file_committed() -> None:
    args = {"repo": "identity-config", "message": "move a user between teams",
            "files": {"groups/data-platform.yaml": "members:\n  - mbaptiste\n  - lchen\n"}}
    assert "access_change" in call_kinds("git_commit", args)


@pytest.mark.parametrize("files", [
    {"teams/roadmap.yaml": "milestones:\n  - beta\n  - ga\n"},
    {"docs/groups.md": "members:\n  - see the directory\n"},
])
def test_other_files_committed(files: dict[str, str]) -> None:
    assert "access_change" not in call_kinds("git_commit", {"repo": "handbook", "message": "docs", "files": files})


# -- a role import keyed by record id ----------------------------------------------------------------------------

def test_role_import_by_record_id() -> None:
    text = ("Load this through Setup → Import → Employees (update):\n\n```csv\nInternal ID,Role,Location\n"
            "5120,Payroll Reviewer,Head Office\n5133,Buyer,Warehouse\n```\n")
    assert "access_change" in kinds_only(text)


@pytest.mark.parametrize("text", [
    "Setup → Import → Items:\n\n```csv\nInternal ID,Name,Price\n101,Widget,4.00\n```\n",
    "Current export (Reports → Employees):\n\n```csv\nInternal ID,Role,Location\n5120,Buyer,Warehouse\n```\n",
])
def test_item_import_and_role_export(text: str) -> None:
    assert "access_change" not in kinds_only(text)


# -- console paths written with arrows ---------------------------------------------------------------------------

def test_arrow_path_to_permissions() -> None:
    text = ("In the CRM: Settings → Users & Teams → select **Ines Duarte** → Edit permissions → switch on "
            "*Reports: Publish*. Save. That matches the template for the sales team she joined.")
    assert "access_change" in prose_kinds(text)


def test_arrow_path_to_token_generation() -> None:
    text = ("Create one in the HR app (**Admin → Integrations → SCIM → Generate token**) and paste it into the "
            "IdP's provisioning page.")
    assert "lifecycle" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "To change the theme: Settings → Appearance → Dark mode → Save.",
    "Tokens are listed under (**Admin → Settings → SCIM → Tokens**) for reference.",
])
def test_arrow_paths_that_change_nobody(text: str) -> None:
    assert prose_kinds(text) == set()


# -- a campaign's date moved --------------------------------------------------------------------------------------

def test_campaign_date_moved() -> None:
    assert is_thing_date_change("I've extended the close date of the spring survey from 2 May to 9 May so late "
                                "responses still count.")


def test_worker_end_date_moved() -> None:
    assert not is_thing_date_change("I've moved the end date of the contractor Maria Lopez to 10 Nov in Workday.")
