"""Infrastructure-as-code and policy documents: AWS IAM (trust) policies, GCP bindings, Azure role
assignments, Kubernetes RBAC and ServiceAccounts, Terraform / CloudFormation / Pulumi identity
resources, and SCIM / Graph bodies seen without their request line."""

from __future__ import annotations

import re
from bisect import bisect_left

from gateway.inspection.alternation import head_first
from gateway.inspection.compiled import compiled
from gateway.inspection.lexicon_i18n import KEEP_VERDICTS, REVOKE_VERDICTS
from gateway.inspection.patterns import Found, Rule, compile_i, compile_s, positions

TF_LIFECYCLE = (
    r"aws_iam_(?:user|access_key|user_login_profile|service_specific_credential|signing_certificate|"
    r"user_ssh_key)|google_service_account(?:_key)?|azuread_(?:user|service_principal|application|"
    r"application_password|service_principal_password)|okta_user|aws_cognito_user|"
    # a workload's own identity: an Azure user-assigned managed identity is a service principal in Entra
    r"azurerm_user_assigned_identity|"
    r"kubernetes_service_account(?:_v1)?|github_repository_deploy_key|gitlab_deploy_key|"
    r"vault_approle_auth_backend_role_secret_id|random_password_for_user|"
    # a database's own logins: a Postgres role (a login or a group role) and a MySQL or SQL Server user
    r"postgresql_role|mysql_user|mssql_(?:login|user)|"
    # a SaaS tool's own user account (`pagerduty_user`, `datadog_user`): a seat someone signs in with
    r"(?:pagerduty|datadog|opsgenie|grafana|snowflake|databricks|gitlab|auth0|keycloak|onelogin|jumpcloud|"
    r"newrelic|sumologic|launchdarkly|tfe|sentry|mongodbatlas_database|rabbitmq|artifactory)_user"
)
# A membership of the organisation itself: deleting its block offboards the member from the tenant.
TF_ORG_MEMBER = r"github_membership|tfe_organization_membership|gitlab_group_membership|sentry_member|" \
    r"vercel_team_member|cloudflare_account_member|datadog_user|pagerduty_user|okta_user|azuread_user"
TF_ACCESS = (
    r"aws_iam_\w+|aws_ssoadmin_\w+|aws_identitystore_group_membership|aws_s3_bucket_policy|"
    r"aws_s3_bucket_acl|aws_kms_grant|aws_lakeformation_permissions|azurerm_role_(?:assignment|"
    r"definition)|azurerm_key_vault_access_policy|azuread_(?:group_member|directory_role_\w+|"
    r"app_role_assignment|group)|google_\w+_iam_(?:member|binding|policy|custom_role|audit_config)|"
    r"kubernetes_(?:cluster_)?role(?:_binding)?(?:_v1)?|github_(?:team_membership|membership|"
    r"team_repository|repository_collaborator|team_members)|okta_\w*(?:group_membership|"
    r"group_memberships|app_user|app_group_assignment|group_role|admin_roles|group_rule)\w*|"
    r"gitlab_(?:project|group)_membership|snowflake_\w*grant\w*|postgresql_grant(?:_role)?|"
    r"mysql_grant|vault_policy|databricks_permissions|cloudflare_access_policy"
)


def _tf(match: re.Match) -> tuple[str, str] | None:
    kind_word = (match.group("block") or "").lower()
    if kind_word and _commented_out(match.string, match.start()):
        return None  # `# resource "google_project_iam_member" ...`: a skeleton that creates nothing
    if kind_word == "data" and match.group("type") != "aws_iam_policy_document":
        return None
    resource = match.group("type")
    if compiled(TF_LIFECYCLE).fullmatch(resource):
        return "lifecycle", "create"
    return "access_change", "grant"


def _commented_out(text: str, at: int) -> bool:
    """The line holding `at` is a comment up to it (HCL `#` or `//`)."""
    return text[text.rfind("\n", 0, at) + 1: at].lstrip().startswith(("#", "//"))


def _chef(match: re.Match) -> tuple[str, str] | None:
    """A Chef / Puppet `user` or `group` resource: accounts are lifecycle, memberships access."""
    res, body = match.group("res").lower(), match.group("body").lower()
    if res == "sudo" or res == "group" and compiled(r"\bmembers?\b|\bappend\b|excluded_members").search(body):
        return "access_change", "revoke" if "excluded_members" in body or ":remove" in body else "grant"
    if res.endswith("user"):
        verb = compiled(r"(?:action\s+\[?:|ensure\s*=>\s*['\"]?)(\w+)").search(body)
        return "lifecycle", {"remove": "delete", "absent": "delete", "lock": "disable"}.get(
            verb.group(1) if verb else "", "create")
    return None


