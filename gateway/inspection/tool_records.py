"""Record updates handed to generic tools (`update_record`, `invoke_function`, `patch`): the change
container (`fields`, `changes`, `attributes`, `body`, ...) carries an identity attribute (manager,
department, end / leave date, employment status, job title, application owner) -> attestation, or
an account state flag (`suspended`, `account_locked`, `active` on a user object) -> lifecycle; and
files written as audit evidence (a CSV of holders and roles under `evidence/`) -> attestation."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from gateway.inspection.compiled import compiled
from gateway.inspection.hits import Hit

CONTAINERS = ("fields", "changes", "attributes", "attrs", "body", "profile", "record", "set", "updates",
              "update", "patch", "values", "properties", "replace", "params", "parameters", "payload")
ATTRIBUTE = re.compile(
    r"^(?:new)?(?:manager(?:id|email|upn|name)?|department(?:id|name)?|costcent(?:er|re)|"
    r"(?:employment|employee|worker|hr)status|statuseffectivedate|termination(?:date)?|"
    r"(?:contract|employment|access)?enddate|(?:employee)?leavedate(?:time)?|lastday(?:ofwork)?|"
    r"(?:job|business)title|employeetype|supervisoryorg\w*|sponsor(?:id)?|relations|organizations|"
    r"(?:it)?(?:application|app|business|system|data|technical)owner|managedbygroup|legalname|"
    r"(?:last|first|given|family|display|preferred|middle)name|surname|"
    r"hiredate|rehiredate|employmenthistorystatus|leavetype|firstdayofleave|(?:estimated)?lastdayofleave|"
    r"dateofbirth|homeaddress|"
    # a university's person record: its eduPerson affiliation (student, alum, staff), a student's enrolment status and
    # the day a student or an employee left ("fecha_baja")
    r"edupersonaffiliation|edupersonprimaryaffiliation|(?:enrol?lment|student|academic)status|fechabaja|fechadebaja)$")
STATE_FLAG = re.compile(r"^(?:suspended|(?:account)?locked|blocked|accountenabled|accountdisabled|"
                        r"disabled|deactivated|(?:is)?frozen)$")
USER_STATE = re.compile(r"^(?:active|enabled|status)$")
# ... or set by its value (`"STATUS": "Inactive"`), or dated (`"DEACTIVATION_DATE": "2024-07-16"`), on a user object.
STATE_VALUE = re.compile(r"^(?:in)?active$|^(?:disabled|enabled|suspended|locked|deactivated|terminated|blocked)$",
                         re.I)
DEACTIVATION_KEY = re.compile(r"^(?:deactivat(?:ion|e|ed)|disabled?|suspen(?:sion|ded))(?:date|on|at)?$|"
                              r"^accountexpir\w*$")
# A password change forced at the next sign-in (Google's `changePasswordAtNextLogin`, Entra's
# `forceChangePasswordNextSignIn`): the password's lifecycle.
PASSWORD_FLAG = re.compile(r"^(?:changepasswordatnext(?:login|signin)|forcechangepassword(?:nextsignin)?|"
                           r"mustchangepassword|forcepasswordchange|requirepasswordchange|passwordresetrequired)$")
USER_OBJECT = re.compile(r"user|account|identity|member|person|employee|worker|^emp$", re.I)  # EMP: Epic's users
# ... not a book-keeping account (`update_gl_account`, `"gl_account": "6499"`): a ledger's line, no one's login
LEDGER_ACCOUNT = re.compile(r"(?:^|[_\s.-])(?:gl|ledger|nominal|bank|cost)[_\s-]?(?:accounts?|codes?|"
                            r"cent(?:er|re)s?)\b", re.I)
READ_KEYS = ("query", "filter", "q", "select", "fields_to_return")
EVIDENCE_PATH = re.compile(r"(?:^|/)(?:evidence|audit|attestations?|access[-_]?reviews?|certifications?|"
                           r"sox|soc2?)(?:/|[-_.])|evidence", re.I)
HOLDER_COL = re.compile(r"\b(?:user(?:name)?|member|principal|holder|account|identity|login|email)\b", re.I)
ACCESS_COL = re.compile(r"\b(?:role|group|entitlement|permission|privilege|access)s?\b", re.I)


DECISION_KEYS = ("decision", "recommendation", "outcome", "certification_decision")
DECISION = re.compile(r"^(?:revoke|remove|approve|approved|certify|certified|keep|retain|maintain|deny|"
                      r"reject|revoked|removed)$", re.I)
# A decision recorded against a review campaign (`{"campaign": "Q2-Privileged", "decision": "revoke"}`).
CAMPAIGN_KEYS = ("campaign", "campaign_id", "campaignname", "campaign_name", "certification", "certification_id",
                 "access_review", "review_id", "review_campaign")
ITEM_KEYS = ("entitlement", "role", "group", "access", "permission", "access_profile", "privilege")


def _norm(key: Any) -> str:
    return compiled(r"[^a-z]").sub("", str(key).lower())


THING_KEYS = frozenset(("sku", "skus", "item", "items", "item_id", "product", "products", "product_id", "asset",
                        "assets", "asset_id", "catalog_item", "ticket", "issue"))
# A work item's record (a change request's window, an incident's end date), not a person's: `{"table":
# "change_request", "fields": {"start_date": ..., "end_date": ...}}`.
TABLE_KEYS = ("table", "table_name", "type", "object", "object_type", "record_type", "entity", "kind")
WORK_TABLE = re.compile(r"^(?:change_request|change|incident|problem|sc_task|task|event|meeting|maintenance\w*|release|"
                        r"sprint|project|story|epic|bug|calendar\w*|outage|deployment)s?$", re.I)


# An HR system's table of employees (`rrhh.empleados`, `hr.workers`): its status column is the employment status.
HR_TABLE = re.compile(r"(?:^|[._])(?:employees?|empleados?|empregados?|funcionari[oa]s|workers?|mitarbeiter|"
                      r"salaries|personnel|personal)$", re.I)
HR_STATE = re.compile(r"^(?:estado|status|state|situacion|situacao|statut)$")


def names_table(keys: Mapping[str, Any], pattern: re.Pattern[str], where: tuple[str, ...] = TABLE_KEYS) -> bool:
    """The table or object the arguments name (under one of `where`) matches `pattern`."""
    return any(isinstance(keys.get(k), str) and pattern.search(keys[k].strip()) for k in where)


# A control test recorded in a GRC system: its result says whether an access control worked.
CONTROL_KEY = re.compile(r"^(?:control|control_?(?:id|ref|reference|name|number|code)|itgc(?:_?id)?)$")
RESULT_KEYS = ("result", "test_result", "conclusion", "rating", "outcome", "effectiveness", "operating_effectiveness",
               "design_effectiveness", "opinion", "status")
EFFECTIVENESS = re.compile(r"^(?:(?:not[ _]|in)?effective(?:ly)?|operating[ _]effectively|(?:significant[ _])?"
                           r"deficien(?:t|cy)|effective[ _]with[ _]exceptions?)$", re.I)
ACCESS_CONTROL_WORDS = re.compile(r"\baccess\b|provision|privileg|entitlement|\broles?\b|\busers?\b|terminat|leaver|"
                                  r"segregation|\bsod\b|recertif|\bac-\d|-ac-\d", re.I)


def control_test_hits(keys: Mapping[str, Any]) -> list[Hit]:
    """A control's test result (`{"control_id": "ITGC-AC-01", "result": "effective", ...}`) for an access
    control: the audit evidence that the access was confirmed."""
    if not any(CONTROL_KEY.match(k) for k in keys):
        return []
    result = next((keys[k] for k in RESULT_KEYS if isinstance(keys.get(k), str)), None)
    if result is None or not EFFECTIVENESS.match(result.strip()):
        return []
    texts = " ".join(v for v in keys.values() if isinstance(v, str))
    if not ACCESS_CONTROL_WORDS.search(texts):
        return []
    return [Hit("attestation", 0, 0, 0.8, "record", rule="tool-control-test")]


# A row written to a register of who holds access (`{"list": "LI Access Register", "fields": {"Person": …, "Role": …,
# "Status": "Removed"}}`): the register is identity evidence, each row a holder and their access.
REGISTER_KEYS = ("list", "list_name", "listname", "table", "table_name", "sheet", "register", "log", "database",
                 "document", "spreadsheet", "tab")
ACCESS_REGISTER = re.compile(r"\b(?:access|entitlements?|privileged?|privilege|user access|admin(?:istrator)?s?|"
                             r"accounts?|permissions?)[ _-]+(?:register|ledger|reviews?|recertifications?|"
                             r"certifications?|attestations?|inventory|roster)\b", re.I)
REGISTER_HOLDER = re.compile(r"^(?:person|user(?:name|id)?|employee(?:name|id)?|member|holder|accountholder|"
                             r"account|login|upn|email|name|staff(?:name)?|owner)$")
REGISTER_ACCESS = re.compile(r"^(?:role|group|access(?:level|type)?|entitlement|permission|privilege|system|"
                             r"application|app)s?(?:name)?$")


def _register_row(keys: Mapping[str, Any], normed: Mapping[str, Any]) -> bool:
    return names_table(keys, ACCESS_REGISTER, REGISTER_KEYS) \
        and any(REGISTER_HOLDER.match(k) and v not in (None, "") for k, v in normed.items()) \
        and any(REGISTER_ACCESS.match(k) and v not in (None, "") for k, v in normed.items())


def _account_state(normed: Mapping[str, Any], keys: Mapping[str, Any]) -> bool:
    """The change box switches an account: a state flag, AD's own account expiry, or a user object's state set by
    flag, by value (`"STATUS": "Inactive"`) or by a deactivation date."""
    if any(STATE_FLAG.match(k) and isinstance(v, bool) for k, v in normed.items()) \
            or normed.get("accountexpires") not in (None, ""):
        return True
    state_set = any(USER_STATE.match(k) and (isinstance(v, bool) or isinstance(v, str) and STATE_VALUE.match(v.strip()))
                    or DEACTIVATION_KEY.match(k) and v not in (None, "", False) for k, v in normed.items())
    return state_set and any(isinstance(v, str) and USER_OBJECT.search(v.strip()) for v in keys.values()) \
        and not any(LEDGER_ACCOUNT.search(name) for name in (*keys, *normed, *(v for v in keys.values()
                                                                                if isinstance(v, str))))


def record_hits(keys: Mapping[str, Any]) -> list[Hit]:
    """Hits for one argument mapping (keys lower-cased) that holds a change container."""
    if any(k in keys for k in READ_KEYS):
        return []
    if tested := control_test_hits(keys):
        return tested
    decision = next((keys[k] for k in DECISION_KEYS if isinstance(keys.get(k), str)), None)
    if decision and DECISION.match(decision.strip()) and any(keys.get(k) for k in CAMPAIGN_KEYS):
        return [Hit("attestation", 0, 0, 0.8, "attest", rule="tool-review-decision")]
    if decision and DECISION.match(decision.strip()) and any(keys.get(k) for k in ITEM_KEYS):
        return [Hit("access_change", 0, 0, 0.8, "revoke" if decision.lower().startswith(("rev", "rem", "den", "rej"))
                    else "grant", rule="tool-record-decision")]
    for name in CONTAINERS:
        box = keys.get(name)
        if not isinstance(box, Mapping) or not box:
            continue
        normed = {_norm(k): v for k, v in box.items()}
        if names_table(keys, HR_TABLE) and any(HR_STATE.match(k) and isinstance(v, str) and v.strip()
                                               for k, v in normed.items()):
            return [Hit("attestation", 0, 0, 0.8, "modify", rule="tool-record-hr-status")]  # `estado: EXCEDENCIA`
        if any(ATTRIBUTE.match(k) and v not in (None, "", [], {}) for k, v in normed.items()) \
                and not THING_KEYS.intersection(keys) and not names_table(keys, WORK_TABLE):  # `{"skus": [...], ...}`
            return [Hit("attestation", 0, 0, 0.8, "modify", rule="tool-record-attribute")]
        if _account_state(normed, keys):
            return [Hit("lifecycle", 0, 0, 0.8, "modify", rule="tool-record-state")]
        if _register_row(keys, normed):
            return [Hit("attestation", 0, 0, 0.8, "record", rule="tool-access-register")]
        if any(PASSWORD_FLAG.match(k) and v is True for k, v in normed.items()):
            return [Hit("lifecycle", 0, 0, 0.8, "reset", rule="tool-record-password-change")]
    return []


def evidence_file_hits(path: str, content: Any) -> list[Hit]:
    """A file written under an evidence / audit path whose header lists holders and their access."""
    if not isinstance(content, str) or not EVIDENCE_PATH.search(path):
        return []
    for header in content.lstrip()[:2000].split("\n")[:20]:  # a CSV header, or a table under a title
        if HOLDER_COL.search(header.replace("_", " ")) and ACCESS_COL.search(header.replace("_", " ")):
            return [Hit("attestation", 0, 0, 0.8, "record", target=path[-80:], rule="tool-evidence-file")]
    return []
