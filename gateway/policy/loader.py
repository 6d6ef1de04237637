"""Rule loading: the YAML files under a rules directory -> a validated RuleSet with compiled
matchers and a revision hash. Every problem reads `path:line: code: message`.
"""

from __future__ import annotations

import hashlib
import operator
import re
from functools import partial
from pathlib import Path
from typing import Any

from gateway.errors import ConfigError
from gateway.policy.model import (
    CONTEXT_KEYS,
    DEFAULT_MIN_CONFIDENCE,
    FINDING_KEYS,
    Condition,
    FindingMatch,
    Rule,
    RuleSet,
)
from gateway.types import ACTIONS, KINDS, TIERS, WHERES
from gateway.yamlsrc import Location, Source, load_document

RULE_KEYS = ("id", "description", "when", "action", "enabled")
REQUIRED_KEYS = ("id", "description", "when", "action")
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
# `when` keys whose values must come from a fixed vocabulary, and the code for a stranger.
VOCABULARY = {"kind": (KINDS, "unknown_kind"), "where": (WHERES, "unknown_where"),
              "tier": (TIERS, "unknown_tier")}
# `when` keys matched by exact string, and the attribute each reads.
EXACT = {"kind": "kind", "where": "where", "action": "action", "privilege": "privilege",
         "principal": "principal", "detector": "detector", "tier": "risk_tier",
         "workflow": "workflow", "model": "model"}


class RuleErrors(ConfigError):
    """Every problem found while loading; reads as the first error, then the rest, one a line."""

    def __init__(self, errors: list[ConfigError]) -> None:
        first = errors[0]
        self.errors = errors
        super().__init__(first.path, first.line, first.code, first.message)

    def __str__(self) -> str:
        return "\n".join(ConfigError.__str__(error) for error in self.errors)


