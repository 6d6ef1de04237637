"""What a tool's name says it does: split `okta_deactivate_user` / `CreateAccessKey` into words
and tell access changes, lifecycle actions, attestations, read-only and inert tools apart."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from gateway.inspection.patterns import action_of

CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
SPLIT = re.compile(r"[^a-zA-Z0-9]+")

READ_VERBS = frozenset((
    "get", "list", "search", "find", "describe", "read", "fetch", "query", "lookup", "show", "check",
    "view", "count", "simulate", "inspect", "explain", "preview", "validate", "verify", "diff",
    "whoami", "can", "test", "lint", "summarize", "download", "retrieve", "browse", "scan",
))
# Tools whose arguments are data to process, not instructions: never judged by their text.
INERT = frozenset((
    "tokenize", "tokenise", "embed", "embedding", "embeddings", "translate", "classify",
    "spellcheck", "sentiment", "detect", "transcribe",
))
# Words that make a name say nothing about identity: the arguments decide.
NEUTRAL = frozenset((
    "story", "stories", "flag", "flags", "feature", "ticket", "comment", "message", "email",
    "slack", "notify", "calendar", "event", "weather", "note", "notes", "memory", "file", "task",
))
ACCESS_VERBS = frozenset((
    "grant", "assign", "add", "remove", "revoke", "attach", "detach", "share", "unshare", "elevate",
    "promote", "demote", "bind", "unbind", "invite", "approve", "put", "set", "update", "modify",
    "change", "patch", "delete", "create", "unassign", "give", "provision", "deprovision", "entitle", "kick",
    "uninvite", "insert",  # Google APIs: `acl.insert`, `members.insert`, `permissions.insert`
    "allow", "deny", "permit", "join", "link", "unlink", "make", "transfer",  # the object decides: `join_team`
))
LIFE_VERBS = frozenset((
    "create", "delete", "disable", "enable", "deactivate", "activate", "reactivate", "suspend",
    "unsuspend", "unlock", "lock", "reset", "rotate", "regenerate", "revoke", "expire", "offboard",
    "onboard", "provision", "deprovision", "terminate", "new", "issue", "generate", "block", "add", "insert",
    "remove", "invite", "roll", "clear", "logout", "rehire",
))
ACCESS_OBJ = frozenset((
    "role", "roles", "group", "groups", "member", "members", "membership", "memberships",
    "permission", "permissions", "policy", "policies", "binding", "bindings", "entitlement",
    "entitlements", "privilege", "privileges", "acl", "acls", "admin", "owner", "owners",
    "collaborator", "collaborators", "access", "app", "apps", "scope", "scopes", "team", "teams",
    "rolebinding", "sudo", "sudoers", "assignment", "assignments", "grant", "grants", "collaboration", "collaborations",
    "responsibility", "responsibilities",  # Oracle E-Business Suite: a responsibility is a role
    "actgroup", "actgroups",  # SAP activity groups: roles (`BAPI_USER_ACTGROUPS_ASSIGN`)
    "ownership", "consent", "consents", "delegate", "delegates", "delegation", "delegations", "moderator",
    "moderators", "maintainer", "maintainers",
    "teacher", "teachers", "coteacher", "coteachers", "instructor", "instructors",  # a course's (Classroom, an LMS)
))
LIFE_OBJ = frozenset((
    "user", "users", "account", "accounts", "mfa", "factor", "factors", "password", "passwords",
    "credential", "credentials", "key", "keys", "secret", "secrets", "token", "tokens", "session",
    "sessions", "identity", "identities", "login", "principal", "serviceaccount", "sa", "employee",
    "guest", "contractor", "2fa", "totp", "authenticator", "pat", "pats", "emp",  # Epic's EMP: its user record
))
ATTEST_WORDS = frozenset(("certification", "attestation", "recertification", "recert", "attest",
                          "certify", "review", "reviews"))
ACCESS_REQUESTED = frozenset(("access", "role", "entitlement", "permission", "group", "membership"))
THINGS = frozenset(("item", "items", "product", "products", "sku", "skus", "catalog", "catalogue", "asset", "assets",
                    "inventory", "ticket", "tickets", "issue", "issues", "page", "pages", "document", "documents"))
# Device management: a configuration profile pushed to machines (`mdm_update_profile`, `intune_set_device_profile`)
# holds device settings, not a person's attributes.
DEVICE_PROFILES = frozenset(("mdm", "device", "devices", "intune", "jamf", "kandji", "mosyle", "airwatch", "wifi",
                             "vpn", "kiosk", "configuration", "config", "printer", "browser", "power", "firewall"))
# Closing a review campaign: `certification_signoff`, `finalize_attestation`.
ATTEST_VERBS = frozenset(("certify", "attest", "recertify"))  # `saviynt_certify_entitlements`: the name is the verdict
CERTIFIED_OBJECTS = frozenset(("entitlement", "entitlements", "access", "user", "users", "role", "roles", "campaign",
                               "lineitems", "line", "account", "accounts", "membership", "memberships", "permissions",
                               "review", "reviews", "certification", "assignments"))  # not a build or a certificate
SIGN_OFF = frozenset(("signoff", "sign", "finalize", "finalise"))
CODE_REVIEW = frozenset(("pull", "pr", "merge", "mr", "code", "diff", "commit", "patch"))  # a code review
# Code forges: a `review` there is a pull request's (`github_create_review`), unless the name says whose access.
FORGES = frozenset(("github", "gitlab", "bitbucket", "gitea", "gerrit"))
ACCESS_REVIEWED = CERTIFIED_OBJECTS - {"review", "reviews"}
# Privileged access managers: approving a request there hands out a privileged account for a while.
PAM = frozenset(("pam", "pim", "passwordsafe", "cyberark", "beyondtrust", "delinea", "thycotic", "secretserver",
                 "privileged", "elevation", "jit", "firefighter"))
ATTRIBUTE_OBJ = frozenset(("employee", "worker", "manager", "department", "profile", "attribute",
                           "attributes", "title", "hr", "person"))
TAIL = frozenset(("by", "id", "ids", "v1", "v2", "v3", "async", "batch", "bulk", "now", "request",
                  "tool", "for", "to", "from", "in", "on", "and", "with",
                  "ad", "ldap", "aad", "entra", "okta", "idp"))  # where: `create_user_ad`, `criar_utilizador_ad`
SHARE_WORDS = frozenset(("share", "unshare"))
ASSIGNING = frozenset(("assign", "unassign", "add", "remove", "grant", "revoke"))
PARTIES = frozenset(("user", "users", "group", "groups", "member", "members"))
ENROL = frozenset(("enrol", "enroll", "unenrol", "unenroll"))
PHYSICAL = frozenset(("badge", "badges", "door", "doors", "clearance", "clearances", "keycard"))
# Physical access control systems: their cardholders are people who may open doors.
PACS = frozenset(("onguard", "lenel", "genetec", "ccure", "gallagher", "brivo", "verkada", "openpath", "amag", "pacs",
                  "badge", "badging", "keri", "paxton", "salto", "avigilon", "s2"))
LEVELS = frozenset(("level", "levels", "right", "rights", "list", "lists", "settings"))
QUALIFIERS = frozenset(("client", "app", "api", "oauth", "access", "deploy", "ssh", "gpg", "signing",
                        "service", "personal", "bot", "refresh", "pat", "application"))


# Kinds of worker that are people (HR systems), not job runners or edge scripts.
WORKER_KINDS = frozenset(("contingent", "contract", "temporary", "temp", "seasonal", "agency", "external", "casual",
                          "freelance", "pool"))
# HR systems: a worker there is a person, and ending or starting the employment ends or starts the accounts.
HR_SYSTEMS = frozenset(("workday", "successfactors", "bamboohr", "hibob", "personio", "ukg", "adp", "rippling",
                        "gusto", "deel", "hris", "hcm", "peoplesoft", "hr"))
_CHANGE_VERBS = ACCESS_VERBS | LIFE_VERBS
ACCOUNT_STATE_VERBS = frozenset(("suspend", "unsuspend", "disable", "enable", "deactivate", "reactivate", "lock",
                                 "unlock", "block"))
# `submit_test_result`, `record_control_check`: a test or check named as the thing recorded, not run.
NOUN_READS = frozenset(("test", "tests", "check", "checks"))
RESULT_NOUNS = frozenset(("result", "results", "outcome", "outcomes", "evidence", "finding", "findings", "workpaper",
                          "workpapers", "conclusion", "conclusions"))
RECORDING_VERBS = frozenset(("submit", "record", "upload", "log", "save", "post", "file", "attach", "store",
                             "publish", "capture", "enter"))
# Inviting someone into a shared place, or removing them from it, changes who may see what is in it.
MEMBERSHIP_VERBS = {"invite": "grant", "uninvite": "revoke", "kick": "revoke"}
SHARED_PLACES = frozenset(("channel", "channels", "conversation", "conversations", "space", "spaces", "workspace",
                           "workspaces", "project", "projects", "repo", "repos", "repository", "repositories",
                           "org", "orgs", "organization", "organizations", "team", "teams", "vault", "vaults",
                           "folder", "folders", "site", "sites", "board", "boards", "room", "rooms"))
_OBJECTS = ACCESS_OBJ | LIFE_OBJ
# Objects abbreviated where a procedure name runs them together with their verb (`fnd_user_pkg.addresp`).
# Systems whose accounts are money: ledgers, banks, billing and CRM customer records.
MONEY_SYSTEMS = frozenset(("netsuite", "quickbooks", "qbo", "xero", "sage", "ledger", "gl", "coa", "bank", "banking",
                           "billing", "stripe", "hubspot", "invoice", "invoices", "expense", "expenses", "payment",
                           "payments", "receivable", "payable"))
# Customer programmes: a loyalty member's tier or a gift card is a purchase perk, not an access.
CUSTOMER_PROGRAMMES = frozenset(("loyalty", "rewards", "reward", "giftcard", "giftcards", "gift", "promotion",
                                 "promotions", "coupon", "coupons", "voucher", "vouchers", "discount", "discounts"))
# Groups of things, not of people.
THING_GROUPS = frozenset(("resource", "log", "consumer", "node", "target", "scaling", "placement", "parameter",
                          "subnet", "option", "instance", "device", "cache", "update", "patch", "availability"))
_JOINED_ABBREVIATIONS = {"resp": "responsibility", "resps": "responsibilities"}


# A memory or note tool: what it stores, the agent acts on later (a standing grant, a login kept).
MEMORY_TOOL = frozenset(("memory", "memories", "remember", "note", "notes", "knowledge", "fact", "facts",
                         "preference", "preferences"))

# A tool named in another language (`criar_utilizador_ad`, `benutzer_sperren`): its words read as the English ones.
FOREIGN_WORDS = {
    **dict.fromkeys(("criar", "crear", "creer", "erstellen", "anlegen", "creare", "aanmaken"), "create"),
    **dict.fromkeys(("utilizador", "usuario", "utilisateur", "benutzer", "utente", "gebruiker"), "user"),
    **dict.fromkeys(("desativar", "desactivar", "desactiver", "deaktivieren", "disattivare", "deactiveren"),
                    "disable"),
    **dict.fromkeys(("bloquear", "sperren", "bloquer", "bloccare", "blokkeren"), "lock"),
    **dict.fromkeys(("eliminar", "excluir", "supprimer", "loeschen", "borrar", "cancellare", "verwijderen"),
                    "delete"),
    **dict.fromkeys(("conta", "cuenta", "compte", "konto"), "account"),
    **dict.fromkeys(("grupo", "groupe", "gruppe", "gruppo", "groep"), "group"),
    **dict.fromkeys(("rol", "rolle", "ruolo", "funcao"), "role"),
    **dict.fromkeys(("asignar", "atribuir", "zuweisen", "attribuer", "assegnare", "toewijzen"), "assign"),
    **dict.fromkeys(("agregar", "adicionar", "ajouter", "hinzufuegen", "aggiungere", "toevoegen"), "add"),
    **dict.fromkeys(("quitar", "remover", "retirer", "entfernen", "rimuovere"), "remove"),
    **dict.fromkeys(("restablecer", "redefinir", "reinitialiser", "zuruecksetzen", "reimpostare"), "reset"),
    **dict.fromkeys(("contrasena", "senha", "passwort", "kennwort", "wachtwoord"), "password"),
    **dict.fromkeys(("permiso", "permissao", "berechtigung", "permesso", "recht"), "permission"),
    **dict.fromkeys(("permisos", "permissoes", "berechtigungen", "permessi", "rechten"), "permissions"),
    **dict.fromkeys(("acceso", "acesso", "acces", "zugriff", "accesso", "toegang"), "access"),
    **dict.fromkeys(("miembro", "membro", "mitglied", "membre", "lid"), "member"),
}


def words(name: str) -> list[str]:
    return [FOREIGN_WORDS.get(part, part) for w in SPLIT.split(CAMEL.sub("_", name)) if w
            for part in split_joined(w.lower())]


def split_joined(token: str) -> list[str]:
    """`disableuser`, `addmember`, `resetpassword`: a change verb run together with its object, as
    PL/SQL packages and older APIs name their procedures, read as two words."""
    if len(token) < 6 or token in _CHANGE_VERBS or token in _OBJECTS:
        return [token]
    for size in range(3, len(token) - 1):
        head, rest = token[:size], token[size:]
        rest = _JOINED_ABBREVIATIONS.get(rest, rest)
        if head in _CHANGE_VERBS and (rest in _OBJECTS or rest.removesuffix("s") in _OBJECTS):
            return [head, rest]
    return [token]


def judge_name(name: str) -> tuple[str, str | None] | None:
    """("read"|"inert"|kind, action) when the name tells, else None (judge by arguments)."""
    tokens = words(name)
    if not tokens:
        return None
    if len(tokens) > 1 and tokens[-1] in _CHANGE_VERBS and not any(
            t in ACCESS_VERBS or t in LIFE_VERBS or t in READ_VERBS for t in tokens[:-1]):
        tokens = tokens[-1:] + tokens[:-1]  # method style: `users.delete`, `groupMembers_add`
    verbs = [t for at, t in enumerate(tokens) if (t in ACCESS_VERBS or t in LIFE_VERBS or t in READ_VERBS or t in ENROL)
             and not _recorded_noun(tokens, at)]
    if any(t in INERT for t in tokens):
        return "inert", None
    if verbs and verbs[0] in READ_VERBS:
        return "read", None
    if verbs and verbs[0] in SHARE_WORDS:
        return "access_change", "grant" if verbs[0] == "share" else "revoke"
    if tokens[-1] in NEUTRAL or (len(tokens) > 1 and tokens[-2] in NEUTRAL and tokens[-1] in TAIL):
        return None
    verb = verbs[0] if verbs else None
    if verb is None and tokens[-1] == "request" and ACCESS_REQUESTED.intersection(tokens):
        return "access_change", "grant"  # `sailpoint_access_request`: raising it asks for the access
    if verb == "approve" and PAM.intersection(tokens):  # `beyondtrust_passwordsafe_request_approve`
        return "access_change", "grant"
    if any(t in ATTEST_WORDS for t in tokens) and (verb or "decision" in tokens or SIGN_OFF.intersection(tokens)
                                                   or ATTEST_VERBS.intersection(tokens)
                                                   and CERTIFIED_OBJECTS.intersection(tokens)) \
            and not CODE_REVIEW.intersection(tokens) \
            and not (FORGES.intersection(tokens) and not ACCESS_REVIEWED.intersection(tokens)):
        return "attestation", "attest"
    core = [t for t in tokens if t not in TAIL] or tokens
    if len(core) > 1 and core[-1] in ("set", "sets") and core[-2] in ("permission", "privilege", "role"):
        core = core[:-1]  # `salesforce.assign_permission_set`: a permission set is the object, not a verb
    if len(core) > 1 and core[-1] in LEVELS and core[-2] in ACCESS_OBJ:
        core = core[:-1]  # `update_access_levels`, `set_admin_rights`: the access is the object
    last = core[-1]
    if last in ("account", "accounts") and MONEY_SYSTEMS.intersection(tokens):
        return None  # `netsuite_create_account`, `xero_create_bank_account`: a ledger's account; the arguments decide
    if CUSTOMER_PROGRAMMES.intersection(tokens):
        return None  # `loyalty_update_member`, `giftcard_deactivate`: a shopper's perk; the arguments decide
    if last in ("group", "groups") and len(core) > 1 and core[-2] in THING_GROUPS:
        return None  # `azure_resource_group_create`, `create_log_group`: a group of things; the arguments decide
    if verb in ENROL:  # enrol users in a course or a programme: they get its access
        return "access_change", "revoke" if verb.startswith("un") else "grant"
    if verb in MEMBERSHIP_VERBS and last in SHARED_PLACES:  # `conversations.invite`, `invite_to_channel`
        return "access_change", MEMBERSHIP_VERBS[verb]
    if last == "ownership" and THINGS.intersection(tokens):
        return None  # `transfer_ticket_ownership`: who works the ticket; the arguments decide
    if verb and verb in ACCESS_VERBS and (last in ACCESS_OBJ or PHYSICAL.intersection(tokens)):
        return "access_change", _access_action(verb)
    if verb in ("assign", "unassign") and last in ("profile", "profiles"):  # an authorization profile (SAP)
        return "access_change", _access_action(verb)
    if verb in ("elevate", "promote", "demote") and last in ("user", "users", "member", "members", "account"):
        return "access_change", "revoke" if verb == "demote" else "grant"  # `elevate_user`: a higher role
    if "mfa" in tokens and verb in LIFE_VERBS and last in ("device", "devices"):  # `deactivate_mfa_device`
        return "lifecycle", _life_action(verb)
    if verb in ASSIGNING and last in ("application", "applications") and PARTIES.intersection(tokens):
        return "access_change", _access_action(verb)  # `okta_unassign_user_from_application`: the app's access
    if verb in ("set", "change", "update") and last in ("password", "passwords", "credential", "credentials"):
        return "lifecycle", "reset"
    if verb in ("update", "set", "change", "patch", "modify") and last in ATTRIBUTE_OBJ \
            and not THINGS.intersection(tokens) \
            and not (last in ("profile", "profiles") and DEVICE_PROFILES.intersection(tokens)):
        # `merch.update_item_attributes`: a product's, not a person's; `mdm_update_profile`: a device's
        return "attestation", "modify"
    if verb in ACCOUNT_STATE_VERBS and last in ("member", "members"):  # a suspended member: an account off
        return "lifecycle", _life_action(verb)
    if verb in LIFE_VERBS and last in ("worker", "workers") and (len(core) > 1 and core[-2] in WORKER_KINDS
                                                                or HR_SYSTEMS.intersection(tokens)):
        return "lifecycle", _life_action(verb)  # HR: `Reactivate_Contingent_Worker`, a person, not a job runner
    if verb in LIFE_VERBS and last in ("cardholder", "cardholders") and PACS.intersection(tokens):
        return "lifecycle", _life_action(verb)  # `onguard_delete_cardholders`: a badge system's people, not a bank's
    if verb and last in LIFE_OBJ and verb in LIFE_VERBS and _credential_ok(core, verb):
        return "lifecycle", _life_action(verb)
    return None


def _recorded_noun(tokens: list[str], at: int) -> bool:
    """`test` in `grc_submit_test_result`, `control_test_result`: the test is what gets recorded (a first
    word stays a verb: `check_result` checks one), so the name reads nothing."""
    if at and tokens[at] == "list" and _CHANGE_VERBS.intersection(tokens[at + 1:]) \
            and tokens[at - 1] not in ("mailing", "newsletter", "subscriber", "marketing", "contact", "email"):
        return True  # `sharepoint_list_update`, `sp_list_item_create`: a SharePoint list is the object
    if at == 0 or tokens[at] not in NOUN_READS:
        return False
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    return bool(RECORDING_VERBS.intersection(tokens[:at])) or following in RESULT_NOUNS


def _credential_ok(core: list[str], verb: str) -> bool:
    """`secret`, `key` and `token` count only as credentials of an identity, not any stored value."""
    last = core[-1].rstrip("s")
    if last not in ("secret", "key", "token"):
        return True
    before = core[-2] if len(core) > 1 else ""
    return before in QUALIFIERS or verb in ("rotate", "regenerate", "revoke", "roll", "issue")


def _access_action(verb: str) -> str:
    if verb in ("delete", "unassign", "deny", "unlink"):
        return "revoke"
    if verb in ("join", "link", "allow", "permit", "make"):
        return "grant"
    return action_of(verb, "modify") or "modify"


def _life_action(verb: str) -> str:
    if verb in ("add", "invite", "onboard", "new"):
        return "create"
    if verb == "remove":
        return "delete"
    if verb == "revoke":
        return "disable"
    return action_of(verb, "modify") or "modify"


QUERY_WORDS = frozenset(("sql", "query", "db", "database"))
STAGE_KEYS = frozenset(("actor", "actors", "cast", "understudy", "understudy_for", "rehearsal", "rehearsal_start",
                        "production", "character", "play", "scene", "performance", "performer", "performers",
                        "cast_member", "game", "player", "players"))


# An insurance policy's terms: `bind_policy({"quote_id": ..., "insured": ..., "premium_gbp": ...})` binds cover.
INSURANCE_WORDS = frozenset(("premium", "premiums", "insured", "policyholder", "underwriter", "deductible", "excess",
                             "inception", "coverage", "cover", "peril", "perils", "quote", "broker", "indemnity"))


def insures(name: str, arguments: Mapping) -> bool:
    """A `policy` tool whose arguments are an insurance policy's terms, not an access policy's."""
    return bool({"policy", "policies"}.intersection(words(name))) and any(
        not INSURANCE_WORDS.isdisjoint(words(str(key))) for key in arguments)


def on_stage(arguments: str) -> bool:
    """`{"performer": "cast member #3", "role": "Leontes", ...}`: a role in a play or a game."""
    try:
        args = json.loads(arguments) if "{" in arguments else None
    except ValueError:
        return False
    return isinstance(args, dict) and not STAGE_KEYS.isdisjoint(str(key).lower() for key in args)


def _argument_values(*names: str) -> re.Pattern[str]:
    """The JSON string values of the arguments with these names."""
    return re.compile(r"[\"'](?:" + "|".join(names) + r")[\"']\s*:\s*\"((?:[^\"\\]|\\.)*)\"", re.I)


STATEMENTS = _argument_values("sql", "query", "statement", "command")
READ_STATEMENT = re.compile(r"\s*(?:select|show|describe|desc|explain|with)\b", re.I)
SHELL_WORDS = frozenset(("shell", "bash", "sh", "terminal", "command", "cli", "powershell", "pwsh"))
COMMANDS = _argument_values("command", "cmd", "script")
# One command that only reads: a cloud CLI's describe/list/get/lookup verb, `gh api` without a method
# or fields (a GET), kubectl get/describe, a directory search. Chains and redirections are not judged.
READ_COMMAND = re.compile(
    r"\s*(?:aws\s+[\w-]+\s+(?:describe|list|get|lookup|search|simulate)-[\w-]+|"
    r"gcloud\s+(?:[\w-]+\s+){1,4}(?:list|describe|get-iam-policy)|az\s+(?:[\w-]+\s+){1,4}(?:list|show)|"
    r"kubectl\s+(?:get|describe|auth\s+can-i)|gh\s+api(?![^\n]*\s(?:-X|--method|-f|-F|--field|--raw-field|--input)\b)|"
    r"ldapsearch|getent|id|"
    # Perforce: the protections table, the groups and users, a spec printed (`p4 group -o art`), not `-i` / `-d`
    r"p4\s+(?:-[pcu]\s+\S+\s+)*(?:protects|groups|users|info|(?:group|user|protect|client|stream)\s+-o))\b"
    r"[^;&|>`$\n]*\Z", re.I)


def on_customer_programme(name: str) -> bool:
    """`giftcard_api`, `loyalty_update_member`: a tool whose name puts it on a shoppers' programme."""
    return not CUSTOMER_PROGRAMMES.isdisjoint(words(name))


def only_reads(name: str, arguments: str = "") -> bool:
    """A tool that only reads: by its name (`entra_get_user`, `list_group_members`), a query tool
    whose statements all read (`execute_sql` running `SHOW GRANTS TO ROLE ...`), or a shell tool
    whose command only reads (`run_shell` running `gh api /orgs/acme/teams/infra/members`)."""
    judged = judge_name(name)
    if judged is not None:
        return judged[0] == "read"
    named = words(name)
    if SHELL_WORDS.intersection(named):
        commands = COMMANDS.findall(arguments)
        return bool(commands) and all(READ_COMMAND.match(command) for command in commands)
    if not QUERY_WORDS.intersection(named):
        return False
    statements = [part for found in STATEMENTS.findall(arguments) for part in found.split(";") if part.strip()]
    return bool(statements) and all(READ_STATEMENT.match(part) for part in statements)
