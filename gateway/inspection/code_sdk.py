"""Identity changes made through an SDK from code rather than a CLI or a raw HTTP call: AWS CDK `grant*`
helpers and policy attachments (TypeScript, Python, Java, C#, Go), CDK / Pulumi identity resources,
write calls of the AWS SDKs on IAM and Cognito clients (boto3's `iam.delete_user(...)`, JS v3's
`new AttachRolePolicyCommand(...)`), Microsoft Graph SDK chains (`.AppRoleAssignments.PostAsync(...)`),
a user object switched off (`user.update_info(data={"status": "inactive"})`) and cloud-init accounts.
Reads (`list_*`, `get_*`, `describe_*`, `simulate_*`) name no write verb and stay quiet."""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.iac import TF_ACCESS, TF_LIFECYCLE
from gateway.inspection.patterns import Rule, action_of, compile_i, compile_s

# `bucket.grantReadWrite(fn)`, `table.grant_read_data(handler)`, `topic.GrantPublish(role, nil)`: the
# argument is a principal (a variable, `this.role`, `props.fn`), so a call with no argument or a string
# (`grant("x")` of another library) does not count.
CDK_GRANT = (r"\.[Gg]rant(?:[A-Z]\w*|_[a-z]\w*)?\(\s*(?:this\.|self\.|props\.)?[A-Za-z_]\w*(?:\.\w+)*\s*[,)]")
# policies attached to a principal or a resource from code
CDK_POLICY = (r"\.(?:add_?to_?(?:role_?|principal_?|resource_?)?policy|add_?managed_?policy|attach_?inline_?policy|"
              r"add_?to_?policy)\(\s*(?:new\s+)?[\w.]+")

# One write method of the AWS SDK on an identity service, in any casing: `delete_user`, `DeleteUser`,
# `deleteUser`, `AdminDisableUserCommand`, `attachRolePolicy`.
IAM_VERBS = r"create|delete|attach|detach|put|add|remove|update|deactivate|enable|disable|reset|admin_?disable|" \
            r"admin_?delete|admin_?create|admin_?add|admin_?remove|admin_?reset|admin_?set|admin_?enable|upload"
SDK_VERBS = ("create", "delete", "attach", "detach", "put", "add", "remove", "update", "deactivate", "enable",
             "disable", "reset", "admin", "upload")
IAM_NOUNS = (r"user|login_?profile|access_?key|service_?specific_?credential|mfa_?device|ssh_?public_?key|"
             r"signing_?certificate|user_?policy|role_?policy|group_?policy|user_?to_?group|user_?from_?group|"
             r"assume_?role_?policy|role_?permissions_?boundary|user_?permissions_?boundary|role_?to_?instance_?profile|"
             r"user_?password|user_?attributes|account_?assignment|managed_?policy_?to_?permission_?set|"
             r"group_?membership|policy_?version|user_?pool_?client_?secret")
SDK_IAM = re.compile(rf"(?<=\.)(?P<verb>{IAM_VERBS})_?(?P<noun>{IAM_NOUNS})(?:_?async)?\s*\(", re.I)
RECEIVER = re.compile(r"([A-Za-z_]\w*)\s*(?:\(\s*\))?\s*\.\Z")
SDK_COMMAND = rf"\bnew\s+(?P<verb>{IAM_VERBS})(?P<noun>{IAM_NOUNS})Command\s*\("
# a receiver (or the answer) naming an identity service's client
IDENTITY_CLIENT = re.compile(r"iam|cognito|idp|identitystore|sso|organizations|keycloak|okta|auth0", re.I)
IDENTITY_CLIENT_MADE = re.compile(r"(?:client|resource)\(\s*(?:service_name\s*=\s*)?['\"](?:iam|cognito-idp|sso-admin|"
                                  r"identitystore)['\"]|\b(?:IAMClient|CognitoIdentityProviderClient|SSOAdminClient|"
                                  r"IdentitystoreClient|AmazonIdentityManagement\w*|IamClient)\b|\biam\.New(?:FromConfig)?\(")


