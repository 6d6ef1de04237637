"""The rule model: a Rule is data (id, conditions, action) with its matchers compiled at load time,
so the evaluator only calls small precomputed predicates. Built by loader.py, used by evaluate.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gateway.types import DecisionContext, Finding

# The keys of `when` that look at findings; the rest look at the request context.
FINDING_KEYS: tuple[str, ...] = (
    "kind", "where", "min_confidence", "action", "privilege", "target", "principal", "detector",
    "details",
)
CONTEXT_KEYS: tuple[str, ...] = ("tier", "workflow", "model")
DEFAULT_MIN_CONFIDENCE = 0.5

Indexed = Mapping[str | None, Sequence[tuple[int, Finding]]]


@dataclass(frozen=True, slots=True)
class Condition:
    """One test on a finding or a context: `test(get(obj))`; `label` says what it needs."""

    label: str
    get: Callable[[Any], Any]
    test: Callable[[Any], bool]

    def holds(self, obj: Any) -> bool:
        return self.test(self.get(obj))

    def mismatch(self, obj: Any) -> str | None:
        """None when the condition holds, else a short reason naming the value seen."""
        value = self.get(obj)
        if self.test(value):
            return None
        return f"needs {self.label}, got {value!r}"


Check = tuple[Callable[[Any], Any], Callable[[Any], bool]]


def passes(checks: tuple[Check, ...], obj: Any) -> bool:
    """Whether every (get, test) pair holds for `obj`: the evaluator's inner loop, kept plain."""
    for get, test in checks:  # noqa: SIM110 - a plain loop; all(generator) is slower here
        if not test(get(obj)):
            return False
    return True


def compile_checks(conditions: Iterable[Condition]) -> tuple[Check, ...]:
    return tuple((cond.get, cond.test) for cond in conditions)


@dataclass(frozen=True, slots=True)
class FindingMatch:
    """The finding half of a rule: the kinds it looks at, and every other condition."""

    kinds: frozenset[str] | None
    conditions: tuple[Condition, ...]
    checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)
    kind_keys: tuple[str | None, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "checks", compile_checks(self.conditions))
        keys = (None,) if self.kinds is None else tuple(sorted(self.kinds))
        object.__setattr__(self, "kind_keys", keys)

    def matches(self, finding: Finding) -> bool:
        if self.kinds is not None and finding.kind not in self.kinds:
            return False
        return passes(self.checks, finding)

    def any_match(self, indexed: Indexed) -> bool:
        checks = self.checks
        for kind in self.kind_keys:
            for _, finding in indexed.get(kind, ()):
                if passes(checks, finding):
                    return True
        return False

    def all_matches(self, indexed: Indexed) -> list[int]:
        """Indexes (into the findings list) of every finding this rule matches."""
        checks = self.checks
        return [i for kind in self.kind_keys for i, finding in indexed.get(kind, ())
                if passes(checks, finding)]

    def mismatch(self, finding: Finding) -> str | None:
        if self.kinds is not None and finding.kind not in self.kinds:
            return f"needs kind in {sorted(self.kinds)}, got {finding.kind!r}"
        for cond in self.conditions:
            reason = cond.mismatch(finding)
            if reason is not None:
                return reason
        return None


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule as loaded: `when` keeps the YAML as written, for docs and explain output."""

    id: str
    description: str
    action: str
    when: Mapping[str, Any]
    context: tuple[Condition, ...]
    finding: FindingMatch | None
    enabled: bool = True
    path: str = ""
    line: int = 0
    context_checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "context_checks", compile_checks(self.context))

    @property
    def where(self) -> str:
        """`path:line` of the rule's first line, for messages."""
        return f"{self.path}:{self.line}"

    def context_holds(self, ctx: DecisionContext) -> bool:
        return passes(self.context_checks, ctx)

    def context_mismatch(self, ctx: DecisionContext) -> str | None:
        for cond in self.context:
            reason = cond.mismatch(ctx)
            if reason is not None:
                return reason
        return None


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Every rule from a rules directory in file order (files sorted by name), and its revision:
    a SHA-256 over the sorted files' relative names and bytes."""

    rules: tuple[Rule, ...]
    revision: str
    directory: str = ""
    files: tuple[str, ...] = field(default=())

    def get(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)


def index_findings(findings: Sequence[Finding]) -> dict[str | None, list[tuple[int, Finding]]]:
    """Findings grouped by kind (and all of them under None), each with its position."""
    indexed: dict[str | None, list[tuple[int, Finding]]] = {None: []}
    everything = indexed[None]
    for i, finding in enumerate(findings):
        item = (i, finding)
        everything.append(item)
        bucket = indexed.get(finding.kind)
        if bucket is None:
            indexed[finding.kind] = [item]
        else:
            bucket.append(item)
    return indexed
