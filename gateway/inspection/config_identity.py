"""Identity steps in configuration tools, by what the tool's own object does: an Ansible task of an identity module
(`community.general.keycloak_realm_rolemapping`, `community.postgresql.postgresql_privs`, `ansible.windows.
win_group_membership`), a directory user resource whose HR attributes Terraform sets (`department`, `manager_id`
on an `okta_user`), a deploy key (a repository's access as well as a key) and a Vault auth user or role given
policies. A module's `_info` / `_facts` sibling only reads and is not listed; a variable named like a module
(`postgresql_user: app`) has a value on its line, not a task's arguments under it."""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.patterns import Rule, compile_i, compile_s

# Ansible modules by what a task of theirs does when present; `state: absent` undoes it.
ACCESS_MODULES = (
    "keycloak_realm_rolemapping", "keycloak_client_rolemapping", "keycloak_user_rolemapping",
    "keycloak_group_rolemapping", "postgresql_privs", "postgresql_membership", "mysql_role", "win_group_membership",
    "win_domain_group_membership", "win_user_right", "win_acl", "win_share", "ipa_role", "ipa_sudorule",
    "ipa_hbacrule", "gitlab_project_members", "gitlab_group_members", "iam_policy", "iam_managed_policy",
    "iam_role_policy", "azure_rm_roleassignment", "sudoers", "acl", "ldap_attrs", "mongodb_role",
    "proxmox_user_acl", "grafana_team", "jenkins_role",
)
ACCOUNT_MODULES = (
    "postgresql_user", "mysql_user", "mongodb_user", "rabbitmq_user", "keycloak_user", "keycloak_client", "ipa_user",
    "gitlab_user", "win_user", "win_domain_user", "iam_user", "iam_access_key", "azure_rm_aduser",
    "gcp_iam_service_account", "gcp_iam_service_account_key", "ldap_passwd", "htpasswd", "gitlab_deploy_key",
    "github_deploy_key", "gitlab_project_access_token", "gitlab_group_access_token", "grafana_user", "proxmox_user",
    "influxdb_user", "redis_acl_user",
)
# The same short name in another namespace: `microsoft.ad.user`, `microsoft.ad.group` (its `members`).
NAMESPACED = {"microsoft.ad.user": "lifecycle", "microsoft.ad.group": "access_change"}
# An account module's argument that also gives access: `priv:` of mysql_user, `groups:` of win_user.
GRANTING_ARGUMENT = re.compile(r"^[ \t]+(?:priv|privs|roles?|groups|members|managed_polic(?:y|ies)|"
                               r"permissions?|policies)[ \t]*:|[ \t](?:priv|role_attr_flags|groups|roles)=",
                               re.MULTILINE)
_ABSENT = re.compile(r"\bstate[ \t]*[:=][ \t]*[\"']?absent\b")

_MODULE_NAMES = "|".join(sorted(ACCESS_MODULES + ACCOUNT_MODULES, key=len, reverse=True))
# A task's module: at a line's start (a task list item or its key), a namespace or none, then either the
# arguments indented under it or `key=value` arguments on its line.
ANSIBLE_TASK = compile_i(
    rf"^[ \t]*(?:-[ \t]+)?(?P<mod>(?:[a-z_]+\.[a-z_]+\.)?(?:{_MODULE_NAMES})|microsoft\.ad\.(?:user|group))"
    rf"[ \t]*:(?:[ \t]*\n(?P<body>(?:[ \t]*\n)*(?:[ \t]+[^\s#][^\n]*(?:\n|$)){{1,25}})|"
    rf"[ \t]+(?P<inline>[a-z_]+=[^\n]*))")


def _arguments(match: re.Match[str]) -> str:
    """The task's arguments: its line's `key=value` run, or the lines under the module deeper than its own."""
    if match.group("inline"):
        return " " + match.group("inline")
    depth = match.start("mod") - match.string.rfind("\n", 0, match.start("mod")) - 1  # the module's column
    kept = []
    for arg in (match.group("body") or "").splitlines(keepends=True):
        if arg.strip() and len(arg) - len(arg.lstrip(" \t")) <= depth:
            break
        kept.append(arg)
    return "".join(kept)


