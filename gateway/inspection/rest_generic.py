"""Any REST API, judged by the shape of its path when no known endpoint matched: a write to a
collection of members, permissions or grants changes access; creating, deleting or switching the
state of an item in a collection of users, accounts or principals is a lifecycle step; a write that
rotates or sets a credential (`.../credentials/secrets`, `.../Change`, a body carrying `secret`)
changes one. The vocabulary is that of REST APIs across vendors (GitLab, CyberArk, Auth0, ...)."""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled

ACCESS_SEGMENTS = frozenset((
    "members", "member", "memberships", "membership", "collaborators", "permissions", "permission",
    "roleassignments", "role_assignments", "rolebindings", "role_bindings", "grants", "acl", "acls",
    "access", "owners", "admins", "assignments", "entitlements", "roles", "privileges", "teammembers",
    "team_members", "users_groups", "usergroups", "group_members", "sys_user_has_role", "sys_user_grmember",
    "sys_group_has_role", "role", "access-requests", "access_requests", "accessrequests", "enrollments", "enrolments",
    "permissions-config", "permission-config", "permissions_config", "access-config",
    # a course's or a school's people with rights over it (Google Classroom's `/courses/{id}/teachers`, Clever's)
    "teachers", "co_teachers", "coteachers", "instructors", "school_admins", "district_admins",
    # a search cluster's users and backend roles mapped to its roles (OpenSearch `rolesmapping`, Elastic `role_mapping`)
    "rolesmapping", "role_mapping", "role_mappings",
))
IDENTITY_SEGMENTS = frozenset((
    "users", "user", "serviceprincipals", "service_principals", "serviceaccounts", "service_accounts",
    "service-accounts", "accounts", "principals", "identities", "people", "employees", "workers",
    "guests", "logins", "userlogin", "members_invite", "sys_user", "internalusers",
    # an identity provider's own API in Spanish, Portuguese, French, German or Italian (`/cuentas/{id}/desbloquear`)
    "usuarios", "cuentas", "contas", "utilisateurs", "comptes", "benutzer", "konten", "utenti",
))
CREDENTIAL_SEGMENTS = frozenset((
    "secrets", "secret", "credentials", "keys", "tokens", "apikeys", "api_keys", "api-keys",
    "accesskeys", "access_keys", "clientsecrets", "client_secrets", "passwordcredentials", "password",
    "passwords", "certificates", "signing_keys", "signingkeys", "personal_access_tokens", "access_tokens",
    "service_tokens", "deploy_tokens", "deploy_keys", "oauth_tokens", "app_passwords", "service_keys",
    "personal-access-tokens", "access-tokens", "api-tokens", "apitokens", "api_tokens", "deploy-keys", "deploy-tokens",
    "oauth-tokens", "app-passwords", "service-tokens", "refresh_tokens", "refresh-tokens", "authtokens", "auth_tokens",
    "auth-tokens",
    # an account's second factor and its bypasses (Duo's `/users/{id}/bypass_codes`, Okta's `/users/{id}/factors`)
    "bypass_codes", "bypass-codes", "backup_codes", "backup-codes", "recovery_codes", "recovery-codes", "factors",
    "authenticators", "authentication-methods", "authentication_methods",
))
# Collections whose items are named, not numbered: the name after them is a role's (OpenSearch, Elasticsearch).
NAME_KEYED_ACCESS = frozenset(("rolesmapping", "role_mapping", "role_mappings"))
# An action on the access named just before it: Atlassian's `/users/{id}/roles/assign`.
ASSIGN_ACTIONS = ("assign", "unassign", "add", "remove", "grant", "revoke")
# A revocation endpoint of tokens, keys, sessions or credentials (Azure DevOps' `tokenadmin/revocations`).
REVOCATIONS = ("revoke", "revocation", "revocations", "revoke_all", "revoke-all")
REVOCABLE = re.compile(r"token|key|session|credential|secret|grant", re.I)
# Policies and rules change access only under an access-control API (Cloudflare Access, IAM, RBAC).
POLICY_SEGMENTS = frozenset(("policies", "policy", "rules", "bindings"))
ACCESS_APIS = frozenset(("access", "iam", "auth", "authorization", "identity", "rbac", "zero-trust", "zerotrust",
                         "zero_trust", "permissions"))
