"""SAP user maintenance in prose: steps in the transactions SU01, SU10 or PFCG ("In SU01, enter user JDOE, go to
the Roles tab, add Z_FI_AP_CLERK, save"), where the transaction code, not a console's buttons, names the system:
a role added or removed is an access change; a user locked, unlocked, deleted, created or given a new password is
a lifecycle step."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit

CODES = ("su01", "su10", "pfcg")
# SU01D and SU10D only display; SUIM only reports.
TCODE = re.compile(r"\b(?:su01|su10|pfcg)\b(?![d/])", re.IGNORECASE)
# A role or profile as SAP names them: upper case with an underscore (Z_FI_AP_CLERK, SAP_ALL, ZS:FI_AP).
ROLE_STEP = re.compile(
    r"\b(?i:add(?:s|ed)?|assign(?:s|ed)?|enter(?:s|ed)?|insert(?:s|ed)?|remov(?:e|es|ed)|delet(?:e|es|ed))\s+"
    r"(?i:the\s+)?(?i:(?:single|composite|derived)\s+)?(?i:(?:roles?|profiles?)\s+)?[`*\"'“]{0,2}"
    r"(?P<role>[A-Z][A-Z0-9]*[_:][A-Z0-9_:./-]{2,60})\b")
# PFCG's User tab: a user entered on a role ("User tab, enter PSINGH and run the user comparison").
USER_TAB_STEP = re.compile(r"(?i:\busers?\s+tab)\b[^.;\n]{0,40}?\b(?i:enter|add|assign|insert)(?:s|ed)?\s+"
                           r"(?i:(?:the\s+)?users?\s+)?[`*\"']{0,2}(?P<role>[A-Z][A-Z0-9_.-]{2,40})\b")
ROLE_CONTEXT = re.compile(r"\b(?:roles?|profiles?)\b", re.IGNORECASE)
LIFE_STEP = re.compile(
    r"(?i:\b(?:(?:lock|unlock|delete|create|copy)(?:s|ed)?\s+(?:the\s+)?(?:user|account)\b(?!\s+(?:list|group)s?\b)"
    r"|set\s+(?:the\s+)?(?:user|account|it)\s+to\s+(?:locked|unlocked)\b"
    r"|(?:reset|change|set|assign)(?:s|ed)?\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:new\s+|initial\s+)?"
    r"password\b|click\s+(?:the\s+)?[`*\"']{0,2}(?:lock/unlock|lock|unlock|change password)\b))")
# A clause that describes, asks or reports, rather than steps: "SU01 shows whether the user is locked".
NOT_A_STEP = re.compile(r"\b(?:if|whether|not|never|don't|without|cannot|can't|shows?|displays?|lists?|explains?|"
                        r"who|which)\b", re.IGNORECASE)
CLAUSE_START = re.compile(r"[.!?;\n](?=[^.!?;\n]*\Z)")


def _is_step(text: str, at: int) -> bool:
    window = text[max(0, at - 160):at]
    start = CLAUSE_START.search(window)
    return NOT_A_STEP.search(window, start.end() if start else 0) is None


def sap_hits(text: str, low: str) -> list[Hit]:
    """Hits for SU01 / SU10 / PFCG steps that add or remove a role or change a user's state (`low`: the text
    lower-cased)."""
    if not any(code in low for code in CODES) or not TCODE.search(text):
        return []
    hits: list[Hit] = []
    for m in (*ROLE_STEP.finditer(text), *USER_TAB_STEP.finditer(text)):
        near = text[max(0, m.start() - 200): m.end() + 80]
        if ROLE_CONTEXT.search(near) and _is_step(text, m.start()):
            action = "revoke" if m.group(0)[:3].lower() in ("rem", "del") else "grant"
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, target=m.group("role"),
                            rule="sap-role-step"))
    for m in LIFE_STEP.finditer(text):
        if _is_step(text, m.start()):
            hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, "modify", rule="sap-user-step"))
    return hits
