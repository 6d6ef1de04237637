"""Hot reload on a fake clock: edits are picked up after the interval, a broken edit keeps the
old rules and is logged once, and each decision uses one rule set."""

from __future__ import annotations

import logging
import os

import pytest

from gateway.errors import ConfigError
from gateway.policy import Policy
from gateway.types import DecisionContext, Finding

CTX = DecisionContext("medium", "helpdesk", "gpt-4o")
PII = [Finding(kind="pii", where="content", detector="t", confidence=0.9, evidence="")]
FLAG = "rules:\n  - {id: pii, description: d, when: {kind: pii}, action: flag}\n"
HOLD = "rules:\n  - {id: pii-held, description: d, when: {kind: pii}, action: quarantine}\n"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write(path, text, mtime):
    path.write_text(text)
    os.utime(path, ns=(mtime, mtime))  # explicit mtimes: no sleeping, no same-tick flakiness


@pytest.fixture
def setup(tmp_path):
    clock = FakeClock()
    write(tmp_path / "r.yaml", FLAG, 1_000_000_000)
    return tmp_path, clock, Policy(tmp_path, interval=5, clock=clock)


def test_change_is_picked_up_after_the_interval(setup):
    directory, clock, policy = setup
    first = policy.revision
    assert policy.decide(PII, CTX).outcome == "flag"
    write(directory / "r.yaml", HOLD, 2_000_000_000)
    clock.now += 4.9
    assert policy.maybe_reload() is False
    assert policy.decide(PII, CTX).outcome == "flag"
    clock.now += 0.2
    decision = policy.decide(PII, CTX, "det")  # decide checks first (auto_reload)
    assert decision.outcome == "quarantine" and decision.rule_ids == ("pii-held",)
    assert decision.rules_revision == policy.revision != first


def test_unchanged_files_are_not_reloaded(setup):
    _, clock, policy = setup
    ruleset = policy.ruleset
    clock.now += 60
    assert policy.maybe_reload() is False
    assert policy.ruleset is ruleset


def test_new_and_removed_files_count_as_changes(setup):
    directory, clock, policy = setup
    write(directory / "more.yml", HOLD, 1_000_000_000)
    clock.now += 10
    assert policy.maybe_reload() is True
    assert [r.id for r in policy.ruleset.rules] == ["pii-held", "pii"]
    (directory / "more.yml").unlink()
    clock.now += 10
    assert policy.maybe_reload() is True
    assert [r.id for r in policy.ruleset.rules] == ["pii"]


def test_bad_change_keeps_old_rules_and_logs_once(setup, caplog):
    directory, clock, policy = setup
    old = policy.ruleset
    write(directory / "r.yaml", "rules:\n  - {id: x, description: d, when: {kind: nope}, action: flag}\n",
          3_000_000_000)
    clock.now += 10
    with caplog.at_level(logging.WARNING, logger="gateway.policy"):
        assert policy.maybe_reload() is False
        clock.now += 10
        assert policy.maybe_reload() is False
    assert policy.ruleset is old
    assert policy.decide(PII, CTX).outcome == "flag"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "r.yaml:2: unknown_kind" in warnings[0].getMessage()
    write(directory / "r.yaml", HOLD, 4_000_000_000)  # fixed: the next check loads it
    clock.now += 10
    assert policy.maybe_reload() is True and policy.decide(PII, CTX).outcome == "quarantine"


def test_explicit_reload_ignores_the_clock(setup):
    directory, _, policy = setup
    write(directory / "r.yaml", HOLD, 5_000_000_000)
    assert policy.reload() is True
    assert policy.decide(PII, CTX).outcome == "quarantine"


def test_auto_reload_off_only_reloads_on_request(tmp_path):
    clock = FakeClock()
    write(tmp_path / "r.yaml", FLAG, 1_000_000_000)
    policy = Policy(tmp_path, interval=1, clock=clock, auto_reload=False)
    write(tmp_path / "r.yaml", HOLD, 2_000_000_000)
    clock.now += 5
    assert policy.decide(PII, CTX).outcome == "flag"
    assert policy.maybe_reload() is True and policy.decide(PII, CTX).outcome == "quarantine"


def test_bad_rules_at_start_up_raise(tmp_path):
    (tmp_path / "r.yaml").write_text("rules: [\n")
    with pytest.raises(ConfigError):
        Policy(tmp_path, clock=FakeClock())
