"""The decide step: precedence, redactions, context-only rules, every condition, explain."""

from __future__ import annotations

import textwrap

import pytest

from gateway.policy import decide, explain, load_rules
from gateway.types import DecisionContext, Finding

LOW = DecisionContext("low", "ticket-summary", "gpt-4o-mini")
HIGH = DecisionContext("high", "offboarding", "gpt-4o")

RULES = """\
rules:
  - id: flag-pii
    description: d
    when: {kind: pii}
    action: flag
  - id: redact-cred
    description: d
    when: {kind: credential, where: [content, tool_call]}
    action: redact
  - id: hold-tool
    description: d
    when: {kind: [access_change, lifecycle], where: tool_call}
    action: quarantine
  - id: block-admin-high
    description: d
    when: {kind: access_change, privilege: admin, tier: high}
    action: block
  - id: allow-reads
    description: d
    when: {action: read}
    action: allow
"""


def finding(kind: str, where: str = "content", confidence: float = 0.9, **extra) -> Finding:
    return Finding(kind=kind, where=where, detector="test", confidence=confidence, evidence="", **extra)


@pytest.fixture
def ruleset(tmp_path):
    (tmp_path / "r.yaml").write_text(RULES)
    return load_rules(tmp_path)


def rules_from(tmp_path, text):
    (tmp_path / "r.yaml").write_text(textwrap.dedent(text))
    return load_rules(tmp_path)


def test_no_findings_allows(ruleset):
    decision = decide(ruleset, [], LOW, "det-1")
    assert (decision.outcome, decision.rule_ids, decision.header) == ("allow", (), "allow")
    assert decision.rules_revision == ruleset.revision and decision.detectors_revision == "det-1"
    assert decision.reason == "no rule fired"


def test_precedence_block_over_quarantine_over_flag(ruleset):
    findings = [finding("pii"), finding("access_change", "tool_call", privilege="admin")]
    decision = decide(ruleset, findings, HIGH, "d")
    assert decision.outcome == "block"
    assert decision.rule_ids == ("flag-pii", "hold-tool", "block-admin-high")
    assert decision.reason == "block by block-admin-high"
    assert decide(ruleset, findings, LOW, "d").outcome == "quarantine"
    assert decide(ruleset, findings[:1], LOW, "d").outcome == "flag"


def test_allow_rule_fires_but_never_weakens(ruleset):
    decision = decide(ruleset, [finding("pii", action="read")], LOW, "d")
    assert decision.outcome == "flag" and decision.rule_ids == ("flag-pii", "allow-reads")
    decision = decide(ruleset, [finding("attestation", action="read")], LOW, "d")
    assert decision.outcome == "allow" and decision.rule_ids == ("allow-reads",)


def test_redact_alone_is_flag_with_redactions(ruleset):
    secret = finding("credential", span=(3, 9))
    decision = decide(ruleset, [finding("pii"), secret], LOW, "d")
    assert decision.outcome == "flag" and decision.header == "redact"
    assert decision.redactions == (secret,)


def test_redactions_survive_a_hold_and_keep_finding_order(ruleset):
    first = finding("credential", "tool_call", span=(1, 5), tool_call=0)
    second = finding("credential", span=(10, 20))
    held = finding("lifecycle", "tool_call", tool_call=0)
    decision = decide(ruleset, [first, held, second], LOW, "d")
    assert decision.outcome == "quarantine" and decision.header == "quarantine"
    assert decision.redactions == (first, second)


def test_redact_without_span_masks_nothing(ruleset):
    decision = decide(ruleset, [finding("credential")], LOW, "d")
    assert decision.rule_ids == ("redact-cred",) and decision.redactions == ()
    assert decision.header == "flag"


def test_prompt_credential_is_not_redacted_by_content_rule(ruleset):
    decision = decide(ruleset, [finding("credential", "prompt", span=(0, 4))], LOW, "d")
    assert decision.outcome == "allow" and decision.redactions == ()


def test_min_confidence_default_and_override(tmp_path):
    ruleset = rules_from(tmp_path, """\
        rules:
          - {id: default, description: d, when: {kind: pii}, action: flag}
          - {id: strict, description: d, when: {kind: pii, min_confidence: 0.8}, action: quarantine}
          - {id: loose, description: d, when: {kind: pii, min_confidence: 0}, action: flag}
        """)
    assert decide(ruleset, [finding("pii", confidence=0.4)], LOW, "d").rule_ids == ("loose",)
    assert decide(ruleset, [finding("pii", confidence=0.5)], LOW, "d").rule_ids == ("default", "loose")
    assert decide(ruleset, [finding("pii", confidence=0.8)], LOW, "d").outcome == "quarantine"