def rule_files(directory: Path | str) -> list[Path]:
    """The top-level `*.yaml` / `*.yml` files of a rules directory, sorted by name."""
    root = Path(directory)
    return sorted(p for p in root.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml"))


def load_rules(directory: Path | str) -> RuleSet:
    """Load and validate every rule file; raise RuleErrors (a ConfigError) listing all problems."""
    root = Path(directory)
    if not root.is_dir():
        raise ConfigError(str(root), None, "not_found", "rules directory does not exist")
    digest = hashlib.sha256()
    errors: list[ConfigError] = []
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    try:
        files = rule_files(root)
    except OSError as exc:
        raise ConfigError(str(root), None, "unreadable", exc.strerror or str(exc)) from exc
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            errors.append(ConfigError(str(path), None, "unreadable", exc.strerror or str(exc)))
            continue
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
        try:
            source = load_document(path, data.decode("utf-8"))
        except ConfigError as exc:
            errors.append(exc)
            continue
        except UnicodeDecodeError as exc:
            errors.append(ConfigError(str(path), None, "bad_yaml", f"not UTF-8: {exc.reason}"))
            continue
        file_errors: list[ConfigError] = []
        file_rules = _file_rules(source, file_errors)
        errors.extend(sorted(file_errors, key=lambda e: e.line or 0))
        for rule in file_rules:
            if rule.id in seen:
                errors.append(ConfigError(rule.path, rule.line, "duplicate_id",
                                          f"rule id {rule.id!r} is already defined at "
                                          f"{seen[rule.id].where}"))
                continue
            seen[rule.id] = rule
            rules.append(rule)
    if errors:
        raise RuleErrors(errors)
    return RuleSet(tuple(rules), digest.hexdigest(), str(root), tuple(p.name for p in files))


def _file_rules(source: Source, errors: list[ConfigError]) -> list[Rule]:
    data = source.data
    if not isinstance(data, dict):
        errors.append(source.error((), "bad_type", "a rule file is a mapping with a `rules` list"))
        return []
    for key in data:
        if key != "rules":
            errors.append(source.error((key,), "unknown_field", f"unknown key {key!r} (expected rules)"))
    items = data.get("rules")
    if not isinstance(items, list):
        errors.append(source.error(("rules",), "missing_field" if items is None else "bad_type",
                                   "`rules` must be a list of rules"))
        return []
    rules = []
    for index, item in enumerate(items):
        checker = _Checker(source, errors)
        rule = checker.rule(item, ("rules", index))
        if rule is not None:
            rules.append(rule)
    return rules


class _Checker:
    """Validates one rule, appending each problem to `errors` and carrying on where it can."""

    def __init__(self, source: Source, errors: list[ConfigError]) -> None:
        self.source, self.errors, self.failed = source, errors, False

    def fail(self, loc: Location, code: str, message: str) -> None:
        self.failed = True
        self.errors.append(self.source.error(loc, code, message))

    def rule(self, item: Any, loc: Location) -> Rule | None:
        if not isinstance(item, dict):
            self.fail(loc, "bad_type", "a rule is a mapping with id, description, when, action")
            return None
        for key in item:
            if key not in RULE_KEYS:
                self.fail(loc + (key,), "unknown_field",
                          f"unknown rule key {key!r} (expected one of {', '.join(RULE_KEYS)})")
        for key in REQUIRED_KEYS:
            if key not in item:
                self.fail(loc, "missing_field", f"rule is missing {key!r}")
        rule_id = self.text(item, loc, "id")
        if rule_id is not None and not ID_PATTERN.fullmatch(rule_id):
            self.fail(loc + ("id",), "bad_id", f"rule id {rule_id!r} must match {ID_PATTERN.pattern}")
        description = self.text(item, loc, "description")
        action = self.text(item, loc, "action")
        if action is not None and action not in ACTIONS:
            self.fail(loc + ("action",), "unknown_action",
                      f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
        enabled = item.get("enabled", True)
        if not isinstance(enabled, bool):
            self.fail(loc + ("enabled",), "bad_type", "`enabled` must be true or false")
        when = item.get("when")
        context, finding = self.when(when, loc + ("when",)) if "when" in item else ((), None)
        if self.failed:
            return None
        return Rule(rule_id or "", description or "", action or "", dict(when or {}), context,
                    finding, enabled, self.source.path, self.source.line(loc))

    def text(self, item: dict, loc: Location, key: str) -> str | None:
        value = item.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(loc + (key,), "bad_type", f"`{key}` must be a non-empty string, got {value!r}"
                      + (" (quote it: YAML reads yes/no/on/off as booleans)" if isinstance(value, bool) else ""))
            return None
        return value

    def when(self, when: Any, loc: Location) -> tuple[tuple[Condition, ...], FindingMatch | None]:
        if not isinstance(when, dict):
            self.fail(loc, "bad_type", "`when` must be a mapping of conditions ({} fires always)")
            return (), None
        for key in when:
            if key not in FINDING_KEYS and key not in CONTEXT_KEYS:
                self.fail(loc + (key,), "unknown_field", f"unknown condition {key!r} (expected one of "
                          f"{', '.join(FINDING_KEYS + CONTEXT_KEYS)})")
        context = tuple(self.exact(key, when[key], loc + (key,)) for key in CONTEXT_KEYS if key in when)
        if not any(key in when for key in FINDING_KEYS):
            return context, None
        kinds = self.strings("kind", when["kind"], loc + ("kind",)) if "kind" in when else None
        conditions: list[Condition | None] = [
            self.exact(key, when[key], loc + (key,))
            for key in ("where", "action", "privilege", "principal", "detector") if key in when]
        conditions.append(self.confidence(when.get("min_confidence", DEFAULT_MIN_CONFIDENCE),
                                          loc + ("min_confidence",)))
        if "target" in when:
            conditions.append(self.target(when["target"], loc + ("target",)))
        conditions.extend(self.details(when.get("details", {}), loc + ("details",)))
        return context, FindingMatch(kinds, tuple(c for c in conditions if c))

    def strings(self, key: str, value: Any, loc: Location) -> frozenset[str]:
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) and v for v in values):
            self.fail(loc, "bad_type", f"`{key}` must be a string or a non-empty list of strings")
            return frozenset()
        allowed, code = VOCABULARY.get(key, (None, ""))
        for i, v in enumerate(values):
            if allowed is not None and v not in allowed:
                self.fail(loc + (i,) if isinstance(value, list) else loc, code,
                          f"unknown {key} {v!r} (expected one of {', '.join(allowed)})")
        return frozenset(values)

    def exact(self, key: str, value: Any, loc: Location) -> Condition:
        values = self.strings(key, value, loc)
        return Condition(f"{key} in {sorted(values)}", operator.attrgetter(EXACT[key]), values.__contains__)

    def confidence(self, value: Any, loc: Location) -> Condition | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            self.fail(loc, "bad_type", "`min_confidence` must be a number from 0 to 1")
            return None
        return Condition(f"confidence >= {value}", operator.attrgetter("confidence"),
                         partial(operator.le, float(value)))

    def target(self, value: Any, loc: Location) -> Condition | None:
        if isinstance(value, list):
            values = self.strings("target", value, loc)
            return Condition(f"target in {sorted(values)}", operator.attrgetter("target"),
                             values.__contains__)
        if not isinstance(value, str) or not value:
            self.fail(loc, "bad_type", "`target` must be a regular expression or a list of strings")
            return None
        try:
            pattern = re.compile(value)
        except re.error as exc:
            self.fail(loc, "bad_regex", f"bad regular expression {value!r}: {exc}")
            return None
        return Condition(f"target matching /{value}/", operator.attrgetter("target"),
                         lambda target: target is not None and pattern.search(target) is not None)

    def details(self, value: Any, loc: Location) -> list[Condition]:
        if not isinstance(value, dict):
            self.fail(loc, "bad_type", "`details` must be a mapping of key: value or list of values")
            return []
        conditions = []
        for key, wanted in value.items():
            items = wanted if isinstance(wanted, list) else [wanted]
            if not items or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool)
                                    for v in items):
                self.fail(loc + (key,), "bad_type", f"details.{key} must be a string or a list of strings")
                continue
            values = frozenset(str(v) for v in items)
            conditions.append(Condition(f"details.{key} in {sorted(values)}",
                                        lambda f, key=key: f.details.get(key), values.__contains__))
        return conditions
