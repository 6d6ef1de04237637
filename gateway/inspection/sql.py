"""SQL statements that change who can do what in a database: GRANT / REVOKE, CREATE / DROP /
ALTER USER, ROLE and LOGIN, role membership procedures; SELECTs and DDL on tables stay benign."""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.patterns import Rule, compile_i, compile_s

PRIVS = (
    r"(?:all(?:\s+privileges)?|select|insert|update|delete|usage|execute|connect|create|references|"
    r"trigger|truncate|temporary|temp|ownership|monitor|operate|imported\s+privileges|alter|"
    r"control|impersonate|role|apply|read|write|modify|replication\s+(?:slave|client)|reload|shutdown|"
    r"lock\s+tables|show\s+view)"
)


# A session default set on a role (`ALTER ROLE reporting SET work_mem = '32MB'`, Snowflake's
# `ALTER USER etl SET DEFAULT_WAREHOUSE = ...`): tuning, no privilege and no login changes.
SESSION_SETTING = re.compile(
    r"\b(?:set|reset)\s+(?:work_mem|maintenance_work_mem|temp_buffers|temp_file_limit|search_path|statement_timeout|"
    r"lock_timeout|idle_in_transaction_session_timeout|idle_session_timeout|log_\w+|random_page_cost|seq_page_cost|"
    r"effective_cache_size|effective_io_concurrency|jit\w*|timezone|datestyle|intervalstyle|application_name|"
    r"client_\w+|default_statistics_target|enable_\w+|track_\w+|auto_explain\.\w+|plan_cache_mode|"
    r"max_parallel_\w+|parallel_\w+|geqo\w*|from_collapse_limit|join_collapse_limit|cursor_tuple_fraction|"
    r"default_warehouse|default_namespace|query_tag|statement_timeout_in_seconds|"
    r"statement_queued_timeout_in_seconds|week_start|date_output_format)\b\s*(?:=|to\b|;|$)")


def _role_verb(match: re.Match) -> tuple[str, str | None] | None:
    body = match.group(0).lower()
    if SESSION_SETTING.search(body) and not compiled(r"password|identified|superuser|createrole|login|"
                                                      r"default_role|secondary_roles|disabled").search(body):
        return None
    if "password" in body or "identified" in body:
        return "lifecycle", "reset"
    if compiled(r"\b(account\s+lock|disable|nologin|valid\s+until)\b").search(body):
        return "lifecycle", "disable"
    if compiled(r"\b(account\s+unlock|enable)\b").search(body):
        return "lifecycle", "reset"
    return "access_change", "modify"


# Syntax shown with placeholders (`GRANT privilege_type ON object_name TO role_name`) grants nothing.
PLACEHOLDER_NAME = re.compile(r"['\"`]?(?:(?:role|user|group|login|grantee|principal)_?names?|username|grantee|"
                              r"some_?(?:user|role)|your_\w+|my_\w+|x+|foo|bar)['\"`]?", re.I)


def _unless_placeholder(match: re.Match, action: str) -> tuple[str, str] | None:
    return None if PLACEHOLDER_NAME.fullmatch(match.group("who") or "") else ("access_change", action)


# A user, login or role as SQL names it: `bob`, `[DOMAIN\\svc]`, `'app'@'%'`.
# A name may be interpolated by the code around the statement: `"{new_role}"`, `'${user}'`.
NAME = r"(?:[\w.$\\-]|\{[\w.\[\]'\"]{1,40}\})+"
# A table of memberships, a grant a row: Ellucian Banner's GURUCLS and GURUOBJ hold a login's classes and objects.
# (Bare `memberships` also counts in a DELETE: inserted, it is as often a gym's or a club's customers.)
MEMBER_TABLE = (r"user_?roles?|role_?members?|group_?members(?:hips?)?|user_?groups?|role_?assignments?|"
                r"user_?permissions?|gurucls|guruobj")
ACCOUNT = rf"[\['\"`]?{NAME}[\]'\"`]?(?:@['\"`]?[\w.%-]+['\"`]?)?"


# UPDATE of a table of people: a role or admin column is access, an active flag an account, an HR
# column (manager, department, ...) an attribute change.
PEOPLE_TABLE = (r"[\w.\"`\[\]]*?(?:users?|employees?|workers?|people|persons?|staff|members?|accounts?|personnel|"
                r"teachers?|faculty|instructors?|operators?|agents?|hr_\w+|volunteers?|volunteer_\w+|contractors?|empleados?|empregados?|funcionari[oa]s|"
                r"usuari[oa]s|usuários|utilisateurs|salaries|mitarbeiter|benutzer|medewerkers|gebruikers)[\"`\]]?")