def _iam_kind(verb: str, noun: str) -> tuple[str, str]:
    verb, noun = verb.lower().replace("_", "").removeprefix("admin"), noun.lower().replace("_", "")
    action = action_of(verb, "modify") or "modify"
    if noun.endswith(("policy", "togroup", "fromgroup", "boundary", "instanceprofile", "assignment", "permissionset",
                      "membership", "policyversion")):
        return "access_change", "revoke" if action in ("revoke", "delete") else "grant"
    if noun == "userattributes":
        return "attestation", "modify"
    return "lifecycle", action


def _sdk_iam(match: re.Match) -> tuple[str, str] | None:
    receiver = RECEIVER.search(match.string, max(0, match.start() - 60), match.start())
    if not (receiver and IDENTITY_CLIENT.search(receiver.group(1))) and not _client_made(match.string):
        return None
    return _iam_kind(match.group("verb"), match.group("noun"))


def _client_made(text: str) -> bool:
    return IDENTITY_CLIENT_MADE.search(text) is not None


# Microsoft Graph SDK chains (C#, Java, Python, TypeScript), also broken over lines:
# `.AppRoleAssignments.PostAsync(`, `.members().byDirectoryObjectId(id).ref().delete()`, `.owners.ref.post(`.
GRAPH_CHAIN = (r"\.(?P<coll>app_?role_?assign(?:ments|ed_?to)|role_?assignments|members|owners)(?:\(\))?"
               r"(?:\s*\.\s*by_?\w+\([^()\n]{0,80}\))?(?:\s*\.\s*ref(?:\(\))?)?\s*\.\s*(?P<verb>post|delete)(?:_?async)?"
               r"\(")
GRAPH_STARTS = (".approleassign", ".app_role_assign", ".roleassign", ".role_assign", ".members", ".owners")
GRAPH_USER = (r"\.users(?:\[[^\]\n]{1,80}\]|\s*\.\s*by_?user_?id\([^()\n]{1,80}\))\s*\.\s*(?P<verb>delete|patch)"
              r"(?:_?async)?\(\s*(?P<body>[^;]{0,200})")


def _graph_user(match: re.Match) -> tuple[str, str] | None:
    if match.group("verb").lower() == "delete":
        return "lifecycle", "delete"
    disabled = compiled(r"account_?enabled\s*=\s*false", re.I).search(match.group("body"))
    return ("lifecycle", "disable") if disabled else None


# Pulumi resources named as their Terraform types: `azuread.ApplicationPassword` is
# `azuread_application_password`, `gcp.projects.IAMMember` is `google_projects_iam_member`.
PULUMI = (r"\b(?P<provider>(?i:aws|gcp|azuread|okta|github|gitlab|vault|postgresql|snowflake|databricks|cloudflare))"
          r"\.(?P<mods>(?:[A-Za-z]\w*\.){0,2})(?:New)?(?P<noun>[A-Z]\w*)\(")
PULUMI_STARTS = ("aws.", "gcp.", "azuread.", "okta.", "github.", "gitlab.", "vault.", "postgresql.", "snowflake.",
                 "databricks.", "cloudflare.")
PROVIDERS = {"gcp": "google"}
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
TF_LIFECYCLE_RE = re.compile(TF_LIFECYCLE)
TF_ACCESS_RE = re.compile(TF_ACCESS)


def _pulumi(match: re.Match) -> tuple[str, str] | None:
    noun = CAMEL.sub("_", match.group("noun")).lower()
    mods = match.group("mods").replace(".", "_").lower()
    provider = match.group("provider").lower()
    name = f"{PROVIDERS.get(provider, provider)}_{mods}{noun}"
    if TF_LIFECYCLE_RE.fullmatch(name):
        return "lifecycle", "create"
    if TF_ACCESS_RE.fullmatch(name) and not name.endswith("_document"):
        return "access_change", "grant"
    return None


