"""Shell, PowerShell and cloud-CLI commands that change access or accounts: usermod, gpasswd,
sudoers, authorized_keys, aws iam, az, gcloud, kubectl, gh api, AD and Graph cmdlets, net user."""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.config_dumps import unless_redacted
from gateway.inspection.patterns import Rule, action_of, compile_i, compile_s

LIFECYCLE_IAM = re.compile(r"user$|login-profile|access-key|service-specific-credential|mfa-device|ssh-public-key|"
                           r"signing-certificate|service-account|user-password|password")


# The login a command ends on, whom it is for: `chage -d 0 rtu-maint`, `userdel -r ppetrov` (up to a backtick that
# closes the command in prose)
LAST_LOGIN = r"(?:[^\n;&|`]*?(?<![^ \t])(?P<user>[a-z_][\w.-]*)[ \t]*(?=$|[\n;&|`]))?"
# Global flags between a CLI and its verb (`kubectl -n payments delete ...`, `--context prod`).
_FLAGS = r"(?:\s+--?[\w-]+(?:=\S+|\s+(?!(?:create|delete|patch|edit|apply)\b)[\w./:-]+)?){0,4}"


def _aws_iam(match: re.Match) -> tuple[str, str | None]:
    return _iam_change(match.group("verb").lower(), match.group("noun").lower())


def _iam_change(verb: str, noun: str) -> tuple[str, str | None]:
    """An IAM API call by its CLI verb and noun (`attach`, `user-policy`)."""
    if LIFECYCLE_IAM.search(noun) and "group" not in noun and "polic" not in noun:
        action = "reset" if "login-profile" in noun and verb == "update" else action_of(verb)
        return "lifecycle", action
    return "access_change", action_of(verb, "modify")


# AWS Tools for PowerShell name the IAM API with their own verbs: Register-IAMUserPolicy is attach-user-policy.
PS_IAM_VERBS = {"new": "create", "register": "attach", "unregister": "detach", "write": "put", "publish": "upload",
                "disable": "deactivate", "add": "add", "remove": "delete", "update": "update", "set": "set",
                "enable": "enable"}
CAMEL_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|\d+")


def _m365_cli(match: re.Match) -> tuple[str, str | None]:
    verb = match.group("verb").lower()
    if match.group("noun").lower() == "user" and match.group("area").lower() in ("entra", "aad") \
            and not match.group("nouns").strip():
        return "lifecycle", "delete" if verb == "remove" else "create"
    return "access_change", "revoke" if verb in ("remove", "revoke") else "modify" if verb in ("set", "break",
                                                                                               "reset") else "grant"


def _camel_iam(match: re.Match) -> tuple[str, str | None]:
    """An IAM call named in one word (`AttachPolicyToUser`) by its verb and the words after it."""
    return _iam_change(match.group("verb").lower(), "-".join(CAMEL_WORD.findall(match.group("noun"))).lower())


def _aws_ps_iam(match: re.Match) -> tuple[str, str | None] | None:
    noun = "-".join(CAMEL_WORD.findall(match.group("noun"))).lower()
    if "tag" in noun.split("-"):
        return None  # tags describe a user or a role, they grant nothing themselves
    verb = PS_IAM_VERBS[match.group("verb").lower()]
    if verb == "delete" and "-from-" in noun:
        verb = "remove"  # Remove-IAMUserFromGroup is remove-user-from-group
    return _iam_change(verb, noun)


def _verb_kind(kind: str, default: str | None = None):
    def classify(match: re.Match) -> tuple[str, str | None]:
        return kind, action_of(match.group("verb"), default)
    return classify


def _cmdlet(match: re.Match) -> tuple[str, str | None] | None:
    verb, noun = match.group("verb").lower(), match.group("noun").lower()
    if "manager" in noun:
        return "attestation", "modify"
    if "member" in noun or "roleassignment" in noun or "permission" in noun:
        return "access_change", action_of(verb)
    if verb in ("set", "update") and "password" not in noun and "account" not in noun:
        tail = match.group("rest").lower()
        if "-enabled" in tail or "-accountenabled" in tail:
            return "lifecycle", "disable"
        if "changepasswordatlogon" in tail or compiled(r"\s-(?:new|account)?password\b").search(tail):
            return "lifecycle", "reset"
        if compiled(r"-(manager|department|title|jobtitle|company|employeeid|employeetype|employeehiredate|"
                    r"employeeleavedatetime|office|officelocation|division|companyname|replace|add|clear)\b").search(tail):
            return "attestation", "modify"
        return None
    if "authentication" in noun and noun.endswith("method"):  # an MFA method removed or reset: the factor re-registers
        return ("lifecycle", "reset") if verb in ("remove", "reset", "new", "update") else None
    if noun.endswith("signinsession") or noun.endswith("signinsessions"):
        return "lifecycle", "disable"
    return "lifecycle", action_of(verb, "modify")


def _line_start(text: str, low: str, pos: int, end: int, found: object) -> bool:
    """Only blanks between the line's start and `pos`: a configuration line, not a word in prose."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip(" \t")


def _op_cli(match: re.Match) -> tuple[str, str | None]:
    if match.group("sa"):
        return "lifecycle", "create"
    if match.group("lv"):
        return "lifecycle", action_of(match.group("lv"), "modify")
    return "access_change", "revoke" if match.group("gv") in ("revoke", "remove") else "grant"


def _protections_edit(match: re.Match) -> tuple[str, str | None] | None:
    """A protections line written into the table, not one that `p4 protects` printed just before it."""
    if "p4 protects" in match.string[max(0, match.start() - 300): match.start()]:
        return None
    return "access_change", "modify"


def _racf(match: re.Match) -> tuple[str, str | None]:
    state, verb = match.group("state"), match.group("verb")
    if state in ("SPECIAL", "OPERATIONS", "AUDITOR"):
        return "access_change", "grant"
    if state in ("NOSPECIAL", "NOOPERATIONS"):
        return "access_change", "revoke"
    if state:
        return "lifecycle", {"REVOKE": "disable", "RESUME": "modify"}.get(state, "reset")
    return "lifecycle", "create" if verb == "ADDUSER" else "delete"


# CA Top Secret functions by what they do to the ACID; `TSS LIST` and `TSS WHOHAS` only read.
_TSS_FUNCTIONS = {"CREATE": ("lifecycle", "create"), "CRE": ("lifecycle", "create"),
                  "DELETE": ("lifecycle", "delete"), "DEL": ("lifecycle", "delete"),
                  "REVOKE": ("lifecycle", "disable"), "REV": ("lifecycle", "disable"),
                  "PERMIT": ("access_change", "grant"), "PER": ("access_change", "grant"),
                  "XAUTH": ("access_change", "grant"), "ADDTO": ("access_change", "grant"),
                  "ADD": ("access_change", "grant"), "REMOVE": ("access_change", "revoke"),
                  "REM": ("access_change", "revoke"), "REPLACE": ("lifecycle", "modify"),
                  "REP": ("lifecycle", "modify")}
_SECRET_OPERAND = re.compile(r"\b(?:PASSWORD|PASSWRD|PHRASE)\(")
_ACCOUNT_STATE = re.compile(r"\b(?:SUSPEND|REVOKE|CANCEL)\b")


def _tss(match: re.Match) -> tuple[str, str | None]:
    verb, rest = match.group("verb"), match.group("rest")
    if _SECRET_OPERAND.search(rest):
        return "lifecycle", "reset"
    if _ACCOUNT_STATE.search(rest) and verb in ("ADDTO", "ADD", "REMOVE", "REM"):
        return "lifecycle", "disable" if verb.startswith("ADD") else "modify"  # REMOVE(acid) SUSPEND lifts it
    return _TSS_FUNCTIONS[verb]


_ACF2_PRIVILEGES = re.compile(r"\b(?:NO-?)?(?:SECURITY|ACCOUNT|AUDIT|READALL|NON-CNCL|CONSULT|LEADER|"
                              r"SUBAUDIT|REFRESH|RESTRICT)\b")
_ACF2_RULE_MODE = re.compile(r"\bSET[ \t]+R(?:ULE)?\b")


def _acf2(match: re.Match) -> tuple[str, str | None]:
    """A command to the ACF processor on a logonid, or on a rule when `SET RULE` came first."""
    verb, rest = match.group("verb")[:3], match.group("rest")
    if _ACF2_RULE_MODE.search(match.group(0)):
        return "access_change", "revoke" if verb == "DEL" else "modify"
    if verb == "DEL":
        return "lifecycle", "delete"
    if verb == "INS":
        return "lifecycle", "create"
    if _SECRET_OPERAND.search(rest):
        return "lifecycle", "reset"
    if privilege := _ACF2_PRIVILEGES.search(rest):
        return "access_change", "revoke" if privilege.group().startswith("NO") else "grant"
    if _ACCOUNT_STATE.search(rest):
        return "lifecycle", "disable" if "NO" not in rest else "modify"
    return "lifecycle", "modify"


# An ACF2 rule set listed by DECOMP is read back, not written.
_DECOMPILED = re.compile(r"\bDECOMP(?:ILE)?\b")


def _acf2_rule(match: re.Match) -> tuple[str, str | None] | None:
    if _DECOMPILED.search(match.string, max(0, match.start() - 300), match.start()):
        return None
    return "access_change", "modify"


def _redis_account(match: re.Match) -> tuple[str, str | None] | None:
    """`ACL DELUSER x` deletes an account, `ACL SETUSER x off` switches it off, `ACL SETUSER x ... >pw` gives it
    a password (creates it when new) and `on` switches it on, `resetpass` / `nopass` clear its passwords; other
    SETUSER arguments change only what it may do."""
    if match.group("delete"):
        return "lifecycle", "delete"
    args = match.group("args").lower().split()
    if "off" in args:
        return "lifecycle", "disable"
    if "on" in args or any(arg.startswith(">") for arg in args):
        return "lifecycle", "create"
    return ("lifecycle", "reset") if "resetpass" in args or "nopass" in args else None


def _rabbitmq(match: re.Match) -> tuple[str, str | None]:
    verb = match.group("verb").lower()
    if "permissions" in verb or verb == "set_user_tags":
        return "access_change", "revoke" if verb.startswith("clear") else "grant"
    return "lifecycle", {"add_user": "create", "delete_user": "delete"}.get(verb, "reset")


def _mutation(match: re.Match) -> tuple[str, str | None] | None:
    """A GraphQL mutation judged by its field name, like a tool's (`grantProjectRole`, `deactivateUser`)."""
    from gateway.inspection.tool_names import judge_name  # tool_names imports patterns, as this module does

    named = judge_name(match.group("op"))
    return named if named and named[0] not in ("read", "inert") else None


