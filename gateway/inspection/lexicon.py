"""The prose detector's vocabulary: verbs (English, German, Spanish, French), the objects that
make them identity actions, the masks for look-alike senses, and the directive / report cues."""

from __future__ import annotations

import re
from collections.abc import Collection

from gateway.inspection import lexicon_i18n as i18n
from gateway.inspection.alternation import HeadFirst, bucketed, grouped, head_first
from gateway.inspection.any_match import FirstMatch
from gateway.inspection.keywords import pieces

IC = re.IGNORECASE



def _minimal(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems without duplicates and without those containing a shorter stem (each is a `find`)."""
    unique = tuple(dict.fromkeys(stems))
    return tuple(s for s in unique if not any(o != s and o in s for o in unique))


# Cheap gates (substrings of the lowercased sentence): a rule family runs only when they match.
ACCESS_STEMS_EN = (
    "invit", "grant", "give", "gave", "assign", "provision", "elevat", "promot", "approv", "allow", "enrol",
    "attach", "bind", "revok", "remov", "take away", "took away", "downgrad", "demot", "strip",
    "withdraw", "detach", "narrow", "restrict", "scope down", "tighten", "add", "put ", "includ", "make ",
    "shar", "bound", "plac",
)
ACCESS_STEMS = _minimal((
    "invit", "grant", "give", "gave", "assign", "provision", "elevat", "promot", "approv", "allow", "enrol",
    "attach", "bind", "revok", "remov", "take away", "took away", "downgrad", "demot", "strip",
    "withdraw", "unassign", "detach", "narrow", "restrict", "scope down", "tighten", "add", "put ",
    "includ", "make ", "shar", "bound", "plac", "gewähr", "erteil", "zuweis", "zugewiesen", "hinzuf", "freischalt",
    "genehmig", "otorg", "conced", "asign", "añad", "agreg", "aprob", "accord", "octroy", "attribu",
    "ajout", "approuv", "entzieh", "entzogen", "widerruf", "entfern", "revoc", "revoqu", "quitar", "quitad", "quité",
    "retir", "révoqu", "révocation", "enlev", "delet", "terminat", "disabl", "suspend", "cut off", "sacar", "sacad",
    "saqué",
) + i18n.ACCESS_STEMS)
# Directories a group lives in, and the same as a regex (prose.DIRECTORY_GROUP, prose.DIRECTORY_LEAD).
DIRECTORIES = ("ad", "active directory", "entra", "azure ad", "okta", "ldap", "jumpcloud", "google workspace",
               "freeipa", "onelogin")
DIRECTORY_NAMES = "(?:" + "|".join("entra(?: id)?" if name == "entra" else name for name in DIRECTORIES) + ")"
# Where a backticked name placed in a directory may stand ("`x` in AD"), and a step led by its directory ("In Okta,").
DIRECTORY_PLACES = tuple(f"{mark} in {name}" for name in DIRECTORIES for mark in ("`", "**"))
DIRECTORY_LEADS = tuple(f"in {name}{mark}" for name in DIRECTORIES for mark in (",", ":"))
# The people a group is named for, at the end of its name (prose.GROUP_NAMED)
GROUP_OF_PEOPLE = ("supervisors", "managers", "leads", "staff", "agents", "analysts", "engineers", "auditors",
                   "technicians", "coordinators", "planners", "dispatchers", "instructors", "trainers", "clerks",
                   "nurses", "accountants")
ACCESS_OBJ_STEMS = _minimal((
    "access", "permission", "privileg", "right", "role", "group", "admin", "owner", "editor",
    "viewer", "reader", "commenter", "contributor", "maintainer", "collaborator", "member",
    "entitlement", "polic", "sudo", "scope", "acl", "read-only", "write", "zugriff", "zugang",
    "berechtigung", "rolle", "gruppe", "rechte", "acceso", "permiso", "rol", "grupo", "derecho",
    "pertenencia", "membresía", "privilegio", "accès", "droit", "rôle", "groupe", "habilitation", "administr",
    "workspace", "can edit", "can view", "can comment",  # a sharing level: "with Kwame as **Can edit**"
    "security point", "security class", "user type", "clearance",
    "users`", "-rw`", "_rw`", "-ro`", "_ro`", "approvers`", "writers`", "operators`", "developers`", "`sg-", "`grp",
    "`gg-", "`gg_", "`dl-",  # a directory group's name (prose.GROUP_NAMED): `bms-portal-users`, `sg-finance-rw`
    # `prod-readonly`, **AWS-Prod-ReadOnly**; "remove her from the GitHub org"
    "readonly`", "readonly**", "users**", "admins**", " org ", " org.", " org,", " orgs ",
    "-read ", "-read.", "-users ", "-users.", "-rw ", "-rw.",  # bare: "to Facultative-Underwriting-Read."
    # a group named for the people in it: `pos-supervisors`, **rota_planners**
    *(f"{sep}{people}{mark}" for people in GROUP_OF_PEOPLE for sep in "-_" for mark in ("`", "**")),
    *DIRECTORY_PLACES,  # "added them to `ZRH-Floor-Printers` in AD": a name held in a directory is a group
    *DIRECTORY_LEADS,  # "In Okta, add the lead to `station-leads-emea`"
    *(f"{who} {prep} `" for who in ("him", "her", "them") for prep in ("to", "into", "from")),  # prose.PRONOUN_PERSON
) + i18n.ACCESS_OBJ_STEMS)
FOREIGN_STEMS = _minimal((
    "gewähr", "erteil", "zuweis", "zugewiesen", "hinzu", "freischalt", "freigeschalt", "genehmig", "otorg", "conced",
    "asign", "añad", "agreg", "aprob", "accord", "octroy", "attribu", "ajout", "approuv", "entzieh",
    "entzog", "widerruf", "entfern", "revoc", "revoqu", "quitar", "quitad", "quité", "retir", "révoqu", "enlev",
    "deaktiv", "sacar", "sacad", "saqué", "révocation",
    "sperr", "lösch", "zurück", "anleg", "desactiv", "bloque", "suspend", "elimin", "borr",
    "restablec", "crear", "désactiv", "supprim", "bloqu", "réinitialis", "créer", "de alta", "de baja",
) + i18n.FOREIGN_STEMS)
FOREIGN_PIECES = pieces(FOREIGN_STEMS)  # looked up once per answer: most sentences hold none
LIFE_STEMS = _minimal((
    "disabl", "deactivat", "suspend", "delet", "remov", "lock", "enabl", "reactivat", "re-activat", "creat",
    "provision", "set up", "reset", "rotat", "roll", "regenerat", "revok", "issu", "generat", "freez", "froze",
    "trigger", "initiat", "forced", "retire ", "retiring", "changed ",
    "expir", "terminat", "clear", "block", "clos", "wip", "deaktiv", "sperr", "lösch", "zurück",
    "anleg", "desactiv", "bloque", "elimin", "borr", "restablec", "crear", "désactiv", "supprim",
    "bloqu", "réinitialis", "créer", "de alta", "de baja",
) + i18n.LIFE_STEMS)
LIFE_OBJ_STEMS = _minimal((
    "account", "login", "mfa", "factor", "2fa", "authenticator", "password", "passcode",
    "passphrase", "credential", "key", "token", "secret", "session", "user", "mailbox", "konto", "kennwort",
    "passwort", "zugangsdaten", "benutzer", "cuenta", "contraseña", "usuari", "credencial",
    "compte", "mot de passe", "utilisateur", "identifiant", "emplead", "mitarbeiter", "employé", "salarié",
    "bypass code", "backup code", "recovery code", "service principal", "client certificate", "vpn certificate",
    "connected app", "app registration", "oauth client", "oauth app", "api client",
    # a login in a directory (prose_lifecycle.HANDLE_IN_IDP): "suspend `d.hughes` in Okta"
    " in okta", " in entra", " in azure ad", " in active directory", " in google workspace", " in jumpcloud",
    " in onelogin", " in keycloak", " in auth0", " in ping ", " in workday", " in ad ", " in ad.", " in ad,",
    " from okta", " from entra", " from ad ", " from ad.", " from active directory",
    " pat ", " pats ", " pat.", " pat,", " pat`", " pats.", "svc-", "svc_", "srv-", "srv_", "bot-", "bot_", "gmsa",
    "operator ", "logon",  # a core banking or mainframe user: "operator records", "logon IDs"
    "pos pin", "till pin", "register pin", "cashier pin", "terminal pin", "pin pos", "pin de caja", "pin di cassa",
    "código pin", "codice pin", "ad object", "user object",
    "temporary access pass",  # Entra's one-time sign-in code for a user without a factor
    "webhook",  # prose_lifecycle.KEY_NEAR: "regenerated the Slack incoming webhook"
    # a login the speaker acted on, named alone (prose_lifecycle.SPEAKER_HANDLE): "I suspended `dvoss`"
    "suspended `", "locked `", "unlocked `", "deprovisioned `", "offboarded `", "disabled `", "deactivated `",
    "reactivated `", "re-enabled `",
) + i18n.LIFE_OBJ_STEMS)


def lower_same(text: str) -> str:
    """`text` lower-cased with the same length, so offsets still hold (the patterns below are
    lower-case and compiled without IGNORECASE, which is several times slower)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


def has(low: str, stems: tuple[str, ...]) -> bool:
    if len(stems) > 24:  # one alternation scan is cheaper than a containment test per stem
        return _marker(stems).search(low) is not None
    return any(map(low.__contains__, stems))  # no generator frame per stem: same answer, cheaper


# The third person ("Revokes ...", "Deletes ...") is how a PR or commit description states its change.
GRANT_EN = (r"grant(?:s|ed|ing)?|invit(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|assign(?:s|ed|ing)?|"
            r"provision(?:s|ed)?|elevat(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|approv(?:e|ed|ing)|allow(?:ed)?|"
            r"enrol(?:l|led)?|attach(?:es|ed)?|bind|bound")
REVOKE_EN = (r"revok(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|take away|took away|downgrad(?:e|es|ed)|demot(?:e|es|ed)|"
             r"strip(?:s|ped)?|withdraws?|deprovision(?:s|ed)?|unassign(?:s|ed)?|detach(?:es|ed)?|narrow(?:ed)?|"
             r"restrict(?:ed)?|scope down|tighten(?:ed)?")
ADD_EN = r"add(?:ed|ing|s)?|put(?:s|ting)?|includ(?:e|ed)|enrol(?:l)?|plac(?:e|ed|ing)|bound"
LIFE_EN = (r"disabl(?:e|es|ed|ing)|deactivat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|delet(?:e|es|ed|ing)|"
           r"remov(?:e|es|ed)|lock(?:ed)?|unlock(?:s|ed)?|re-?enabl(?:e|es|ed)|re-?activat(?:e|es|ed)|enabl(?:e|ed)|"
           r"creat(?:e|es|ed|ing)|provision(?:s|ed)?|set up|reset(?:s|ting)?|rotat(?:e|es|ed|ing)|roll(?:ed)?|"
           r"regenerat(?:e|es|ed)|revok(?:e|es|ed)|issu(?:e|ed)|generat(?:e|es|ed)|expir(?:e|ed)|terminat(?:e|es|ed)|"
           r"deprovision(?:ed)?|clear(?:ed)?|block(?:ed)?|clos(?:e|ed)|wip(?:e|ed)|freez(?:e|es|ing)|froze|frozen|"
           r"retire|retiring")  # "retire the old secret": not "retired", which describes people

# Rules about which passwords people may choose ("block passwords found in breaches", "ban reused
# passwords"): password policy, not a reset of anybody's password.
PASSWORD_POLICY = re.compile(r"\b(?:block|ban|reject|forbid|disallow|prohibit|deny|screen)\w*\s+(?:[\w-]+\s+){0,2}"
                             r"passwords\b")


def password_policy(low: str) -> bool:
    """`PASSWORD_POLICY.search(low) is not None`, skipped when "passwords" does not occur."""
    return "passwords" in low and PASSWORD_POLICY.search(low) is not None


# A thing, not a principal, receives the role: "put the instructions in the system role" (HTML,
# chat messages and documents have roles too). Not "it": a service account or key is an "it".
# A row of a command's tabular output (psql's `\\du`: ` migrator | Create role, Create DB`): a name, then
# cells after a bar, the line not opening with a bar as Markdown tables do. An attribute list, no directive.
OUTPUT_ROW = re.compile(r"[ \t]*[\w.@$-]+[ \t]*\|[^|\n]*\Z")


def in_output_row(low: str, at: int) -> bool:
    """Whether `at` stands in a cell of a command's tabular output row."""
    return OUTPUT_ROW.match(low, low.rfind("\n", 0, at) + 1, at) is not None


# Syntax shown with slots (`GRANT <privilege> ON <object> TO <grantee>`): the statement names nobody.
PLACEHOLDER_PARTY = head_first(r"\b(?:to|from)\s+(?:<[\w .|-]{1,30}>|\{\{?\s*[\w .|-]{1,30}\}\}?)")
THING_RECIPIENT = re.compile(r"\s*(?:the|each|every|your)\s+(?:[\w'-]+\s+)?(?:instructions?|text|prompts?|messages?|"
                             r"content|elements?|div|span|components?|nodes?|widgets?|fields?|columns?|"
                             r"sections?|paragraphs?|examples?|snippets?|stor(?:y|ies)|tickets?|issues?|tasks?|"
                             r"cards?|epics?|bugs?|documents?|files?|pages?|notes?|comments?)\b(?!\s+to\b)|"
                             # a setting, not someone: "add `statement_timeout = 30s` to the parameter group"
                             r"\s*`[\w.-]+\s*[=:]\s*[^`\n]{1,40}`\s*\Z")

# Machines put in a group of an inventory (Ansible's, a monitoring tool's host group): the playbook's targets.
INVENTORY_GROUP = re.compile(r"\s*(?:the\s+|an?\s+|your\s+|our\s+)?(?:ansible\s+)?(?:inventory|host)\s+groups?\b"
                             r"(?!\s+(?:owners?|admins?|members?|permissions?|roles?)\b)")

# A business transaction as the verb's object: "create and approve payments", "revoke the 40 unused licences".
TRANSACTION_OBJECT = re.compile(
    r"\s*(?:the\s+|all\s+|\d+\s+)?(?:(?!(?:to|from|for|on|in|of|at|with|and|or)\b)[\w*-]+\s+){0,6}?"
    r"(?:payments?|invoices?|purchase orders?|orders?|expenses?|"
    r"expense reports?|journal entries|journals?|timesheets?|refunds?|wire transfers?|budgets?|quotes?|contracts?|"
    r"licen[cs]es?|subscriptions?|seats|credit notes?|payouts?|claims?|"
    r"dns (?:records?|entries|zones?)|(?:a|aaaa|cname|mx|txt) records?)\b(?![\s*_`'\"]+(?:access|roles?|"
    r"permissions?|rights|groups?|privileges?|accounts?|admins?)\b)")

ACCESS_OBJ_WORDS = (
    r"access|permissions?|privileges?|rights|roles?|groups?|admin(?:istrator)?s?|owners?|"
    r"ownership|editors?|viewers?|can (?:edit|view|comment)|readers?|commenters?|contributors?|maintainers?|"
    r"collaborators?|membership|"
    r"permission sets?|entitlements?|polic(?:y|ies)|sudo|scopes?|acls?|read-only|write|"
    r"security points?|security class(?:es)?|user types?|"  # EHR access: Cerner security points, Epic classes
    r"clearances?(?=[\s*_]*[`'\"\u201c])|"  # a door-access clearance by name ("the clearance **"Vault 24x7"**")
    r"(?:cluster)?role[ -]?bindings?|"  # Kubernetes: "granted the collector SA get/list (ClusterRoleBinding `x`)"
    r"zugriff\w*|zugang\w*|berechtigung\w*|rolle\w*|gruppe\w*|rechte\w*|lesezugriff|schreibzugriff|"
    r"(?:standard|sicherheits|verteiler|benutzer|ad|abteilungs|projekt|lese|schreib|admin|berechtigungs|zugriffs|"
    r"domänen|anwendungs|sammel|einzel|sap|fach|basis|geschäfts|system)-?(?:gruppe|rolle)\w*|"
    r"acceso\w*|permisos?|rol|grupos?|derechos|privilegios|administrador\w*|accès|droits?|rôles?|pertenencias?|"
    r"membresías?|"
    r"groupes?|habilitations?|administrat\w*|" + i18n.ACCESS_OBJ)
ACCESS_OBJ = bucketed(ACCESS_OBJ_WORDS)  # grouped by first letter: fewer tries per position
LIFE_OBJ_WORDS = (
    r"accounts?|logins?|mfa|multi-?factor|2fa|factors?|authenticator|passwords?|passcodes?|"
    r"credentials?|api[ -]?keys?|access[ -]keys?|secret keys?|client secrets?|app passwords?|"
    r"(?:signing|webhook|shared|app|application|bot) secrets?|(?:old|new|previous|expiring|pending) secrets?|"
    r"deploy keys?|ssh keys?|signing keys?|service accounts?|personal access tokens?|access tokens?|"
    r"api tokens?|bot tokens?|(?:app|application) tokens?|refresh tokens?|pats?|"
    r"(?:vpn |user |device )?client certificates?|vpn certificates?|"
    r"(?:deploy|ci|runner|service|registration|automation|integration|"
    r"trigger|npm|pypi|gitlab|github|submission|ingest|ingestion|upload|publish|publishing|write|"
    r"webhook|signing|bearer) tokens?|sign-in sessions?|sessions|users?|mailbox|passkeys?|service principals?|"
    r"security keys?|yubikeys?|webauthn|fido2? keys?|temporary access pass(?:es)?|"
    r"(?:mfa |2fa )?(?:bypass|backup|recovery) codes?|"
    r"connected apps?|app registrations?|oauth (?:clients?|apps?|applications?)|api clients?|"
    r"konto\w*|benutzerkonto\w*|konten|benutzerkonten|anmeldekonten|dienstkonten|kennwort\w*|passwort\w*|zugangsdaten|benutzer|cuentas?|"
    r"contraseñas?|usuari[oa]s?|credenciales|comptes?|mot de passe|utilisateurs?|identifiants|"
    r"emplead[oa]s?|mitarbeiter\w*|employée?s?|salariée?s?|sign-?ins?|sub-?accounts?|"
    # a core banking or mainframe system's user: "removed 4 test operator records", "deleted operator ID 4417"
    r"operator (?:records?|ids?|profiles?|logons?|codes?)|logon ?ids?|"
    # a service login named alone ("Disabled `svc-legacy-ftp`."), not a thing named so ("the `svc-cache` flag")
    r"(?:svc|srv|bot|gmsa)[-_][\w-]*\w(?=[`'\"*]*(?:\s*[.,;:)!]|\s*\Z|\s+(?:from|and|account|user|login|since)\b))|"
    r"gmsas?|group managed service accounts?|"
    # a till's or a terminal's sign-in PIN ("il PIN POS di Francesca", "el código PIN de caja")
    r"(?:pos|till|register|cashier|terminal) pins?|pins? (?:pos|de caja|di cassa)|código pin|codice pin|"
    r"(?:ad|user) objects?|"
    + i18n.LIFE_OBJ)
LIFE_OBJ = bucketed(LIFE_OBJ_WORDS)
KEY_OBJ = re.compile(r"\b(?:the|old|new|that|this)?\s*(?:restricted\s+|secret\s+)?keys?\b")

THEATRE_ROLES = r"\bruol\w*|\broles?\b|\brôles?\b|\brollen?\b|\bpap[eé]is\b|\bpapel\b|\brol(?:es)?\b"
CAST_ROLES = (r"\brol(?:es)? (?:secundari[oa]s?|protag[oó]nic[oa]s?)\b|\bpap(?:el|éis|eles) (?:secundári[oa]s?|"
              r"secundari[oa]s?|protagonista|protag[oó]nic[oa]s?)\b|\brôles? (?:secondaires?|principaux)\b|"
              r"\bruol[oi] (?:secondari[oi]|da protagonista)\b")
RACI_VERBS = r"\bapprov\w*|\bgrant\w*|\brevok\w*|\bremov\w*|\bdisabl\w*|\bcreat\w*|\bprovision\w*|\bpopulation\b"
CRYPTO_VERBS = r"\bapprov\w*|\brevok\w*|\breset\b|\bowners?\b"
# A rotation a product does by itself, a mechanism described and no step taken: "the local admin password is
# rotated per device", "vault it and rotate it automatically".
AUTO_ROTATED = re.compile(r"rotat\w*[^.;,\n]{0,20}?\b(?:automatically|per (?:device|machine|computer|host|server|"
                          r"endpoint))\b")


def auto_rotated(low: str, at: int) -> bool:
    """The rotation verb starting at `at` in the lower-cased text is one a product does by itself."""
    return low.startswith("rotat", at) and (AUTO_ROTATED.match(low, at) is not None
                                            or low.endswith("automatically ", 0, at))


# A customer's billing account: "suspend debt recovery on account 4100612388", "stop dunning for the account"
ACCOUNT_PROCESS = re.compile(r"[*_]{0,2}\s+(?:the\s+|all\s+)?(?:debt\s+recovery|dunning|collections?|direct\s+debits?|"
                             r"billing|invoic\w+|payments?|charges|late\s+fees?|interest|standing\s+orders?|"
                             r"auto-?pay|disconnection|meter\s+reads?)\s+(?:on|for|to|against)\b")
LOGIN_CHOICE = r"\b(?:login|log-in|sign-in) (?:methods?|options?|providers?|mechanisms?|strateg(?:y|ies))\b"
# Look-alike senses, blanked out before objects are looked for: (gate substring, lowercase regex).
MASKS: tuple[tuple[str, re.Pattern], ...] = tuple((stem, re.compile(pattern)) for stem, pattern in (
    ("resource group", r"resource groups?"),
    # groups of machines, settings or logs: "add `statement_timeout = 30s` to the replica parameter group"
    (" group", r"\b(?:parameter|option|subnet|log|placement|target|auto ?scaling|node|consumer|thread|instance|"
               r"capacity|availability|replication|disk|volume|partition|asset|equipment|product|material|price|"
               r"commodity) groups?\b"),
    ("role", r"\b(?:a|an|the|his|her|their|its|key|major|minor|central|important|big|pivotal|crucial|"
             r"active|vital) role (?:of|in)\b|\b(?:lead|leading|title|starring|supporting|main|speaking) "
             r"roles?\b|ansible roles?|\broles?:|\broles?/\S*"),
    ("access", r"\baccess (?:logs?|logging|points?|patterns?|times?)|step-free access|"
               r"\b(?:lounge|airport|backstage|beach|pool|gym|parking|early|priority|wheelchair) access|"
               r"\baccess to the (?:gym|pool|sauna|spa|lounge|library|classes|studio)\w*"),
    # RACI charts: who is Responsible / Accountable for approving or granting is no grant
    ("r/a", r"\bapprov\w*|\bgrant\w*|\brevok\w*|\bremov\w*|\bdisabl\w*|\bcreat\w*|\bprovision\w*"),
    ("| r |", RACI_VERBS), ("| a |", RACI_VERBS), ("| r/a |", RACI_VERBS), ("| a/r |", RACI_VERBS),
    # a play in other languages: "i ruoli sono stati assegnati" for the school show
    ("teatr", THEATRE_ROLES), ("théâtre", THEATRE_ROLES), ("spettacolo", THEATRE_ROLES),
    ("obra de teatro", THEATRE_ROLES), ("recita", THEATRE_ROLES), ("interpreter", THEATRE_ROLES),
    ("interpretar", THEATRE_ROLES), ("interprétera", THEATRE_ROLES),
    # a role-play exercise: "For Thursday's negotiation role-play, assign the roles like this"
    ("role-play", THEATRE_ROLES), ("role play", THEATRE_ROLES), ("roleplay", THEATRE_ROLES),
    # Salesforce service entitlements: a customer's support terms with milestones, nobody's access
    ("entitlement process", r"\bentitlements?\b"), ("milestone", r"\bentitlements?\b"),
    # land-use entitlements: the approvals a building project needs ("rezone ..., site plan, building permits")
    ("rezon", r"\bentitlements?\b"), ("zoning", r"\bentitlements?\b"), ("land use", r"\bentitlements?\b"),
    ("land-use", r"\bentitlements?\b"), ("building permit", r"\bentitlements?\b"),
    ("theaterstück", THEATRE_ROLES), ("toneelstuk", THEATRE_ROLES), ("pièce", THEATRE_ROLES),
    ("raci", RACI_VERBS),
    # the cast's parts in other languages, as "supporting roles" above: "faltan por asignar los roles secundarios"
    ("secund", CAST_ROLES), ("secondai", CAST_ROLES), ("secondari", CAST_ROLES), ("protag", CAST_ROLES),
    # a period that closes: "access reviews open Monday and close Friday 25 October" closes nothing of anyone's
    ("clos", r"\b(?:reviews?|campaigns?|(?:re)?certifications?|windows?|periods?|cycles?|surveys?|polls?|"
             r"registrations?|enrol?ments?|submissions?|nominations?)(?:\s+(?:open|opens|run|runs|start|starts)\b"
             r"[^.;:\n]{0,40}?\s+and)?\s+(?:will\s+)?closes?\b"),
    # Microsoft Access, the database program: "close Access on all machines, delete the `.laccdb` lock file"
    ("accdb", r"\baccess\b"), (".mdb", r"\baccess\b"), ("ms access", r"\bms access\b"),
    ("microsoft access", r"\bmicrosoft access\b"),
    # a way to sign in, chosen for an app: "add the auth columns when you pick a login method"
    ("login", LOGIN_CHOICE), ("log-in", LOGIN_CHOICE), ("sign-in", LOGIN_CHOICE),
    # a control in an app: "disabling the *Delete account* button", "the Create account link"
    ("account", r"\b(?:delete|disable|deactivate|create|close|lock) account\W{0,3} (?:buttons?|links?|screens?|"
                r"pages?|flows?|features?|options?|menu items?|dialogs?|forms?)\b"),
    ("account", r"\baccount (?:settings|page|preferences|menu|manager|executive|number|balance|plan|"
                r"team|statement)|free account|\b(?:savings|checking|current|bank|brokerage|deposit|loan|"
                r"credit card|investment|pension|retirement|escrow|trading|merchant) accounts?|"
                r"\b(?:storage|automation|batch|cosmos ?db|media services|integration|billing|advertising|ads?|"
                r"prospect) accounts?\b|"
                # a supplier's record, unless a login is named after it: "the vendor account `vnd_motorola_pq`"
                r"\b(?:distributor|vendor|supplier|reseller) accounts?\b(?!\W{0,2}`)|"
                r"\b(?:general[- ]ledger|gl|g/l|ledger|expense|revenue|asset|liability|equity|nominal|suspense|"
                r"clearing) accounts?(?: \d+)?|\bchart of accounts\b|\baccount entit(?:y|ies)\b"),
    # banking: "cheque-book privileges for the account were revoked", "KYC refresh ... 31 accounts were restricted"
    ("cheque", r"\baccounts?\b|\bprivileges?\b"), ("kyc", r"\baccounts?\b"),
    # bookkeeping: "deactivate GL account 6120", "the freight account"
    ("chart of accounts", r"\baccounts?\b"), ("chart-of-accounts", r"\baccounts?\b"), ("ledger", r"\baccounts?\b"),
    # German bookkeeping: "Neues Sachkonto anlegen: Kontenplan VTKP, Konto 0004712300, Buchungskreis DE10"
    ("sachkont", r"\b(?:sach)?kont(?:o|en)\w*"), ("kontenplan", r"\bkont(?:o|en)\b"),
    ("buchungskreis", r"\bkont(?:o|en)\b"),
    # the same in French and Spanish: "le compte comptable 622600", "la cuenta bancaria", "la cuenta del cliente
    # quedó bloqueada por límite de crédito" (Portuguese and Italian "conta" / "conto" would be tried at every
    # "contact" and "control")
    ("comptable", r"\bcomptes? comptables?\b"), ("plan de comptes", r"\bcomptes?\b"),
    ("cliente", r"\bcuentas?\**\s+del?\s+clientes?\b"), ("compte client", r"\bcompte client\b"),
    ("comptes clients", r"\bcomptes clients\b"),
    ("bancari", r"\bcuentas? bancarias?\b"), ("bancai", r"\bcomptes? bancaires?\b"),
    ("contab", r"\bcuentas? contables?\b"),
    # research money: "the grant account will be set up by Sponsored Programs" (not "grant account access")
    ("grant account", r"\b(?:the|a|an|each|this|that|new|research) grant accounts?\b"),
    ("award account", r"\b(?:the|a|an|each|this|that|new) award accounts?\b"),
    # a cost centre set up in the ledger, not a person's cost centre changed
    ("cost cent", r"\b(?:set up|create|created|open|opened|add|added)\s+(?:a\s+|the\s+)?(?:new\s+)?"
                  r"cost cent(?:re|er)s?\b"),
    ("token", r"\b(?:stop|max|input|output|prompt|completion|special|bos|eos|pad|unk|erc-?20|nft|design|"
              r"loyalty|gift|book|meal|voucher|bus|arcade|game|casino|play) tokens?\b|"
              r"\btokens? (?:per|limit|count|budget|usage|window)\b"),
    ("user", r"\buser (?:stor(?:y|ies)|interface|experience|input|guide|feedback|research|journey|"
             r"persona|agent|query|prompt|message|manual|data|table|base|acceptance|namespaces?|space|land|"
             r"mode)|\bunprivileged users?|\buser-(?:defined|facing|friendly|generated|agent|space|land|level|mode)\b"),
    # "use a password manager to generate long random passwords": advice on choosing them
    ("password manager", r"\bgenerat\w*|\bcreat\w*|\breset\w*"),
    ("password ", r"\bpassword (?:field|input|box|form|strength|policy|manager|hygiene|rules|"
                  r"requirements|complexity|hash\w*|reset (?:page|link|flow|form))"),
    ("privilege", r"legal privilege|privilege escalation|privilege logs?|"
                  r"privileged (?:and confidential|communications?|documents?|correspondence)"),
    ("entitlements", r"\.entitlements\b|\bentitlements? files?\b|\bentitlements? plist\b"),
    ("flag", r"feature flags?"),
    # a database's keys: "ADD PRIMARY KEY (id)", "drop the foreign key", "rotate the partition key" name columns
    (" key", r"\b(?:primary|foreign|unique|composite|compound|surrogate|natural|candidate|partition|sort|"
             r"clustering|shard(?:ing)?|distribution|row|hash|range) keys?\b"),
    # token allowances: "`approve` lets a spender move your tokens", "revoke the allowance in your wallet"
    ("allowance", CRYPTO_VERBS), ("spender", CRYPTO_VERBS), ("erc-20", CRYPTO_VERBS), ("erc20", CRYPTO_VERBS),
    ("wallet", CRYPTO_VERBS), ("token-approv", CRYPTO_VERBS), ("revoke.cash", CRYPTO_VERBS),
    ("understud", r"\broles?\b"),  # theatre: "understudies will be assigned their roles"
    ("rehears", r"\broles?\b"),
    ("casting", r"\broles?\b"),
    ("gains access", r"\bgains? access to\b"),  # games: "a Paladin gains access to 2nd-level spells"
    # games: "give the off-tank role to the paladin for the second boss", "assign the healer role"
    ("tank", r"\broles?\b"), ("healer", r"\broles?\b"), ("raid", r"\broles?\b"), ("boss", r"\broles?\b"),
    # Italian: "che ne hanno permesso il rilascio" (allowed), "permesso di soggiorno" (a residence permit)
    ("permesso", r"\b(?:ha|hanno|aveva|avevano|abbia|abbiano)\s+permesso\b|"
                 r"\bpermess[oi] di (?:soggiorno|guida|lavoro)\b"),
    # Spanish and French leave and permits: "tu permiso de vacaciones ha sido aprobado", "permis de conduire"
    ("permiso", r"\bpermisos? (?:de|por) (?:vacaciones|maternidad|paternidad|lactancia|matrimonio|enfermedad|"
                r"estudios|mudanza|conducir|residencia|trabajo|obras?|ausencia|nacimiento|fallecimiento)\b|"
                r"\bpermisos? (?:retribuidos?|remunerados?|sin sueldo|no retribuidos?)\b"),
    ("permis ", r"\bpermis (?:de (?:conduire|construire|séjour|travail|chasse|pêche|démolir)|bateau|moto)\b"),
    # policy as a subject one studies or writes on: "an extension on the policy essay", "the foreign policy debate"
    ("policy ", r"\bpolicy (?:essays?|papers?|briefs?|assignments?|courses?|seminars?|lectures?|debates?|"
                r"students?|degrees?|programmes?|majors?|school|dissertations?|theses|thesis)\b|"
                r"\b(?:foreign|fiscal|monetary|economic|social|trade|public) policy (?:essays?|papers?|debates?|"
                r"courses?|analysis)\b"),
    ("screen reader", r"\bscreen[- ]readers?\b"),
    ("aria", r"\baria[- ](?:roles?|attributes?|labels?|states?)\b|\baria\b"),
    ("members ", r"\bmembers? (?:of|in) (?:a|an|the|this|that|each|every|your) `?(?:class|struct|union|enum|object|"
                 r"type|interface|module|namespace|array|list|set|tuple|record|dataclass)\b`?"),
    ("admin", r"\b(?:office|school|practice|clinic|medical|payroll|sales|marketing|hr|project|executive|legal|"
              r"facilities|program|programme|dental|front desk)\s+admin(?:istrator)?s?\b|"
              r"\badmin(?:istrator)?\s+(?:assistants?|jobs?|positions?|vacanc(?:y|ies)|postings?|salar(?:y|ies))\b"),
    ("group", r"\b(?:focus|age|device|computer|machine|endpoint|patch|update|deployment) groups?|"
              r"\bgroup (?:chat|project|call|photo|discount)"),
    ("write", r"\bwrite-?ups?"),
    ("programme", r"entitlement programmes?"),
    ("charter", r"royal charter"),
    ("your", r"\byour (?:own )?(?:account|password|mfa|access)"
             r"(?![^.;\n]{0,60}?\b(?:has been|have been|was|were|is now)\s+(?:re-?enabled|re-?activated|created|"
             r"disabled|deleted|reset|unlocked|locked|suspended|provisioned)\b)"),
    ("trial", r"free trial"),
    # a shopper's perk: "suspended the loyalty account for points fraud", "upgraded her rewards membership"
    ("loyalty", r"\bloyalty (?:program(?:me)?s? )?(?:accounts?|members?(?:hips?)?|tiers?|cards?|profiles?)\b"),
    ("rewards", r"\brewards (?:accounts?|members?(?:hips?)?|tiers?|cards?|profiles?)\b"),
    ("gift card", r"\bgift cards?\b"),
    # hiring: "revoked the job offer for the senior SRE role" is a position, not an access
    ("offer", r"\b(?:job|employment) offers?\b[^.;\n]{0,60}?\broles?\b"),
    # a shift roster: "assigned Kyle to the register lead role 2-10pm"
    ("roster", r"\broles?\b"), (" rota ", r"\broles?\b"),
    ("manager", r"\b(?:package|window|display|password|secrets?|task|file|session|resource|node|"
                r"cluster|service|config|dependency|version|certificate|project|product|property|"
                r"hiring|office|stage|connection|entity|transaction|state|memory|download|device|"
                r"content|event|plugin|layout|context|network|boot|lock|account) managers?"),
    # a step's aside that it changed nobody's access: "moved the phones to the new site (no access change)"
    ("(no ", r"\(no (?:[\w-]+ )?(?:access|permissions?|roles?|groups?|rights) changes?\)"),
))


MASK_STEMS = tuple(stem for stem, _ in MASKS)
# Stems that tell their sense only as a word of their own: "RACI", not the "raci" in "tracing" or "veracity".
WHOLE_WORD_STEMS = frozenset(("raci",))


def stem_stands(low: str, at: int, stem: str) -> bool:
    """The stem found at `at` in `low` stands as a word, where it must (WHOLE_WORD_STEMS)."""
    if stem not in WHOLE_WORD_STEMS:
        return True
    end = at + len(stem)
    return not (at and (low[at - 1].isalnum() or low[at - 1] == "_")) and \
        not (end < len(low) and (low[end].isalnum() or low[end] == "_"))


def mask(sentence: str, low: str, held: Collection[str] | None = None) -> str:
    """`sentence` with the look-alike phrases blanked (same length, so offsets still hold; `held`: the
    MASK_STEMS that `low` holds, when known)."""
    if held is None:
        held = [stem for stem in MASK_STEMS if stem in low]
    held = [stem for stem in held if stem not in WHOLE_WORD_STEMS or any(
        stem_stands(low, at, stem) for at in _positions(low, stem))]
    if not held:
        return sentence
    spans = [m.span() for stem, pattern in MASKS if stem in held for m in pattern.finditer(low)]
    return blank(sentence, spans) if spans else sentence


def _positions(low: str, stem: str) -> list[int]:
    found, at = [], low.find(stem)
    while at >= 0:
        found.append(at)
        at = low.find(stem, at + 1)
    return found


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of each [start, end) span replaced by spaces."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_MARKERS: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _marker(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One literal alternation over the stems, grouped by first letter: a search finds the leftmost
    position where any stem starts (the same position as the smallest of the per-stem finds)."""
    entry = _MARKERS.get(id(stems))
    if entry is not None and entry[0] is stems:  # keyed by identity: hashing a long tuple costs more
        return entry[1]
    buckets: dict[str, list[str]] = {}
    for stem in stems:
        buckets.setdefault(stem[0], []).append(re.escape(stem[1:]))
    pattern = re.compile("|".join(
        re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in buckets.items()))
    _MARKERS[id(stems)] = (stems, pattern)  # the entry keeps the tuple alive: its id is not reused
    return pattern


# Text before a verb that makes it a directive (imperative, modal, recommendation, resolution).
# A passive ("should be added", "will be revoked", "is to be deleted") is a directive as well, and a
# modal may be followed by an adverb or two ("I'd just give", "will then be removed").
MODALS = (
    "should", "must", "shall", "need to", "needs to", "have to", "has to", "will", "'ll", "recommend",
    "recommended", "recommend that you", "recommend to", "recommended that you", "recommended to", "suggest",
    "suggest you", "suggest that you", "i'd", "we'd", "please", "go ahead and", "make sure to", "remember to",
    "be sure to", "let's", "let us", "want you to", "can you", "could you", "bitte", "veuillez", "por favor",
    "is going to", "are going to", "'ll want to", "will want to", "may want to", "might want to", "'d want to",
)
MODAL_ADVERBS = ("just", "also", "simply", "then", "now", "probably", "definitely", "really", "still", "first",
                 "immediately", "temporarily", "only")


def _either(words) -> str:
    return "(?:" + "|".join(map(re.escape, words)) + ")"


MODAL = re.compile(_either(MODALS) + r"(?:\s+" + _either(MODAL_ADVERBS) + r")*(?:\s+be)?\s*$"
                   r"|\b(?:is|are) to be\s*$")
# MODAL can only match at the end of a prefix, but a search tries every position: the same pattern
# written backwards and matched at the start of the reversed prefix gives the same answer, cheaply.
MODAL_REVERSED = re.compile(r"\s*(?:eb\s+)?(?:" + _either(w[::-1] for w in MODAL_ADVERBS) + r"\s+)*"
                            + _either(w[::-1] for w in MODALS) + r"|\s*eb ot (?:si|era)\b")


def modal(prefix: str) -> bool:
    """`MODAL.search(prefix) is not None`."""
    return MODAL_REVERSED.match(prefix[::-1]) is not None


# The clause breaks: punctuation, " - ", and the words and / then / or / so / after that. Each word
# starts with a letter and checks its leading \b just after it (`a(?<=\ba)`): every alternative then
# starts with a character, so the engine skips ahead to those instead of trying each position.
BOUNDARY = re.compile(r"[,;:(\u2013\u2014>|*\u2022\u2192\u21d2]|\s-\s|a(?<=\ba)(?:nd|fter that)\b|t(?<=\bt)hen\b|"
                      r"o(?<=\bo)r\b|s(?<=\bs)o\b")
FILLER = frozenset((
    "please", "then", "also", "first", "next", "finally", "so", "now", "just", "immediately",
    "today", "tomorrow", "step", "day", "and", "or", "asap", "kindly", "recommendation",
    "recommended", "action", "actions", "todo", "fix", "resolution", "note", "decision", "eod",
    "am", "pm", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "last", "on", "at", "by", "before", "after", "t",
    "d", "h", "done", "same", "time", "meanwhile", "instead", "afterwards", "from", "end", "of",
    "week", "month", "hour", "hours", "days", "weeks", "next", "morning", "evening", "noon",
    "i", "we", "i've", "we've", "i'll", "we'll", "i'm", "already", "have", "done", "did",  # "I did add him"
    "taken", "took", "care", "went", "gone", "ahead", "proceeded",  # "I've taken care of removing ..."
    "per", "inc", "chg", "ritm", "req", "ticket", "incident", "following", "ok", "okay", "yes", "sure", "hi",
    "mass", "bulk",  # "mass delete the users ...", "bulk disable": the same step, for many
    # a clock time's zone: "On 31 Oct at 18:00 CET disable ..."
    "utc", "gmt", "cet", "cest", "eet", "eest", "wet", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
    "ist", "jst", "sgt", "hkt", "aest", "aedt",
))

# A sentence that only reports a request or a problem decides nothing.
# Both grouped by first letter (alternation.grouped): the same answers, fewer tries per position.
REPORT = HeadFirst(bucketed(
    r"has requested|have requested|requested|is requesting|are requesting|asked for|has asked|"
    r"pending|awaiting|waiting for|reports?|reported|cannot|can't|unable|denied|would need|you'd need|"
    r"wants to know|is asking|whether|if you want|how to|how do|" + i18n.REPORTS))
# A case or a possibility, told in another language: "cuando ...", "wenn ...", "se o cartão for recusado" (Portuguese
# and Italian "se" before an article or a pronoun, not Spanish reflexive "se desactivó"), "kan ... worden".
FOREIGN_CASE = re.compile(r"\b(?:cuando|wenn|falls|quand|lorsque|wanneer|indien|quando|si|se(?=\s+(?:o|os|as|il|i|gli|"
                          r"um|uma|você|tiver|for|houver)\b))\b")
FOREIGN_MODAL = re.compile(r"\b(?:kan|kunnen|kann|können|puede|pueden|podrá|podrán|peut|peuvent|pourra|pode|podem|"
                           r"poderá|può|possono|potrà|hoeft|hoeven)\b[^.;:\n]{0,100}$")
# searched where its words start (FirstMatch: the same match), not at every position of a long prefix
NEGATED = FirstMatch(re.compile(
                     r"\b(?:" + grouped(r"do not|don't|never|no need to|not|without|avoid|nor|nobody|no one|no-one|"
                                        + i18n.NEGATIONS) +
                     r")\s+(?:\w+\s+){0,2}$|\bn['\u2019](?:\w+\s+){0,2}$|"
                     r"\wn['\u2019]t\s+(?:\w+\s+){0,2}$|"  # wouldn't, shouldn't, can't give
                     r"\b(?:do not|don't|never|must not)\b[^.;:\n]{0,100}?,[^.;:\n]{0,80}?\b(?:or|nor)\s+$|"  # a list
                     # a second verb joined to a negated one: "I didn't export the membership or change it"
                     r"(?:n['\u2019]t|\bnot|\bnever)\s+(?:[\w`'-]+\s+){1,5}(?:or|nor)\s+$"))
FUNDING = re.compile(i18n.FUNDING)
# "tasso di revoca", "taux de révocation", "revocation rate of": the verb names what a statistic counts
RATE_OF = re.compile(r"\b(?:tasso|taux|tasa|taxa|rate|quota|percentuale|pourcentage|porcentaje|percentagem|anteil|"
                     r"aandeel|andel)\s+(?:di|de|des|du|of|der|van|av)\s+(?:la\s+|l')?\Z")
NEGATED_OBJECT = re.compile(i18n.NEGATED_OBJECT)
PERCENT_BEFORE = head_first(i18n.PERCENT_BEFORE)
COUNT_BEFORE = re.compile(i18n.COUNT_BEFORE)

# each a whole word: "remova" (Portuguese) is no part of "removal"
FOREIGN_GRANT = re.compile(
    r"\b(?:gewähr\w*|erteil\w*|zuweis\w*|zugewiesen|hinzufüg\w*|hinzugefügt|freischalt\w*|freigeschaltet|"
    r"genehmig(?!ung)\w*|otorg\w*|conced(?:er|e|a|an|ido|ida)\b|asign\w*|añad\w*|"
    r"agreg(?:ar|a|an|ue|ué|uen|ó|amos|aron|ad[oa]s?|ándol[oa]s?|arl[oae]s?)\b|"
    r"aprob(?:ar|ad[oa]s?|ó|é|e|en)\b|accord(?:er|ez|é|ée|és|ées)\b|octroy\w*|attribu(?:er|ez|é|ée|és|ées)\b|"
    r"ajout\w*|approuv\w*|" + i18n.GRANT + r")(?!\w)")
FOREIGN_REVOKE = re.compile(
    r"\b(?:entzieh\w*|entzogen|widerruf\w*|entfern\w*|revoc(?:ar|a|ad|ado|ada|ados|adas|ue|ó|amos|aron)\b|revoqu(?:é|e|en|emos)\b|quitar\w*|quitad[oa]s?|quité|"
    r"sacar(?:l[oa]s?)?|sacad[oa]s?|saqué|révocation|"
    r"retir(?:er|ez|é|ée|és|ar|ada|ado)\b|révoqu\w*|enlev\w*|" + i18n.REVOKE + r")(?!\w)")
# (not a lock's physical key: "a chave de bloqueio do rotor", "la llave de bloqueo")
FOREIGN_LIFE = re.compile(
    r"(?<!chave de )(?<!chaves de )(?<!llave de )(?<!llaves de )"
    r"\b(?:deaktivier\w*|sperr\w*|lösch\w*|zurückzusetzen|zurücksetz\w*|zurückgesetzt|anleg\w*|"
    r"entsperr\w*|desactiv\w*|bloque\w*|suspend(?:er|re|ez|u|ue|ido|ida|í|ió|imos|ieron)\b|"
    r"elimin(?:ar|ad|e|en|ada|ado|é|ó|amos|aron)\b|borr(?:ar|e|ad|ado|ada|é|ó)\b|restablec\w*|crear|cre[éo]\b|"
    r"désactiv\w*|supprim\w*|bloqu\w*|réinitialis\w*|créer|d(?:[aeé]r?|ad[oa]s?|oy|i|imos|amos|ieron|an) "
    r"de (?:alta|baja)|" + i18n.LIFE + r")(?!\w)")


WORD = re.compile(r"[a-zà-ÿ']+")
SPEAKERS = frozenset(("i", "we", "i've", "we've", "i'm", "i'll", "we'll"))
CONDITIONAL = frozenset(("if", "when", "whether", "unless", "once", "until", "should", "could", "would", "might",
                         "can", "before", "after", "how", "why", "what", "where"))
# The change itself as the subject of a PR or commit description: "This PR grants ...", "This commit removes ...".
CHANGE_SUBJECTS = frozenset(("pr", "mr", "commit", "patch", "change", "changeset", "diff", "migration", "request"))


def _without_change_subject(words: list[str]) -> list[str]:
    """`words` without a trailing "this PR" / "this pull request" (and the filler after it)."""
    at = len(words)
    while at and words[at - 1] in FILLER:
        at -= 1
    if at >= 2 and words[at - 1] in CHANGE_SUBJECTS:
        head = at - 2 if words[at - 1] != "request" or words[at - 2] not in ("pull", "merge") else at - 3
        if head >= 0 and words[head] in ("this", "the"):
            return words[:head]
    return words


# The third person read as a step only where a PR or commit description puts it: opening a line or a bullet, or
# after "This PR" ("Revokes carol's access", "- Deletes the 14 orphaned service accounts"); after a subject it
# describes ("*Role-based access control* attaches permissions to roles").
THIRD_PERSON = frozenset((
    "invites", "provisions", "elevates", "promotes", "attaches", "revokes", "removes", "downgrades", "demotes",
    "strips", "withdraws", "deprovisions", "unassigns", "detaches", "disables", "deactivates", "suspends", "deletes",
    "unlocks", "re-enables", "reenables", "reactivates", "creates", "resets", "rotates", "regenerates", "generates",
    "terminates"))
LINE_OPENING = re.compile(r"[\s>*#+\-\d.)\[\]x]*(?:(?:this|the)\s+(?:pr|mr|commit|patch|change|changeset|diff|"
                          r"migration|pull request|merge request)\s+(?:also\s+|now\s+)?)?\Z")


def opens_description(verb: str, prefix: str) -> bool:
    """False for a third-person verb (THIRD_PERSON) after anything but a line opening or "This PR" (`prefix`: the
    lower-cased sentence before the verb)."""
    return verb.lower() not in THIRD_PERSON or LINE_OPENING.match(prefix) is not None


COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?)\s+\Z")


CHECKBOX = re.compile(r"\[[ x\u2713\u2714]\]")


def directive(prefix: str) -> bool:
    """True when the text before a verb makes it advice to act (imperative, modal, note). Bold or italic
    after a copula is no clause break: "is **allowed** for the role" states, as "is allowed" does."""
    prefix = prefix.lower()
    if "]" in prefix:
        prefix = CHECKBOX.sub(" ", prefix)  # "- [x] Added the foremen to SAP role ...": a ticked item, not a word
    if prefix.endswith(("*", "_")) and COPULA_END.search(prefix.rstrip("*_")):
        prefix = prefix.rstrip("*_")
    if NEGATED.search(prefix) or REPORT.search(prefix) and not _report_noun_before(prefix):
        return False
    return commands(prefix, None)


# "Following the phishing report, I suspended ...": the report is what led to the step, said before the speaker.
REPORT_NOUN_BEFORE = re.compile(r"\b(?:following|after|per|given|based on|due to|in response to)\s+(?:the\s+|an?\s+|"
                                r"their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}reports?\b[^,.;:\n]{0,40},\s*(?:i|we)\s+(?:\w+ly\s+)?\Z")


def _report_noun_before(prefix: str) -> bool:
    return REPORT_NOUN_BEFORE.search(prefix) is not None and sum(1 for _ in REPORT.finditer(prefix)) == 1


def commands(prefix: str, clause: str | None) -> bool:
    """directive() for a lower-case prefix known (or later checked) to be neither negated nor a report: a
    modal at its end, or nothing but filler in its last clause (`clause`: BOUNDARY.split(prefix)[-1] when
    already known)."""
    if modal(prefix):
        return True
    if clause is None:
        clause = BOUNDARY.split(prefix)[-1]
    words = _without_change_subject(WORD.findall(clause.lower()))
    if words and not (words[-1] in FILLER or words[-1].endswith("ly")):
        return False  # the last word is kept whatever comes before it, and most prefixes end in a content word
    if not CONDITIONAL.intersection(words):  # "In SU01 I've locked ...": what stands before the speaker is a setting
        for at in range(len(words) - 1, -1, -1):
            if words[at] in SPEAKERS:
                words = words[at:]
                break
    return all(word in FILLER or word.endswith("ly") for word in words)


# Where a clause ends and a reason or a consequence starts: "Add Parliament to CI so IAM policy JSON is linted"
# adds to CI, not to a policy.
CLAUSE_END = re.compile(r"\s(?:so|because|which|since|whenever)\s")


def own_clause(text: str) -> str:
    """`text` up to the end of its clause."""
    end = CLAUSE_END.search(text)
    return text if end is None else text[:end.start()]