# CDK identity constructs: the first argument is the scope (`this`, `self`, `stack`).
CDK_CONSTRUCT = (r"\b(?:New)?(?P<noun>User|AccessKey|CfnUser|CfnAccessKey|CfnUserToGroupAddition|ManagedPolicy|Policy|"
                 r"CfnPolicy|CfnManagedPolicy)(?:\.Builder\.create)?\(\s*(?:this|self|stack|scope)\s*,")

CDK_STARTS = ("user", "accesskey", "cfn", "managedpolicy", "policy", "new")

# A user object switched off through an SDK: `user.update_info(data={"status": "inactive"})`.
USER_OFF = (r"(?<![A-Za-z])(?:user|member|account)s?(?:\[[^\]\n]{0,60}\]|\([^()\n]{0,60}\))?\s*\.\s*"
            r"(?:update|edit|patch|modify|set)\w*\([^;\n]{0,200}?"
            r"[\"']?(?:status|state|active|enabled|is_active)[\"']?\s*[:=]\s*(?:[\"'](?:inactive|suspended|deactivated|"
            r"disabled|blocked|locked)[\"']|False\b|false\b)")

# cloud-init user data creating accounts: `users:` then `- name: x` with account keys.
CLOUD_INIT_USERS = (r"^users:[ \t]*\n(?:[ \t]*-[ \t]*default[ \t]*\n)?[ \t]*-[ \t]+name:[^\n]*\n"
                    r"(?:[ \t][^\n]*\n){0,10}?[ \t]+(?:sudo|shell|ssh_authorized_keys|lock_passwd|passwd|hashed_passwd|"
                    r"groups|primary_group|homedir|gecos):")

# Kubernetes clients (Python, JS, Java): `rbac.create_namespaced_role_binding(...)`, `createNamespacedServiceAccount`.
K8S_CLIENT = (r"\.(?P<verb>create|delete|patch|replace)_?(?:namespaced_?)?"
              r"(?P<noun>cluster_?role_?binding|role_?binding|cluster_?role|role|service_?account(?:_?token)?)(?:_?with_?http_?info)?\(")


def _k8s(match: re.Match) -> tuple[str, str]:
    verb = match.group("verb").lower()
    if match.group("noun").lower().startswith("service"):
        return "lifecycle", "delete" if verb == "delete" else "create"
    return "access_change", "revoke" if verb == "delete" else "grant"


# Cloud SDK calls that set access: GCP's `set_iam_policy(...)`, Azure's `role_assignments.create(...)`.
CLOUD_ACCESS = (r"\.set_?iam_?policy\(|\.role_?assignments\s*\.\s*(?:begin_?)?(?P<verb>create|delete)\w*\(")
# Google Admin SDK: `service.members().insert(groupKey=...)`, `service.users().update(userKey=..., body=...)`,
# `service.roleAssignments().insert(customer=..., body={"roleId": ...})`.
ADMIN_SDK = (r"\.(?P<coll>users|members|roleAssignments)\(\)\s*\.\s*(?P<verb>insert|delete|update|patch)"
             r"\((?P<args>[^;]{0,300}?)\)")


def _admin_sdk(match: re.Match) -> tuple[str, str] | None:
    verb, args = match.group("verb"), match.group("args")
    if match.group("coll") in ("members", "roleAssignments"):  # `roleAssignments().insert(...)`: an admin role
        return "access_change", "revoke" if verb == "delete" else "grant"
    if "userkey" not in args.lower() and verb != "insert":
        return None
    if verb in ("insert", "delete"):
        return "lifecycle", "create" if verb == "insert" else "delete"
    return ("lifecycle", "disable") if compiled(r"suspended['\"]?\s*:\s*True").search(args) else ("lifecycle", "modify")


