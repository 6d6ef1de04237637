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


@dataclass(frozen=True, slots=True)
class FindingMatch:
    """The finding half of a rule: the kinds it looks at, and every other condition."""

    kinds: frozenset[str] | None
    conditions: tuple[Condition, ...]

    def candidates(self, indexed: Indexed) -> Iterable[tuple[int, Finding]]:
        if self.kinds is None:
            return indexed.get(None, ())
        if len(self.kinds) == 1:
            return indexed.get(next(iter(self.kinds)), ())
        return [item for kind in self.kinds for item in indexed.get(kind, ())]

    def matches(self, finding: Finding) -> bool:
        if self.kinds is not None and finding.kind not in self.kinds:
            return False
        return all(cond.test(cond.get(finding)) for cond in self.conditions)

    def any_match(self, indexed: Indexed) -> bool:
        conditions = self.conditions
        for _, finding in self.candidates(indexed):
            if all(cond.test(cond.get(finding)) for cond in conditions):
                return True
        return False

    def all_matches(self, indexed: Indexed) -> list[int]:
        """Indexes (into the findings list) of every finding this rule matches."""
        conditions = self.conditions
        return [i for i, finding in self.candidates(indexed)
                if all(cond.test(cond.get(finding)) for cond in conditions)]

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

    @property
    def where(self) -> str:
        """`path:line` of the rule's first line, for messages."""
        return f"{self.path}:{self.line}"

    def context_holds(self, ctx: DecisionContext) -> bool:
        return all(cond.test(cond.get(ctx)) for cond in self.context)

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