ACCESS_COLUMN = re.compile(r"\b(?:roles?|role_id|is_admin|is_superuser|is_staff|admin|superuser|permissions?|group_id|"
                           r"access_level|user_type|privileges?)\s*=|"
                           # an access flag (`PTACCESS = 1`, `has_access = true`), not a time (`last_access = now()`)
                           r"\b(?!last_?access)\w*access(?:_enabled|_flag)?\s*=\s*['\"]?(?:1|0|true|false|y|n)\b", re.I)
STATE_COLUMN = re.compile(r"\b(?:(?:account_|acct_|user_)?(?:active|enabled|disabled|locked)|is_active|is_enabled|"
                          r"is_locked|status|account_status|user_status)\s*=\s*(?:['\"]?(?:false|true|0|1|disabled|"
                          r"inactive|locked|suspended)\b|'[YNTF]')", re.I)
# Clearing or setting a lockout (`locked_until = NULL`, `lockout_end = now() + …`) unlocks or locks the login.
LOCKOUT_COLUMN = re.compile(r"\b\w*lock(?:ed|out)_?(?:until|end|expir\w*|time|at|date)\s*=|"
                            # the failed sign-in counter set back to zero: the lockout it caused is lifted
                            r"\b\w*(?:failed|bad|invalid)_?(?:login|logon|password|pwd|auth)?_?(?:count|attempts?|"
                            r"tries)\s*=\s*0\b", re.I)
HR_COLUMN = re.compile(r"\b(?:manager\w*|supervisor\w*|department\w*|dept\w*|job_?title|title|cost_?cent\w*|"
                       r"employment_?status|end_?date|termination_?date|location|division|reports_to|"
                       r"fecha_(?:fin|baja|cese)\w*|data_(?:fim|saida|desligamento)\w*|date_(?:fin|sortie)\w*|"
                       r"austritt\w*|departamento|jefe\w*|responsable\w*|estado_laboral|situacion_laboral)\s*=", re.I)


def _column_change(assignments: str, states: bool = True) -> tuple[str, str | None] | None:
    """What a people table's SET changes: a role or admin column, an active flag or a lockout (`states`), an HR
    column."""
    if ACCESS_COLUMN.search(assignments):
        return "access_change", "modify"
    if states and STATE_COLUMN.search(assignments):
        return "lifecycle", "disable"
    if states and LOCKOUT_COLUMN.search(assignments):
        return "lifecycle", "enable" if compiled(r"lock\w*\s*=\s*null\b|(?:count|attempts?|tries)\s*=\s*0\b",
                                                 re.I).search(assignments) else "disable"
    if HR_COLUMN.search(assignments):
        return "attestation", "modify"
    return None


def _people_update(match: re.Match) -> tuple[str, str | None] | None:
    return _column_change(match.group("set"))


def _keyed_person_update(match: re.Match) -> tuple[str, str | None] | None:
    """A row picked by a person's key (`WHERE EMPLID IN (...)`) in a table of any name (PeopleSoft `PS_JOB`):
    its role or HR columns, not a state column (an order's `status` keyed by `user_id` is no account)."""
    return _column_change(match.group("set"), states=False)


PERSON_KEY = r"(?:emplid|employee_?id|emp_?id|empno|emp_?no|worker_?id|person_?id|user_?id|userid|netid|badge_?id)"


# Review decisions stored in a table: a decision column, and retain / revoke values written into it.
DECISION_COLUMN = re.compile(r"\b(?:decision|outcome|verdict|certification_?status|review_?result)\b", re.I)
DECISION_VALUE = re.compile(r"'(?:retain(?:ed)?|revoke[d]?|keep|certif(?:y|ied)|remove[d]?|approved?|maintain)'", re.I)


def _review_decision(match: re.Match) -> tuple[str, str | None] | None:
    rest = match.group("rest")
    if DECISION_COLUMN.search(rest) and DECISION_VALUE.search(rest):
        return "attestation", "attest"
    return None


