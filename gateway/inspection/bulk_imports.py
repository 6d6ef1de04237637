"""A file of people loaded into a directory: a CSV whose header names accounts (username, email, first and
last name, employee id) with the step that imports it into an IdP or inserts it as users ("Data Loader →
Insert → User", "import this into Okta") and at least one person's row. Each row becomes an account; a
profile, role or group column gives each one access as well."""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.patterns import Rule, compile_i

# A header line: three or more column names, comma- or semicolon-separated.
HEADER = (r"^[ \t]*(?P<h>\"?[A-Za-z][\w ]{0,29}\"?(?:[,;]\"?[A-Za-z][\w ]{0,29}\"?){2,})[ \t]*$")
ACCOUNT_COLUMNS = frozenset((
    "username", "user_name", "user", "userprincipalname", "upn", "samaccountname", "login", "email", "e_mail",
    "mail", "firstname", "first_name", "first", "givenname", "lastname", "last_name", "last", "surname", "sn",
    "employee_id", "employeeid", "employeenumber", "alias", "nickname", "displayname", "display_name"))
ACCESS_COLUMNS = frozenset(("profileid", "profile", "userroleid", "role", "roles", "roleid", "group", "groups",
                            "permissionset", "permission_set", "license", "licenses", "usertype"))
# A person's record id: with a role column it names whose access each row sets (NetSuite `Internal ID,Role`).
ID_COLUMNS = frozenset(("internal_id", "internalid", "employee_id", "employeeid", "user_id", "userid", "person_id",
                        "worker_id", "workerid"))
# The step that loads it into a directory or an application's users.
IMPORT = re.compile(
    r"\binsert\s*(?:→|->|>|-)\s*users?\b|\bimport\w*\s*(?:→|->|>)\s*(?:employees?|users?)\b|"
    r"\b(?:import|upload|load|bulk[- ]?(?:create|add|load|import))\w*\b"
    r"[^.\n]{0,60}?\b(?:into|to|in)\s+(?:the\s+)?(?:okta|entra(?: id)?|azure ad|active directory|ad|google workspace|"
    r"jumpcloud|salesforce|workday|onelogin|auth0|keycloak|the directory|the idp|scim)\b|"
    r"\b(?:bulk[- ]?create|create|provision)\w*\s+(?:the\s+)?(?:users|accounts)\s+from\s+(?:this|the)\b|"
    # an application's own user loader ("iMedidata → Admin → *User Upload*", "the bulk upload file for the new staff")
    r"\buser\s+(?:upload|import)\b|\busers?\s*(?:→|->|>)\s*(?:bulk[- ]?)?(?:import|upload)\b|"
    r"\bbulk\s+(?:upload|import)\s+(?:file|template|sheet)\b[^.\n]{0,40}?"
    r"\b(?:users?|staff|accounts?|starters|hires|employees)\b", re.I)
REACH = 600


def _columns(header: str) -> set[str]:
    return {name.strip().strip('"').strip().lower().replace(" ", "_") for name in compiled(r"[,;]").split(header)}


def _loaded(match: re.Match, access: bool) -> tuple[str, str] | None:
    columns = _columns(match.group("h"))
    named = len(columns & ACCOUNT_COLUMNS) >= 2 or access and bool(columns & ID_COLUMNS)
    if not named or access and not columns & ACCESS_COLUMNS:
        return None
    text = match.string
    row_end = text.find("\n", match.end() + 1)
    row = text[match.end() + 1: len(text) if row_end == -1 else row_end]
    separator = "," if "," in match.group("h") else ";"
    if row.count(separator) < match.group("h").count(separator) or "<" in row or "{" in row:
        return None  # a header alone, or a template row: the format explained, nobody loaded
    if IMPORT.search(text, max(0, match.start() - REACH), min(len(text), match.end() + REACH)) is None:
        return None
    return ("access_change", "grant") if access else ("lifecycle", "create")


ANCHORS = ("insert", "import", "upload", "bulk")
RULES: tuple[Rule, ...] = (
    Rule("bulk-user-import", ANCHORS, compile_i(HEADER), classify=lambda m: _loaded(m, False), confidence=0.8,
         reach=REACH),
    Rule("bulk-user-import-access", ANCHORS, compile_i(HEADER), classify=lambda m: _loaded(m, True),
         confidence=0.8, reach=REACH),
)
