"""A record's field shown with the value it had before: "- Role: **TRI/TRE – A320** (was: Line Captain)",
"Access level: Admin (previously Read-only)", "Department: Treasury (was: Finance)". The old value beside the new one
says the field was changed: a role, group or access level is access changed, a department or manager an identity
attribute changed (attestation, as the attribute detectors report it). So is a person switched from one marked role to
another: "I switched Aoife Brennan from *Deviation Initiator* to *Deviation QA Approver*"."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit

ACCESS_FIELDS = (r"roles?|security roles?|role templates?|access(?: level| profile| rights)?|permission sets?|"
                 r"profiles?|groups?|security groups?|privileges?|entitlements?|permissions?|licen[cs]e(?: type)?")
ATTRIBUTE_FIELDS = (r"department|dept|manager|line manager|reports to|job title|cost cent(?:er|re)|"
                    r"employment status|employee type|worker type|division|business unit")
_FIELD = (rf"^[ \t]*(?:[-*\u2022][ \t]*|\|[ \t]*)?\**(?P<field>{ACCESS_FIELDS}|{ATTRIBUTE_FIELDS})\**[ \t]*:\**[ \t]*"
          r"(?P<new>[^\n():]{1,80}?)[ \t]*")
# "(was: X)", "(previously X)", "(formerly X)", "(changed from X)". Not an arrow: "status: source -> target" maps
# fields (attribute_tables reads an arrow beside a person).
WAS = re.compile(_FIELD + r"\((?:was|previously|formerly|old|changed from)\b:?[ \t]*[^)\n]{1,60}\)",
                 re.M | re.I)
# A named person switched between two marked (italic, bold, code or quoted) values, the new one a role.
SWITCHED = re.compile(r"\b(?:switched|moved|changed|switch|move|change)\s+(?-i:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)+)\s+"
                      r"from\s+[*_`\"]{1,2}[^*_`\"\n]{2,60}[*_`\"]{1,2}\s+to\s+[*_`\"]{1,2}(?P<new>[^*_`\"\n]{2,60})"
                      r"[*_`\"]{1,2}", re.I)
ROLE_WORD = re.compile(r"\b(?:approver|administrator|admin|initiator|reviewer|owner|editor|viewer|author|contributor|"
                       r"operator|auditor|read-only|member|role|superuser|supervisor)s?\b", re.I)
SWITCH_GATES = (" from *", " from _", " from `", ' from "', " from **")
# The same in Portuguese, Spanish and French, a login or a name between, beside the profiles or roles it is about:
# "Nos perfis do PACS, alterei o utilizador **rcosta** de «Técnico» para «Radiologista Relator»".
_MARK_OPEN, _MARK_CLOSE = "[\u00ab\"*_`\u201c]{1,2}", "[\u00bb\"*_`\u201d]{1,2}"
FOREIGN_SWITCHED = re.compile(
    r"\b(?:alterei|mudei|passei|cambié|pasé|changé)\s+(?:o |a |el |la |l')?(?:utilizador|usuári[oa]|usuari[oa]|"
    r"utilisateur|user)?\s*[*_`]{0,2}[\w.-]+(?:\s+[A-Z][\w-]+)?[*_`]{0,2}\s+(?:de|do|da|del)\s+" + _MARK_OPEN
    + r"[^\u00bb\"*_`\u201d\n]{2,60}" + _MARK_CLOSE + r"\s+(?:para|a|al|à|au|en)\s+" + _MARK_OPEN
    + r"[^\u00bb\"*_`\u201d\n]{2,60}" + _MARK_CLOSE, re.I)
FOREIGN_SWITCH_GATES = ("alterei", "mudei", "passei", "cambié", "pasé", "changé")
PROFILE_WORDS = ("perfil", "perfis", "rol ", "roles", "função", "funções", "profil", "rôle")
GATES = ("(was", "(previously", "(formerly", "(old", "(changed from")
ACCESS_FIELD = re.compile(rf"(?:{ACCESS_FIELDS})\Z", re.I)
EMPTY = re.compile(r"[\s*`\"']*(?:none|n/a|-|\u2014|removed)[\s*`\"']*\Z", re.I)


def field_change_hits(text: str, low: str) -> list[Hit]:
    """A changed role or attribute field (`low`: `text` lower-cased, same length)."""
    hits = [Hit("access_change", m.start(), m.end(), 0.7, "modify", rule="role-switched")
            for m in (SWITCHED.finditer(text) if any(map(low.__contains__, SWITCH_GATES)) else ())
            if ROLE_WORD.search(m.group("new"))]
    if any(map(low.__contains__, FOREIGN_SWITCH_GATES)) and any(map(low.__contains__, PROFILE_WORDS)):
        hits += [Hit("access_change", m.start(), m.end(), 0.7, "modify", rule="role-switched-i18n")
                 for m in FOREIGN_SWITCHED.finditer(text)]
    if ":" not in low or not any(map(low.__contains__, GATES)):
        return hits
    for m in WAS.finditer(text):
        if ACCESS_FIELD.match(m.group("field")):
            removed = EMPTY.match(m.group("new"))  # "Group: none (was: admins)"
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke" if removed else "modify",
                            rule="field-change-role"))
        else:
            hits.append(Hit("attestation", m.start(), m.end(), 0.65, "modify", rule="field-change-attribute"))
    return hits