def test_detail_conditions(tmp_path):
    ruleset = rules_from(tmp_path, """\
        rules:
          - id: admin-grant-to-root
            description: d
            when:
              action: [grant, modify]
              privilege: admin
              principal: [root, bob]
              detector: [cloud-iam]
              target: '^arn:aws:iam::\\d+:role/'
              details: {provider: aws, port: [22, 443]}
            action: block
          - {id: listed-target, description: d, when: {target: [wheel, sudo]}, action: flag}
        """)
    good = Finding(
        kind="access_change", where="tool_call", detector="cloud-iam", confidence=0.9, evidence="",
        action="grant", privilege="admin", principal="bob", target="arn:aws:iam::123:role/admin",
        details={"provider": "aws", "port": "22"})
    assert decide(ruleset, [good], LOW, "d").outcome == "block"
    for change in ({"action": "read"}, {"privilege": "standard"}, {"principal": "eve"},
                   {"detector": "prose"}, {"target": "arn:aws:s3:::bucket"}, {"target": None},
                   {"details": {"provider": "gcp", "port": "22"}}, {"details": {"provider": "aws"}}):
        fields = {name: getattr(good, name) for name in good.__slots__} | change
        assert decide(ruleset, [Finding(**fields)], LOW, "d").outcome == "allow", change
    assert decide(ruleset, [finding("access_change", target="wheel")], LOW, "d").rule_ids == ("listed-target",)
    assert decide(ruleset, [finding("access_change", target="wheels")], LOW, "d").rule_ids == ()


def test_context_only_rule_fires_on_every_answer_in_its_context(tmp_path):
    ruleset = rules_from(tmp_path, """\
        rules:
          - id: no-mini-for-offboarding
            description: d
            when: {workflow: [offboarding], model: gpt-4o-mini}
            action: block
          - {id: flag-everything-high, description: d, when: {tier: high}, action: flag}
          - {id: always, description: d, when: {}, action: allow}
        """)
    banned = DecisionContext("medium", "offboarding", "gpt-4o-mini")
    decision = decide(ruleset, [], banned, "d")
    assert decision.outcome == "block"
    assert decision.rule_ids == ("no-mini-for-offboarding", "always")
    assert decide(ruleset, [finding("pii")], HIGH, "d").rule_ids == ("flag-everything-high", "always")
    assert decide(ruleset, [], LOW, "d").rule_ids == ("always",)


def test_context_conditions_gate_finding_rules(ruleset):
    admin = finding("access_change", privilege="admin")
    assert decide(ruleset, [admin], HIGH, "d").outcome == "block"
    assert decide(ruleset, [admin], LOW, "d").outcome == "allow"


def test_disabled_rule_never_fires(tmp_path):
    ruleset = rules_from(tmp_path, """\
        rules:
          - {id: switched-off, description: d, when: {}, action: block, enabled: false}
        """)
    assert decide(ruleset, [], LOW, "d").outcome == "allow"
    assert explain(ruleset, [], LOW)[0].why == "disabled"


def test_explain_says_why(ruleset):
    findings = [finding("pii"), finding("access_change", "tool_call", privilege="admin")]
    rows = {row.rule.id: row for row in explain(ruleset, findings, LOW)}
    assert rows["flag-pii"].fired and rows["flag-pii"].why.startswith("matched #0 pii/content 0.90")
    assert rows["hold-tool"].fired and "#1 access_change/tool_call" in rows["hold-tool"].why
    assert not rows["block-admin-high"].fired
    assert rows["block-admin-high"].why == "context: needs tier in ['high'], got 'low'"
    assert not rows["redact-cred"].fired
    assert rows["redact-cred"].why == ("no finding matched: #0: needs kind in ['credential'], got 'pii'; "
                                      "#1: needs kind in ['credential'], got 'access_change'")
    assert explain(ruleset, [], LOW)[0].why == "no findings"
    low = explain(ruleset, [finding("pii", confidence=0.2)], LOW)[0]
    assert low.why == "no finding matched: #0: needs confidence >= 0.5, got 0.2"
    fired = {row.rule.id for row in explain(ruleset, findings, HIGH) if row.fired}
    assert fired == set(decide(ruleset, findings, HIGH, "d").rule_ids)