def _ansible_task(match: re.Match[str]) -> tuple[str, str] | None:
    module = match.group("mod").lower()
    args = _arguments(match)
    short = module.rpartition(".")[2]
    kind = NAMESPACED.get(module) or ("access_change" if short in ACCESS_MODULES else "lifecycle")
    if module == "microsoft.ad.group" and not compiled(r"\bmembers[ \t]*:").search(args):
        return None  # the group itself, not who is in it
    absent = _ABSENT.search(args) is not None
    if kind == "access_change":
        return kind, "revoke" if absent else "grant"
    return kind, "delete" if absent else "create"


def _ansible_grants(match: re.Match[str]) -> tuple[str, str] | None:
    """An account module's task whose arguments also give privileges, roles or groups."""
    module = match.group("mod").lower()
    if module.rpartition(".")[2] not in ACCOUNT_MODULES and module != "microsoft.ad.user":
        return None
    args = _arguments(match)
    if not GRANTING_ARGUMENT.search(args):
        return None
    return "access_change", "revoke" if _ABSENT.search(args) else "grant"


# Crossplane and Config Connector managed resources: cloud IAM declared as Kubernetes objects.
CROSSPLANE_ACCESS = re.compile(r"\w*IAM(?:Policy)?Member|\w*IAMBinding|IAMPolicy|IAMPartialPolicy|\w*PolicyAttachment|"
                               r"UserGroupMembership|GroupMembership|RoleAssignment|Role|RolePolicy|UserPolicy|"
                               r"GroupPolicy|BucketPolicy|Policy|\w*Grant")
CROSSPLANE_ACCOUNT = re.compile(r"\w*ServiceAccountKey|AccessKey|User|\w*ServiceAccount|LoginProfile|ServicePrincipal|"
                                r"ServicePrincipalPassword|ApplicationPassword|ApplicationSecret")


def _crossplane(match: re.Match[str]) -> tuple[str, str] | None:
    kind = match.group("kind")
    if CROSSPLANE_ACCESS.fullmatch(kind):
        return "access_change", "grant"
    if CROSSPLANE_ACCOUNT.fullmatch(kind):
        return "lifecycle", "create"
    return None


DIRECTORY_USER = r"(?:okta|keycloak|azuread|googleworkspace|gsuite|auth0|onelogin|jumpcloud|authentik|zitadel|" \
    r"pingone|jamf|snipeit|bamboohr|workday)_user"
HR_ATTRIBUTE = (r"department|manager(?:_?id)?|division|(?:job_?)?title|employee_?type|employment\w*|user_?type|"
                r"cost_?cent(?:er|re)|organi[sz]ation|company(?:_?name)?|employee_?number|\w*end_?date|"
                r"termination_?date|hire_?date")

ALLOW_LISTS = tuple(f"{who}_{what}" for who in ("allowed", "admin", "allow", "authorized", "permitted")
                    for what in ("users", "groups", "admins", "principals", "emails"))

