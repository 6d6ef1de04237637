"""`rules check`, `rules test` and `rules explain`: output, exit codes, JSON, bad test files."""

from __future__ import annotations

import io
import json
import textwrap

import pytest

from gateway.policy import commands, testing
from gateway.policy.cases import answer_from_data, load_answer
from gateway.types import DecisionContext, Finding

RULES = """\
rules:
  - {id: hold-tool, description: d, when: {kind: access_change, where: tool_call}, action: quarantine}
  - {id: redact-cred, description: d, when: {kind: credential}, action: redact}
  - {id: flag-pii, description: d, when: {kind: pii}, action: flag}
"""
PASSING = """\
cases:
  - name: nothing
    context: {tier: low, workflow: w, model: m}
    findings: []
    expect: {decision: allow, rules: []}
  - name: held
    context: {risk_tier: high}
    findings: [{kind: access_change, where: tool_call, confidence: 0.9}]
    expect: {decision: quarantine, rules: [hold-tool]}
  - name: masked
    context: {tier: medium}
    findings: [{kind: credential, span: [0, 5]}]
    expect: {decision: redact}
"""
FAILING = """\
cases:
  - name: wrong decision
    context: {tier: low}
    findings: [{kind: pii}]
    expect: {decision: quarantine}
  - name: wrong rules
    context: {tier: low}
    findings: [{kind: pii}]
    expect: {decision: flag, rules: [flag-pii, hold-tool]}
"""


class FakeScanner:
    revision = "fake-1"

    def scan(self, answer, cost=None):
        text = answer.choices[0].content
        return [Finding(kind="credential", where="content", detector="fake", confidence=1.0,
                        evidence=text, span=(0, len(text)))] if "AKIA" in text else []


def rules_dir(tmp_path, *tests: str):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "rules.yaml").write_text(RULES)
    (tmp_path / "tests").mkdir()
    for i, text in enumerate(tests):
        (tmp_path / "tests" / f"t{i}.yaml").write_text(textwrap.dedent(text))
    return tmp_path


def run(func, *args, **kwargs) -> tuple[int, str]:
    out = io.StringIO()
    code = func(*args, out=out, **kwargs)
    return code, out.getvalue().replace(f"{args[0]}/", "")


def test_check_ok_and_errors(tmp_path):
    code, text = run(commands.check, rules_dir(tmp_path))
    assert code == 0 and text.startswith("ok: 3 rules, revision ") and len(text.split()[-1]) == 64
    (tmp_path / "bad.yaml").write_text("rules:\n  - {id: x, description: d, when: {tier: top}, action: nope}\n")
    code, text = run(commands.check, tmp_path)
    assert code == 1
    assert text.splitlines() == ["bad.yaml:2: unknown_action: unknown action 'nope' (expected one of allow, "
                                 "flag, redact, quarantine, block)",
                                 "bad.yaml:2: unknown_tier: unknown tier 'top' (expected one of low, medium, high)"]


def test_all_pass(tmp_path):
    code, text = run(commands.test, rules_dir(tmp_path, PASSING))
    assert code == 0
    assert text.splitlines() == ["PASS nothing", "PASS held", "PASS masked", "3 passed, 0 failed"]


def test_failures_exit_non_zero_and_say_what_differed(tmp_path):
    code, text = run(commands.test, rules_dir(tmp_path, PASSING, FAILING))
    assert code == 1
    lines = text.splitlines()
    assert lines[3] == "FAIL wrong decision: expected quarantine got flag (rules flag-pii)"
    assert lines[4] == ("FAIL wrong rules: expected flag with rules [flag-pii, hold-tool] got flag "
                        "(rules flag-pii)")
    assert lines[-1] == "3 passed, 2 failed"


def test_zero_tests_fail(tmp_path):
    code, text = run(commands.test, rules_dir(tmp_path))
    assert code == 1 and text.splitlines() == ["no test cases found", "0 passed, 0 failed"]
    code, _ = run(commands.test, rules_dir(tmp_path / "x", "cases: []\n"))
    assert code == 1


def test_json_format(tmp_path):
    code, text = run(commands.test, rules_dir(tmp_path, FAILING), fmt="json")
    body = json.loads(text)
    assert code == 1 and (body["passed"], body["failed"]) == (0, 2)
    assert body["cases"][0] == {"name": "wrong decision", "file": "tests/t0.yaml",
                                "status": "FAIL", "expected": "quarantine", "got": "flag",
                                "rules": ["flag-pii"]}


@pytest.mark.parametrize("text, expected", [
    ("cases: [\n", "t0.yaml:2: bad_yaml"),
    ("tests: []\n", "t0.yaml:1: missing_field"),
    ("cases:\n  - name: a\n    context: {tier: low}\n    findings: []\n    expect: {decision: allow}\n"
     "    extra: 1\n", "t0.yaml:6: unknown_field"),
    ("cases:\n  - name: a\n    context: {tier: urgent}\n    findings: []\n    expect: {decision: allow}\n",
     "t0.yaml:3: unknown_tier"),
    ("cases:\n  - name: a\n    context: {workflow: w}\n    findings: []\n    expect: {decision: allow}\n",
     "t0.yaml:3: missing_field"),
    ("cases:\n  - name: a\n    context: {tier: low}\n    findings: []\n    expect: {decision: maybe}\n",
     "t0.yaml:5: unknown_action"),
    ("cases:\n  - name: a\n    context: {tier: low}\n    expect: {decision: allow}\n", "t0.yaml:2: missing_field"),
    ("cases:\n  - name: a\n    context: {tier: low}\n    findings:\n      - {kind: secret}\n"
     "    expect: {decision: allow}\n", "t0.yaml:5: unknown_kind"),
    ("cases:\n  - name: a\n    context: {tier: low}\n    findings:\n      - {kind: pii, where: body}\n"
     "    expect: {decision: allow}\n", "t0.yaml:5: unknown_where"),
    ("cases:\n  - name: a\n    context: {tier: low}\n    answer: {content: x, colour: red}\n"
     "    expect: {decision: allow}\n", "t0.yaml:4: bad_answer"),
    ("cases:\n  - {name: a, context: {tier: low}, findings: [], expect: {decision: allow}}\n"
     "  - {name: a, context: {tier: low}, findings: [], expect: {decision: allow}}\n", "t0.yaml:3: duplicate_name"),
])
def test_bad_test_files_report_path_line_code(tmp_path, text, expected):
    code, out = run(commands.test, rules_dir(tmp_path, text))
    assert code == 2
    assert out.replace("tests/", "").startswith(expected + ": "), out