def _procedure(match: re.Match) -> tuple[str, str | None] | None:
    """A stored procedure judged by its name, as a tool is (`fnd_user_pkg.disableuser`, `usp_AddRoleMember`)."""
    from gateway.inspection.tool_names import judge_name  # tool_names imports patterns, as this module does

    named = judge_name(match.group("proc"))
    if named is None and _END_DATED.match(match.group("proc")):
        close = match.string.find(")", match.end(), match.end() + 400)
        if close > 0 and _END_DATE_ARG.search(match.string, match.end(), close):
            return "lifecycle", "disable"  # `fnd_user_pkg.updateuser(…, x_end_date => SYSDATE)`: the login ends
    return named if named and named[0] not in ("read", "inert", "attestation") else None


# A user-update procedure given an end date (not a NULL that clears it) closes the account on that date.
_END_DATED = re.compile(r"(?:update|modify|change|alter)_?(?:fnd_?)?user\Z", re.I)
_END_DATE_ARG = re.compile(r"\b\w*end_?date\s*(?:=>|=)\s*(?!null\b|fnd_api\.g_null)\S", re.I)


# Syntax shown with placeholders (`ALTER TABLE t OWNER TO new_owner`) hands nothing over.
OWNER_PLACEHOLDER = re.compile(r"['\"`\[]?(?:new_?owner|owner_?name|new_?role|owner)[\]'\"`]?", re.I)


def _new_owner(match: re.Match) -> tuple[str, str | None] | None:
    who = match.group("who") or match.group("who2") or match.group("who3") or ""
    return None if PLACEHOLDER_NAME.fullmatch(who) or OWNER_PLACEHOLDER.fullmatch(who) else ("access_change", "grant")


