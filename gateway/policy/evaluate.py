"""The decide step: findings + request context + a RuleSet -> one Decision (an outcome plus
redactions, naming every rule that fired); and `explain`, which says why each rule did or did not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from gateway.policy.model import Rule, RuleSet, index_findings
from gateway.types import OUTCOMES, Decision, DecisionContext, Finding

# Strength of each action: redact is a transform whose outcome on its own is `flag`.
RANK = {"allow": 0, "flag": 1, "redact": 1, "quarantine": 2, "block": 3}


class Explanation(NamedTuple):
    rule: Rule
    fired: bool
    why: str


def decide(ruleset: RuleSet, findings: Sequence[Finding], ctx: DecisionContext,
           detectors_revision: str = "") -> Decision:
    """Evaluate every enabled rule; the outcome is the strongest action that fired
    (block > quarantine > flag > allow), and findings matched by `redact` rules that carry a
    span become the redactions. No rule fires -> allow."""
    indexed = index_findings(findings)
    fired: list[Rule] = []
    rank = 0
    redact: set[int] = set()
    for rule in ruleset.rules:
        if not rule.enabled or not rule.context_holds(ctx):
            continue
        match = rule.finding
        if match is not None:
            if rule.action == "redact":
                hits = match.all_matches(indexed)
                if not hits:
                    continue
                redact.update(i for i in hits if findings[i].span is not None)
            elif not match.any_match(indexed):
                continue
        fired.append(rule)
        rank = max(rank, RANK[rule.action])
    outcome = OUTCOMES[rank]
    return Decision(
        outcome=outcome,
        rule_ids=tuple(rule.id for rule in fired),
        redactions=tuple(findings[i] for i in sorted(redact)),
        rules_revision=ruleset.revision,
        detectors_revision=detectors_revision,
        reason=_reason(outcome, fired),
    )


def ceiling(ruleset: RuleSet, kinds: frozenset[str], ctx: DecisionContext) -> str:
    """The strongest action any rule could take on findings of these kinds in this context:
    tells whether a detector producing only those kinds may run after delivery."""
    rank, strongest = -1, "allow"
    for rule in ruleset.rules:
        if not rule.enabled or rule.finding is None or not rule.context_holds(ctx):
            continue
        if rule.finding.kinds is not None and not (rule.finding.kinds & kinds):
            continue
        if RANK[rule.action] > rank or (rule.action == "redact" and RANK[rule.action] == rank):
            rank, strongest = RANK[rule.action], rule.action
    return strongest


def _reason(outcome: str, fired: list[Rule]) -> str:
    if not fired:
        return "no rule fired"
    deciding = [rule.id for rule in fired if OUTCOMES[RANK[rule.action]] == outcome]
    return f"{outcome} by {', '.join(deciding)}"


def explain(ruleset: RuleSet, findings: Sequence[Finding], ctx: DecisionContext) -> list[Explanation]:
    """For each rule in file order: whether it fired on these findings and context, and why."""
    out = []
    for rule in ruleset.rules:
        fired, why = _explain_rule(rule, findings, ctx)
        out.append(Explanation(rule, fired, why))
    return out


def _explain_rule(rule: Rule, findings: Sequence[Finding], ctx: DecisionContext) -> tuple[bool, str]:
    if not rule.enabled:
        return False, "disabled"
    reason = rule.context_mismatch(ctx)
    if reason is not None:
        return False, f"context: {reason}"
    match = rule.finding
    if match is None:
        return True, "context only: fires on every answer in this context"
    if not findings:
        return False, "no findings"
    hits, misses = [], []
    for i, finding in enumerate(findings):
        reason = match.mismatch(finding)
        if reason is None:
            hits.append(f"#{i} {describe(finding)}")
        else:
            misses.append(f"#{i}: {reason}")
    if hits:
        return True, "matched " + "; ".join(hits)
    return False, "no finding matched: " + "; ".join(misses)


def describe(finding: Finding) -> str:
    """A short label for a finding: `kind/where confidence [detector]`."""
    return f"{finding.kind}/{finding.where} {finding.confidence:.2f} [{finding.detector}]"