def test_bad_rules_stop_the_test_run(tmp_path):
    directory = rules_dir(tmp_path, PASSING)
    (directory / "rules.yaml").write_text("rules: 3\n")
    code, out = run(commands.test, directory, fmt="json")
    assert code == 2 and json.loads(out)["errors"] == ["rules.yaml:1: bad_type: "
                                                        "`rules` must be a list of rules"]


ANSWERS = """\
cases:
  - name: key in prose
    context: {tier: low}
    answer: {content: "key AKIA4HKQ7PZR2XWLM3TD"}
    expect: {decision: redact, rules: [redact-credential]}
  - name: benign
    context: {tier: low}
    answer: "all good"
    expect: {decision: allow}
"""


def test_answer_cases_use_the_scanner(tmp_path, monkeypatch):
    monkeypatch.setattr(testing, "build_scanner", FakeScanner)
    code, text = run(commands.test, rules_dir(tmp_path, ANSWERS.replace("redact-credential", "redact-cred")))
    assert code == 0, text


def test_answer_cases_fail_clearly_without_an_engine(tmp_path, monkeypatch):
    def broken():
        raise ImportError("no engine yet")

    monkeypatch.setattr(testing, "build_scanner", broken)
    code, text = run(commands.test, rules_dir(tmp_path, PASSING, ANSWERS))
    assert code == 1
    assert "FAIL benign: inspection engine unavailable: ImportError: no engine yet" in text
    assert text.splitlines()[-1] == "3 passed, 2 failed"


def test_answers_from_every_shape(tmp_path):
    completion = {"object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "run_shell", "arguments": "{\"command\": \"id\"}"}}]}},
        {"index": 1, "message": {"role": "assistant", "content": "second"}}]}
    answer = answer_from_data(completion)
    assert [c.content for c in answer.choices] == ["", "second"]
    assert answer.choices[0].tool_calls[0].name == "run_shell"
    assert answer.choices[0].tool_calls[0].arguments == '{"command": "id"}'
    short = answer_from_data({"tool_calls": [{"name": "grant", "arguments": {"user": "bob"}}]})
    assert short.choices[0].tool_calls[0].arguments == '{"user": "bob"}'
    (tmp_path / "a.txt").write_text("plain words")
    assert load_answer(tmp_path / "a.txt").choices[0].content == "plain words"
    (tmp_path / "a.json").write_text(json.dumps(completion))
    assert len(load_answer(tmp_path / "a.json").choices) == 2


def test_explain_prints_findings_rules_and_decision(tmp_path, monkeypatch):
    monkeypatch.setattr(commands, "build_scanner", FakeScanner)
    directory = rules_dir(tmp_path)
    (tmp_path / "answer.json").write_text(json.dumps({"content": "key AKIA4HKQ7PZR2XWLM3TD"}))
    ctx = DecisionContext("high", "offboarding", "gpt-4o")
    code, text = run(commands.explain, directory, ctx, tmp_path / "answer.json")
    assert code == 0
    assert "AKIA4HKQ7PZR" not in text  # the credential is masked on the terminal
    assert "  #0 credential/content 1.00 [fake] choice 0 chars 0-24 'key …'" in text
    assert "  FIRED redact-cred (redact): matched #0 credential/content 1.00 [fake]" in text
    assert "  -     flag-pii (flag): no finding matched: #0: needs kind in ['pii'], got 'credential'" in text
    assert text.splitlines()[-1] == "decision: redact (flag by redact-cred); 1 redaction(s)"


def test_explain_bad_answer_file(tmp_path, monkeypatch):
    monkeypatch.setattr(commands, "build_scanner", FakeScanner)
    ctx = DecisionContext("low", "w", "m")
    code, text = run(commands.explain, rules_dir(tmp_path), ctx, tmp_path / "missing.json")
    assert code == 2 and "missing.json:0: unreadable" in text


def test_explain_without_an_engine(tmp_path, monkeypatch):
    def broken():
        raise ImportError("no engine yet")

    monkeypatch.setattr(commands, "build_scanner", broken)
    (tmp_path / "a.txt").write_text("hello")
    code, text = run(commands.explain, rules_dir(tmp_path), DecisionContext("low", "w", "m"), tmp_path / "a.txt")
    assert code == 2 and text == "inspection engine unavailable: ImportError: no engine yet\n"


def test_a_yaml_timestamp_in_tool_arguments_reads_as_its_text() -> None:
    import datetime

    when = datetime.datetime(2025, 6, 1, 10)
    answer = answer_from_data({"tool_calls": [{"name": "okta_deactivate_user",
                                               "arguments": {"user": "jdoe", "when": when}}]})
    assert json.loads(answer.choices[0].tool_calls[0].arguments)["when"] == "2025-06-01 10:00:00"