STATE_ACTIONS = {
    "change": "reset", "rotate": "reset", "reset": "reset", "regenerate": "reset", "roll": "reset",
    "promote": "reset",  # Twilio's secondary auth token made primary: the old one stops working
    "reset_password": "reset", "resetpassword": "reset", "changepassword": "reset", "unlock": "reset",
    "lock": "disable", "disable": "disable", "deactivate": "disable", "suspend": "disable",
    "block": "disable", "freeze": "disable", "expire": "disable", "revoke": "disable",
    "enable": "modify", "activate": "modify", "reactivate": "modify", "unsuspend": "modify",
    "unblock": "modify", "unfreeze": "modify", "logout": "disable", "revoke_sessions": "disable",
    "desbloquear": "reset", "debloquer": "reset", "entsperren": "reset", "sbloccare": "reset",
    "bloquear": "disable", "bloquer": "disable", "sperren": "disable", "bloccare": "disable",
    "desactivar": "disable", "deshabilitar": "disable", "desativar": "disable", "desactiver": "disable",
    "deaktivieren": "disable", "suspender": "disable", "suspendre": "disable",
}
BULK = {"delete": "delete", "remove": "delete", "purge": "delete"}  # `tokens/delete-all`, `users/remove_batch`
SECRET_BODY = re.compile(r"[\"'](?:secret|password|passwd|client_secret|clientsecret|api_?key|token|"
                         r"private_?key|passphrase)[\"']\s*:|"
                         # a field of `gh api` (`-f secret="$NEW"`), as a webhook's secret is rotated
                         r"(?<!\S)(?:-[fF]|--field|--raw-field)[ \t]+['\"]?(?:config\[)?(?:secret|password|token|"
                         r"api_?key|client_secret)\]?=", re.I)
DISABLE_BODY = re.compile(r"[\"'](?:blocked|isfrozen|frozen|locked|suspended|disabled)[\"']\s*:\s*true|"
                          r"[\"'](?:active|enabled|accountenabled|isactive)[\"']\s*:\s*false", re.I)
# An account's status set to off (`"statuskey": "0"`, `"status": "inactive"`); on an HR record it is an attribute.
STATUS_OFF_BODY = re.compile(r"[\"'](?:status|status_?key|account_?status|user_?status)[\"']\s*:\s*[\"']?(?:0|"
                             r"inactive|disabled|suspended|deactivated|terminated|locked)[\"']?\s*[,}]", re.I)
# Accounts in a ledger, a bank or a billing system: `POST /v1/accounts {"type": "asset", "currency": "EUR"}`.
MONEY_BODY = re.compile(r"[\"'](?:currency|balance|opening_?balance|iban|bic|swift|ledger\w*|gl_?code|amount|"
                        r"credit_?limit|chart_?of_?accounts)[\"']\s*:", re.I)
MONEY_APIS = frozenset(("ledger", "ledgers", "gl", "finance", "billing", "banking", "payments", "accounting"))
HR_RECORDS = frozenset(("employees", "employee", "workers", "worker", "people", "persons", "person"))
ROLE_BODY = re.compile(r"[\"'](?:role|roles|role_?ids?|roleids|permission_?set|user_?type|is_?admin|"
                       r"admin|groups|group_?ids|custom_role_id)[\"']\s*:", re.I)
# A new account given a role in the same call (`POST /serviceaccounts {"role": "Viewer"}`): access at once.
NEW_ROLE_BODY = re.compile(r"[\"'](?:role|roles|org_?role|role_?name|role_?ids?|permission_?set|is_?admin|admin|"
                           r"access_?level|security_?profile(?:__v)?|user_?role)[\"']\s*:\s*"
                           r"(?:\[\s*)?(?:[\"'][^\"'\s]|true\b|[1-9])", re.I)
