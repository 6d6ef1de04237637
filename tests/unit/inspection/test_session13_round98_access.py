"""Session 13, round 98: application and cloud command lines that change access - WP-CLI role and
capability changes, and an Azure service principal created with a role assigned - next to the
commands of the same tools that only read or create without a role."""

from __future__ import annotations

import pytest
from probes import kinds


@pytest.mark.parametrize(("text", "action"), [
    ("On the blog host run `wp user set-role okafor editor` so Ada can publish the newsletter.", "modify"),
    ("wp user add-role jdoe shop_manager --url=https://shop.example.org", "grant"),
    ("Then `wp user remove-role priya administrator` once the migration is over.", "revoke"),
    ("wp user add-cap lena moderate_comments", "grant"),
    ("wp super-admin remove old-netadmin", "revoke"),
])
def test_wp_cli_role_changes_are_access(text: str, action: str) -> None:
    assert ("access_change", action) in kinds(text)


@pytest.mark.parametrize("text", [
    "Run `wp user list --role=editor --fields=user_login` to see who can publish.",
    "wp role list --fields=name,role",
    "wp user get okafor --field=roles",
    "wp plugin update --all",
])
def test_wp_cli_reads_are_not_access(text: str) -> None:
    assert not any(kind == "access_change" for kind, _ in kinds(text))


@pytest.mark.parametrize("text", [
    'az ad sp create-for-rbac --name "sp-deploy-staging" --role Reader --scopes /subscriptions/abc',
    'az ad sp create-for-rbac --name "sp-ci" \\\n  --role "Storage Blob Data Contributor" \\\n  --scopes /x/y',
    "az ad sp create-for-rbac -n gh-actions --role=Owner --scopes /subscriptions/123",
])
def test_sp_created_with_a_role_is_access_and_lifecycle(text: str) -> None:
    found = kinds(text)
    assert ("access_change", "grant") in found
    assert any(kind == "lifecycle" for kind, _ in found)


@pytest.mark.parametrize("text", [
    "az ad sp create-for-rbac --name sp-empty --skip-assignment",
    "az ad sp create --id 00000000-0000-0000-0000-000000000000",
    "az ad sp list --display-name sp-deploy --query '[].appId'",
])
def test_sp_without_a_role_is_not_access(text: str) -> None:
    assert not any(kind == "access_change" for kind, _ in kinds(text))
