"""A blank form: a table whose rows name the fields to fill in ("| Manager | | |", "| Department | | |") and
leave every value cell empty. As it stands it changes nobody's manager or department and records no decision;
filled in, its values show. The caller checks that the answer names nobody."""

from __future__ import annotations

import re

TABLE_RULE = re.compile(r"\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")
EMPTY_CELL = re.compile(r"[ \t]*(?:_{2,}|\.{3,}|…)?[ \t]*")  # empty, or a line to write on
MIN_ROWS = 3
MAX_OTHER_LINES = 4  # a title, a note on where to send it


def is_blank_form(text: str) -> bool:
    """One table of MIN_ROWS rows or more under a header, every cell empty but the first, and at most
    MAX_OTHER_LINES lines of text around it."""
    if "|" not in text or "-" not in text:
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    rule = next((i for i, line in enumerate(lines) if "|" in line and TABLE_RULE.fullmatch(line)), None)
    if rule is None or rule == 0 or not lines[rule - 1].startswith("|"):
        return False
    rows = 0
    end = rule + 1
    while end < len(lines) and lines[end].startswith("|"):
        cells = lines[end].strip("|").split("|")
        if len(cells) < 2 or not cells[0].strip() or not all(EMPTY_CELL.fullmatch(cell) for cell in cells[1:]):
            return False
        rows += 1
        end += 1
    return rows >= MIN_ROWS and len(lines) - (end - rule + 1) <= MAX_OTHER_LINES