def _ansible(match: re.Match) -> tuple[str, str] | None:
    """An Ansible `user` / `authorized_key` task: the body says which (a config's `user:` section does not)."""
    body = match.group("body")
    if match.group("mod") == "authorized_key":
        return ("access_change", "revoke" if compiled(r"state:\s*absent").search(body) else "grant") \
            if compiled(r"\bkey:").search(body) else None
    if not compiled(r"^\s*(?:state:\s*(?:present|absent)|shell:|uid:|create_home:|remove:|system:|groups:|"
                     r"password_lock:|expires:)", re.MULTILINE).search(body):
        return None
    if compiled(r"state:\s*absent").search(body):
        return "lifecycle", "delete"
    if compiled(r"password_lock:\s*(?:true|yes)|expires:").search(body):
        return "lifecycle", "disable"
    if compiled(r"^\s*groups:", re.MULTILINE).search(body) and compiled(r"^\s*append:", re.MULTILINE).search(body):
        return "access_change", "grant"  # groups appended to a user's own: a membership task, not a new account
    return "lifecycle", "create"


def _permifrost_user(match: re.Match) -> tuple[str, str] | None:
    """`member_of: [reporter]` under a permifrost / Snowflake spec's `users:` section: roles granted to a user."""
    before = match.string[max(0, match.start() - 3000): match.start()]
    return ("access_change", "grant") if compiled(r"^users:[ \t]*$", re.M).search(before) else None


# A workflow's token widened on purpose: "Widen it for this job only:" before a `permissions:` block with a
# write scope (a workflow shown as it is, `contents: read` / `id-token: write` in passing, changes nothing).
WIDENING = re.compile(r"\b(?:widen|broaden|expand|elevate|raise|bump|grant|give|add|upgrade)\b[^.\n]{0,80}?"
                      r"(?:\bit\b|\btoken\b|\bpermissions?\b|\bscopes?\b|\bwrite\b|`GITHUB_TOKEN`)", re.I)


def _widened_token(match: re.Match) -> tuple[str, str] | None:
    text = match.string
    block = text.rfind("permissions:", max(0, match.start() - 400), match.start())
    if block < 0:
        return None
    return ("access_change", "grant") if WIDENING.search(text, max(0, block - 400), block) else None


_ACCOUNT_OPS = r"enable|disable|create|delete|suspend|deactivate|reactivate|lock|unlock|deprovision|offboard"
_ACCOUNT_KEY = r"\"(?:account|upn|userPrincipalName|samAccountName|netid|uid|username|login)\"\s*:\s*\"[^\"\s]{2,80}\""
_NO_OTHER_OBJECT = r"(?![^{}\n]{0,200}?\"(?:object|resource|type|item|entity|record|ticket|file)\"\s*:)"


def _account_op(match: re.Match) -> tuple[str, str]:
    verb = (match.group("v") or match.group("w")).lower()
    return "lifecycle", {"enable": "create", "create": "create", "reactivate": "create", "delete": "delete",
                         "deprovision": "delete", "offboard": "delete", "unlock": "reset"}.get(verb, "disable")


# The same record in YAML, one key a line (an HR feed's provisioning record, a JML queue):
# `- employee_id: E104522` ... `action: deprovision`. The keys of one list item, in any order.
YAML_ACCOUNT_OP = compile_i(rf"(?<![\w.\"'-])(?:action|op|operation)[ \t]*:[ \t]*[\"']?(?P<v>{_ACCOUNT_OPS}|terminate)"
                            r"[\"']?[ \t]*(?:#[^\n]*)?$")
PERSON_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:employee_?(?:id|number)|worker_?id|person_?id|upn|userprincipalname|"
                        r"samaccountname|user_?name|user|login|e?mail|uid|netid)[ \t]*:[ \t]*\S", re.I | re.M)
OTHER_OBJECT_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:object|resource|item|entity|ticket|file|path|job|task|pipeline|"
                              r"repo(?:sitory)?|bucket|instance|schedule|cron|table|database|device)[ \t]*:",
                              re.I | re.M)
RECORD_LINES = 12


def _yaml_account_op(match: re.Match) -> tuple[str, str] | None:
    record = _yaml_record(match.string, match.start())
    if PERSON_KEY.search(record) is None or OTHER_OBJECT_KEY.search(record) is not None:
        return None
    verb = match.group("v").lower()
    return "lifecycle", {"enable": "create", "create": "create", "reactivate": "create", "delete": "delete",
                         "deprovision": "delete", "offboard": "delete", "terminate": "delete",
                         "unlock": "reset"}.get(verb, "disable")


