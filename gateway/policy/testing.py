"""The rule test runner (like `opa test`): run TestCases against a RuleSet, compare the decision
header and the rules that fired, and report PASS/FAIL lines or JSON.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from gateway.policy.cases import TestCase
from gateway.policy.evaluate import decide
from gateway.policy.model import RuleSet
from gateway.types import Answer, Finding


class Scanner(Protocol):
    """What the runner needs of the inspection engine."""

    revision: str

    def scan(self, answer: Answer, cost: Any = None) -> list[Finding]: ...


@dataclass(frozen=True, slots=True)
class CaseResult:
    name: str
    file: str
    passed: bool
    expected: str
    got: str
    rules: tuple[str, ...]
    error: str = ""

    @property
    def status(self) -> str:
        return "PASS" if self.passed else "FAIL"

    def line(self) -> str:
        if self.passed:
            return f"PASS {self.name}"
        if self.error:
            return f"FAIL {self.name}: {self.error}"
        rules = ", ".join(self.rules) or "-"
        return f"FAIL {self.name}: expected {self.expected} got {self.got} (rules {rules})"

    def to_json(self) -> dict:
        out = {"name": self.name, "file": self.file, "status": self.status, "expected": self.expected,
               "got": self.got, "rules": list(self.rules)}
        if self.error:
            out["error"] = self.error
        return out


def build_scanner() -> Scanner:
    """The inspection engine with its default detectors (imported late: it is heavy)."""
    from gateway.inspection.engine import build_engine

    return build_engine()


def run_case(ruleset: RuleSet, case: TestCase, scanner: Scanner | None = None) -> CaseResult:
    """Decide one case; an answer-form case is scanned by `scanner` first."""
    expected = case.expect_decision
    if case.expect_rules is not None:
        expected += f" with rules [{', '.join(case.expect_rules)}]"
    if case.findings is not None:
        findings: Sequence[Finding] = case.findings
        detectors_revision = ""
    elif scanner is None:
        return CaseResult(case.name, case.path, False, expected, "", (),
                          error="answer cases need the inspection engine, which is unavailable")
    else:
        findings = scanner.scan(case.answer) if case.answer is not None else []
        detectors_revision = scanner.revision
    decision = decide(ruleset, findings, case.context, detectors_revision)
    passed = decision.header == case.expect_decision and (
        case.expect_rules is None or set(case.expect_rules) == set(decision.rule_ids))
    return CaseResult(case.name, case.path, passed, expected, decision.header, decision.rule_ids)


def run_cases(ruleset: RuleSet, cases: Sequence[TestCase],
              scanner: Scanner | None = None) -> list[CaseResult]:
    """Run every case; the engine is built only when some case has an `answer` and none is given."""
    if scanner is None and any(case.answer is not None for case in cases):
        try:
            scanner = build_scanner()
        except Exception as exc:  # any engine failure fails the answer cases, with its reason
            error = f"inspection engine unavailable: {type(exc).__name__}: {exc}"
            return [CaseResult(c.name, c.path, False, c.expect_decision, "", (), error=error)
                    if c.answer is not None else run_case(ruleset, c) for c in cases]
    return [run_case(ruleset, case, scanner) for case in cases]


def summary(results: Sequence[CaseResult]) -> str:
    passed = sum(r.passed for r in results)
    return f"{passed} passed, {len(results) - passed} failed"


def report_text(results: Sequence[CaseResult]) -> str:
    """One PASS/FAIL line per case, then `N passed, M failed` (and a note when there were none)."""
    lines = [result.line() for result in results]
    if not results:
        lines.append("no test cases found")
    lines.append(summary(results))
    return "\n".join(lines)


def report_json(results: Sequence[CaseResult], errors: Sequence[str] = ()) -> str:
    passed = sum(r.passed for r in results)
    body: dict[str, Any] = {"cases": [r.to_json() for r in results], "passed": passed,
                            "failed": len(results) - passed}
    if errors:
        body["errors"] = list(errors)
    return json.dumps(body, indent=2)


def exit_code(results: Sequence[CaseResult]) -> int:
    """0 when every case passed; 1 on any failure or when there were no cases at all."""
    return 0 if results and all(r.passed for r in results) else 1