# Google Drive sharing: `drive.permissions().create(fileId=..., body={"type": "anyone", ...})` (Python),
# `drive.permissions.create({fileId, requestBody})` (Node); a file's permission list is who can open it.
DRIVE_PERMISSION = (r"\.permissions(?:\(\))?\s*\.\s*(?P<verb>create|insert|update|patch|delete)\s*\("
                    r"[^;]{0,200}?\bfile_?id\b")

# cloud-init user data installing a login key: whoever holds the private key gets in.
CLOUD_INIT_KEY = (r"^[ \t]*ssh_authorized_keys:[ \t]*\n[ \t]*-[ \t]*[\"']?(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-|"
                  r"sk-(?:ssh|ecdsa))")

# A membership written through any SDK or admin shell: `github.remove_org_member("acme", login)`, Grouper's
# `addMember("uni:apps:alma", "uni:staff:library")`, `add_team_member(...)`: with a quoted argument (a method
# named in an explanation, `addMember()`, takes none).
MEMBER_CALL = (r"(?<![A-Za-z])(?P<verb>add|remove|delete|invite|revoke|grant)_?(?:[A-Za-z]+_?)??(?:org|team|group|role|"
               r"project|repo|channel|workspace)?_?(?:members?|collaborators?)\s*\(\s*[^()\n]{0,120}?[\"']")
MEMBER_ANCHORS = ("member(", "members(", "collaborator(", "collaborators(", "member (", "collaborator (")

# An LDAP client deleting a directory entry named by its DN (ldap3's `conn.delete(entry.entry_dn)`, python-ldap's
# `l.delete_s("uid=jdoe,ou=people,...")`, ldapjs's `client.del(dn, cb)`): an account removed.
LDAP_DELETE = (r"\.(?:delete(?:_ext)?(?:_s)?|del)\(\s*(?:[\w.]*?_?dn\b|f?[\"'](?:uid|cn|samaccountname)=)")
LDAP_DELETE_STARTS = (".delete(", ".delete_s(", ".delete_ext(", ".delete_ext_s(", ".del(")


# A user object looked up, then deleted or switched off through it (Jenkins' `u = User.getById('x', false)` ...
# `u.delete()`, Django's `user = User.objects.get(...)`, `acct = client.get_user("x")` ... `acct.disable()`).
USER_HANDLE = (r"(?<![\w.])(?P<var>[A-Za-z_]\w*)\s*=\s*(?:[\w.]*\.)?(?:(?:User|Account|Member|users|accounts|members)"
               r"(?:\.objects)?\s*\.\s*"
               r"(?:get|find|lookup|fetch|load)(?:By\w+|_by_\w+)?|(?:get|find|lookup|fetch|load)_?[Uu]ser(?:_?[Bb]y_?\w+)?|"
               # any model's manager asked for one login (`U = get_user_model(); u = U.objects.get(username='x')`)
               r"[A-Za-z_]\w*\.objects\s*\.\s*get(?=\(\s*(?:username|email|login|user_?name)\s*=))"
               r"\([^\n]*?(?:\n[^\n]*){0,15}?[\n;][^\n]*?(?<![\w.])(?P=var)\s*\.\s*"
               r"(?:(?P<verb>delete|destroy|disable|deactivate|suspend|lock|remove|set_unusable_password)\s*\(|"
               r"(?P<off>is_active|active|enabled)\s*=\s*False\b)")
USER_HANDLE_ANCHORS = (".objects.get(",
                       "user.get", "user.find", "user.lookup", "user.fetch", "user.load", "user.objects", "account.get",
                       "account.find", "member.get", "member.find", "get_user", "getuser", "find_user", "finduser",
                       "lookup_user", "lookupuser", "fetch_user", "fetchuser", "load_user", "loaduser",
                       # a client's user collection: ArcGIS `gis.users.get("x")`, `client.accounts.find(...)`
                       "users.get", "users.find", "accounts.get", "accounts.find", "members.get")

