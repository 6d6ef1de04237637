"""Commands of services with their own users and ACLs, and PowerShell cmdlets of any module."""

from __future__ import annotations

import pytest

from gateway.inspection.structured import scan_structured


@pytest.mark.parametrize(("command", "kind", "action"), [
    ('Add-PASSafeMember -SafeName "PROD-ORACLE" -MemberName "GRP-DBA"', "access_change", "grant"),
    ('Revoke-SmbShareAccess -Name "HR$" -AccountName "Everyone" -Force', "access_change", "revoke"),
    ("New-SnipeitUser -username jdoe -first_name J", "lifecycle", "create"),
    ("ACL SETUSER metrics-exporter on resetkeys -@all +info", "access_change", "modify"),
    ("kafka-acls.sh --bootstrap-server k:9093 \\\n  --add --allow-principal User:svc --topic t", "access_change",
     "grant"),
    ("rabbitmqctl set_permissions -p /billing invoice-worker '^inv' '^inv' '^inv'", "access_change", "grant"),
    ("rabbitmqctl add_user reporting s3cr3t", "lifecycle", "create"),
    ('kadmin -p admin/admin -q "addprinc -randkey HTTP/gw03.example@EXAMPLE"', "lifecycle", "create"),
    ("aws secretsmanager rotate-secret --secret-id prod/orders/master", "lifecycle", "reset"),
    ("vault write -f auth/approle/role/ci/secret-id", "lifecycle", "create"),
    ("Set-SPOUser -Site https://x/sites/Legal -LoginName n@acme.com -IsSiteCollectionAdmin $true", "access_change",
     "grant"),
    ("ssh-keygen -s /etc/ssh/user_ca -I alex -n ubuntu,root -V +8h ~/alex.pub", "access_change", "grant"),
    ("sudo::conf { 'dba': content => '%dba ALL=(postgres) NOPASSWD: ALL' }", "access_change", "grant"),
    ('samba-tool group addmembers "Domain Admins" helpdesk.tier2', "access_change", "grant"),
    ("ipa group-add-member lab-sysadmins --users=mkowalski", "access_change", "grant"),
    ("ipa user-disable rtanaka", "lifecycle", "disable"),
    ('Add-TeamUser -GroupId $team.GroupId -User "r.haddad@x.org" -Role Owner', "access_change", "grant"),
    ("DENY DELETE ON SCHEMA::sales TO [app_reporting];", "access_change", "revoke"),
    ("ALTER LOGIN [svc_legacy_ftp] DISABLE;", "lifecycle", "disable"),
    ("oci iam policy create --compartment-id ocid1.compartment.oc1..x --name netadmins", "access_change", "create"),
    ("boundary roles add-principals -id r_9Kd2 -principal u_7Hs3", "access_change", "grant"),
    ("policy.csv: |\n    g, okta:release-managers, role:release-manager\n", "access_change", "grant"),
    ('strategy.add(Jenkins.ADMINISTER, "qa-leads")', "access_change", "grant"),
    ("await admin.auth().updateUser('Yc8p1Zq4', { disabled: true });", "lifecycle", "modify"),
    ('db.createUser({\n  user: "g",\n  pwd: passwordPrompt(),\n  roles: [{ role: "clusterMonitor", db: "admin" }]\n})',
     "access_change", "grant"),
    ("tctl users update alice.ng --set-roles=access,editor,db-prod-ro", "access_change", "modify"),
    ('mutation {\n  grantProjectRole(input: {projectId: "p", principal: "user:d@f.io"}) { id }\n}', "access_change",
     "grant"),
])
def test_service_commands(command: str, kind: str, action: str) -> None:
    assert (kind, action) in {(h.kind, h.action) for h in scan_structured(command)}


@pytest.mark.parametrize("command", [
    "Add-Member -MemberType NoteProperty -Name Owner -Value $o",
    "New-PSSession -ComputerName srv01 -Credential $cred",
    "New-Object System.Management.Automation.PSCredential($u, $p)",
    "redis-cli ACL LIST",
    "kafka-acls.sh --bootstrap-server k:9093 --list --topic orders",
    "rabbitmqctl list_permissions -p /billing",
    'kadmin -q "listprincs"',
    "aws secretsmanager get-secret-value --secret-id x",
    "ssh-keygen -t ed25519 -C laptop",
    "mutation { updateDashboard(id: 3) { id } }",
    "ipa user-find rtanaka",
    "The general syntax is `GRANT privilege_type ON object_name TO role_name;` and the inverse is `REVOKE`.",
    "const user = await admin.auth().getUser(uid);",
    "oci iam policy list --compartment-id x",
    "samba-tool group listmembers \"Domain Admins\"",
    "Set-SPOUser -Site https://x/sites/Legal -LoginName n@acme.com -IsSiteCollectionAdmin $false",
])
def test_reads_and_lookalikes_are_not_changes(command: str) -> None:
    assert scan_structured(command) == []
