"""Session 16: identity steps in configuration tools (Ansible identity modules, a directory user's HR attributes in
Terraform, deploy keys, Vault auth users given policies, a key vault's access policy cmdlet), attribute changes
named by their field's identifier, and credentials kept with a note or set off after a colon. Each beside a
harmless look-alike that must stay harmless."""

from __future__ import annotations

from probes import call_secrets, kinds, secrets

from gateway.inspection.credentials import CredentialDetector

CREDENTIALS = CredentialDetector()


def test_ansible_identity_modules():
    mapping = ("- name: Map realm role to the support group\n"
               "  community.general.keycloak_realm_rolemapping:\n"
               "    realm: customers\n    group_name: support-tier2\n    roles:\n      - name: impersonation\n"
               "    state: present\n")
    assert kinds(mapping) == {("access_change", "grant")}
    revoked = "- postgresql_privs:\n    db: sales\n    roles: analyst\n    privs: SELECT\n    state: absent\n"
    assert ("access_change", "revoke") in kinds(revoked)
    user = "- name: app login\n  community.mysql.mysql_user:\n    name: app\n    priv: 'sales.*:SELECT'\n"
    assert kinds(user) == {("lifecycle", "create"), ("access_change", "grant")}
    assert ("lifecycle", "create") in kinds("- mysql_user: name=app password={{ pw }} host=%\n")


def test_ansible_lookalikes_stay_harmless():
    assert kinds("postgresql_user: app\npostgresql_db: sales\n") == set()  # role variables, no task
    assert kinds("- community.postgresql.postgresql_info:\n    login_user: postgres\n") == set()
    assert kinds("- microsoft.ad.group:\n    name: Print-Ops\n    scope: global\n") == set()  # no members


def test_directory_user_hr_attributes_in_terraform():
    moved = ('resource "okta_user" "u1" {\n  login = "skhan"\n-  department = "Support"\n+  department = "Trust"\n'
             '+  manager_id = "00u9h8g7F6e5D4c3B2a"\n}\n')
    assert ("attestation", "modify") in kinds(moved)
    keycloak = ('resource "keycloak_user" "p" {\n  username = "ppatel"\n  attributes = {\n'
                '    department = "Solutions"\n  }\n}\n')
    assert ("attestation", "modify") in kinds(keycloak)
    tagged = 'resource "aws_iam_user" "ci" {\n  name = "ci"\n  tags = { department = "Platform" }\n}\n'
    assert ("attestation", "modify") not in kinds(tagged)  # a tag on a machine user, no HR record
    closed = 'resource "okta_user" "u2" {\n  login = "rlund"\n}\n\nresource "okta_group" "g" {\n  name = "x"\n}\n'
    assert ("attestation", "modify") not in kinds(closed)


def test_deploy_keys_and_vault_policies_give_access():
    key = 'resource "github_repository_deploy_key" "flux" {\n  repository = "fleet"\n  read_only = false\n}\n'
    assert ("access_change", "grant") in kinds(key)
    assert ("access_change", "revoke") in kinds("glab deploy-key delete 3312 -R infra/site")
    vault = 'vault write auth/userpass/users/jenkins password="$(openssl rand -base64 24)" token_policies="ci-read"'
    assert ("access_change", "grant") in kinds(vault)
    assert ("access_change", "grant") not in kinds("vault write sys/policy/ci-read policy=@ci-read.hcl -output-curl")
    assert kinds("glab deploy-key list -R infra/site") == set()


def test_key_vault_access_policy_cmdlet():
    assert ("access_change", "grant") in kinds(
        "Set-AzKeyVaultAccessPolicy -VaultName kv-prod -ObjectId 8e2c4a6f -PermissionsToSecrets get,list")
    assert kinds("Get-AzKeyVault -VaultName kv-prod | Select-Object -ExpandProperty AccessPolicies") == set()


def test_attribute_changes_named_by_field():
    assert ("attestation", "modify") in kinds(
        "Conversion done: `employeeType` changed from **Contractor** to **Employee**, `contractEndDate` cleared.")
    assert ("attestation", "modify") in kinds("I cleared the `extensionAttribute7 = LOA` flag for her.")
    assert ("attestation", "modify") in kinds("Set `department` to **Finance** for Ana.")
    assert kinds("The `department` attribute is synced from Workday every night.") == set()
    assert kinds("If `employeeType` is cleared, the group rule removes the apps.") == set()
    assert kinds('In the README, the `title` heading changed from "Intro" to "Overview".') == set()


def test_secret_kept_with_a_note():
    found = call_secrets(CREDENTIALS, "store_memory", {
        "key": "pagerduty_api_key", "value": "u+nF9PnBOMWFS29FdN07 (PagerDuty REST key, full access)"})
    assert found == ["u+nF9PnBOMWFS29FdN07"]
    assert call_secrets(CREDENTIALS, "store_memory", {
        "key": "pagerduty_api_key", "value": "kept in 1Password (PagerDuty vault)"}) == []


def test_bypass_code_set_off_after_a_colon():
    assert secrets(CREDENTIALS, "Duo bypass code for the user at the airport (valid for 1 use, expires in 2 hours): "
                                "**454720151**") == ["454720151"]
    assert secrets(CREDENTIALS, "Recovery code for the break-glass account: 7F3K-9QPL-2M8X-W4ZT") \
        == ["7F3K-9QPL-2M8X-W4ZT"]
    assert secrets(CREDENTIALS, "Recovery codes are printed in the format: XXXX-XXXX-XXXX-XXXX") == []
    assert secrets(CREDENTIALS, "The bypass code policy (see KB-2231, updated 2024): 10 uses max per day.") == []


def test_paths_and_arns_are_no_secrets():
    assert secrets(CREDENTIALS, "Reads the DB credentials from `arn:aws:secretsmanager:eu-central-1:550912873364:"
                                "secret:prod/orders/db-Xk3pQ9` at cold start.") == []
    assert secrets(CREDENTIALS, 'Reference `mysql_root_password: "{{ vault_mysql_root_password }}"` and keep the '
                                "value in `group_vars/db/vault.yml`.") == []
    assert secrets(CREDENTIALS, "password: ab12/cd34.ef56Zq") == ["ab12/cd34.ef56Zq"]
