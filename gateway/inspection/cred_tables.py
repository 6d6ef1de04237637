"""Passwords in a table: a CSV (bulk user import, spreadsheet export) or markdown table whose header
names a password column ("Initial password [passwordProfile] Required", "| Temp password |"), and
the literal values its rows hold in that column.
"""

from __future__ import annotations

import csv
import re

from gateway.inspection.cred_patterns import Hit, starts_of
from gateway.inspection.cred_values import char_classes, is_placeholder, looks_like_password
from gateway.inspection.literals import Occurrences

# every word password_column_hits looks up in `found` (occurrences in fold(text))
LITERALS = ("pass", "pwd", "kennwort", "contrase", "mot de passe", "senha", "wachtwoord", "lösenord", "salasana")
_PASSWORD_HEADER = re.compile(r"(?<![a-z])pass(?:word|wd|phrase)?\b|password|pwd|kennwort|contrase(?:ñ|n)a|"
                              r"mot de passe|senha|wachtwoord|lösenord|salasana")
# A column about the password, not holding one: `pwdLastSet`, "Password expires", "Password hash".
_ABOUT_PASSWORD = re.compile(r"hash|salt|last|expir|age\b|polic|chang|reset|never|length|strength|status|date|"
                             r"rotat|hint|manager|required\?|enabled|score|sha-?\d|md5|bcrypt")
_DELIMITERS = (",", ";", "\t")
_MAX_HEADER_CELL = 80
_MAX_ROWS = 200
_MARKDOWN_RULE = re.compile(r"[\s|:\-]+")
_DIGEST = re.compile(r"[0-9a-f]{32,}|[0-9A-F]{32,}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+")


def _markdown_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _delimited_cells(line: str, delimiter: str) -> list[str]:
    return [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter))]


def _splitter(header: str) -> str | None:
    """How the header line separates its cells: "|" for a markdown table, else the most frequent
    of comma, semicolon and tab, or None for a line that is no header."""
    if header.lstrip().startswith("|") and header.count("|") >= 3:
        return "|"
    counts = {delimiter: header.count(delimiter) for delimiter in _DELIMITERS}
    delimiter = max(counts, key=counts.__getitem__)
    return delimiter if counts[delimiter] else None


def _cells(line: str, splitter: str) -> list[str]:
    return _markdown_cells(line) if splitter == "|" else _delimited_cells(line, splitter)


def _password_columns(cells: list[str]) -> list[int]:
    """The indexes of the header cells naming a password their column holds."""
    if len(cells) < 2 or any(len(cell) > _MAX_HEADER_CELL for cell in cells):
        return []
    return [index for index, cell in enumerate(cells)
            if _PASSWORD_HEADER.search(low := cell.lower()) and not _ABOUT_PASSWORD.search(low)]


def _literal_password(value: str) -> bool:
    """A cell's value that is a chosen password: not a placeholder, digest, address or word."""
    if " " in value or not looks_like_password(value) or is_placeholder(value):
        return False
    if _DIGEST.fullmatch(value) or _EMAIL.fullmatch(value):
        return False
    return char_classes(value) >= 3 or (len(value) >= 10 and any(c.isdigit() for c in value))


def _code_digits(cell: str, value: str) -> bool:
    """Digits set in code in a password column (`330288`): a numeric password handed over, not a count."""
    return cell.startswith("`") and value.isdigit() and 4 <= len(value) <= 12 and len(set(value)) > 2


def _row_lines(text: str, header_end: int) -> list[tuple[int, str]]:
    """(offset, line) of each line after the header up to the first blank line or code fence."""
    rows: list[tuple[int, str]] = []
    pos = header_end + 1
    while pos < len(text) and len(rows) < _MAX_ROWS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip() or line.lstrip().startswith("```"):
            break
        rows.append((pos, line))
        pos = end + 1
    return rows


def _next_line(text: str, end: int) -> str:
    line_end = text.find("\n", end + 1)
    return text[end + 1:len(text) if line_end < 0 else line_end]


def _column_hits(text: str, header_start: int, header_end: int) -> list[Hit]:
    header = text[header_start:header_end]
    splitter = _splitter(header)
    if splitter is None or splitter not in _next_line(text, header_end):  # prose, or a header with no rows
        return []
    header_cells = _cells(header, splitter)
    columns = _password_columns(header_cells)
    if not columns:
        return []
    hits = []
    for offset, line in _row_lines(text, header_end):
        if splitter == "|" and _MARKDOWN_RULE.fullmatch(line):
            continue
        cells = _cells(line, splitter)
        if len(cells) != len(header_cells):
            continue
        for column in columns:
            value = cells[column].strip("`'\"")
            chosen = _literal_password(value) or _code_digits(cells[column], value)
            at = _cell_offset(line, column, splitter, value) if chosen else -1
            if at >= 0:
                hits.append(Hit(offset + at, offset + at + len(value), "password", 0.8))
    return hits


def _cell_offset(line: str, column: int, splitter: str, value: str) -> int:
    """Where `value`, the text of cell `column`, stands in `line` (-1 when it cannot be placed)."""
    skip = 0
    for _ in range(column + (1 if splitter == "|" and line.lstrip().startswith("|") else 0)):
        skip = line.find(splitter, skip) + 1
        if skip == 0:
            return -1
    return line.find(value, skip)


def password_column_hits(text: str, found: Occurrences) -> list[Hit]:
    """Passwords in the rows of a table whose header names a password column."""
    if not found.any(LITERALS):
        return []
    headers: set[tuple[int, int]] = set()
    for pos in starts_of(found, LITERALS):
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        headers.add((start, len(text) if end < 0 else end))
    hits: list[Hit] = []
    for start, end in sorted(headers):
        hits += _column_hits(text, start, end)
    return hits