RULES: tuple[Rule, ...] = (
    # a WireGuard peer added: whoever holds the peer's private key joins the network (`[Peer]` with its PublicKey,
    # or `wg set wg0 peer <key> allowed-ips ...`)
    Rule("wireguard-peer", ("[peer]",), compile_s(
        r"^[ \t]*\[Peer\][ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n|[ \t]*\w+[ \t]*=[^\n]*\n){0,8}?[ \t]*PublicKey[ \t]*="),
        "access_change", "grant", 0.85, reach=800),
    Rule("wireguard-set-peer", ("wg set ",), compile_s(
        r"\bwg set[ \t]+\S+[ \t]+peer[ \t]+\S{40,}(?:[ \t]+(?P<rm>remove)\b|[^\n]*?[ \t]allowed-ips[ \t])"),
        classify=lambda m: ("access_change", "revoke" if m.group("rm") else "grant"), confidence=0.85),
    Rule("ansible-identity-module", (*ACCESS_MODULES, *ACCOUNT_MODULES, *NAMESPACED), ANSIBLE_TASK,
         classify=_ansible_task, confidence=0.85, reach=1500),
    Rule("ansible-account-grants", (*ACCOUNT_MODULES, "microsoft.ad.user"), ANSIBLE_TASK,
         classify=_ansible_grants, confidence=0.8, reach=1500),
    # HR attributes a directory user resource sets (a transfer, a new manager, a contract's end): the IdP record
    # other systems trust. Lines up to the block's closing brace, diff marks included.
    Rule("tf-user-attributes", ('_user"',), compile_i(
        rf"^[-+ \t]*resource\s+\"(?P<type>{DIRECTORY_USER})\"\s+\"[^\"\n]*\"\s*\{{[^\n]*\n"
        rf"(?:(?![-+ \t]?\}}[ \t]*(?:\n|$))[^\n]*\n){{0,40}}?[^\n]*?\b(?P<attr>{HR_ATTRIBUTE})[\"']?[ \t]*[=:]"),
        "attestation", "modify", 0.8, target="attr", reach=2000),
    # A deploy key reads (or pushes to) its repository: the repository's access, as well as a key made.
    Rule("deploy-key-access", ("deploy_key\"", "deploy-key"), compile_i(
        r"\bresource\s+\"(?:github_repository|gitlab|bitbucket|gitea_repository)_deploy_key\"|"
        r"\bglab\s+deploy-key\s+(?P<verb>add|delete|remove)\b"),
        classify=lambda m: ("access_change", "revoke" if (m.group("verb") or "add").lower() != "add" else "grant"),
        confidence=0.8),
    # An AWS principal mapped into an EKS cluster: the aws-auth ConfigMap's `mapRoles` / `mapUsers` entries with their
    # Kubernetes groups, `eksctl ... iamidentitymapping`, and the access entries and policies of the EKS API.
    Rule("eks-access-mapping", ("maproles", "mapusers", "iamidentitymapping", "access-entry", "access-policy"),
         compile_i(r"\bmap(?:roles|users)[\"']?[ \t]*:[\s\S]{0,400}?\b(?:role|user)arn[\"']?[ \t]*:[\s\S]{0,300}?"
                   r"\bgroups[\"']?[ \t]*:|\beksctl\s+(?P<verb>create|delete)\s+iamidentitymapping\b|"
                   r"\baws\s+eks\s+(?P<api>create-access-entry|associate-access-policy|update-access-entry|"
                   r"delete-access-entry|disassociate-access-policy)\b"),
         classify=lambda m: ("access_change", "revoke" if (m.group("verb") or m.group("api") or "").startswith(
             ("delete", "disassociate")) else "grant"),
         confidence=0.85, reach=800),
    Rule("crossplane-iam", ("upbound.io", "crossplane.io", "cnrm.cloud.google.com"), compile_s(
        r"apiVersion:[ \t]*['\"]?[\w.-]*(?:upbound\.io|crossplane\.io|cnrm\.cloud\.google\.com)/[\w.]+['\"]?[ \t]*\n"
        r"(?:[ \t]*#[^\n]*\n)*[ \t]*kind:[ \t]*['\"]?(?P<kind>\w+)"), classify=_crossplane, confidence=0.85, reach=300),
    # A Kubernetes service account given a cloud identity by its annotation (EKS IRSA, GKE and Azure workload
    # identity): its pods then act with that role's permissions.
    Rule("workload-identity", ("eks.amazonaws.com/role-arn", "iam.gke.io/gcp-service-account",
                               "azure.workload.identity/client-id"), compile_i(
        r"(?:eks\.amazonaws\.com/role-arn|iam\.gke\.io/gcp-service-account|azure\.workload\.identity/client-id)"
        r"['\"]?[ \t]*[:=][ \t]*['\"]?(?:arn:aws[\w-]*:iam::\d{12}:role/[\w+=,.@/-]+|[\w.-]+@[\w-]+\.iam\."
        r"gserviceaccount\.com|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"),
        "access_change", "grant", 0.8, reach=300),
    # Who may run on a Slurm partition: its `AllowGroups=` / `AllowAccounts=` (or `Deny...`) changed in a diff line or
    # by `scontrol update`. slurm.conf shown as it is only reads.
    Rule("slurm-partition-access", ("partitionname=", "scontrol"), compile_i(
        r"^[-+](?:[ \t]*)PartitionName=[^\n]*?\b(?:Allow|Deny)(?:Groups|Accounts|Users|Qos)=\S+|"
        r"\bscontrol\s+update\s+(?:PartitionName|Partition)=\S+[^\n]*?\b(?:Allow|Deny)(?:Groups|Accounts|Users)=\S+"),
        "access_change", "grant", 0.8),
    # An SSO bridge's or an app's mapping of directory groups to its roles (`role_mappings: - group: x  roles: [...]`):
    # who holds each role there.
    Rule("sso-role-mapping", ("role_mapping", "rolemapping", "role-mapping", "group_mapping", "groupmapping",
                              "group-mapping"), compile_i(
        r"\b(?:role|group)[_-]?mappings?[\"']?[ \t]*[:=](?=[\s\S]{0,600}?\bgroups?[\"']?[ \t]*[:=])"
        r"(?=[\s\S]{0,600}?\broles?[\"']?[ \t]*[:=])|"
        # ... in XML: `<roleMapping><directoryGroup>CN=…</directoryGroup><applicationRole>X</applicationRole>`
        r"^[ \t]*<(?:role|group)[_-]?mappings?>(?=[\s\S]{0,600}?<\w*group\w*>[^<\s])"
        r"(?=[\s\S]{0,600}?<\w*role\w*>[^<\s])"),
        "access_change", "modify", 0.8, reach=600),
    # Splunk's authentication.conf maps directory groups to its roles (`[roleMap_AD]` then `role = Group;Group`).
    Rule("splunk-role-map", ("[rolemap_",), compile_i(
        r"^\[roleMap_[^\]\n]+\][ \t]*\n(?:[ \t]*(?:[#;][^\n]*)?\n)*[ \t]*[\w-]+[ \t]*=[ \t]*[^\s<]"),
        "access_change", "modify", 0.8, reach=300),
    # Who may log in over SSH at all: sshd_config's allow and deny lists, with their members.
    Rule("sshd-allow-list", ("allowgroups", "allowusers", "denygroups", "denyusers"), compile_s(
        r"^[+ \t]*(?:AllowGroups|AllowUsers|DenyGroups|DenyUsers)[ \t]+(?![<$])[\w.@*?-]+"),
        "access_change", "modify", 0.8),
    # An app's own allow list or admins set in its config (`c.Authenticator.allowed_users |= {"rbaptiste"}`,
    # `admin_users = ["oyilmaz"]`): who may log in to it, or administer it.
    Rule("app-allow-list", ALLOW_LISTS, compile_i(
        r"\b(?:allowed|admin|allow|authorized|permitted)_(?:users|groups|admins|principals|emails)[\"']?[ \t]*"
        r"(?:\|=|\+=|=|:)[ \t]*[\[{(][ \t\n]*[\"'][\w.@-]+[\"']"), "access_change", "grant", 0.8),
    # An Okta group rule's action: everyone its expression matches is put in the groups (`assignUserToGroups`).
    Rule("okta-group-rule", ("assignusertogroups",), compile_i(r"[\"']?assignUserToGroups[\"']?[ \t]*[:=]"),
         "access_change", "grant", 0.85),
    # A Vault auth method's user, role or group given policies: what its tokens may do.
    Rule("vault-auth-policies", ("vault write",), compile_i(
        r"\bvault\s+write\s+(?:-\S+\s+)*(?:auth/[\w.-]+/(?:users?|roles?|groups?|certs|map/\w+)/[\w.@-]+|"
        r"identity/(?:entity|group)(?:/name/[\w.-]+)?)\b[^\n]*?\s(?:token_)?(?:policies|member_entity_ids)="),
        "access_change", "grant", 0.85),
)
