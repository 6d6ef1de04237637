"""Pattern tables: a Rule is a cheap anchor (lowercase substrings) plus a precompiled regex and
what a match means; `apply_rules` runs a table over a text for the structured detectors."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from gateway.inspection.hits import Hit, privilege_of

if TYPE_CHECKING:
    from gateway.inspection.literals import Occurrences

# Verb (any language, lowercase, leading letters) -> the Finding action it stands for.
VERB_ACTIONS = MappingProxyType({
    "grant": "grant", "attach": "grant", "add": "grant", "put": "grant", "assign": "grant",
    "bind": "grant", "share": "grant", "invite": "grant", "elevate": "grant", "promote": "grant",
    "give": "grant", "allow": "grant", "approve": "grant", "set": "modify", "update": "modify",
    "replace": "modify", "patch": "modify", "change": "modify", "modify": "modify",
    "revoke": "revoke", "detach": "revoke", "remove": "revoke", "unbind": "revoke",
    "demote": "revoke", "downgrade": "revoke", "strip": "revoke", "withdraw": "revoke",
    "delete": "delete", "drop": "delete", "destroy": "delete", "purge": "delete",
    "create": "create", "new": "create", "insert": "create", "provision": "create", "onboard": "create",
    "generate": "create", "issue": "create", "upload": "create", "enable": "create",
    "activate": "create", "reactivate": "create", "re-enable": "create", "unsuspend": "create",
    "disable": "disable", "deactivate": "disable", "suspend": "disable", "lock": "disable",
    "block": "disable", "deprovision": "disable", "offboard": "disable", "expire": "reset",
    "unlock": "reset", "reset": "reset", "rotate": "reset", "roll": "reset", "regenerate": "reset",
    "clear": "reset", "post": "create", "attest": "attest", "certify": "attest",
})


def action_of(verb: str | None, default: str | None = None) -> str | None:
    if not verb:
        return default
    low = verb.lower()
    for size in range(len(low), 1, -1):
        found = VERB_ACTIONS.get(low[:size])
        if found:
            return found
    return default


WINDOW = 600  # the most of a long line scanned on either side of an anchor

Classify = Callable[[re.Match], "tuple[str, str | None] | None"]
Found = dict[str, list[int]]
Guard = Callable[[str, str, int, int, Found], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """`kind`/`action` fixed, or `classify(match) -> (kind, action) | None` deciding per match.

    `target` names the regex group holding the role/group/policy, `principal` the person.
    """

    name: str
    anchors: tuple[str, ...]
    pattern: re.Pattern
    kind: str = ""
    action: str | None = None
    confidence: float = 0.85
    classify: Classify | None = None
    target: str | None = None
    principal: str | None = None
    reach: int = 0  # characters around an anchor the pattern may need (multi-line documents)
    starts: tuple[str, ...] = ()  # lowercase literals every match begins with, after at most
    back: int = 0  # `back` characters: the pattern is then tried only there, not at every position
    guard: Guard | None = None  # guard(text, low, pos, end, found) False: no match can start at pos


def group(match: re.Match, name: str | None) -> str | None:
    if not name or name not in match.re.groupindex:
        return None
    value = match.group(name)
    return value.strip("'\"` ") if value else None


def positions(low: str, literal: str, found: Found | None = None) -> list[int]:
    """Every (also overlapping) occurrence of `literal` in `low`, remembered in `found`."""
    if found is not None and literal in found:
        return found[literal]
    out: list[int] = []
    pos = low.find(literal)
    while pos != -1:
        out.append(pos)
        pos = low.find(literal, pos + 1)
    if found is not None:
        found[literal] = out
    return out


# characters the case-insensitive regex engine equates with an ASCII letter that str.lower() keeps apart
FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def literal_safe(text: str, low: str) -> bool:
    """Whether lowercase literals found in `low` sit where a case-insensitive regex sees them."""
    return len(low) == len(text) and not any(map(text.__contains__, FOLDS))


_TABLES: dict[int, tuple[tuple[Rule, ...], dict[str, tuple[int, ...]]]] = {}


def _rules_by_anchor(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """Anchor -> the places in the table of the rules it anchors (remembered per table)."""
    entry = _TABLES.get(id(rules))
    if entry is None or entry[0] is not rules:
        by_anchor: dict[str, list[int]] = {}
        for index, rule in enumerate(rules):
            for anchor in dict.fromkeys(rule.anchors):
                by_anchor.setdefault(anchor, []).append(index)
        entry = (rules, {anchor: tuple(indexes) for anchor, indexes in by_anchor.items()})
        if len(_TABLES) < 64:
            _TABLES[id(rules)] = entry
    return entry[1]


def apply_rules(text: str, low: str, rules: Iterable[Rule], found: Occurrences,
                safe: bool | None = None) -> list[Hit]:
    """Run each rule only in windows around its anchors; a rule with `starts` is tried only where one
    of them begins a match. `found` holds the occurrences in `low` of every anchor and start literal
    of the rules (a LiteralIndex's); `safe` is `literal_safe(text, low)` when the caller knows it."""
    hits: list[Hit] = []
    if safe is None:
        safe = literal_safe(text, low)
    rules = rules if isinstance(rules, tuple) else tuple(rules)
    by_anchor = _rules_by_anchor(rules)
    # the rules with an anchor that occurs (`found` holds the literals that occur), in table order
    anchored = sorted({index for anchor in found.keys() & by_anchor.keys() for index in by_anchor[anchor]})
    spans: dict[tuple[tuple[str, ...], int], list[tuple[int, int]]] = {}  # rules often share anchors
    for rule in map(rules.__getitem__, anchored):
        key = (rule.anchors, rule.reach)
        if key not in spans:  # `get`: an anchor that does not occur is no key of `found`, and adds no window
            occurring = [(anchor, at) for anchor in rule.anchors if (at := found.get(anchor))]
            spans[key] = _windows(text, occurring, rule.reach)
        if rule.starts and safe:
            guard = rule.guard
            matches = started_matches(rule.pattern, text, spans[key], _candidates(rule, found), guard and (
                lambda pos, end, guard=guard: guard(text, low, pos, end, found)))
        else:
            matches = [match for start, end in spans[key] for match in rule.pattern.finditer(text, start, end)]
        for match in matches:
            hit = _hit(rule, match)
            if hit is not None:
                hits.append(hit)
    return hits


def _candidates(rule: Rule, found: Occurrences) -> list[int]:
    """Every offset where a match of `rule` can begin: at most `rule.back` characters before one of
    its `starts`, ascending."""
    present = found.present(rule.starts)
    if len(present) == 1 and not rule.back:
        return present[0]  # one literal's occurrences: ascending already, and never changed here
    return sorted({pos - back for occurring in present for pos in occurring
                   for back in range(rule.back + 1)})


def started_matches(pattern: re.Pattern, text: str, spans: list[tuple[int, int]], candidates: list[int],
                    guard: Callable[[int, int], bool] | None = None) -> list[re.Match]:
    """What `pattern.finditer(text, start, end)` yields over each of `spans` (ascending, apart), trying
    only the ascending candidate starts, and of those only where `guard(pos, end)` allows a match (a
    candidate whose literal reaches past `end` cannot begin a match there, so it costs only a try)."""
    match_at = pattern.match
    matches: list[re.Match] = []
    i, count = 0, len(candidates)
    for start, end in spans:
        i = bisect_left(candidates, start, i)
        cursor = start
        while i < count and (pos := candidates[i]) < end:
            i += 1
            if pos < cursor or (guard is not None and not guard(pos, end)):
                continue
            if (match := match_at(text, pos, end)) is not None:
                matches.append(match)
                cursor = max(match.end(), pos + 1)
    return matches


def windows(text: str, low: str, anchors: tuple[str, ...], reach: int,
            found: Found | None = None) -> list[tuple[int, int]]:
    """Merged [start, end) spans of whole lines around every anchor occurrence, each at most WINDOW
    characters past `reach` on either side (so a line break is looked for no further: a long line
    costs no scan back to its start per occurrence)."""
    return _windows(text, [(anchor, positions(low, anchor, found)) for anchor in anchors], reach)


def _windows(text: str, occurring: list[tuple[str, list[int]]], reach: int) -> list[tuple[int, int]]:
    """`windows` given each anchor with its occurrences."""
    spans: list[tuple[int, int]] = []
    size, find, rfind = len(text), text.find, text.rfind
    for anchor, occurrences in occurring:
        count, after = len(occurrences), len(anchor) + reach
        i = 0
        while i < count:
            pos = occurrences[i]
            floor, back, limit = pos - reach - WINDOW, pos - reach, pos + reach + WINDOW
            start = rfind("\n", floor - 1 if floor > 0 else 0, back if back > 0 else 0) + 1
            if start < floor:
                start = floor
            end = find("\n", pos + after, limit)
            if end == -1:
                end = size if size < limit else limit
            spans.append((start, end))
            i = bisect_left(occurrences, end if end > pos else pos + 1, i + 1)
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = []
    first, last = spans[0]
    for start, end in spans:
        if start > last:
            merged.append((first, last))
            first, last = start, end
        elif end > last:
            last = end
    merged.append((first, last))
    return merged


def _hit(rule: Rule, match: re.Match) -> Hit | None:
    if rule.classify is not None:
        decided = rule.classify(match)
        if decided is None:
            return None
        kind, action = decided
    else:
        kind, action = rule.kind, rule.action
    return Hit(
        kind=kind, start=match.start(), end=match.end(), confidence=rule.confidence,
        action=action, target=group(match, rule.target), principal=group(match, rule.principal),
        privilege=privilege_of(match.group(0)) if kind == "access_change" else None, rule=rule.name,
    )


def compile_i(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def compile_s(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.MULTILINE)


# A month's or a weekday's name as dates write them ("Feb", "February", "Sept.", "Fri", "Friday"), lower case.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