ATTRIBUTE_BODY = re.compile(r"[\"'](?:primaryemail|userprincipalname|legalname|givenname|familyname|"
                            r"surname|reportsto|manager\w*|department\w*|jobtitle|title|costcent\w*|"
                            r"employeetype|employmentstatus|end_?date|termination_?date)[\"']\s*:", re.I)


# A flag that makes the user choose a new password at the next sign-in: the old one stops working.
FORCE_RESET_BODY = re.compile(
    r"[\"'](?:password_?expired|expire_?password|force_?(?:password_?)?(?:change|reset)\w*|"
    r"(?:must|require)_?(?:change_?)?password\w*|change_?password_?(?:at|on)_?next_?\w+|"
    r"force_?change_?password_?next_?sign_?in\w*)[\"']\s*:\s*true|[\"']pwd_?last_?set[\"']\s*:\s*[\"']?0\b", re.I)
# Who may skip a protection (required reviews, push restrictions, rulesets) when it names principals.
EXEMPTION_KEYS = re.compile(r"[\"'](?:bypass_\w+|\w+_allowances|dismissal_restrictions|restrictions|"
                            r"allowed_to_(?:push|merge|unprotect|deploy)|(?:push|merge|unprotect|deploy)_access_levels)[\"']\s*:\s*[\[{]",
                            re.I)
# The same as `gh api -f` form fields: `-f 'bypass_pull_request_allowances[apps][]=release-bot'`.
EXEMPTION_FIELD = re.compile(r"(?:bypass_\w+|\w+_allowances|dismissal_restrictions|restrictions)"
                             r"\[(?:users|teams|apps)\]"
                             r"(?:\[\])?=[\w'\"]", re.I)
NAMED_PRINCIPALS = re.compile(r"[\"'](?:users|teams|groups|apps|actor_id|user_id|group_id)[\"']\s*:\s*"
                              r"(?:\[\s*[\"'\d{]|\d)",
                              re.I)
# An RPC-style method as the last segment: Slack's `conversations.invite`, `admin.users.remove`.
RPC_METHOD = re.compile(r"[a-z]\w*(?:\.[a-z]\w*)+", re.I)
FILE_SUFFIXES = ("json", "xml", "html", "php", "yaml", "yml", "csv", "txt", "js", "aspx", "do")

USER_UPDATE = re.compile(r"(?:update|modify|edit|patch|set)[-_]?(?:user|account|person|worker|employee|identity)s?")
# Users of a role, group, project or course: who belongs to it, so access (`/roles/418223/users`).
CONTAINERS = frozenset(("roles", "groups", "teams", "projects", "courses", "channels", "apps", "applications", "sites",
                        "spaces", "workspaces", "organizations", "orgs", "repositories", "repos", "safes", "vaults"))
REVIEW_SEGMENTS = frozenset(("certifications", "certification", "access-reviews", "accessreviews", "access_reviews",
                             "campaigns", "campaign", "reviews", "recertifications"))
REVIEW_ACTIONS = frozenset(("decide", "decisions", "decision", "sign-off", "signoff", "certify", "complete", "submit",
                            "approve", "reassign-decisions",
                            # Microsoft Graph: the reviewers' decisions applied, recommendations taken as decisions
                            "applydecisions", "acceptrecommendations", "batchrecorddecisions",
                            "uploaddecisions", "importdecisions", "bulkdecisions"))  # Saviynt: a decision sheet


# An action or a sub-resource of one person's HR record (`/workers/21008812/changeOrganizationAssignments`,
# `/employees/418/tables/employmentStatus`): an attribute change, or the end of employment.
HR_PARTS = ("organization", "manager", "supervisor", "job", "position", "department", "title", "location",
            "costcent", "employment", "jobinfo", "reportsto", "businesstitle", "worker_type", "workertype")