def _yaml_record(text: str, at: int) -> str:
    """The lines of the YAML list item (or mapping) whose key starts at `at`: up to its `- ` line, down to the
    next item, a blank line, a fence or a line indented less."""
    first = text.rfind("\n", 0, at) + 1
    column = at - first
    start = first
    if text[first:at].strip() not in ("", "-"):
        return text[first: text.find("\n", at) % (len(text) + 1)]
    for _ in range(RECORD_LINES):
        if text[first:at].strip() == "-" or start == 0:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above: start - 1]
        key_column = _key_column(line)
        if key_column is None or key_column < column:
            break
        start = above
        if key_column == column and line.lstrip().startswith("- "):
            break
    end = text.find("\n", at)
    for _ in range(RECORD_LINES):
        if end < 0:
            break
        below = text.find("\n", end + 1)
        line = text[end + 1: below if below >= 0 else len(text)]
        key_column = _key_column(line)
        if key_column is None or key_column < column or key_column == column and line.lstrip().startswith("- "):
            break
        end = below
    return text[start: end if end >= 0 else len(text)]


def _key_column(line: str) -> int | None:
    """Where a YAML line's key starts (after a `- `), None for a blank line or a fence."""
    stripped = line.lstrip()
    if not stripped or stripped.startswith(("```", "~~~")):
        return None
    column = len(line) - len(stripped)
    return column + 2 if stripped.startswith("- ") else column


def _cfn(match: re.Match) -> tuple[str, str]:
    noun = match.group("noun")
    if noun in ("User", "AccessKey", "ServiceLinkedRole") or "Credential" in noun:
        return "lifecycle", "create"
    return "access_change", "grant"


# A fragment of an access document, enough inside a code-review suggestion: IAM / Azure action lists,
# a Kubernetes rule's verbs, a GCP role binding, a policy principal.
ACCESS_FRAGMENT = re.compile(
    r"[\"']?(?:not)?actions?[\"']?\s*[:=]\s*\[?\s*[\"'](?:[\w-]+:[\w*]+|Microsoft\.[\w.]+/)|"
    r"^[ \t]*-?[ \t]*[\"']?verbs[\"']?\s*:|"
    r"[\"']?role[\"']?\s*[:=]\s*[\"']?(?:roles|projects/[\w-]+/roles|organizations/\d+/roles)/[\w.]+|"
    r"[\"']?(?:not)?principals?[\"']?\s*[:=]\s*\{\s*[\"']?(?:aws|service|federated)[\"']?\s*:",
    re.IGNORECASE | re.MULTILINE)


def _suggested_access(match: re.Match) -> tuple[str, str] | None:
    """A suggested change (GitHub's / GitLab's ```suggestion block, applied with one click) to a
    fragment of an access document: narrowing a policy is an access change too."""
    return ("access_change", "modify") if ACCESS_FRAGMENT.search(match.group("body")) else None


_ACTION_HEAD = re.compile(r"[\"']?(?:not)?actions?[\"']?\s*[:=]\s*[\[\"']", re.IGNORECASE)


def _occurs_in(low: str, found: Found, literals: tuple[str, ...], start: int, stop: int) -> bool:
    """Whether one of `literals` begins somewhere in low[start:stop]."""
    for literal in literals:
        occurrences = positions(low, literal, found)
        at = bisect_left(occurrences, start)
        if at < len(occurrences) and occurrences[at] < stop:
            return True
    return False


_HR_HEAD = re.compile(
    r"[\"']?(?:manager_?id|supervisory_org|cost_?cent(?:er|re)|job_?title|employment_?status|end_?date|"
    r"termination_?date|department)[\"']?\s*:", re.IGNORECASE)
_HR_SUBJECTS = ("worker", "employee", "person", "effective", "workday", "hris")
_HR_ATTRIBUTES = ("manager_id", "managerid", "supervisory_org", "cost_cent", "costcent", "status", "termination_date",
                  "terminationdate", "end_date", "enddate", "department")


def _hr_pair_near(text: str, low: str, pos: int, end: int, found: Found) -> bool:
    """hr-attributes can match at `pos` only at a worker / employee id or workday followed within
    about 400 characters by an attribute (its second form), or at an attribute followed within 400
    characters of its colon by a word naming the person or the HR system (its first form's
    lookahead). Both are costly to try at every candidate of a long answer."""
    if low.startswith(("worker", "employee", "workday"), pos):
        return _occurs_in(low, found, _HR_ATTRIBUTES, pos, min(end, pos + 413))  # id, 400, a quote
    head = _HR_HEAD.match(text, pos, end)
    return head is not None and _occurs_in(low, found, _HR_SUBJECTS, head.end(), min(end, head.end() + 401))


# A JSON Schema declares the field and sets no value: `"department": {"type": "string"}`; so does a type annotation in
# code (`end_date: Mapped[date]`, `end_date: Optional[date] = None`)
_SCHEMA_DECLARATION = re.compile(r"\s*\{\s*[\"'](?:type|enum|\$ref|format|oneOf|anyOf|items)[\"']\s*:|[ \t]*(?:Mapped|"
                                 r"Optional|Union|list|List)\[|[ \t]*(?:date|datetime|str|int|string|Date)\b(?![\"'])")


def _hr_value_set(match: re.Match[str]) -> tuple[str, str] | None:
    """hr-attributes unless the attribute's value is a schema for it (a record's shape, not a change)."""
    return None if _SCHEMA_DECLARATION.match(match.string, match.end()) else ("attestation", "modify")