# An industrial platform's own user API: Ignition's `system.user.addUser("src", "name", {...})`,
# `removeUser(...)`, `editUser(...)`, called with a quoted user source (a named function in prose takes none).
PLATFORM_USER = (r"\bsystem\.user\.(?P<verb>addUser|removeUser|editUser)\s*\(\s*[\"']")
PLATFORM_USER_STARTS = ("system.user.",)


def _user_handle(match: re.Match) -> tuple[str, str]:
    verb = match.group("verb") or ""
    return "lifecycle", "delete" if verb in ("delete", "destroy", "remove") else "disable"


def _ldap_delete(match: re.Match) -> tuple[str, str] | None:
    return ("lifecycle", "delete") if "ldap" in match.string.lower() else None


# A user object's flag set in code: Salesforce Apex `u.IsActive = false;`, Guidewire Gosu
# `u.Credential.Active = false` (the variable names a user; a feature's `enabled = false` is no account).
USER_FLAG = (r"(?<![\w.])(?:u|usr|users?\w*|leavers?\w*|acct\w*|accounts?\w*|members?\w*|emp\w*|workers?\w*|"
             r"\w+User)(?:\.\w+)?\s*\.\s*(?:IsActive|Active|isActive|is_active|active|Enabled|IsEnabled|isEnabled|"
             r"enabled|is_enabled)\s*=\s*(?P<v>false|true|False|True)\b")
USER_FLAG_ANCHORS = (".isactive", ".active", ".is_active", ".enabled", ".isenabled", ".is_enabled")
# A platform's own password call: Apex `System.resetPassword(userId, true)`, `System.setPassword(id, pw)`.
PASSWORD_CALL = r"\bSystem\.(?:resetPassword|setPassword)\s*\(\s*\S"
# A role or group added to a user object: Guidewire's `user.addToRoles(ur)`, `removeFromGroups(...)`.
ROLE_ARRAY_CALL = r"\.(?P<verb>addTo|removeFrom)(?:Roles|Groups|UserRoles|GroupUsers)\s*\(\s*\S"