DEACTIVATING = re.compile(r"deactivat|suspend|disabl|inactive|terminat|block", re.I)  # or a DISABLE_BODY flag
STATE_PARTS = ("status", "state", "enabled", "active", "activation", "lock", "lockout")
TERMINATION = ("terminat", "endemployment", "end_employment", "separation", "offboard")


# One endpoint for every call, the body naming what it writes: REDCap's `/api/` with `content: user` and the users'
# rights as `data` (an import; an export sends no data)
USER_RIGHTS_CONTENT = re.compile(r"[\"']content[\"']\s*:\s*[\"'](?:user|userrole|userrolemapping|userdagmapping)[\"']",
                                 re.I)
USER_RIGHTS_DATA = re.compile(r"[\"']data[\"']\s*:")
DELETE_ACTION = re.compile(r"[\"']action[\"']\s*:\s*[\"']delete[\"']", re.I)


def segments(url: str) -> list[str]:
    """The lower-cased path segments of a URL or path, without scheme, host, query or API prefixes."""
    path = compiled(r"^[a-z]+://[^/]+", re.I).sub("", url.strip()).split("?", 1)[0].split("#", 1)[0]
    prefix = compiled(r"v\d+(?:\.\d+)?|api|beta|preview", re.I)
    return [s.lower() for s in path.split("/") if s and not prefix.fullmatch(s)]


def _is_id(segment: str) -> bool:
    """A path segment that names one item (an id, a number, an address, Maximo's base64 key `_TUFSVElO-`)
    rather than a collection."""
    return any(ch.isdigit() for ch in segment) or any(ch in segment for ch in "@|:{}$<>") \
        or segment.startswith("_") and segment.endswith("-") \
        or segment not in ACCESS_SEGMENTS | IDENTITY_SEGMENTS | CREDENTIAL_SEGMENTS and "." in segment