# ... or the certification campaign the line belongs to (`"certificationId": ...`, `"campaign_id": ...`)
# Only asked whether it occurs: without the optional opening quote (where a quote opens a match, one starts right after
# it) it has literal heads, and is tried only where one stands.
_ENTITLEMENT_KEY = head_first(r"\b(?:entitlements?|access|roles?|groups?|permissions?|privileges?|"
                              r"permission_?sets?|(?:re)?certification_?ids?|campaign_?ids?)[\"']?\s*[:=]")


# A verdict compared, not set: "WHERE decision = 'revoke'", "count(*) FILTER (WHERE decision = 'revoke')",
# ".filter(decision='revoke')". A query counts or selects the review's items; it records no decision.
_COMPARED = re.compile(r"(?:\b(?:where|and|or|when|having|on)|\bfilter\s*\(\s*(?:where)?|\.where\s*\()\s*\(?\s*"
                       r"(?:[\w.]+\.)?[\"'`]?\Z")


def _verdict_set(match: re.Match[str]) -> tuple[str, str] | None:
    """review-decision unless the verdict is a query's condition on the decision column."""
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    before = match.string[max(line_start, match.start() - 80): match.start()].lower()
    return None if _COMPARED.search(before) else ("attestation", "attest")


def _entitlement_key_near(text: str, low: str, pos: int, end: int, found: Found) -> bool:
    """review-verdict-record only where a key naming what is reviewed stands within 300 characters."""
    return _ENTITLEMENT_KEY.search(low, max(0, pos - 300), min(end, pos + 300)) is not None


# every literal the guards here look up: the detector's literal index finds them with the rest
GUARD_LITERALS = (*_HR_SUBJECTS, *_HR_ATTRIBUTES, "member", "roles/")


def _gcp_pair_follows(text: str, low: str, pos: int, end: int, found: Found) -> bool:
    """gcp-binding can match at `pos` only with a `member` after a role (its lookahead) or a
    `roles/` path after a member."""
    if low.startswith("member", pos) or low.startswith("member", pos + 1):
        return _occurs_in(low, found, ("roles/",), pos, end)
    return _occurs_in(low, found, ("member",), pos, end)


def _effect_follows(text: str, low: str, pos: int, end: int, found: Found) -> bool:
    """iam-action-first can match at `pos` only with an `effect` at most 400 characters after the
    end of the action's line (all it matches after the opening bracket stays on that line)."""
    head = _ACTION_HEAD.match(text, pos, end)
    if head is None:
        return False
    line_end = text.find("\n", head.end(), end)
    limit = (end if line_end == -1 else line_end) + 402
    occurrences = positions(low, "effect", found)
    at = bisect_left(occurrences, head.end())
    return at < len(occurrences) and occurrences[at] < limit


# A condition key in a policy statement (`"aws:SecureTransport":`), and those that only ask how a request travels.
CONDITION_KEY = re.compile(r"[\"'](?:aws|s3|kms|sts|iam|ec2|sqs|sns):\w+[\"']\s*:", re.I)
TRANSPORT_KEYS = frozenset(("aws:securetransport", "s3:tlsversion"))


_RBAC_ON = re.compile(r"^[ \t]+(?:create|enabled)[ \t]*:[ \t]*[\"']?true\b", re.MULTILINE | re.IGNORECASE)
_RBAC_VERBS = re.compile(r"^[ \t-]+[\"']?verbs[\"']?[ \t]*:", re.MULTILINE)


def _rbac_values(match: re.Match[str]) -> tuple[str, str] | None:
    """A Helm values `rbac:` block switched on (`create: true`) with the rules' verbs it will grant."""
    body = match.group("body")
    return ("access_change", "grant") if _RBAC_ON.search(body) and _RBAC_VERBS.search(body) else None


def _statement_effect(match: re.Match[str]) -> tuple[str, str] | None:
    """A grant or a revocation; None for a deny whose only condition is the transport ("deny unless TLS"):
    it refuses plain-text requests and takes nobody's access away."""
    if match.group("effect").lower() == "allow":
        return "access_change", "grant"
    statement = match.string[match.end(): match.end() + 700]
    following = statement.lower().find("effect")  # the next statement
    statement = statement if following < 0 else statement[:following]
    keys = {key.group().strip("\"': \t").lower() for key in CONDITION_KEY.finditer(statement)}
    if keys and keys <= TRANSPORT_KEYS:
        return None
    return "access_change", "revoke"


# A binding's role and its subject as a chart's values name them, each with a value on its line.
_ROLE_KEY = r"\b(?:cluster_?)?role(?:_?ref|_?name)?[\"']?[ \t]*:[ \t]*[\"']?[\w:.-]+"
_SUBJECT_KEY = r"\b(?:service_?account(?:_?name)?|users?|groups?|subject)[\"']?[ \t]*:[ \t]*[\"']?[\w@.:-]+"

