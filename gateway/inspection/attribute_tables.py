"""HR / IdP attribute changes written as a table of old and new values, in any language the
attribute words cover: a header with an old-value and a new-value column ("| Pole | Stara wartość |
Nowa wartość |", "| Field | Current | New |", "| 항목 | 변경 전 | 변경 후 |") and a row whose field is a
manager, a department or an end date, for a person or in an HR system."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.prose_attributes import ATTR_STRONG, HR_SYSTEM
from gateway.inspection.prose_referents import has_person

_OLD = (r"old|previous|current|alt\w*|bisher\w*|aktuell\w*|stara|stary|poprzedni\w*|obecn\w*|gammal|gamla|"
        r"nuvarande|gammel|gamle|nåværende|nuværende|ancien\w*|actuel\w*|anterior|actual|vecchio|vecchia|attuale|"
        r"oud\w*|huidig\w*|antig[oa]|atual|vanha|nykyinen|eski|mevcut")
_NEW = (r"new|neu\w*|nowa|nowy|ny|nya|nye|nouve\w*|nuev[oa]|nuov[oa]|nieuw\w*|nov[oa]|uusi|yeni")
# "| Stara wartość | Nowa wartość |": two cells, the old one first.
OLD_NEW = re.compile(rf"\|[^|\n]*(?<!\w)(?:{_OLD})(?!\w)[^|\n]*\|[^|\n]*(?<!\w)(?:{_NEW})(?!\w)[^|\n]*\||"
                     r"\|[^|\n]*(?:변경 ?전|变更前|変更前|旧值|原值|現在)[^|\n]*\|"
                     r"[^|\n]*(?:변경 ?후|变更后|変更後|新值|新しい値|변경값)[^|\n]*\|", re.IGNORECASE)
# "| Worker | Change | Value |": a person column, then what changed (a week's HR updates).
PERSON_CHANGE = re.compile(r"\|\s*\**(?:worker|employee|person|user|name|identity|staff member|mitarbeiter\w*|"
                           r"empleado|employé|dipendente|medewerker)\**\s*\|\s*\**(?:change|changed field|field|"
                           r"attribute|update)\**\s*\|", re.IGNORECASE)
# CJK attribute fields (ATTR_STRONG holds the words of alphabetic languages).
CJK_FIELD = re.compile(r"부서|소속|관리자|직책|상사|종료일|퇴사일|"
                       r"部门|上级|直属经理|职位|离职日期|部署|所属|上長|上司|役職|退職日")
TABLE_RULE = re.compile(r"\|?[ \t]*:?-{3,}")


def attribute_table_hits(text: str) -> list[Hit]:
    """One attestation hit for the first attribute row of an old / new table."""
    if "|" not in text:
        return []
    header = OLD_NEW.search(text) or PERSON_CHANGE.search(text)
    if header is None or not (HR_SYSTEM.search(text) or has_person(text) or CJK_FIELD.search(text)):
        return []
    line_end = text.find("\n", header.end())
    if line_end == -1 or not TABLE_RULE.match(text, line_end + 1):
        return []  # not a header: the rule line follows it
    at = text.find("\n", line_end + 1)
    field = ATTR_STRONG.search(header.group(0)) or CJK_FIELD.search(header.group(0))
    if field is not None and at != -1 and "|" in _line(text, at + 1):
        # "| Identity | Old end date | New end date |": the field is in the header, every row changes it
        return [Hit("attestation", header.start() + field.start(), header.start() + field.end(), 0.7, "modify",
                    rule="attribute-table")]
    while at != -1:
        end = text.find("\n", at + 1)
        row = text[at + 1: len(text) if end == -1 else end]
        if "|" not in row:
            break
        field = ATTR_STRONG.search(row) or CJK_FIELD.search(row)
        if field is not None:
            return [Hit("attestation", at + 1 + field.start(), at + 1 + field.end(), 0.7, "modify",
                        rule="attribute-table")]
        at = end
    return []


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start: len(text) if end == -1 else end]


# Roles or access changed for several people, as a table of each one's levels before and after ("DriverHub role
# changes applied:" over "| Person | Before | After |"), not values kept: a row whose two cells differ.
ACCESS_OLD_NEW = re.compile(r"\|\s*\**(?:person|user|users|name|account|employee|member|identity|staff|who)\**\s*\|"
                            r"\s*\**(?:before|old|previous|from|was|current)(?: (?:roles?|access|level))?\**\s*\|"
                            r"\s*\**(?:after|new|to|now)(?: (?:roles?|access|level))?\**\s*\|", re.IGNORECASE)
ACCESS_TOPIC = re.compile(r"\b(?:roles?|access|permissions?|rights|entitlements?|privileges?|memberships?)\b",
                          re.IGNORECASE)
CELLS = re.compile(r"\|([^|\n]*)\|([^|\n]*)\|([^|\n]*)\|")


def access_table_hits(text: str) -> list[Hit]:
    """One access-change hit for the header of a before / after table of people's roles."""
    header = ACCESS_OLD_NEW.search(text) if "|" in text else None
    if header is None or not ACCESS_TOPIC.search(text, max(0, header.start() - 300), header.start()):
        return []
    line_end = text.find("\n", header.end())
    if line_end == -1 or not TABLE_RULE.match(text, line_end + 1):
        return []
    at = text.find("\n", line_end + 1)
    while at != -1:
        end = text.find("\n", at + 1)
        row = CELLS.match(text, at + 1, len(text) if end == -1 else end)
        if row is None:
            break
        before, after = (" ".join(cell.strip(" *`").split()) for cell in row.groups()[1:])
        if after and before.lower() != after.lower() and after not in ("—", "-", "–"):
            return [Hit("access_change", header.start(), header.end(), 0.75, "modify", rule="access-table")]
        at = end
    return []