def generic_endpoint(method: str, url: str, body: str = "") -> tuple[str, str] | None:
    """(kind, action) for a write whose path shape says it changes identity; None otherwise."""
    method = method.upper()
    if method == "POST" and USER_RIGHTS_CONTENT.search(body) and USER_RIGHTS_DATA.search(body):
        return "access_change", "revoke" if DELETE_ACTION.search(body) else "grant"
    parts = segments(url)
    if method not in ("POST", "PUT", "PATCH", "DELETE") or not parts:
        return None
    last = parts[-1]
    named = [s for s in parts if not _is_id(s)]
    tail = named[-1] if named else ""
    if REVIEW_SEGMENTS.intersection(parts) and (last in REVIEW_ACTIONS or len(parts) > 1 and parts[-2] in REVIEW_ACTIONS
                                                and (_is_id(last) or "(" in last)):
        return "attestation", "attest"  # also one decision or a function of them: `decisions/filterByCurrentUser(...)`
    action = last.lstrip("_")  # ZITADEL's and Elasticsearch's `/_deactivate`, `/_disable`: an action, marked so
    head = compiled(r"[-_]").split(action)[0]
    state = STATE_ACTIONS.get(action) or STATE_ACTIONS.get(head) or BULK.get(head)
    if state and (_acted_on(parts[:-1]) in IDENTITY_SEGMENTS | CREDENTIAL_SEGMENTS
                  or len(parts) >= 3 and parts[-3] in IDENTITY_SEGMENTS):  # a login by name: `/users/jsmith/unlock`
        return "lifecycle", state
    if action in REVOCATIONS and any(REVOCABLE.search(s) for s in parts[:-1]):
        return "lifecycle", "disable"
    if last == "value" and method in ("PUT", "POST") and len(parts) >= 3 and parts[-3] in CREDENTIAL_SEGMENTS:
        return "lifecycle", "reset"  # Cloudflare's roll: `PUT /user/tokens/{id}/value`
    if action in ASSIGN_ACTIONS and len(parts) > 1 and parts[-2] in ACCESS_SEGMENTS:  # `/users/u/roles/assign`
        return "access_change", "revoke" if action in ("unassign", "remove", "revoke") else "grant"
    if len(parts) >= 2 and parts[-2] in NAME_KEYED_ACCESS:  # `rolesmapping/obs_logs_reader`: a role by its name
        return "access_change", "revoke" if method == "DELETE" else "grant"
    if len(parts) >= 2 and parts[-2] == "user" and "_security" in parts:  # Elasticsearch's `_security/user/jdoe`
        return _user_write(method, True, body, account=True)
    if tail in ACCESS_SEGMENTS or tail in POLICY_SEGMENTS and ACCESS_APIS.intersection(parts) \
            or _compound_access(tail) or _access_for_principal(parts) or _joined_access(tail):
        return "access_change", "revoke" if method == "DELETE" else "grant"
    if tail in CREDENTIAL_SEGMENTS:
        return "lifecycle", "delete" if method == "DELETE" else "reset"
    if tail in ("accounts", "account") and (MONEY_BODY.search(body) or MONEY_APIS.intersection(parts)):
        return None  # a ledger's or a bank's account, not a login
    if tail in IDENTITY_SEGMENTS and CONTAINERS.intersection(named[:-1]):
        return "access_change", "revoke" if method == "DELETE" else "grant"
    if tail in IDENTITY_SEGMENTS or _kind_of_users(tail):
        return _user_write(method, _is_id(last), body, account=tail not in HR_RECORDS)
    if USER_UPDATE.fullmatch(tail):  # an RPC-style path: Saviynt's `/ECM/api/v5/updateUser`
        return _user_write(method, True, body, account="user" in tail or "account" in tail)
    if method in ("PUT", "PATCH") and ROLE_BODY.search(body) and _keyed_user(named):
        return "access_change", "modify"  # MongoDB Atlas' `/databaseUsers/{authDb}/{name}` given its roles
    if method in ("PUT", "POST") and last == "graph" and len(parts) > 1 and parts[-2] in ("permissions", "collection"):
        return "access_change", "modify"  # Metabase's permission graphs: which group may read what
    under = _under_person(parts)
    if method != "DELETE" and (EXEMPTION_KEYS.search(body) and NAMED_PRINCIPALS.search(body)
                               or EXEMPTION_FIELD.search(body)):
        return "access_change", "grant"  # `bypass_pull_request_allowances: {users: [release-bot]}`
    if method != "DELETE" and last in ("restrictions", "restriction") \
            and any("branch-permission" in part or "branch_permission" in part for part in parts) \
            and NAMED_PRINCIPALS.search(body):
        return "access_change", "modify"  # Bitbucket's branch restrictions: who may merge or push, by name
    rpc = _rpc_method(last)
    if rpc:
        return rpc
    if method != "DELETE" and under:
        if any(word in under for word in TERMINATION) or under in STATE_PARTS and (
                DEACTIVATING.search(body) or DISABLE_BODY.search(body)):
            return "lifecycle", "disable"
        if under in STATE_PARTS:
            return "lifecycle", "modify"
        if any(word in under for word in HR_PARTS):
            return "attestation", "modify"
    if method in ("PATCH", "PUT") and SECRET_BODY.search(body):  # a new secret on an existing thing
        return "lifecycle", "reset"
    return None


# Segments between a collection and its action that name no thing (`/users/{id}/lifecycle/suspend`, Atlassian's
# `/users/{id}/manage/lifecycle/disable`)
ACTION_GROUPS = frozenset(("actions", "action", "_actions", "lifecycle", "ops", "operations", "commands", "status",
                           "state", "execute", "manage"))


def _acted_on(parts: list[str]) -> str:
    """The collection an action at the end of a path acts on: the last named segment before it (ids and action
    groups skipped): `licenses` in `/accounts/{id}/licenses/{id}/actions/suspend`, `users` in `/users/{id}/suspend`."""
    for segment in reversed(parts):
        if not _is_id(segment) and segment not in ACTION_GROUPS:
            return segment
    return ""


