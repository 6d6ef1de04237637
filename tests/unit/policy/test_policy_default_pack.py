"""The shipped rule pack: it passes `rules check`, covers every rule in every tier, and its
findings-form cases pass (the answer-form cases also need the detectors: see tests/e2e)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gateway.policy import commands, load_rules
from gateway.policy.cases import load_cases
from gateway.policy.testing import run_case
from gateway.types import TIERS

RULES = Path(__file__).resolve().parents[3] / "rules"


def test_pack_passes_check():
    out = io.StringIO()
    assert commands.check(RULES, out=out) == 0, out.getvalue()
    assert out.getvalue().startswith("ok: ")


def test_every_rule_has_a_description_citing_the_guidance():
    for rule in load_rules(RULES).rules:
        assert "GUIDANCE" in rule.description, rule.id


CASES = [case for case in load_cases(RULES / "tests") if case.findings is not None]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_findings_cases_pass(case):
    result = run_case(load_rules(RULES), case)
    assert result.passed, result.line()


def test_cases_cover_every_rule_and_tier():
    ruleset = load_rules(RULES)
    cases = load_cases(RULES / "tests")
    assert len(cases) >= 20
    assert {case.context.risk_tier for case in CASES} == set(TIERS)
    fired = {rule for case in CASES for rule in run_case(ruleset, case).rules}
    assert fired == {rule.id for rule in ruleset.rules}
    assert any(case.answer is not None for case in cases)
    assert any(case.expect_decision == "allow" for case in CASES)


@pytest.mark.parametrize("rule_id, tiers", [
    ("hold-identity-tool-call", TIERS),
    ("flag-pii", TIERS),
    ("redact-credential", TIERS),
    ("hold-identity-prose-medium-high", ("medium", "high")),
    ("flag-identity-prose-low", ("low",)),
    ("hold-credential-high", ("high",)),
])
def test_rule_fires_in_its_tiers(rule_id, tiers):
    ruleset = load_rules(RULES)
    fired_in = {case.context.risk_tier for case in CASES
                if rule_id in run_case(ruleset, case).rules}
    assert fired_in == set(tiers)