RULES: tuple[Rule, ...] = (
    # EXEC / CALL / an anonymous PL/SQL block running one procedure: `EXEC pkg.disableuser('TB');`
    Rule("sql-procedure", ("exec", "call", "begin"), compile_i(
        r"\b(?:exec(?:ute)?|call|begin)\s+(?:[\w$#\[\]\"]+\.){0,2}(?P<proc>[a-z_][\w$#]*)\]?\s*(?:\(|@|'|N')"),
        classify=_procedure, confidence=0.8, starts=("exec", "call", "begin"), reach=200),
    Rule("sql-update-people", ("update",), compile_i(
        rf"\bupdate\s+{PEOPLE_TABLE}\s+set\s+(?P<set>[^;]{{1,300}}?)(?:\bwhere\b|;|$)"),
        classify=_people_update, confidence=0.8, starts=("update",), reach=400),  # SET on the lines below
    Rule("sql-update-keyed-person", ("update",), compile_i(
        rf"\bupdate\s+[\w.\"`\[\]]+\s+set\s+(?P<set>[^;]{{1,300}}?)\bwhere\b[^;]{{0,80}}?\b{PERSON_KEY}\b"),
        classify=_keyed_person_update, confidence=0.8, starts=("update",), reach=400),
    Rule("sql-review-decision", ("insert", "update"), compile_i(
        r"\b(?:insert\s+into|update)\s+(?P<table>[\w.\"`\[\]]*?(?:review|certif|attest|recert)[\w.\"`\[\]]*)\s*"
        r"(?P<rest>[^;]{1,1500})"), classify=_review_decision, confidence=0.8, starts=("insert", "update"), reach=400),
    Rule("sql-grant", ("grant",), compile_i(
        rf"\bgrant\s+{PRIVS}\b[^;\n]{{0,200}}?\bto\b\s*(?:user\s+|role\s+|group\s+)?"
        r"(?P<who>\[[^\]\n]{1,80}\]|['\"`]?[\w.@%$-]+['\"`]?(?:@['\"`]?[\w.%-]+['\"`]?)?)"),
        classify=lambda m: _unless_placeholder(m, "grant"), confidence=0.9, principal="who",
        starts=("grant",)),
    Rule("sql-grant-upper", ("grant",), compile_s(
        r"\bGRANT\s+[\w\",.*` ]+?\s+TO\s+(?:USER\s+|ROLE\s+)?(?P<who>\[[^\]\n]{1,80}\]|['\"`]?[\w.@%$-]+)"),
        classify=lambda m: _unless_placeholder(m, "grant"), confidence=0.9, principal="who",
        starts=("grant",)),
    Rule("sql-revoke", ("revoke",), compile_i(
        rf"\brevoke\s+(?:grant\s+option\s+for\s+)?{PRIVS}\b[^;\n]{{0,200}}?\bfrom\b\s*"
        r"(?:user\s+|role\s+)?(?P<who>\[[^\]\n]{1,80}\]|['\"`]?[\w.@%$-]+)"),
        "access_change", "revoke", 0.9, principal="who", starts=("revoke",)),
    Rule("sql-revoke-upper", ("revoke",), compile_s(
        r"\bREVOKE\s+[\w\",. ]+?\s+FROM\s+(?:USER\s+|ROLE\s+)?(?P<who>\[[^\]\n]{1,80}\]|['\"`]?[\w.@%$-]+)"),
        "access_change", "revoke", 0.9, principal="who", starts=("revoke",)),
    Rule("sql-create-user", ("create",), compile_s(
        r"\b(?:CREATE|create)\s+(?:USER|LOGIN|user|login)\s+(?:IF\s+NOT\s+EXISTS\s+|if\s+not\s+exists\s+)?"
        rf"(?P<who>{ACCOUNT})(?:\s*,\s*{ACCOUNT})*\s*(?:;|$|WITH|IDENTIFIED|PASSWORD|"
        r"FROM|with|identified|password|from|(?:FOR|for)\s+(?:LOGIN|login|CERTIFICATE|certificate|ASYMMETRIC|asymmetric)\b|"
        r"(?:WITHOUT|without)\s+(?:LOGIN|login)\b)"),
        "lifecycle", "create", 0.85, principal="who", starts=("create",)),
    Rule("sql-create-role", ("create role",), compile_i(
        rf"\bcreate\s+role\s+(?:if\s+not\s+exists\s+)?(?P<who>['\"`]?{NAME})[^;\n]*"),
        classify=lambda m: ("lifecycle" if compiled(r"\blogin\b", re.I).search(m.group(0)) else
                            "access_change", "create"), confidence=0.8, target="who", starts=("create",)),
    Rule("sql-drop", ("drop",), compile_s(
        r"\b(?:DROP|drop)\s+(?P<what>USER|LOGIN|ROLE|user|login|role)\s+(?:IF\s+EXISTS\s+|if\s+exists\s+)?"
        rf"(?P<who>{ACCOUNT})(?:\s*,\s*{ACCOUNT})*(?:\s+(?:CASCADE|RESTRICT|cascade|restrict))?\s*(?:;|$)"),
        classify=lambda m: ("access_change" if m.group("what").lower() == "role" else "lifecycle",
                            "delete"), confidence=0.85, principal="who", starts=("drop",)),
    Rule("sql-alter", ("alter",), compile_s(
        r"\b(?:ALTER|alter)\s+(?:USER|ROLE|LOGIN|user|role|login)\s+(?:IF\s+EXISTS\s+|if\s+exists\s+)?"
        rf"(?P<who>{ACCOUNT})(?:\s*,\s*{ACCOUNT})*\s+(?:WITH\s+|with\s+|SET\s+|set\s+|ADD\s+|add\s+|DROP\s+|"
        r"ACCOUNT\s+|account\s+|IDENTIFIED|identified|ENCRYPTED|PASSWORD|password|SUPERUSER|superuser|"
        r"NOSUPERUSER|CREATE|create|NO|DISABLE|ENABLE|disable|enable|VALID|MEMBER|member)[^;\n]*"),
        classify=_role_verb, confidence=0.85, principal="who", starts=("alter",)),
    Rule("sql-alter-member", ("add member", "sp_add", "sp_drop"), compile_i(
        r"\balter\s+(?:server\s+)?role\s+\S+\s+(?:add|drop)\s+member\s+\S+|\bsp_(?:add|drop)"
        r"(?:srv)?rolemember\b[^\n;]*"), "access_change", "grant", 0.9),
    Rule("sql-deny", ("deny",), compile_s(
        r"\b(?:DENY\s+|deny\s+(?=(?:select|insert|update|delete|execute|exec|alter|control|references|view|all|"
        r"connect|create|impersonate|take)\b))(?:[\w\", ]|\.(?!\s)){1,80}?\s+(?:(?:ON|on)\s+\S+\s+)?(?:TO|to)\s+"
        r"(?P<who>[\['\"`]?[\w.@$-]+)"),
        "access_change", "revoke", 0.85, principal="who", starts=("deny",)),
    # PostgreSQL's `CREATE ROLE x LOGIN IN ROLE app_readers` / `CREATE USER x IN GROUP y`: a member at once.
    Rule("sql-create-in-role", ("create",), compile_i(
        rf"\bcreate\s+(?:role|user)\s+['\"`]?{NAME}['\"`]?[^;\n]{{0,200}}?\bin\s+(?:role|group)\s+['\"`]?[\w{{$]"),
        "access_change", "grant", 0.85, starts=("create",)),
    # DELETE of rows from a table of logins (an account each) or of memberships (a grant each)
    Rule("sql-delete-people", ("delete",), compile_i(
        rf"\bdelete\s+from\s+[\w.\"`\[\]]*?(?:(?P<member>{MEMBER_TABLE}|memberships?)|"
        r"(?P<who>users?|logins?|user_?accounts?|identities))[\"`\]]?\s+where\b"),
        classify=lambda m: ("access_change", "revoke") if m.group("member") else ("lifecycle", "delete"),
        confidence=0.8, starts=("delete",), reach=200),
    # ... or from any table by its rows' last sign-in: dormant users deleted (`DELETE FROM fincore.upr WHERE user_id IN
    # (SELECT ... WHERE u.last_login_dt < SYSDATE - 180)`), not sessions, logs or tokens aged out
    Rule("sql-delete-dormant", ("delete",), compile_i(
        r"\bdelete\s+from\s+(?![\w.\"`\[\]]*?(?:session|log|audit|event|histor|token|cache|order|attempt))"
        r"[\w.\"`\[\]]+(?:\s+\w+)?\s+where\b[^;]{0,400}?\blast_?(?:login|logon|sign_?in|signin|access)\w*\s*<"),
        "lifecycle", "delete", 0.8, starts=("delete",), reach=500),
    # INSERT of a row into a table of memberships: a grant
    Rule("sql-insert-member", ("insert",), compile_i(
        rf"\binsert\s+into\s+[\w.\"`\[\]]*?(?:{MEMBER_TABLE})[\"`\]]?\s*(?:\(|values\b|select\b)"),
        "access_change", "grant", 0.8, starts=("insert",), reach=200),
    # Ownership handed to a role: the new owner can grant on the object, alter it or drop it.
    Rule("sql-owner", ("owner to", "reassign owned", "alter authorization"), compile_i(
        r"\balter\s+(?:materialized\s+view|foreign\s+table|table|schema|database|view|sequence|function|"
        r"procedure|type|domain|tablespace|large\s+object|publication|subscription)\s+(?:if\s+exists\s+)?"
        r"[^;\n]{1,120}?\s+owner\s+to\s+(?P<who>['\"`]?[\w.$-]+)|"
        r"\breassign\s+owned\s+by\s+[^;\n]{1,80}?\s+to\s+(?P<who2>['\"`]?[\w.$-]+)|"
        r"\balter\s+authorization\s+on\s+[^;\n]{1,120}?\s+to\s+(?P<who3>\[?[\w.$\\-]+)"),
        classify=_new_owner, confidence=0.85, starts=("alter", "reassign")),
    # What a role owned cleared (`DROP OWNED BY x`), then the role dropped: Postgres's recipe for removing a role
    # that created objects, a login (a user), not only a group: the account is deleted.
    Rule("sql-drop-owning-role", ("drop owned by",), compile_i(
        r"\bdrop\s+owned\s+by\s+(?P<who>['\"]?[\w.$-]+['\"]?)\s*(?:cascade\s*|restrict\s*)?;[\s\S]{0,400}?"
        r"\bdrop\s+(?:role|user)\s+(?:if\s+exists\s+)?(?P=who)\s*;"),
        "lifecycle", "delete", 0.8, principal="who", starts=("drop",), reach=500),
    Rule("sql-set-password", ("set password",), compile_i(r"\bset\s+password\s+for\s+\S+"),
         "lifecycle", "reset", 0.85),
    # Who may see which rows or unmasked values: Snowflake's row access and masking policies (created, replaced,
    # attached to or dropped from a table), PostgreSQL's row-level security policies.
    Rule("sql-row-policy", ("access policy", "masking policy", "create policy", "alter policy"), compile_i(
        r"\b(?:(?:create(?:\s+or\s+replace)?|alter|drop)\s+(?:row\s+access|masking)\s+policy|"
        r"(?:add|drop)\s+row\s+access\s+policy|set\s+masking\s+policy|"
        r"(?:create|alter)\s+policy\s+[\w\"]+\s+on)\s+[\w.\"]+"),
        "access_change", "modify", 0.85),
)
