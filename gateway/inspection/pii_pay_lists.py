"""Pay listed per person under a pay heading: "Base pay, Lyon data team:" above "- Camille Roux (P4):
EUR 68,500", or above a table whose rows open with a name ("| Camille Roux | EUR 68,500 | …"). No item
says "salary" and the heading names no one; together they state what each person earns. An item or a
row counts when it opens with a person's name (not a role, a team or a place) and holds an amount."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gateway.inspection.compiled import compiled

_UPPER, _LOWER = "A-ZÀ-ÝĀ-Ž", "a-zà-ÿĀ-ž"
_ITEM = re.compile(rf"[ \t]*(?:[-*•+]|\d{{1,3}}[.)])[ \t]+\**[ \t]*"
                   rf"(?P<name>[{_UPPER}][{_LOWER}'’]+(?:[ -][{_UPPER}][{_LOWER}'’]+){{1,2}})(?![\w'’])")
_ROW = re.compile(rf"[ \t]*\|[ \t]*\**[ \t]*"
                  rf"(?P<name>[{_UPPER}][{_LOWER}'’]+(?:[ -][{_UPPER}][{_LOWER}'’]+){{1,2}})\**"
                  r"(?:[ \t]+\([A-Za-z0-9#\-]{1,12}\))?[ \t]*\|")  # "| Hannah Cole (E3310) |": an employee id
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]|[ \t]*\|")  # a list item or a table row
# words that make a capitalised pair a role, a team, a level or a place rather than a person
_NOT_PERSON_WORDS = frozenset({
    "Engineer", "Engineers", "Engineering", "Manager", "Managers", "Management", "Analyst", "Developer", "Designer",
    "Director", "Lead", "Scientist", "Architect", "Specialist", "Consultant", "Administrator", "Officer",
    "Associate", "Intern", "Principal", "Senior", "Junior", "Staff", "Head", "Chief", "Vice", "President",
    "Representative", "Coordinator", "Assistant", "Technician", "Executive", "Partner", "Advisor", "Agent",
    "Team", "Department", "Group", "Office", "Operations", "Marketing", "Sales", "Support", "Success", "Legal",
    "Finance", "Resources", "Human", "Customer", "Product", "Data", "Design", "Research", "Security", "Platform",
    "Level", "Band", "Grade", "Tier", "Plan", "Total", "Average", "Median", "Base", "Annual", "Monthly",
    "New", "San", "Los", "Las", "Santa", "Hong", "Tel", "Buenos", "Rio", "Kuala", "Abu", "Cape", "Mexico", "North",
    "South", "East", "West", "United", "Greater", "Bay", "City", "Area", "Region", "County",
})
_REACH = 40  # list items read under one heading


def _is_person(name: str) -> bool:
    return _NOT_PERSON_WORDS.isdisjoint(compiled(r"[ -]").split(name))


def _items_after(text: str, heading_end: int) -> Iterable[tuple[int, int]]:
    """(start, end) of each list item line right under the heading line that ends at `heading_end`."""
    pos = heading_end + 1
    for _ in range(_REACH):
        if pos >= len(text):
            return
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            if not _LIST_ITEM.match(text, pos, end):
                return
            yield pos, end
        pos = end + 1


def person_items(text: str, heading_terms: Iterable[int]) -> list[tuple[int, int, int]]:
    """(item start, end of the name, item end) of each item or table row that opens with a person's name,
    under a heading line (ending in ":") that holds a term at one of `heading_terms`."""
    found: list[tuple[int, int, int]] = []
    headings = set()
    for at in heading_terms:
        line_end = text.find("\n", at)
        if line_end < 0 or line_end in headings or not text[at:line_end].rstrip(" \t*").endswith(":"):
            continue
        headings.add(line_end)
        for start, end in _items_after(text, line_end):
            item = _ITEM.match(text, start, end) or _ROW.match(text, start, end)
            if item and _is_person(item.group("name")):
                found.append((start, item.end(), end))
    return found


def pay_list_amounts(text: str, heading_terms: Iterable[int], money: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the amounts in items or table rows that name a person, under a heading line (ending in ":") that
    holds a pay term at one of `heading_terms`; `money` finds an amount."""
    spans: list[tuple[int, int]] = []
    for _, name_end, end in person_items(text, heading_terms):
        amount = money.search(text, name_end, end)
        if amount is not None:
            spans.append(amount.span())
    return spans