RULES: tuple[Rule, ...] = (
    Rule("iam-statement", ("effect",), compile_i(
        r"[\"']?effect[\"']?\s*[:=]\s*[\"']?(?P<effect>allow|deny)\b[\"']?(?=[\s\S]{0,600}?"
        r"[\"']?(?:not)?actions?[\"']?\s*[:=])"),
        classify=_statement_effect, confidence=0.85, reach=700,
        starts=("effect",), back=1),
    Rule("iam-action-first", ("effect",), compile_i(
        r"[\"']?(?:not)?actions?[\"']?\s*[:=]\s*[\[\"'][^\]\n]{0,200}?[\w*-]+:[\w*]+(?=[\s\S]{0,400}?"
        r"[\"']?effect[\"']?\s*[:=]\s*[\"']?(?:allow|deny))"), "access_change", "grant", 0.8, reach=500,
        starts=("action",), back=4, guard=_effect_follows),
    Rule("trust-policy", ("assumerole",), compile_i(r"sts:AssumeRole\w*"), "access_change", "grant",
         0.85),
    Rule("gcp-binding", ("roles/",), compile_i(
        r"[\"']?role[\"']?\s*[:=]\s*[\"']?(?P<role>(?:roles|projects/[\w-]+/roles|organizations/\d+/"
        r"roles)/[\w.]+)(?=[\s\S]{0,300}?[\"']?members?[\"']?\s*[:=])|[\"']?members?[\"']?\s*[:=]"
        r"[\s\S]{0,300}?[\"']?role[\"']?\s*[:=]\s*[\"']?(?P<role2>roles/[\w.]+)"),
        "access_change", "grant", 0.85, target="role", reach=400,
        starts=("role", "member"), back=1, guard=_gcp_pair_follows),
    Rule("azure-assignment", ("roledefinitionid", "assignablescopes"), compile_i(
        r"[\"']?(?:roleDefinitionId|assignableScopes)[\"']?\s*[:=]"), "access_change", "grant", 0.8),
    Rule("k8s-rbac", ("kind",), compile_s(
        r"[\"']?kind[\"']?\s*:\s*[\"']?(?P<kind>ClusterRoleBinding|RoleBinding|ClusterRole|Role|"
        r"AuthorizationPolicy|SecurityContextConstraints)[\"']?\s*(?:$|,|\})"),
        "access_change", "grant", 0.9, target="kind"),
    Rule("k8s-sa", ("serviceaccount",), compile_s(
        r"apiVersion[\"']?\s*:\s*[\"']?v1[\"']?\s*[,\n]\s*[\"']?kind[\"']?\s*:\s*[\"']?ServiceAccount\b|"
        r"[\"']?kind[\"']?\s*:\s*[\"']?ServiceAccount[\"']?\s*[,\n]\s*[\"']?(?:apiVersion|metadata)\b"),
        "lifecycle", "create", 0.85, reach=120, starts=("apiversion", "kind"), back=1),
    Rule("terraform", ("resource \"", "data \"", "type"), compile_s(
        rf"(?:\b(?P<block>resource|data)\s+\"|\btype[\"']?\s*[:=]\s*[\"']?)(?P<type>{TF_LIFECYCLE}|"
        rf"{TF_ACCESS})\b"), classify=_tf, confidence=0.9, target="type", starts=("resource", "data", "type")),
    # an app's client secret just minted: Microsoft Graph's passwordCredential, its `secretText` shown once
    Rule("graph-password-credential", ("passwordcredential", "\"secrettext\""), compile_s(
        r"#microsoft\.graph\.passwordCredential\b|\"secretText\"\s*:\s*\"[^\"\s]{16,}\""),
        "lifecycle", "create", 0.85),
    # a GitHub ruleset's bypass list: the actors it names merge or push past the branch's protections
    Rule("gh-ruleset-bypass", ("bypass_actors",), compile_s(
        r"[\"']?bypass_actors[\"']?\s*[:=]\s*\[\s*\{[^\]]{0,400}?actor_(?:id|type)"),
        "access_change", "modify", 0.85, reach=600),
    # a classic branch protection's people lists in Terraform: who may bypass reviews, push or force-push
    # (`pull_request_bypassers = ["/jonas-weber", "org/release-managers"]`); an empty list names nobody
    Rule("gh-branch-bypassers", ("bypassers", "push_restrictions", "push_allowances", "dismissal_restrictions"),
         compile_s(r"\b(?:pull_request_bypassers|force_push_bypassers|push_restrictions|push_allowances|"
                   r"dismissal_restrictions)\s*=\s*\[\s*[\"'][^\"'\s]"),
         "access_change", "modify", 0.85),
    # a diff deleting an account's or org membership's block: `-resource "github_membership" "ljones" {`
    Rule("terraform-removed", ("-resource \"",), compile_s(
        rf"^-[ \t]*resource\s+\"(?P<type>{TF_ORG_MEMBER}|{TF_LIFECYCLE})\""),
        "lifecycle", "delete", 0.85, target="type"),
    # a JSON record of an account step: `{"op": "enable", "account": "jsmith-hr"}` (a joiner/mover/leaver log),
    # the verb and the account side by side in an object that names no other thing acted on
    Rule("json-account-op", ("\"op\"", "\"action\"", "\"operation\""), compile_i(
        rf"\"(?:op|action|operation)\"\s*:\s*\"(?P<v>{_ACCOUNT_OPS})\"\s*,\s*{_ACCOUNT_KEY}{_NO_OTHER_OBJECT}|"
        rf"{_ACCOUNT_KEY}\s*,\s*\"(?:op|action|operation)\"\s*:\s*\"(?P<w>{_ACCOUNT_OPS})\"{_NO_OTHER_OBJECT}"),
        classify=_account_op, confidence=0.85, starts=("\"op\"", "\"action\"", "\"operation\"", "\"account\"",
                                                        "\"upn\"", "\"userprincipalname\"", "\"samaccountname\"",
                                                        "\"netid\"", "\"uid\"", "\"username\"", "\"login\"")),
    Rule("yaml-account-op", ("action", "op:", "operation"), YAML_ACCOUNT_OP, classify=_yaml_account_op,
         confidence=0.85, starts=("action", "op:", "operation")),
    # the logins a configuration role creates: `postgresql_users:` / `mysql_users:` / `local_users:` items with a
    # name and a password or `state: present` (a shell alone configures no login)
    Rule("yaml-users-list", ("users:", "logins:"), compile_i(
        r"^[ \t]*(?:[a-z]+_)?(?:users|logins)[ \t]*:[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*-[ \t]+"
        r"(?:name|user(?:name)?|login)[ \t]*:[ \t]*\S[^\n]*\n(?:[ \t]+[^\n-][^\n]*\n){0,5}?"
        r"[ \t]+(?:password[ \t]*:[ \t]*\S|state[ \t]*:[ \t]*present\b)"),
        "lifecycle", "create", 0.85, reach=400),
    Rule("cloudformation", ("aws::iam", "aws::sso"), compile_s(
        r"(?:AWS::IAM|AWS::SSO)::(?P<noun>\w+)"), classify=_cfn, confidence=0.85),
    # an Azure managed identity declared in Bicep or an ARM template (one declared `existing` is looked up)
    Rule("arm-managed-identity", ("userassignedidentities",), compile_s(
        r"(?:\bresource\s+\w+\s+'|[\"']type[\"']\s*:\s*[\"'])Microsoft\.ManagedIdentity/userAssignedIdentities"
        r"(?:/federatedIdentityCredentials)?(?:@[\w-]+)?['\"](?!\s+existing\b)"), "lifecycle", "create", 0.85),
    Rule("pulumi", ("iam.", "serviceaccount"), compile_s(
        r"\b(?:aws|gcp|azuread|azure_native)\.(?:iam|serviceaccount|authorization)\.(?P<noun>[A-Z]\w*)\("),
        classify=lambda m: ("lifecycle", "create")
        if compiled(r"(?:User|AccessKey|Account|Key|UserLoginProfile)$").match(m.group("noun"))
        else ("access_change", "grant"), confidence=0.85),
    Rule("scim-members", ("patchop",), compile_i(
        r"[\"']?path[\"']?\s*:\s*[\"']?members\b|[\"']?op[\"']?\s*:\s*[\"']?(?:add|remove)[\"']?"
        r"\s*,\s*[\"']?path[\"']?\s*:\s*[\"']?(?:members|groups|roles|entitlements)"),
        "access_change", "modify", 0.85, reach=800,
        starts=("path", "op"), back=1),
    Rule("scim-active", ("patchop", "scim"), compile_i(
        r"[\"']?active[\"']?\s*:\s*false\b|[\"']path[\"']\s*:\s*[\"']active[\"']\s*,\s*[\"']value[\"']\s*:"
        r"\s*[\"']?false\b"),
         "lifecycle", "disable", 0.85, reach=800,
         starts=("active", "path"), back=1),
    Rule("scim-user", ("scim:schemas:core:2.0:user",), compile_i(
        r"urn:ietf:params:scim:schemas:core:2\.0:User[\"']?\s*\][\s\S]{0,200}?[\"']?userName"),
        "lifecycle", "create", 0.8, reach=300),
    Rule("scim-enterprise-attr", ("enterprise:2.0:user",), compile_i(
        r"enterprise:2\.0:User:(?:manager|department|costCenter|division|organization)"),
        "attestation", "modify", 0.85),
    Rule("graph-member-ref", ("@odata.id", "@odata.bind"), compile_i(
        r"[\"']?(?:members|owners)@odata\.bind[\"']?|[\"']@odata\.id[\"']\s*:\s*[\"'][^\"']*"
        r"directoryObjects"), "access_change", "grant", 0.8),
    Rule("graph-manager", ("manager@odata.bind",), compile_i(r"manager@odata\.bind"),
         "attestation", "modify", 0.85),
    Rule("hr-attributes", ("manager", "supervisory", "department", "cost_cent", "end_date"), compile_i(
        r"[\"']?(?:manager_?id|supervisory_org|cost_?cent(?:er|re)|job_?title|employment_?status|"
        r"end_?date|termination_?date|department)[\"']?\s*:(?=[\s\S]{0,400}?(?:worker|employee|"
        r"person(?!nel)|effective_?date|workday|hris))|(?:worker_?id|employee_?id|workday)[\s\S]{0,400}?[\"']?"
        r"(?:manager_?id|supervisory_org|cost_?cent(?:er|re)|(?:employment_?)?status|termination_?date|"
        r"end_?date|department)"
        r"[\"']?\s*:"), classify=_hr_value_set, confidence=0.7, reach=450,
        starts=("manager_id", "managerid", "supervisory_org", "cost_cent", "costcent", "job_title", "jobtitle",
                "employment_status", "employmentstatus", "end_date", "enddate", "termination_date", "terminationdate",
                "department", "worker_id", "workerid", "employee_id", "employeeid", "workday"), back=1,
        guard=_hr_pair_near),
    Rule("review-decision", ("decision",), compile_i(
        # "Decision for `sp-edi-translator`: retain": the account or app under review named in backticks
        r"[\"']?\b(?:review_?|certification_?|recert_?)?decisions?[\"']?(?:\s+(?:for|on)\s+`[^`\n]{2,60}`)?\s*[:=]\s*"
        r"[\"']?(?:certif(?:y|ied)|retain(?:ed)?|"
        r"revoke[d]?|keep|maintain|remove[d]?|approve[d]?|reject(?:ed)?)\b"), classify=_verdict_set, confidence=0.8,
        starts=("review", "certification", "recert", "decision"), back=1),
    # a review record's verdict under another key ("review_outcome": "rejected", "recommendation": "revoke"), read
    # only in a record that also names the entitlement, access, role or group under review
    Rule("review-verdict-record", ("outcome", "verdict", "recommendation", "decision"), compile_i(
        r"[\"']?\b(?:review_?|certification_?|access_?)?(?:outcome|verdict|recommendation|decision)[\"']?\s*[:=]\s*[\"']?"
        r"(?:certif(?:y|ied)|retain(?:ed)?|revoke[d]?|keep|remove[d]?|reject(?:ed)?|approve[d]?)\b"), "attestation",
        "attest", 0.8, starts=("review", "certification", "access", "outcome", "verdict", "recommendation", "decision"),
        back=1, guard=_entitlement_key_near),
    # the same verdicts under a French, Spanish, German, Italian or Dutch label (lexicon_i18n's verbs):
    # "Décisions de revue : conserver pour Léa"
    Rule("review-decision-i18n", ("décision", "decision", "entscheidung", "beslissing", "besluit"), compile_i(
        r"\b(?:décisions?|decisiones|decisión|decisioni|decisione|entscheidungen|entscheidung|beslissingen|beslissing|"
        r"besluiten|besluit)(?P<of>\s+(?:de|der|van|di|della|del|zur)\s+(?:la\s+)?(?:revue|revisión|überprüfung|"
        r"rezertifizierung|recertification|certification|revisione|beoordeling|herbeoordeling|certificación|"
        r"certificazione|review))?\s*:\s*(?:\*\*)?(?:" + "|".join(KEEP_VERDICTS + REVOKE_VERDICTS) + r")\b"
        r"(?(of)|(?=\s+(?:pour|para|für|per|voor)\b))"), "attestation", "attest", 0.8,
        starts=("décision", "decision", "entscheidung", "beslissing", "besluit"), back=1),
    Rule("ranger-policy", ("policyitems",), compile_i(
        r"[\"']?(?:policyItems|denyPolicyItems|allowExceptions)[\"']?\s*:\s*\[\s*\{[\s\S]{0,300}?"
        r"[\"']?(?:users|groups|roles)[\"']?\s*:"), "access_change", "grant", 0.85, reach=400),
    Rule("ansible-user", ("user:", "authorized_key:"), compile_s(
        r"^[ \t]*(?:-[ \t]+)?(?:ansible\.builtin\.|ansible\.posix\.)?(?P<mod>user|authorized_key):[ \t]*\n"
        r"(?P<body>(?:[ \t]+[^\n]*(?:\n|$)){1,12})"), classify=lambda m: _ansible(m), confidence=0.85, reach=600),
    Rule("chef-puppet-account", ("' do", "user {", "group {"), compile_s(
        r"(?:^|\n|`)[ \t]*(?P<res>group|user|linux_user|windows_user|sudo)[ \t]*(?:\{[ \t]*)?['\"][^'\"\n]+['\"]"
        r"[ \t]*(?:do\b|:)(?P<body>(?:[^\n]*\n){1,12}?[ \t]*|[^\n`]{1,200}?\s)(?:end\b|\})"),  # or inline, in `code`
        classify=_chef, confidence=0.85, reach=600),
    # also a chart's own shape: `extraClusterRoleBindings: [{clusterRole: cluster-admin, serviceAccount: runner}]`
    Rule("helm-rbac-values", ("rolebindings",), compile_i(
        r"(?:cluster_?)?role_?bindings[\"']?\s*:(?![ \t]*(?:\[\]|\{\}|null|~)[ \t]*(?:#|$))[\s\S]{0,500}?"
        r"(?:\bsubjects[\"']?\s*:|" + _ROLE_KEY + r"[\s\S]{0,200}?" + _SUBJECT_KEY + "|" + _SUBJECT_KEY
        + r"[\s\S]{0,200}?" + _ROLE_KEY + ")"),
        "access_change", "grant", 0.85, reach=600,
        starts=("clusterrole", "cluster_role", "rolebinding", "role_binding")),
    # a chart told to create its RBAC with the rules given: `rbac: {create: true, rules: [{verbs: [...]}]}`
    Rule("helm-rbac-rules", ("rbac:",), compile_s(r"^(?P<ind>[ \t]*)rbac[ \t]*:[ \t]*\n"
                                                  r"(?P<body>(?:(?P=ind)[ \t]+[^\n]*(?:\n|$)){2,30})"),
         classify=_rbac_values, confidence=0.85, reach=1500),
    Rule("graph-disabled", ("accountenabled",), compile_i(r"[\"']accountEnabled[\"']\s*:\s*false"),
         "lifecycle", "disable", 0.85),
    # A CODEOWNERS change adding an owner: a required reviewer on those paths.
    Rule("codeowners", ("codeowners",), compile_s(r"^\+[ \t]*[/\w*.-]+[ \t]+@[\w.-]+"), "access_change", "grant", 0.85,
         reach=1500),
    # Firebase security rules letting named users in by a literal uid or e-mail (not by a field of the document).
    Rule("firebase-rules-principal", ("request.auth", "auth.uid"), compile_s(
        r"\ballow\s+[\w, ]+:\s*if\b[^;]{0,400}?\b(?:request\.)?auth\.(?:uid|token\.email)\s*(?:={2,3}\s*|in\s*\[\s*)"
        r"\\?['\"](?![Yy]our|<|\{|\$)[\w.+@-]{6,}\\?['\"]|"
        r"\\?['\"]\.(?:read|write|validate)\\?['\"]\s*:\s*\\?['\"][^\n]{0,200}?\bauth\.uid\s*={2,3}\s*"
        r"\\?['\"](?![Yy]our|<|\{|\$)[\w-]{6,}"), "access_change", "grant", 0.8, reach=500),
    # A physical access assignment: a cardholder given doors or access levels.
    Rule("door-access", ("cardholder",), compile_i(
        r"[\"']cardholder\w*[\"']\s*:[\s\S]{0,300}?[\"'](?:doors?|door_groups|access_levels?|readers|clearances?)[\"']\s*:"),
        "access_change", "grant", 0.85, reach=400),
    # Adobe User Management API actions: `"do": [{"add": {"product": [...]}}]` for a user.
    Rule("adobe-umapi", ("\"do\"",), compile_s(
        r"\"do\"\s*:\s*\[\s*\{\s*\"(?P<verb>add|remove)\"\s*:\s*\{\s*\"(?:product|group|usergroup)\""),
        classify=lambda m: ("access_change", "revoke" if m.group("verb") == "remove" else "grant"), confidence=0.85),
    Rule("suggested-access-fragment", ("```suggestion",), compile_s(
        r"```suggestion\b[^\n]*\n(?P<body>[\s\S]{0,2000}?)(?:^[ \t>]*```|\Z)"),
        classify=_suggested_access, confidence=0.8, reach=2100, starts=("```suggestion",)),
    Rule("permifrost-member-of", ("member_of:",), compile_s(
        r"^[ \t]+member_of:[ \t]*(?:\[[ \t]*[\w\"'-]|\n[ \t]*-[ \t]+[\w\"'-])"), classify=_permifrost_user,
        confidence=0.85, reach=120),
    Rule("workflow-token-widened", (": write",), compile_s(
        r"^[ \t]+(?:contents|packages|id-token|actions|pull-requests|issues|deployments|checks|statuses|"
        r"security-events|pages|attestations|repository-projects|discussions):[ \t]*write\b"),
        classify=_widened_token, confidence=0.8, reach=60),
    # An S3 / GCS XML access control list: a grantee given a permission.
    Rule("xml-acl-grant", ("<grant>",), compile_i(r"<Grant>\s*<Grantee\b[\s\S]{0,400}?<Permission>\s*\w+"),
         "access_change", "grant", 0.85, reach=500),
)
