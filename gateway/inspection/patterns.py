"""Pattern tables: a Rule is a cheap anchor (lowercase substrings) plus a precompiled regex and
what a match means; `apply_rules` runs a table over a text for the structured detectors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import MappingProxyType

from gateway.inspection.hits import Hit, privilege_of

# Verb (any language, lowercase, leading letters) -> the Finding action it stands for.
VERB_ACTIONS = MappingProxyType({
    "grant": "grant", "attach": "grant", "add": "grant", "put": "grant", "assign": "grant",
    "bind": "grant", "share": "grant", "invite": "grant", "elevate": "grant", "promote": "grant",
    "give": "grant", "allow": "grant", "approve": "grant", "set": "modify", "update": "modify",
    "replace": "modify", "patch": "modify", "change": "modify", "modify": "modify",
    "revoke": "revoke", "detach": "revoke", "remove": "revoke", "unbind": "revoke",
    "demote": "revoke", "downgrade": "revoke", "strip": "revoke", "withdraw": "revoke",
    "delete": "delete", "drop": "delete", "destroy": "delete", "purge": "delete",
    "create": "create", "new": "create", "provision": "create", "onboard": "create",
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


Classify = Callable[[re.Match], "tuple[str, str | None] | None"]


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


def group(match: re.Match, name: str | None) -> str | None:
    if not name or name not in match.re.groupindex:
        return None
    value = match.group(name)
    return value.strip("'\"` ") if value else None


def apply_rules(text: str, low: str, rules: Iterable[Rule]) -> list[Hit]:
    hits: list[Hit] = []
    for rule in rules:
        if not any(anchor in low for anchor in rule.anchors):
            continue
        for match in rule.pattern.finditer(text):
            if rule.classify is not None:
                decided = rule.classify(match)
                if decided is None:
                    continue
                kind, action = decided
            else:
                kind, action = rule.kind, rule.action
            hits.append(Hit(
                kind=kind, start=match.start(), end=match.end(), confidence=rule.confidence,
                action=action, target=group(match, rule.target),
                principal=group(match, rule.principal),
                privilege=privilege_of(match.group(0)) if kind == "access_change" else None,
                rule=rule.name,
            ))
    return hits


def compile_i(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def compile_s(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.MULTILINE)