RULES: tuple[Rule, ...] = (
    Rule("code-user-flag", USER_FLAG_ANCHORS, compile_s(USER_FLAG), confidence=0.8,
         classify=lambda m: ("lifecycle", "disable" if m.group("v").lower() == "false" else "enable")),
    Rule("apex-password", ("system.resetpassword", "system.setpassword"), compile_s(PASSWORD_CALL),
         "lifecycle", "reset", 0.85),
    Rule("code-role-array", ("addtoroles", "removefromroles", "addtogroups", "removefromgroups", "addtouserroles",
                             "removefromuserroles"), compile_s(ROLE_ARRAY_CALL), confidence=0.85,
         classify=lambda m: ("access_change", "grant" if m.group("verb") == "addTo" else "revoke")),
    Rule("ldap-client-delete", LDAP_DELETE_STARTS, compile_i(LDAP_DELETE), classify=_ldap_delete, confidence=0.85,
         starts=LDAP_DELETE_STARTS),
    Rule("cdk-grant", (".grant",), compile_s(CDK_GRANT), "access_change", "grant", 0.85, starts=(".grant",)),
    Rule("cdk-policy", ("policy(",), compile_i(CDK_POLICY), "access_change", "grant", 0.85),
    Rule("sdk-iam-write", SDK_VERBS, SDK_IAM, classify=_sdk_iam, confidence=0.85, starts=SDK_VERBS,
         guard=lambda text, low, pos, end, found: pos > 0 and text[pos - 1] == "."),  # a method, not a word
    Rule("sdk-iam-command", ("command(",), compile_i(SDK_COMMAND),
         classify=lambda m: _iam_kind(m.group("verb"), m.group("noun")), confidence=0.85),
    Rule("graph-sdk-chain", GRAPH_STARTS, compile_i(GRAPH_CHAIN), starts=GRAPH_STARTS,
         classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "delete" else "grant"),
         confidence=0.85, reach=200),
    Rule("graph-sdk-user", (".users",), compile_i(GRAPH_USER), classify=_graph_user, confidence=0.85, reach=200),
    Rule("pulumi-resource", PULUMI_STARTS, compile_s(PULUMI), classify=_pulumi, confidence=0.85,
         starts=PULUMI_STARTS),
    Rule("cdk-identity-construct", CDK_STARTS, compile_s(CDK_CONSTRUCT), starts=CDK_STARTS,
         classify=lambda m: ("lifecycle", "create") if compiled(r"User$|AccessKey$").search(m.group("noun"))
         else ("access_change", "grant"), confidence=0.85),
    Rule("sdk-user-off", ("user", "member", "account"), compile_i(USER_OFF), "lifecycle", "disable", 0.8,
         starts=("user", "member", "account")),
    Rule("k8s-client-rbac", (".create", ".delete", ".patch", ".replace"), compile_i(K8S_CLIENT), classify=_k8s,
         confidence=0.85, starts=(".create", ".delete", ".patch", ".replace")),
    Rule("cloud-sdk-access", ("iam_policy(", "iampolicy(", "role_assignments", "roleassignments"),
         compile_i(CLOUD_ACCESS),
         classify=lambda m: ("access_change", "revoke" if (m.group("verb") or "").lower() == "delete" else "grant"),
         confidence=0.85, reach=100),
    Rule("google-admin-sdk", ("users()", "members()", "roleassignments()"), compile_s(ADMIN_SDK), classify=_admin_sdk,
         confidence=0.85, reach=300),
    Rule("drive-permission", (".permissions",), compile_i(DRIVE_PERMISSION), confidence=0.85, reach=300,
         classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "delete" else "grant")),
    Rule("sdk-member-call", MEMBER_ANCHORS, compile_i(MEMBER_CALL),
         classify=lambda m: ("access_change", "grant" if m.group("verb").lower() in ("add", "invite", "grant")
                             else "revoke"), confidence=0.85, reach=200),
    Rule("sdk-user-handle", USER_HANDLE_ANCHORS, compile_s(USER_HANDLE), classify=_user_handle, confidence=0.85,
         reach=1500),
    Rule("platform-user-api", PLATFORM_USER_STARTS, compile_s(PLATFORM_USER), starts=PLATFORM_USER_STARTS,
         classify=lambda m: ("lifecycle", {"addUser": "create", "removeUser": "delete"}.get(m.group("verb"), "modify")),
         confidence=0.85),
    # a model's users switched off in bulk: Django's `User.objects.filter(...).update(is_active=False)`
    Rule("orm-users-deactivated", (".update(",), compile_s(
        r"\b(?:User|Account|Member|Login|\w*User)\.objects\.(?:filter|exclude|all)\([^\n]*?\.update\([^)\n]*?"
        r"\b(?:is_active|active|enabled|is_enabled)\s*=\s*False\b"), "lifecycle", "disable", 0.85),
    # a local user's flag turned off by hand, said in prose: "I set `is_active = false` on his row"
    Rule("prose-user-flag", ("set `",), compile_i(
        r"\bset[ \t]+`(?:is_?)?(?:active|enabled|login_enabled|can_login)[ \t]*=[ \t]*(?:false|0|'n')`[^.\n]{0,40}?"
        r"\b(?:on|for|in)\b[^.\n]{0,30}?\b(?:row|record|account|user|login)s?\b"),
        "lifecycle", "disable", 0.8, starts=("set `",)),
    Rule("cloud-init-users", ("#cloud-config",), compile_s(CLOUD_INIT_USERS), "lifecycle", "create", 0.85, reach=2000),
    Rule("cloud-init-key", ("#cloud-config",), compile_s(CLOUD_INIT_KEY), "access_change", "grant", 0.85, reach=2000),
)