def _firebase(match: re.Match) -> tuple[str, str | None]:
    verb = match.group("verb")
    if verb == "setCustomUserClaims":
        return "access_change", "modify"
    return "lifecycle", {"createUser": "create", "deleteUser": "delete", "deleteUsers": "delete",
                         "revokeRefreshTokens": "disable"}.get(verb, "modify")


# An API name as the name of logged events (`AttachRolePolicy events`, `EventName=CreateAccessKey`, who called it):
# a search of the audit trail for the call, not the call.
EVENTS_AFTER = re.compile(r"\W{0,3}\s*(?:(?:and|or|,)\s+\w+\s+)?(?:api\s+)?(?:events?|calls|records?|entries|"
                          r"log\s+entries|activity|occurrences)\b", re.I)
# "who called `AttachRolePolicy`": a question about who made the call, asked of the trail.
EVENT_NAME_BEFORE = re.compile(r"(?:event_?name\W{0,30}(?:attributevalue=)?|\bwho (?:has )?(?:called|invoked|ran))"
                               r"\W{0,3}\Z", re.I)


def _aws_api_call(match: re.Match) -> tuple[str, str | None] | None:
    text, start = match.string, match.start()
    if EVENTS_AFTER.match(text, match.end()) or EVENT_NAME_BEFORE.search(text[max(0, start - 50):start]):
        return None
    if match.group("noun"):
        return "lifecycle", action_of(match.group("verb"))
    return "access_change", action_of(match.group("verb2"), "grant")


def _kadmin(match: re.Match) -> tuple[str, str | None]:
    return "lifecycle", {"add": "create", "del": "delete"}.get(match.group("verb")[:3].lower(), "reset")


_CONTINUED = r"(?:[^\n]|\\\n)*?"  # the rest of a command, across backslash-continued lines

def _ibm_i(match: re.Match) -> tuple[str, str]:
    for group, decided in (("grant", ("access_change", "grant")), ("revoke", ("access_change", "revoke")),
                           ("special", ("access_change", "modify")), ("create", ("lifecycle", "create")),
                           ("delete", ("lifecycle", "delete")), ("disable", ("lifecycle", "disable")),
                           ("enable", ("lifecycle", "modify"))):
        if match.group(group):
            return decided
    return "lifecycle", "reset"


# A Jenkins permission ID: `Overall/Administer`, `Job/Build`, `Run/Replay`.
_JENKINS_PERMISSION = r"(?:Overall|Job|Run|View|Credentials|SCM|Agent|Computer|Lockable\w*|Metrics)/[A-Z]\w+"

IRODS_VERBS = {"mkuser": ("lifecycle", "create"), "rmuser": ("lifecycle", "delete"), "moduser": ("lifecycle", "reset"),
               "atg": ("access_change", "grant"), "rfg": ("access_change", "revoke")}


def _irods(match: re.Match) -> tuple[str, str]:
    return IRODS_VERBS[match.group("verb").split()[0].lower()]


def _net_user(match: re.Match) -> tuple[str, str]:
    command = match.group(0).lower()
    if "group" in command:
        return "access_change", "revoke" if "/delete" in command else "grant"
    if "/delete" in command:
        return "lifecycle", "delete"
    if "/active:no" in command:
        return "lifecycle", "disable"
    if "/logonpasswordchg:yes" in command:  # a new password forced at the next logon
        return "lifecycle", "reset"
    return "lifecycle", "reset" if command.rstrip().endswith("*") else "create"


GH_WRITE = re.compile(r"(?:-X|--method)\s*(?:PUT|POST|DELETE|PATCH)|\s-[fF]\s", re.I)  # `gh api` that writes
STEP_NEGATED = re.compile(r"\b(?:not|never|don't|do not|if|whether|without)\b[^.;\n]{0,40}\Z", re.IGNORECASE)


def _unless_negated_step(match: re.Match) -> tuple[str, str] | None:
    """A step written out in prose, unless negated or conditional ("never add a private key to authorized_keys")."""
    before = match.string[max(0, match.start() - 60): match.start()]
    return None if STEP_NEGATED.search(before) else ("access_change", "grant")


# A FortiOS `config` block's first entry, up to one of its `set` lines: `\n edit "x"\n ... ` (not past `next`/`end`).
FORTI_EDIT = r"\s*\n\s*edit\s+[^\n]+\n(?:[ \t]*(?!next\b|end\b)[^\n]*\n){0,6}?[ \t]*"