# A verb before "user" makes the segment a method (`getUser`, `updateUser`), not a collection of users.
READ_OR_VERB = re.compile(r"get|list|search|find|read|fetch|query|lookup|check|view|show|update|modify|edit|patch|"
                          r"set|create|add|delete|remove|disable|enable")


def _kind_of_users(segment: str) -> bool:
    """`systemusers`, `directoryusers`, `localusers`: a collection of one kind of users (Maximo's `mxapiuser`)."""
    return segment.isalpha() and len(segment) <= 24 and (segment.endswith("users") or segment.endswith("user")
                                                          and not READ_OR_VERB.match(segment))


def _rpc_method(segment: str) -> tuple[str, str] | None:
    """An identity change named by an RPC-style method (`conversations.invite`, `users.admin.setInactive`)."""
    from gateway.inspection.tool_names import judge_name  # tool_names imports patterns; keep this module light

    if not RPC_METHOD.fullmatch(segment) or segment.rsplit(".", 1)[1].lower() in FILE_SUFFIXES:
        return None
    named = judge_name(segment)
    return named if named and named[0] in ("access_change", "lifecycle") else None


# The access of a kind of thing, joined in one segment: `folder-permissions`, `project_members`, `site-roles`.
JOINED_ACCESS = frozenset(("permissions", "members", "memberships", "roles", "collaborators", "acls", "entitlements",
                           "privileges", "rolebindings"))


def _joined_access(segment: str) -> bool:
    parts = compiled(r"[-_]").split(segment)
    return len(parts) > 1 and parts[0] != "" and parts[-1] in JOINED_ACCESS


def _access_for_principal(parts: list[str]) -> bool:
    """`.../permissions-config/groups/release-managers`: the access of one named user or group."""
    return len(parts) >= 3 and parts[-3] in ACCESS_SEGMENTS and parts[-2] in CONTAINERS | IDENTITY_SEGMENTS


def _compound_access(segment: str) -> bool:
    """`PermissionSetAssignment`, `appRoleAssignments`, `groupMemberships`: an access object joined to
    an assignment word in one segment."""
    stem = segment.removesuffix("s")
    for suffix in ("assignment", "membership", "member", "grant"):
        if stem.endswith(suffix) and stem != suffix:
            return any(word in stem[: -len(suffix)] for word in ("permission", "role", "group", "access", "entitle",
                                                                 "team", "app", "license", "policy"))
    return False


def _under_person(parts: list[str]) -> str:
    """The segments, joined, after one person's id (`workers/21008812/changeOrganizationAssignments`)."""
    for at in range(len(parts) - 1):
        if parts[at] in IDENTITY_SEGMENTS and _is_id(parts[at + 1]):
            return "".join(parts[at + 2:])
    return ""


def _keyed_user(named: list[str]) -> bool:
    """A user named by one or two path segments with no digit after its collection (`databaseusers/admin/app`)."""
    return any(segment in IDENTITY_SEGMENTS or _kind_of_users(segment) for segment in named[-3:-1])


def _user_write(method: str, item: bool, body: str, account: bool = True) -> tuple[str, str] | None:
    """A write to a collection of users (`item` False) or to one user, told apart by its body (`account`: of
    login accounts, not HR records)."""
    if method == "DELETE":
        return ("lifecycle", "delete") if item else None
    if method == "POST" and not item:
        return "lifecycle", "create"
    if account and STATUS_OFF_BODY.search(body):
        return "lifecycle", "disable"
    for pattern, decided in ((DISABLE_BODY, ("lifecycle", "disable")), (FORCE_RESET_BODY, ("lifecycle", "reset")),
                             (SECRET_BODY, ("lifecycle", "reset")),
                             (ROLE_BODY, ("access_change", "modify")), (ATTRIBUTE_BODY, ("attestation", "modify"))):
        if pattern.search(body):
            return decided
    # an HR record's other fields (address, phone, bank details) are attributes of the person, not of a login
    return ("lifecycle", "modify") if account else ("attestation", "modify")
