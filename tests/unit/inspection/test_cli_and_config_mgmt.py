"""CLI and configuration-management forms found by the third held-out corpus: kubectl with global
flags before the verb, az managed identities, Salesforce permission sets, Easy-RSA client revocation,
Set-ADUser attribute hashes, Chef / Puppet user and group resources, Helm values RBAC bindings."""

from __future__ import annotations

import pytest

from gateway.inspection.structured import scan_structured


def kinds(text: str) -> set[str]:
    return {h.kind for h in scan_structured(text)}


@pytest.mark.parametrize("text, kind", [
    ("kubectl -n payments delete rolebinding qa-edit", "access_change"),
    ("kubectl --context prod create clusterrolebinding a --clusterrole=view --user=b", "access_change"),
    ("az identity create --name id-func --resource-group rg-apps", "lifecycle"),
    ("sf org assign permset --name Sales_Ops --on-behalf-of a@b.com --target-org prod", "access_change"),
    ("./easyrsa revoke alice-laptop", "access_change"),
    ("Set-ADUser -Identity jdoe -Replace @{extensionAttribute7=\"leave\"}", "attestation"),
    ("group 'docker' do\n  action :modify\n  members ['ci', 'ann']\n  append true\nend\n", "access_change"),
    ("user 'svc_backup' do\n  system true\n  action :create\nend\n", "lifecycle"),
    ("group { 'admins':\n  ensure => present,\n  members => ['a'],\n}\n", "access_change"),
    ("rbac:\n  clusterRoleBindings:\n    - name: x\n      clusterRole: admin\n      subjects:\n        - kind: User\n"
     "          name: bot@x.io\n", "access_change"),
])
def test_cli_and_config_forms(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "kubectl -n payments get rolebinding",
    "kubectl -n payments delete pod web-1",
    "az identity list --resource-group rg-apps",
    "sf org list --all",
    "./easyrsa gen-crl",
    "Get-ADUser -Identity jdoe -Properties extensionAttribute7",
    "group 'docker' do\n  action :create\n  gid 999\nend\n",
    "template '/etc/motd' do\n  source 'motd.erb'\nend\n",
    "roleBindings: []\nservice:\n  port: 80\n",
])
def test_cli_and_config_look_alikes(text: str) -> None:
    assert not kinds(text) & {"access_change", "lifecycle", "attestation"}
