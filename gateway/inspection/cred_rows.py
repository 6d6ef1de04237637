"""Secrets in the rows of a two-column markdown table of settings: "| Auth token | e19927de… |",
"| **Password** | `Zomer2025!Nas` |". The first cell names the value as a keyed line would
("Auth token: …"), so the row is judged as that key and value. Also a CLI's column listing whose
header names a key column ("NAME  KEY  CREATED"): the random values standing under that column."""

from __future__ import annotations

import re

from gateway.inspection.cred_keyed import key_value_hit
from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import is_placeholder, looks_like_key
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


# A header of upper-case column names two or more blanks apart; the secret column's name alone
_CELL = r"[A-Z][A-Z0-9_]*(?: [A-Z0-9_]+)?"
COLUMN_HEADER = re.compile(rf"[ \t]*{_CELL}(?:[ \t]{{2,}}{_CELL})+[ \t]*\Z")
SECRET_COLUMN = re.compile(r"(?:API[ _])?(?:KEY|TOKEN|SECRET)|(?:SECRET|ACCESS|CLIENT)[ _](?:KEY|SECRET)")
HEADER_CELL = re.compile(_CELL)
COLUMN_WORDS = ("KEY", "TOKEN", "SECRET")
MAX_COLUMN_ROWS = 50


def column_hits(text: str) -> list[Hit]:
    """Key-shaped values in the column of a CLI listing whose header cell names a key or token."""
    hits: list[Hit] = []
    for start, end in lines_with(text, COLUMN_WORDS):
        if COLUMN_HEADER.match(text, start, end) is None:
            continue
        for cell in HEADER_CELL.finditer(text, start, end):
            if SECRET_COLUMN.fullmatch(cell.group()):
                hits += _column_values(text, end, cell.start() - start)
    return hits


def _column_values(text: str, header_end: int, column: int) -> list[Hit]:
    """The values that start at `column` in the lines under a header, up to a blank line or a fence."""
    hits, pos = [], header_end + 1
    for _ in range(MAX_COLUMN_ROWS):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip() or line.lstrip().startswith("```"):
            break
        if len(line) > column and (column == 0 or line[column - 1] in " \t"):
            value = line[column:].split(None, 1)[0] if line[column:column + 1].strip() else ""
            if value and looks_like_key(value, 20) and not is_placeholder(value):
                hits.append(Hit(pos + column, pos + column + len(value), "api_key", 0.8))
        if end >= len(text):
            break
        pos = end + 1
    return hits
