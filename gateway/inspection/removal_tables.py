"""Leaver samples tested as a table: a header with a person column, a termination (or SLA) column and a
column of when access was disabled or removed ("| Employee | Term date | Epic disabled | Within 24h? |"), with
rows below it. Whatever the rows show, the table is evidence of timely removal: an attestation."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.windows import line_matches

HEADER = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*(?=\n|\Z)", re.MULTILINE)
WORDS = ("disabled", "removed", "revoked", "deprovisioned", "deactivated", "access end")
PERSON = re.compile(r"\|\s*\**(?:employee|user|name|leaver|worker|identity|person|staff|terminee|contractor)s?\**\s*"
                    r"(?:name|id)?\s*\|", re.IGNORECASE)
REMOVED = re.compile(r"\|[^|\n]*\b(?:disabled|removed|revoked|deprovisioned|deactivated|access end(?:ed)?)\b[^|\n]*\|",
                     re.IGNORECASE)
LEFT = re.compile(r"\|[^|\n]*\b(?:term(?:ination)?|leav(?:er|ing)|exit|last day|separation|within|sla|timely|"
                  r"days to)\b[^|\n]*\|", re.IGNORECASE)
RULE_LINE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
ROW = re.compile(r"[ \t]*\|[^\n]*\w[^\n]*\|")


def removal_table_hits(text: str, low: str) -> list[Hit]:
    """One attestation hit at the header of the first leaver-sample table (`low`: `text` lower-cased)."""
    if "|" not in text or "---" not in text or not any(word in low for word in WORDS):
        return []
    for m in line_matches(HEADER, text, "|"):
        header = m.group(0)
        if not (PERSON.search(header) and REMOVED.search(header) and LEFT.search(header)):
            continue
        rule_at = m.end() + 1
        if not RULE_LINE.match(text, rule_at):
            continue
        row_at = text.find("\n", rule_at) + 1
        if row_at and ROW.match(text, row_at):
            return [Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="removal-sample-table")]
    return []