RULES: tuple[Rule, ...] = (
    Rule("usermod-group", ("usermod",), compile_s(
        r"\busermod\b[^\n;&|]*?\s-[a-zA-Z]*G\s*(?P<group>[\w,.-]+)(?:\s+(?P<user>[\w.-]+))?"),
        "access_change", "grant", 0.9, target="group", principal="user"),
    # Supplementary groups given at creation grant their access as usermod -G would (`useradd -m -G wheel ann`,
    # `adduser --ingroup docker bob`, `pw useradd x -G wheel`).
    Rule("useradd-groups", ("useradd", "adduser"), compile_s(
        r"\b(?:useradd|adduser)\b[^\n;&|]*?\s(?:-[a-zA-Z]*G\s*|--groups[=\s]\s*|--ingroup\s+|--add[_-]extra[_-]groups\s+)"
        r"(?P<group>[\w,.-]+)"), "access_change", "grant", 0.85, target="group"),
    Rule("usermod-lock", ("usermod",), compile_s(
        r"\busermod\s+(?:-[a-zA-Z]*[LUe]\b|--(?:lock|unlock|expiredate)\b)[^\n;&|]*"),
        "lifecycle", "disable", 0.85),
    # Slurm associations: a user added to (or removed from) an account's allocation (`sacctmgr -i add user jm
    # account=chen_lab`); `sacctmgr show assoc` only reads.
    Rule("sacctmgr-user", ("sacctmgr",), compile_s(
        r"\bsacctmgr\s+(?:-\w+\s+)*(?P<verb>add|create|delete|remove|del|modify|update)\s+user\s+"
        r"(?:(?:name|where\s+name)=)?(?P<user>[\w.-]+)[^\n;&|]*?\baccounts?="),
        classify=lambda m: ("access_change", "revoke" if m.group("verb") in ("delete", "remove", "del")
                            else "modify" if m.group("verb") in ("modify", "update") else "grant"),
        confidence=0.85, principal="user"),
    Rule("gpasswd", ("gpasswd",), compile_s(
        r"\bgpasswd\s+(?P<flag>-[adMA]|--(?:add|delete|members|administrators))\s+[^\n;&|]+"),
        classify=lambda m: ("access_change", "revoke" if m.group("flag") in ("-d", "--delete")
                            else "grant"), confidence=0.9),
    Rule("adduser-group", ("adduser", "deluser"), compile_s(
        r"\b(?P<verb>adduser|deluser)\s+(?P<user>[a-z_][\w.-]*)\s+(?P<group>[a-z_][\w.-]*)\s*$"),
        classify=lambda m: ("access_change", "grant" if m.group("verb") == "adduser" else "revoke"),
        target="group", principal="user"),
    Rule("useradd", ("useradd", "adduser", "userdel", "deluser", "newusers"), compile_s(
        r"\b(?P<verb>useradd|adduser|userdel|deluser|newusers)\b" + LAST_LOGIN + r"[^\n;&|]*"),
        classify=lambda m: ("lifecycle", "delete" if "del" in m.group("verb") else "create"),
        confidence=0.85, principal="user"),
    # the login a command ends on is whom it is for: `chage -d 0 rtu-maint`, `passwd -l jdoe`
    Rule("passwd", ("passwd", "chage"), compile_s(
        r"\b(?:passwd\s+(?:-[ludeSx]\b|--(?:lock|unlock|delete|expire)\b|(?=[a-z_][\w.-]*\s*$))"
        r"|chpasswd\b|chage\s+-[a-zA-Z]|ldappasswd\b)" + LAST_LOGIN + r"[^\n;&|]*"),
        "lifecycle", "reset", 0.8, principal="user"),
    # Django's own user commands: a password set for a login, or a superuser made
    Rule("django-user", ("changepassword", "createsuperuser"), compile_s(
        r"\bmanage\.py\s+(?P<verb>changepassword|createsuperuser)\b[^\n;&|]*"),
        classify=lambda m: ("lifecycle", "reset" if m.group("verb") == "changepassword" else "create"),
        confidence=0.8),
    # ... and AtoM's (a Symfony task): an account made a superuser is also admin rights given
    Rule("atom-superuser", ("add-superuser",), compile_s(r"\btools:add-superuser\b[^\n;&|]*"), "lifecycle", "create",
         0.8),
    Rule("superuser-made", ("createsuperuser", "add-superuser"), compile_s(
        r"(?:\bmanage\.py\s+createsuperuser|\btools:add-superuser)\b[^\n;&|]*"), "access_change", "grant", 0.8),
    # ... and Jenkins's own user database: `getSecurityRealm()` then `realm.createAccount("svc-x", pw)`
    Rule("jenkins-create-account", ("securityrealm",), compile_i(
        r"(?:getSecurityRealm|HudsonPrivateSecurityRealm)[\s\S]{0,400}?\.createAccount\(\s*[\"'][^\"'\n]+[\"']"),
        "lifecycle", "create", 0.8, reach=500),
    # AD group members exported to an audit share: the holders written up as evidence (LABELS.md tie-breaker 3)
    Rule("ad-members-evidence", ("get-adgroupmember",), compile_i(
        r"\bGet-ADGroupMember\b[^\n|]*\|[^\n]*?\bExport-Csv\s+[^\n]*?(?:audit|evidence|nachweis|auditoria)[^\n]*"),
        "attestation", "attest", 0.8),
    Rule("sudoers", ("all=", "all =", "sudoers"), compile_s(
        r"(?:^|(?<=['\"]))\s*%?[\w.-]+\s+ALL\s*=\s*\([\w:]+\)\s*(?:NOPASSWD:\s*)?[^\n]*|>>?\s*/etc/sudoers\S*"),
        "access_change", "grant", 0.85),
    # Also the principals an SSH CA certificate may log in as (`AuthorizedPrincipalsFile`): written to, or shown as
    # the file's content under a comment naming it (`# /etc/ssh/auth_principals/postgres` then `dba-team`).
    Rule("authorized-keys", ("authorized_keys", "ssh-copy-id", "_principals", ".k5login"), compile_s(
        r"(?:>>|tee\s+-a)\s*\S*(?:authorized_keys|\.k5login)\b|\bssh-copy-id\b[^\n]*|(?:>>?|\btee\s+(?:-a\s+)?)\s*\S*"
        r"(?i:auth(?:orized)?_principals)\b|"
        r"^[ \t]*#[^\n]*/(?i:auth(?:orized)?_principals)\b[^\n]*\n[ \t]*[\w@.-]+[ \t]*$"),
        "access_change", "grant", 0.85, reach=300),
    # the same step in prose: "Append the orchestrator's public key to `/home/builder/.ssh/authorized_keys`"
    Rule("authorized-keys-step", ("authorized_keys", "_principals"), compile_i(
        r"\b(?:append|add|put|install|copy|paste|push)(?:s|ed|ing)?\b(?:[^.;?\n]|\.(?=[\w/])){0,100}?"
        r"\bto\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?[`'\"]?[\w/.~-]*(?:authorized_keys|auth(?:orized)?_principals)\b"),
        classify=_unless_negated_step, confidence=0.75, reach=160),
    Rule("aws-iam", ("aws iam",), compile_i(
        r"\baws\s+iam\s+(?P<verb>attach|detach|put|delete|create|add|remove|update|upload|"
        r"deactivate|enable|set|change)-(?P<noun>[\w-]+)"), classify=_aws_iam, confidence=0.9),
    # Alibaba Cloud's and Tencent Cloud's CLIs name the RAM/CAM API itself: `aliyun ram AttachPolicyToUser ...`
    Rule("aliyun-ram", ("aliyun ram", "tccli cam"), compile_s(
        r"\b(?:aliyun\s+ram|tccli\s+cam)\s+(?P<verb>Attach|Detach|Create|Delete|Add|Remove|Update|Put|Set)"
        r"(?P<noun>[A-Z]\w*)"), classify=_camel_iam, confidence=0.9),
    Rule("aws-ps-iam", ("-iam",), compile_s(
        r"\b(?P<verb>New|Register|Unregister|Write|Publish|Disable|Add|Remove|Update|Set|Enable)-IAM"
        r"(?P<noun>[A-Z]\w*)"), classify=_aws_ps_iam, confidence=0.85,
        starts=tuple(verb + "-iam" for verb in PS_IAM_VERBS)),
    Rule("aws-identity", ("sso-admin", "identitystore", "cognito-idp", "s3api put-bucket"), compile_i(
        r"\baws\s+(?:sso-admin|identitystore)\s+(?P<verb>create|delete|update|attach|detach|put)-"
        r"(?:account-assignment|group-membership|[\w-]*permission[\w-]*)|\baws\s+s3api\s+"
        r"(?P<verb2>put)-bucket-(?:policy|acl)\b|\baws\s+cognito-idp\s+admin-(?:add|remove)-user-"
        r"(?:to|from)-group"), "access_change", "grant", 0.9),
    Rule("aws-cognito-user", ("cognito-idp",), compile_i(
        r"\baws\s+cognito-idp\s+admin-(?P<verb>create|delete|disable|enable|reset|set)-user"),
        classify=_verb_kind("lifecycle"), confidence=0.9),
    Rule("az-access", ("az ",), compile_i(
        r"\baz\s+(?:role\s+(?:assignment|definition)|ad\s+group\s+member|ad\s+app\s+permission|"
        r"keyvault\s+set-policy|keyvault\s+delete-policy)\s*(?P<verb>create|delete|update|add|remove|"
        r"grant)\b"), classify=_verb_kind("access_change", "modify"), confidence=0.9),
    Rule("az-lifecycle", ("az ",), compile_i(
        r"\baz\s+(?:ad\s+(?:user|sp|app)|identity(?:\s+federated-credential)?)\s+(?:credential\s+)?"
        r"(?P<verb>create|delete|update|reset|"
        r"create-for-rbac)\b"), classify=_verb_kind("lifecycle"), confidence=0.85),
    Rule("gcloud-iam", ("iam-policy", "gsutil"), compile_i(
        r"\bgcloud\b[^\n]*?\b(?P<verb>add|remove|set)-iam-policy(?:-binding)?\b|"
        r"\bgsutil\s+(?:iam|acl)\s+(?:ch|set)\b"), classify=_verb_kind("access_change", "grant"),
        confidence=0.9),
    Rule("gcloud-access", ("gcloud",), compile_i(
        r"\bgcloud\s+(?:iam\s+roles|identity\s+groups\s+memberships)\s+(?P<verb>create|update|"
        r"delete|add|remove|modify-membership-roles)\b"), classify=_verb_kind("access_change"),
        confidence=0.85),
    Rule("gcloud-sa", ("gcloud",), compile_i(
        r"\bgcloud\s+iam\s+service-accounts\s+(?:keys\s+(?P<verb2>create|delete|disable|enable)\b|"
        r"(?P<verb>create|delete|disable|enable)\b(?:[ \t]+(?P<who>[a-z][\w.@-]{2,}))?)"),
        classify=lambda m: ("lifecycle", action_of(m.group("verb") or m.group("verb2"))), confidence=0.9,
        principal="who"),
    Rule("kubectl-rbac", ("kubectl", "oc "), compile_i(
        r"\b(?:kubectl|oc)" + _FLAGS + r"\s+(?P<verb>create|delete|patch|edit|apply)\s+(?:cluster)?role(?:binding)?\b"
        r"|\boc\s+adm\s+policy\s+(?P<verb2>add|remove)-(?:cluster-)?role"),
        classify=lambda m: ("access_change", action_of(m.group("verb") or m.group("verb2"))),
        confidence=0.9),
    Rule("kubectl-sa", ("kubectl",), compile_i(
        r"\bkubectl" + _FLAGS + r"\s+(?P<verb>create|delete)\s+(?:serviceaccount|sa|token)\b"),
        classify=_verb_kind("lifecycle"), confidence=0.85),
    Rule("gh-membership", ("gh api",), compile_i(
        r"\bgh\s+api\b[^\n]*?(?:memberships|collaborators|/members/|/invitations|teams/[\w.-]+/repos)"
        r"[^\n]*"), classify=lambda m: None if not GH_WRITE.search(m.group(0)) else (
            "access_change", "revoke" if "DELETE" in m.group(0) else "grant"),
        confidence=0.9),
    Rule("gh-deploy-key", ("deploy-key", "gh ssh-key"), compile_i(
        r"\bgh\s+(?:repo\s+deploy-key|ssh-key)\s+(?P<verb>add|delete)\b"),
        classify=lambda m: ("lifecycle", "delete" if m.group("verb").lower() == "delete" else "create"),
        confidence=0.85),
    # a deploy key is also a repository's access, given or taken with it
    Rule("gh-deploy-key-access", ("deploy-key",), compile_i(r"\bgh\s+repo\s+deploy-key\s+(?P<verb>add|delete)\b"),
         classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "delete" else "grant"),
         confidence=0.8),
    Rule("ps-cmdlet", ("-ad", "-mg", "-local", "-az", "-azuread", "-mailbox"), compile_i(
        r"\b(?P<verb>Add|Remove|New|Set|Update|Grant|Disable|Enable|Unlock|Revoke|Reset|Clear)-(?P<noun>(?:AD|Mg|"
        r"AzureAD|AzAD|Az|Local|Mailbox|DistributionGroup)\w*?(?:GroupMember(?:ship)?|PrincipalGroupMembership|"
        r"User|Account|AccountPassword|AccountExpiration|ServicePrincipal|RoleAssignment\w*|Permission(?:Grant)?|"
        r"UserSignInSession|"
        r"UserManager|RoleMember|UserAuthentication\w*Method)(?:DirectoryObject)?(?:ByRef)?)\b"  # the account it names:
        r"(?=[^\n;|]*?\s-(?:SamAccountName|UserPrincipalName)\s+['\"]?(?P<who>[^\s'\"]+))?(?P<rest>[^\n;|]*)"),
        classify=_cmdlet, principal="who",
        confidence=0.85, starts=("add-", "remove-", "new-", "set-", "update-", "grant-", "disable-", "enable-",
                                 "unlock-", "revoke-", "reset-", "clear-")),
    # An account's expiry set or cleared beside other fields (`Set-ADUser x -Replace @{...} -Clear accountExpires`):
    # when the login stops working changes, whatever else the line changes
    Rule("ps-account-expiry", ("set-aduser",), compile_i(
        r"\bSet-ADUser\b(?:@\{[^}\n]*\}|[^\n;|])*?(?:\s-AccountExpirationDate\b|\s-Clear\s+(?:[\w,]+,)?accountExpires\b|"
        r"\baccountExpires\s*=)"),
        classify=lambda m: ("lifecycle", "modify"), confidence=0.85),
    # ... and that expiry is the account's end date in the directory, an attribute of its holder's record
    Rule("ps-end-date", ("accountexpiration",), compile_i(
        r"\b(?:Set|Clear)-ADAccountExpiration\b[^\n;|]*|\bSet-ADUser\b[^\n;|]*?\s-AccountExpirationDate\b[^\n;|]*"),
        classify=lambda m: ("attestation", "modify"), confidence=0.8),
    # Microsoft 365 group, team, SharePoint and Exchange role-group membership:
    # `Add-UnifiedGroupLinks -LinkType Owners`, `Add-TeamUser -Role Owner`, `Remove-PnPGroupMember`,
    # `Add-RecipientPermission -AccessRights SendAs`
    # (`Set-SPOUser -IsSiteCollectionAdmin $true` is ps-admin-flag's: an admin flag set, not a membership)
    Rule("m365-membership", ("unifiedgrouplinks", "teamuser", "teamchanneluser", "rolegroupmember",
                             "pnpgroupmember", "pnpusertogroup", "recipientpermission"), compile_i(
        r"\b(?P<verb>Add|Remove|Set)-(?:UnifiedGroupLinks|TeamUser|TeamChannelUser|RoleGroupMember|"
        r"PnPGroupMember|PnPUserToGroup|RecipientPermission)\b[^\n;|]*"),
        classify=lambda m: ("access_change", {"add": "grant", "remove": "revoke"}.get(m.group("verb").lower(),
                                                                                      "modify")),
        confidence=0.85, starts=("add-", "remove-", "set-")),
    # ... and the CLI for Microsoft 365 (`m365 spo file sharinglink remove`, `m365 entra m365group user add`,
    # `m365 spo web roleassignment add`); a directory's own user added or removed is an account made or deleted
    Rule("m365-cli", ("m365 ",), compile_i(
        r"\bm365\s+(?P<area>spo|entra|aad|teams|planner|outlook)(?P<nouns>(?:\s+[a-z][\w-]*){0,3}?)\s+"
        r"(?P<noun>sharinglink|roleassignment|user|member|owner|admin|group|permission|sitecollectionadmin|"
        r"roleinheritance)\s+(?P<verb>add|remove|grant|revoke|set|break|reset)\b[^\n;|]*"),
        classify=_m365_cli, confidence=0.85),
    # an Azure service's shared access key regenerated: `New-AzEventHubKey ... -KeyType SecondaryKey`
    Rule("az-ps-key-regenerate", ("new-az",), compile_i(
        r"\bNew-Az(?:EventHub|ServiceBus|Relay|NotificationHub|StorageAccount|CognitiveServicesAccount|SearchAdmin|"
        r"RedisCache|CosmosDBAccount|WebPubSub|SignalR)Key\b[^\n;|]*"), "lifecycle", "reset", 0.85),
    # Conditional Access decides who must pass MFA or may sign in at all: excluding a user, or rewriting the
    # policy, changes access (`Update-MgIdentityConditionalAccessPolicy ... ExcludeUsers = $ex`).
    Rule("ca-policy", ("conditionalaccesspolicy",), compile_i(
        r"\b(?P<verb>New|Update|Set|Remove)-(?:Mg|AzureAD)(?:Identity)?(?:Ms)?ConditionalAccessPolicy\b[^\n;|]*"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "remove" else "modify"),
        confidence=0.85),
    # Keycloak's admin CLI: `kcadm.sh add-roles -r realm --uusername x --rolename y`, a user's group joined with
    # `update users/<id>/groups/<gid>` (its user commands are cli_generic's)
    Rule("keycloak-access", ("kcadm",), compile_i(
        r"\bkcadm(?:\.sh)?\s+(?P<verb>add-roles|remove-roles)\b[^\n;|]*|\bkcadm(?:\.sh)?\s+(?P<verb2>update|delete)\s+"
        r"users/[^\s/]+/groups/\S+"),
        classify=lambda m: ("access_change", "revoke" if (m.group("verb") or m.group("verb2")).lower().startswith(
            ("remove", "delete")) else "grant"), confidence=0.85),
    # FortiOS CLI: a user group's members set, appended to or unselected (`config user group` / `edit "vpn-x"` /
    # `unselect member "eolmaint-ldap"`)
    Rule("fortigate-group-member", ("config user group",), compile_i(
        r"\bconfig\s+user\s+group" + FORTI_EDIT + r"(?P<verb>set|append|unselect)\s+member\b[^\n]*"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "unselect" else "grant"),
        confidence=0.85, reach=600),
    # ... and its administrators: an admin account edited into being with an access profile (`config system admin` /
    # `edit "bjansen"` / `set accprofile "super_admin"`), or deleted
    Rule("fortigate-admin", ("config system admin",), compile_i(
        r"\bconfig\s+system\s+admin(?:" + FORTI_EDIT + r"set\s+(?:accprofile|password)\b|"
        r"\s*\n\s*(?P<verb>delete)\s+\S+)[^\n]*"),
        classify=lambda m: ("lifecycle", "delete" if m.group("verb") else "create"), confidence=0.85, reach=600),
    Rule("fortigate-admin-profile", ("accprofile",), compile_i(
        r"\bconfig\s+system\s+admin" + FORTI_EDIT + r"set\s+accprofile\s+[^\n]+"), "access_change", "grant", 0.85,
        reach=600),
    # Keeper Commander: `keeper enterprise-user --add a@b.com`, `--lock`, `--delete`, `--expire`.
    Rule("keeper-user", ("enterprise-user",), compile_i(
        r"\benterprise-user\b[^\n;|]*?\s--?(?P<op>add|invite|lock|unlock|delete|expire|disable|enable)\b"),
        classify=lambda m: ("lifecycle", {"add": "create", "invite": "create", "lock": "disable", "unlock": "reset",
                                          "delete": "delete", "expire": "reset", "disable": "disable",
                                          "enable": "create"}[m.group("op").lower()]), confidence=0.85),
    Rule("sf-permset", ("sf org", "sfdx"), compile_i(
        r"\b(?:sf\s+org\s+(?P<verb>assign|unassign)\s+(?:permset|permsetlicense)|sfdx\s+force:user:permset:"
        r"(?P<verb2>assign|unassign))\b"),
        classify=lambda m: ("access_change", "revoke" if (m.group("verb") or m.group("verb2")).lower() == "unassign"
                            else "grant"), confidence=0.9),
    Rule("pki-client", ("easyrsa",), compile_i(
        r"\b(?:easyrsa\s+(?P<verb>revoke|build-client-full|sign-req\s+client)|(?P<full>revoke-full))\b"),
        classify=lambda m: ("access_change", "revoke") if m.group("full") or m.group("verb").lower() == "revoke"
        else ("lifecycle", "create"), confidence=0.85),
    Rule("gam-group", ("gam ",), compile_i(
        r"\bgam\s+update\s+(?:group|cigroup)\s+\S+\s+(?P<verb>add|remove|delete|sync|update)\s+"
        r"(?:members?|managers?|owners?)\b[^\n]*"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() in ("remove", "delete")
                            else "grant"), confidence=0.9),
    Rule("gam-access", ("gam ",), compile_i(
        r"\bgam\s+(?:(?:create|delete)\s+admin\b|user\s+\S+\s+(?:add|update|delete)\s+(?:drivefileacl|"
        r"calendaracl|delegates?|sendas)\b|(?:add|update|delete)\s+drivefileacl\b|"
        # a user moved to another organizational unit: the services and policies on for that unit
        r"update\s+user\s+\S+\s+(?:org|ou)\s+[\"']?/)[^\n]*"),
        "access_change", "grant", 0.85),
    Rule("gam-user", ("gam ",), compile_i(
        r"\bgam\s+(?:(?P<verb>create|delete|undelete|suspend|unsuspend)\s+user\b|update\s+user\s+\S+\s+"
        r"(?:suspended\s+(?:on|off|true|false)|password\b|changepassword\b)|user\s+\S+\s+(?:deprovision|"
        r"signout|turnoff2sv|deletebackupcodes)\b)[^\n]*"),
        classify=lambda m: ("lifecycle", action_of(m.group("verb"), "disable")), confidence=0.85),
    Rule("gam-attribute", ("gam ",), compile_i(
        r"\bgam\s+update\s+user\s+\S+\s+[^\n]*?\b(?:relation\s+manager|organi[sz]ation|department|"
        r"title|costcenter|employeetype)\b[^\n]*"), "attestation", "modify", 0.8),
    Rule("net-user", ("net user", "net localgroup", "net group"), compile_i(
        r"\bnet\s+(?:user\s+\S+\s+(?:/add|/delete|/active:(?:no|yes)|/logonpasswordchg:yes|\*)|(?:local)?group\s+(?:\"[^\"]+\"|\S+)"
        r"\s+\S+\s+/(?:add|delete))(?!\w)"), classify=_net_user, confidence=0.85),
    Rule("acl", ("setfacl", "icacls", "dsacls", "ichmod"), compile_i(  # dsacls: an AD object's ACE; ichmod: iRODS
        r"\bsetfacl\b[^\n]*?\s-[a-zA-Z]*[mxM]\s+[ugd]\S*|\bicacls\b[^\n]*?/(?P<verb>grant|remove|deny)|"
        r"\bdsacls\b[^\n]*?\s/[grd][ \t]+[\"']?[^\s\"']+|"
        r"\bichmod\b(?:[ \t]+-\w+)*[ \t]+(?:read|write|own|null|modify_object|read_object|delete_object)[ \t]+\S+"),
        "access_change", "grant", 0.85),
    # A directory handed to a named group and opened to it: `chown :finance /d && chmod 2770 /d` (not `chown u:g`).
    Rule("group-share", ("chown", "chgrp"), compile_i(
        r"\b(?:chown\s+(?:-\w+\s+)*:|chgrp\s+(?:-\w+\s+)*)(?!(?:group|grp|groupname|\w*_group|your\w*|my\w*)\s)"
        r"(?P<g>[a-z_][\w.-]*)\s+\S+[^\n]{0,120}?(?:\n[^\n]{0,120}?)?\bchmod\s+(?:-\w+\s+)*"  # chmod: same line or next
        r"(?:[0-7]?[0-7][1-7][0-7]\b|(?:[ugoa]*[+=-]\w*,)*[ugo]*g[ugo]*[+=]\w*[rwx])"), "access_change", "grant", 0.8,
         target="g", reach=160),
    # iRODS accounts and groups: `iadmin mkuser vpham#zone rodsuser`, `iadmin atg lab-x vpham`.
    Rule("irods-admin", ("iadmin",), compile_i(
        r"\biadmin\s+(?P<verb>mkuser|rmuser|moduser\s+\S+\s+password|atg|rfg)\s+(?=\S)"),
         classify=_irods, confidence=0.85),
    Rule("htpasswd", ("htpasswd",), compile_i(r"\bhtpasswd\s+(?:-[a-zA-Z]+\s+)*\S+\s+[\w.@-]+"),
         "lifecycle", "create", 0.8),
    Rule("vault", ("vault ",), compile_i(
        r"\bvault\s+(?:policy\s+write|write\s+auth/\S+/(?:role|roles|groups)/)\S*"),
        "access_change", "grant", 0.85),
    Rule("ldap-tools", ("ldapdelete", "ldapadd"), compile_i(r"\b(?P<verb>ldapdelete|ldapadd)\b[^\n]*"),
         classify=lambda m: ("lifecycle", "delete" if "delete" in m.group("verb").lower() else "create"),
         confidence=0.6),
    Rule("mongo-users", ("rolestouser", "rolesfromuser", "privilegestorole", "privilegesfromrole", "rolestorole",
                         "rolesfromrole", "createuser", "dropuser", "db.updateuser", "userpassword("), compile_s(
        r"\b(?:db|getSiblingDB\([^)]{0,60}\))\.(?P<verb>grantRolesToUser|revokeRolesFromUser|grantPrivilegesToRole|revokePrivilegesFromRole|"
        r"grantRolesToRole|revokeRolesFromRole|createUser|dropUser|updateUser|changeUserPassword)\s*\(|"
        r"\brunCommand\s*\(\s*\{\s*[\"']?(?P<cmd>createUser|dropUser)[\"']?\s*:"),  # `runCommand({createUser: ...`
        classify=lambda m: ("access_change", "revoke" if m.group("verb").startswith("revoke") else "grant")
        if m.group("verb") and ("Roles" in m.group("verb") or "Privileges" in m.group("verb")) else (
            "lifecycle", {"createUser": "create", "dropUser": "delete"}.get(m.group("verb") or m["cmd"], "reset")),
        confidence=0.9, reach=120),
    Rule("aws-api-names", ("accesskey", "loginprofile", "policy", "togroup", "admin"), compile_s(
        r"\b(?:iam:)?(?P<verb>Create|Delete|Update)(?P<noun>AccessKey|LoginProfile|"
        r"ServiceSpecificCredential)\b|\b(?P<verb2>Attach|Detach|Put|Delete)(?:User|Role|Group)Policy\b|"
        r"\b(?:AddUserToGroup|RemoveUserFromGroup|UpdateAssumeRolePolicy|CreateAccountAssignment|"
        r"AdminAddUserToGroup)\b"),
        classify=_aws_api_call, confidence=0.8,
        starts=("iam:", *(verb + noun for verb in ("create", "delete", "update")
                          for noun in ("accesskey", "loginprofile", "servicespecificcredential")),
                *(verb + who + "policy" for verb in ("attach", "detach", "put", "delete")
                  for who in ("user", "role", "group")),
                "addusertogroup", "removeuserfromgroup", "updateassumerolepolicy", "createaccountassignment",
                "adminaddusertogroup")),
    # Any PowerShell module's cmdlets, by the Verb-Noun convention (`Add-PASSafeMember`,
    # `Grant-SmbShareAccess`, `New-SnipeitUser`); `Add-Member` alone adds object properties.
    Rule("ps-access-generic", ("add-", "remove-", "grant-", "revoke-", "set-"), compile_s(
        r"\b(?P<verb>Add|Remove|Grant|Revoke|Set)-(?:[A-Z]\w*?(?:Member|Access|Permission|Acl|Right|Delegat\w*|"
        r"Owner|RoleAssignment|Role|AccessPolicy)|\w*?(?:Team|Group|Channel|Site|Project)User)s?\b"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb") in ("Remove", "Revoke") else "grant"),
        confidence=0.85),
    # A Windows principal mapped to an application's identity or right: `Add-PIMapping -PrincipalName DOM\\grp`.
    Rule("ps-principal-mapping", ("-principalname", "-trustee", "-grantee"), compile_s(
        r"\b(?P<verb>Add|New|Remove|Grant|Revoke)-[A-Z]\w*\b[^\n]*?\s-(?:PrincipalName|Trustee|Grantee)\s+[\"']?[\w\\.@$-]"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb") in ("Remove", "Revoke") else "grant"),
        confidence=0.85),
    Rule("ps-account-generic", ("new-", "remove-", "disable-", "enable-", "unlock-", "reset-"), compile_s(
        r"\b(?P<verb>New|Remove|Disable|Enable|Unlock|Reset)-[A-Z]\w*?(?:User|Account|Mailbox|ServicePrincipal|"
        r"Principal|Credential|Password|Secret|ApiKey|AccessKey|Token)\b"),
        classify=_verb_kind("lifecycle"), confidence=0.85),
    # Who may read a managed account's password or act for it: `-PrincipalsAllowedToRetrieveManagedPassword G`.
    Rule("ps-principals-allowed", ("-principalsallowedto",), compile_i(
        r"\s-PrincipalsAllowedTo(?:RetrieveManagedPassword|DelegateToAccount)\s+\S"), "access_change", "grant", 0.85),
    # PAN-OS admin roles in configuration XML or its xpath.
    Rule("panos-admin-role", ("<superuser>", "<superreader>", "<deviceadmin>", "<panorama-admin>", "role-based"),
         compile_i(r"<(?:superuser|superreader|deviceadmin|panorama-admin)>\s*yes\b|/permissions/role-based/"
                   r"(?:superuser|superreader|deviceadmin|panorama-admin)\b"), "access_change", "grant", 0.85),
    Rule("ps-admin-flag", ("set-", "add-", "update-", "new-"), compile_i(
        r"\b(?:Set|Add|Update|New)-\w+\b[^\n]*?\s-(?:Is)?\w*(?:Admin|Owner)\w*\s+\$true\b"),
        "access_change", "grant", 0.85, starts=("set-", "add-", "update-", "new-")),
    Rule("ssh-user-cert", ("ssh-keygen",), compile_s(r"\bssh-keygen\b[^\n]*?\s-s\s+\S+[^\n]*?\s-n\s+\S+"),
         "access_change", "grant", 0.85),
    Rule("samba-tool", ("samba-tool",), compile_i(
        r"\bsamba-tool\s+(?:(?P<grp>group)\s+(?P<gverb>addmembers|removemembers)|user\s+(?P<verb>create|add|delete|"
        r"disable|enable|setpassword|unlock|setexpiry))\b"),
        classify=lambda m: ("access_change", "revoke" if m.group("gverb").lower() == "removemembers" else "grant")
        if m.group("grp") else ("lifecycle", action_of(m.group("verb"), "modify")), confidence=0.85),
    Rule("teleport-tctl", ("tctl ",), compile_i(
        r"\btctl\s+(?:users|bots)\s+(?:(?P<verb>add|rm|reset)\b|update\s+\S+\s+[^\n]*?--(?:set|add)-roles)"),
        classify=lambda m: ("lifecycle", {"add": "create", "rm": "delete", "reset": "reset"}[m.group("verb").lower()])
        if m.group("verb") else ("access_change", "modify"), confidence=0.85),
    Rule("graphql-mutation", ("mutation",), compile_s(
        r"\bmutation\b[^{]{0,80}\{\s*(?:\w+\s*:\s*)?(?P<op>[a-z]\w*)\s*\("), classify=_mutation, confidence=0.8,
        reach=300),
    Rule("freeipa", ("ipa ",), compile_i(
        r"\bipa\s+(?:(?P<acc>(?:group|sudorule|hbacrule|role|netgroup)-(?:add|remove)-(?:member|user|host))|"
        r"user-(?P<verb>add|del|disable|enable|unlock|mod))\b|\bipa\s+passwd\b"),
        classify=lambda m: ("access_change", "revoke" if "-remove-" in m.group("acc").lower() else "grant")
        if m.group("acc") else ("lifecycle", action_of(m.group("verb"), "reset") if m.group("verb") else "reset"),
        confidence=0.85),
    Rule("oci-iam", ("oci iam",), compile_i(
        r"\boci\s+iam\s+(?:(?P<acc>policy|dynamic-group)\s+(?P<averb>create|update|delete)|group\s+"
        r"(?P<gverb>add-user|remove-user)|user\s+(?P<verb>create|delete|update-user-state|ui-password-reset|"
        r"api-key\s+upload|api-key\s+delete))\b"),
        classify=lambda m: ("lifecycle", action_of(m.group("verb").split()[0].split("-")[0], "modify"))
        if m.group("verb") else ("access_change", "revoke" if (m.group("gverb") or "").startswith("remove") else
                                  action_of(m.group("averb"), "grant") if m.group("averb") else "grant"),
        confidence=0.85),
    Rule("boundary-roles", ("boundary roles",), compile_i(
        r"\bboundary\s+roles\s+(?P<verb>add|set|remove)-(?:principals|grants)\b"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "remove" else "grant")),
    Rule("mongo-user-roles", ("createuser", "updateuser"), compile_s(
        r"(?:\bdb\.(?:createUser|updateUser)\s*\(\s*\{|\brunCommand\s*\(\s*\{\s*[\"']?createUser[\"']?\s*:)"
        r"[^}]*?\broles\s*:\s*\[\s*[{\"']"),
        "access_change", "grant", 0.85, reach=600),
    Rule("casbin-policy", ("role:",), compile_s(  # Argo CD / Casbin policy.csv: permissions and group bindings
        r"^[ \t]*(?:p,[ \t]*role:[\w.-]+,[^\n]*,[ \t]*allow|g,[ \t]*[^,\n]+,[ \t]*role:[\w.-]+)[ \t]*$"),
        "access_change", "grant", 0.85),
    Rule("jenkins-authz", ("jenkins.", "hudson.", "item."), compile_s(
        r"\.add\(\s*(?:Jenkins|Hudson|Item|View|Computer|Run|SCM)\.[A-Z_]+\s*,\s*[\"'][^\"']+[\"']\s*\)"),
        "access_change", "grant", 0.85),
    # Jenkins Configuration as Code: a matrix or role-strategy block naming both a grantee and a permission.
    Rule("jenkins-casc-authz", ("globalmatrix", "projectmatrix", "rolebased"), compile_s(
        r"\b(?:globalMatrix|projectMatrix|roleBased)\s*:[\s\S]{0,1500}?(?:"
        r"\b(?:USER|GROUP):" + _JENKINS_PERMISSION + r":[^\s\"']"
        r"|-[ \t]*(?:user|group)[ \t]*:[\s\S]{0,600}?\b" + _JENKINS_PERMISSION +
        r"|\b" + _JENKINS_PERMISSION + r"\b[\s\S]{0,600}?(?:-[ \t]*(?:user|group)[ \t]*:|\bassignments[ \t]*:))"),
        "access_change", "grant", 0.85, reach=2000),
    Rule("firebase-auth", ("auth().",), compile_s(
        r"\bauth\(\)\.(?P<verb>updateUser|deleteUser|deleteUsers|createUser|revokeRefreshTokens|setCustomUserClaims)"
        r"\s*\("), classify=_firebase, confidence=0.85),
    Rule("ios-privilege", ("username", "privilege exec"), compile_i(  # Cisco IOS: local users and privilege levels
        r"^\s*(?:username\s+\S+\s+privilege\s+\d+|privilege\s+exec\s+level\s+\d+)\b[^\n]*"),
        classify=unless_redacted("access_change", "grant"), confidence=0.8),  # `<removed>`: read back
    Rule("ios-local-user", ("username",), compile_i(  # a local account with its secret: created, not just granted
        r"username\s+\S+\s+(?:privilege\s+\d+\s+)?(?:algorithm-type\s+\S+\s+)?(?:secret|password)\b[^\n]*"),
        classify=unless_redacted("lifecycle", "create"), confidence=0.8, starts=("username",), guard=_line_start),
    # Cisco IOS XR: a local user's groups on the indented lines under it (`username u` / ` group root-lr`)
    Rule("iosxr-user-group", ("username",), compile_s(
        r"username[ \t]+\S+[ \t]*\n(?:[ \t]+(?!group[ \t])[^\n]*\n){0,4}?[ \t]+group[ \t]+[\w-]+"),
        classify=unless_redacted("access_change", "grant"), confidence=0.8, reach=400, starts=("username",),
        guard=_line_start),
    Rule("iosxr-local-user", ("username",), compile_s(  # ... and its secret: the account made
        r"username[ \t]+\S+[ \t]*\n(?:[ \t]+(?!(?:secret|password)[ \t])[^\n]*\n){0,4}?"
        r"[ \t]+(?:secret|password)[ \t]+\S"),
        classify=unless_redacted("lifecycle", "create"), confidence=0.8, reach=400, starts=("username",),
        guard=_line_start),
    # Junos: a local login with its class (its privileges), or one deleted
    Rule("junos-user", ("system login user",), compile_i(
        r"\b(?P<verb>set|delete)\s+system\s+login\s+user\s+\S+(?P<cls>\s+class\s+\S+)?[^\n]*"),
        classify=lambda m: ("lifecycle", "delete") if m.group("verb").lower() == "delete" else (
            ("access_change", "grant") if m.group("cls") else ("lifecycle", "create")), confidence=0.8),
    Rule("ios-no-username", ("no username",), compile_i(r"no\s+username\s+\S+[^\n]*"),
         "lifecycle", "delete", 0.8, starts=("no username",), guard=_line_start),
    # IBM RACF and TSO: user profiles and their state, group connects, dataset and resource permits
    Rule("racf-user", ("altuser", "alu ", "adduser", "deluser"), compile_s(
        r"(?<![\w#$@])(?:(?P<alt>ALTUSER|ALU)\s+\(?[A-Z#$@][\w#$@]{0,7}\b[^\n]*?\b(?P<state>REVOKE|RESUME|PASSWORD|PHRASE|"
        r"SPECIAL|OPERATIONS|AUDITOR|NOSPECIAL|NOOPERATIONS)\b|(?P<verb>ADDUSER|DELUSER)\s+\(?[A-Z#$@][\w#$@]{0,7}\b)"
        r"[^\n]*"), classify=lambda m: _racf(m), confidence=0.85, starts=("altuser", "alu", "adduser", "deluser")),
    # a new user connected to its default group at creation: `ADDUSER U1 DFLTGRP(SYSPROG)`
    Rule("racf-adduser-group", ("adduser",), compile_s(
        r"(?<![\w#$@])ADDUSER\s+\(?[A-Z#$@][\w#$@]{0,7}\b[^\n]*?\bDFLTGRP\([A-Z#$@][\w#$@]{0,7}\)"),
        "access_change", "grant", 0.8),
    # 1Password CLI: service accounts and users made or switched off, people and groups given a vault
    # an access request approved in Teleport: `tsh request review --approve <id>`, `tctl request approve <id>`
    Rule("teleport-request-approve", ("tsh request review", "tctl request approve"), compile_s(
        r"\b(?:tsh\s+request\s+review\b[^\n]{0,200}?--approve\b|tctl\s+request\s+approve\s+\S)"),
        "access_change", "grant", 0.85),
    Rule("op-cli", ("op service-account", "op user ", "op group user", "op vault user", "op vault group"), compile_s(
        r"(?<![\w-])op\s+(?:(?P<sa>service-account\s+create)|user\s+(?P<lv>provision|suspend|delete|reactivate|"
        r"confirm)|(?:group\s+user|vault\s+(?:user|group))\s+(?P<gv>grant|revoke|add|remove))\b"),
        classify=_op_cli, confidence=0.85),
    # a Kerberos service's keys made anew (FreeIPA's `ipa-getkeytab` without `-r` rotates them; `-r` only reads)
    Rule("ipa-getkeytab", ("ipa-getkeytab",), compile_s(r"\bipa-getkeytab\b(?![^\n;&|]*\s-r\b)[^\n;&|]*\s-p\s+\S+"),
         "lifecycle", "reset", 0.85),
    # a Perforce protections table's line: `write group ext-art * //depot/Content/...`
    Rule("p4-protections", (" * //", " * -//", "\t* //"), compile_s(
        r"(?m)^[ \t]*=?(?:super|admin|write|read|open|list|review|owner|branch)[ \t]+(?:user|group)[ \t]+[\w.@*-]+"
        r"[ \t]+\S+[ \t]+-?//[\w.*/-]+"), classify=_protections_edit, confidence=0.8),
    # Azure DevOps permissions through its REST area, written: `az devops invoke --area pipelinePermissions ...`
    Rule("az-devops-permissions", ("az devops invoke",), compile_s(
        r"\baz\s+devops\s+invoke\b(?=[^\n]*--http-method\s+(?:PATCH|POST|PUT|DELETE|patch|post|put|delete)\b)"
        r"[^\n]*?--area\s+(?:pipelinePermissions|securityNamespaces|accessControlEntries|accessControlLists|graph|"
        r"memberEntitlementManagement|userEntitlements)\b"), "access_change", "modify", 0.85),
    Rule("racf-connect", ("connect", "remove", "permit"), compile_s(
        r"(?:(?P<verb>CONNECT|REMOVE)\s+\(?[A-Z#$@][\w#$@ ]{0,60}\)?\s+GROUP\(|"
        r"(?P<permit>PERMIT)\s+\S+[^\n]*?\b(?P<how>ID|DELETE)\()[^\n]*"),
        classify=lambda m: ("access_change", "revoke" if (m.group("verb") == "REMOVE" or m.group("how") == "DELETE")
                            else "grant"), confidence=0.85, starts=("connect", "remove", "permit")),
    # A dataset or general resource profile's universal access changed: `ALTDSD 'PRD.X.**' UACC(READ)` opens it to
    # every user (`ADDSD` / `RALTER` alike).
    Rule("racf-uacc", ("altdsd", "addsd", "ralter", "rdefine"), compile_s(
        r"(?<![\w#$@])(?:ALTDSD|ADDSD|RALTER|RDEFINE)\s[^\n]*?\bUACC\((?:READ|UPDATE|CONTROL|ALTER|EXECUTE|NONE)\)"),
        "access_change", "modify", 0.85, starts=("altdsd", "addsd", "ralter", "rdefine")),
    # CA Top Secret: `TSS PERMIT(acid) DB2PLAN(...)`, `TSS REVOKE(acid)`, `TSS REPLACE(acid) PASSWORD(...)`
    Rule("tss-command", ("tss",), compile_s(
        r"\bTSS[ \t]+(?P<verb>ADDTO|ADD|CREATE|CRE|DELETE|DEL|REVOKE|REV|PERMIT|PER|XAUTH|REMOVE|REM|REPLACE|REP)"
        r"[ \t]*\([ \t]*[A-Z#$@*][\w#$@.*-]{0,43}[ \t]*\)(?P<rest>[^\n]*)"), classify=_tss, confidence=0.85,
        starts=("tss",)),
    # CA ACF2: `ACF` then `DELETE lid`, `CHANGE lid SUSPEND`, `INSERT lid ...` (on rules after `SET RULE`)
    Rule("acf2-command", ("acf",), compile_s(
        r"^[ \t]*ACF[ \t]*\r?\n[\s\S]{0,400}?^[ \t]*(?P<verb>INSERT|INS|CHANGE|CHA|DELETE|DEL)[ \t]+"
        r"[A-Z#$@][\w#$@-]{0,7}\b(?P<rest>[^\n]*)"), classify=_acf2, confidence=0.85, reach=500),
    # An ACF2 access rule set (`$KEY(hlq)` with `UID(...) R(A) W(L)` lines), or one compiled and stored
    Rule("acf2-rule", ("$key(", "compile"), compile_s(
        r"\$KEY\([^)\n]{1,44}\)[\s\S]{0,600}?\bUID\([^)\n]*\)[^\n]*?\b[RWAE]\([ALP]\)"
        r"|\bCOMPILE\b[^\n]*?\bSTORE\b"), classify=_acf2_rule, confidence=0.85, reach=700,
        starts=("$key(", "compile")),
    # an RDS or EC2 snapshot or image shared with (or withdrawn from) other accounts
    Rule("aws-share-snapshot", ("-attribute",), compile_i(
        r"\baws\s+(?:rds|ec2)\s+modify-(?:db-(?:cluster-)?snapshot|snapshot|image)-attribute\b[^\n]*?"
        r"(?P<verb>--values-to-add|--values-to-remove|--create-volume-permission|--launch-permission)\b[^\n]*"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "--values-to-remove" else "grant"),
        confidence=0.8),
    Rule("ios-access-class", ("access-class", "access-group"), compile_i(  # an ACL bound to vty lines or a port
        r"^\s*(?:access-class|ip\s+access-group)\s+\S+\s+(?:in|out)\b[^\n]*"),
        "access_change", "modify", 0.75),
    Rule("pg-hba", ("pg_hba", "hostssl", "hostnossl", "scram-sha-256"), compile_i(  # PostgreSQL client access
        r"^[ \t]*(?:host(?:ssl|nossl|gssenc|nogssenc)?|local)[ \t]+\S+[ \t]+\S+[ \t]+(?:\S+[ \t]+)?"
        r"(?P<verb>scram-sha-256|md5|trust|peer|ident|cert|password|ldap|radius|gss|sspi|pam|reject)\b[^\n]*"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "reject" else "grant"),
        confidence=0.75),
    Rule("aws-sg-ingress", ("security-group-",), compile_i(
        r"\baws\s+ec2\s+(?P<verb>authorize|revoke)-security-group-(?:ingress|egress)\b"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "revoke" else "grant"),
        confidence=0.8),
    Rule("redis-acl-user", ("user ",), compile_s(  # a users.acl line or ACL SETUSER arguments
        r"user\s+\S+\s+(?:on|off|reset)\b(?=[^\n]*\s[~+%&>])[^\n]*"), "access_change", "grant", 0.8,
        starts=("user ",), guard=_line_start),
    Rule("redis-acl", ("acl setuser", "acl deluser"), compile_i(r"\bacl\s+(?P<verb>setuser|deluser)\s+\S+"),
         classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "deluser" else "modify"),
         confidence=0.85),
    # the same commands as account steps: a user deleted, switched off, or made with its password (`>secret`)
    Rule("redis-acl-account", ("acl setuser", "acl deluser"), compile_i(
        r"\bacl[ \t]+(?:(?P<delete>deluser)[ \t]+[^\s`'\"]+|setuser[ \t]+[^\s`'\"]+(?P<args>[^\n`'\"]*))"),
        classify=_redis_account, confidence=0.8),
    Rule("kafka-acls", ("kafka-acls",), compile_i(
        r"\bkafka-acls(?:\.sh)?\b" + _CONTINUED + r"--(?P<verb>add|remove)\b"),
         classify=lambda m: ("access_change", "revoke" if m.group("verb").lower() == "remove" else "grant"),
         confidence=0.85, reach=600),
    Rule("rabbitmqctl", ("rabbitmqctl",), compile_i(
        r"\brabbitmqctl\s+(?:-\S+\s+)*(?P<verb>set_permissions|clear_permissions|set_topic_permissions|"
        r"clear_topic_permissions|set_user_tags|add_user|delete_user|change_password|clear_password)\b"),
        classify=_rabbitmq, confidence=0.85),
    Rule("kadmin", ("kadmin",), compile_i(
        r"\bkadmin(?:\.local)?\b[^\n]*?\b(?P<verb>addprinc|add_principal|delprinc|delete_principal|cpw|"
        r"change_password|modprinc|modify_principal|ktadd|xst)\b"), classify=_kadmin, confidence=0.85),
    # IBM i (AS/400) user profiles and object authorities.
    Rule("ibm-i", ("chgusrprf", "crtusrprf", "dltusrprf", "grtobjaut", "rvkobjaut"), compile_i(
        r"\b(?:(?P<grant>GRTOBJAUT)|(?P<revoke>RVKOBJAUT)|(?P<create>CRTUSRPRF)|(?P<delete>DLTUSRPRF)|"
        r"CHGUSRPRF\b[^\n]*?(?:(?P<special>SPCAUT|USRCLS|GRPPRF|SUPGRPPRF)|(?P<disable>STATUS\(\*DISABLED\))|"
        r"(?P<enable>STATUS\(\*ENABLED\))|(?P<reset>PASSWORD|PWDEXP)))(?!\w)"), classify=_ibm_i, confidence=0.85),
    # A user put into or taken out of a group by any cmdlet: `Add-BrokerUser -Name X -DesktopGroup $dg`.
    Rule("ps-user-to-group", ("add-", "remove-"), compile_s(
        r"\b(?P<verb>Add|Remove)-\w*User\b[^\n]*?\s-\w*(?:Group|Team|Role)\b"),
        classify=lambda m: ("access_change", "revoke" if m.group("verb") == "Remove" else "grant"), confidence=0.85),
    Rule("aws-rotate-secret", ("secretsmanager",), compile_i(r"\baws\s+secretsmanager\s+rotate-secret\b"),
         "lifecycle", "reset", 0.85),
    Rule("vault-credential", ("vault ",), compile_i(
        r"\bvault\s+(?:write\s+(?:-\S+\s+)*(?:auth/\S+/(?:secret-id|users/\S+)|\S+/rotate-(?:root|role)\b)|"
        r"token\s+create\b)"),
        classify=lambda m: ("lifecycle", "reset" if "/rotate-" in m.group(0) else "create"), confidence=0.85),
)
