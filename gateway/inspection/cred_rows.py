"""Secrets in the rows of a two-column markdown table of settings: "| Auth token | e19927de… |",
"| **Password** | `Zomer2025!Nas` |". The first cell names the value as a keyed line would
("Auth token: …"), so the row is judged as that key and value."""

from __future__ import annotations

import re

from gateway.inspection.cred_keyed import key_value_hit
from gateway.inspection.cred_patterns import Hit
from gateway.inspection.keywords import lines_with

ROW = re.compile(r"^[ \t]*\|[ \t]*(?:\*\*|__)?(?P<key>[^|\n*_`]{2,40}?)(?:\*\*|__)?[ \t]*\|[ \t]*`?"
                 r"(?P<value>[^|\s`][^|\n`]{0,200}?)`?[ \t]*\|[ \t]*\Z", re.M)
# A row that counts or describes ("| Invalid password | 2,114 |"): a tally, not a secret
TALLY_KEY = re.compile(r"(?i)(?:invalid|wrong|failed|incorrect|expired|weak|bad|reused|leaked|compromised|missing)\b")
TALLY_VALUE = re.compile(r"\d{1,3}(?:[,.']\d{3})+|\d+(?:\.\d+)?\s?%")


def row_hits(text: str) -> list[Hit]:
    """A hit on the value of each two-cell table row whose first cell names a secret."""
    if "|" not in text:
        return []
    hits = []
    for start, end in lines_with(text, ("|",)):
        row = ROW.match(text, start, end)
        if row is None or TALLY_KEY.match(row.group("key")) or TALLY_VALUE.fullmatch(row.group("value").strip()):
            continue
        hit = key_value_hit(row.group("key").strip(), row.group("value"))
        if hit is not None:
            at = row.start("value")
            hits.append(Hit(at + hit.start, at + hit.end, hit.type, hit.confidence))
    return hits
