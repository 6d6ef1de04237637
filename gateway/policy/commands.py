"""`gateway rules check | test | explain`: the rule commands as plain functions that print and
return an exit code (gateway/cli.py parses arguments and calls them).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from gateway.errors import ConfigError
from gateway.policy.cases import load_answer, load_cases
from gateway.policy.evaluate import decide, describe
from gateway.policy.evaluate import explain as explain_rules
from gateway.policy.loader import RuleErrors, load_rules
from gateway.policy.testing import build_scanner, exit_code, report_json, report_text, run_cases
from gateway.types import DecisionContext, Finding

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def _errors(exc: ConfigError) -> list[str]:
    return [str(e) for e in exc.errors] if isinstance(exc, RuleErrors) else [str(exc)]


def check(directory: Path | str, out: TextIO | None = None) -> int:
    """Validate every rule file. Prints `ok: N rules, revision R` and returns 0, or prints each
    `path:line: code: message` and returns 1."""
    out = out or sys.stdout
    try:
        ruleset = load_rules(directory)
    except ConfigError as exc:
        for line in _errors(exc):
            print(line, file=out)
        return EXIT_FAILED
    print(f"ok: {len(ruleset.rules)} rules, revision {ruleset.revision}", file=out)
    return EXIT_OK


def test(directory: Path | str, fmt: str = "text", out: TextIO | None = None) -> int:
    """Run the rule unit tests in `<directory>/tests/*.yaml` against the rules in `directory`.
    Returns 0 if all pass, 1 on any failure or when there are no cases, 2 when the rules or the
    test files do not load (errors printed as `path:line: code: message`)."""
    out = out or sys.stdout
    try:
        ruleset = load_rules(directory)
        cases = load_cases(Path(directory) / "tests")
    except ConfigError as exc:
        errors = _errors(exc)
        print(report_json([], errors) if fmt == "json" else "\n".join(errors), file=out)
        return EXIT_ERROR
    results = run_cases(ruleset, cases)
    print(report_json(results) if fmt == "json" else report_text(results), file=out)
    return exit_code(results)


def explain(rules_dir: Path | str, context: DecisionContext, answer_file: Path | str,
            out: TextIO | None = None) -> int:
    """Scan an answer file (chat.completion JSON, {content, tool_calls} JSON or plain text) with
    the inspection engine, print each finding, then each rule with whether it fired and why,
    then the decision. Returns 0, or 2 when the rules or the answer do not load."""
    out = out or sys.stdout
    try:
        ruleset = load_rules(rules_dir)
        answer = load_answer(answer_file)
    except ConfigError as exc:
        print("\n".join(_errors(exc)), file=out)
        return EXIT_ERROR
    except OSError as exc:
        print(f"{answer_file}:0: unreadable: {exc.strerror or exc}", file=out)
        return EXIT_ERROR
    try:
        engine = build_scanner()
    except (ImportError, OSError) as exc:
        print(f"inspection engine unavailable: {type(exc).__name__}: {exc}", file=out)
        return EXIT_ERROR
    findings = engine.scan(answer)
    print(f"context: tier {context.risk_tier}, workflow {context.workflow}, model {context.model}", file=out)
    print(f"findings ({len(findings)}), detectors revision {engine.revision}:", file=out)
    for i, finding in enumerate(findings):
        print(f"  #{i} {describe(finding)} {_location(finding)} {_evidence(finding)}", file=out)
    print(f"rules ({len(ruleset.rules)}), revision {ruleset.revision}:", file=out)
    for rule, fired, why in explain_rules(ruleset, findings, context):
        print(f"  {'FIRED' if fired else '-    '} {rule.id} ({rule.action}): {why}", file=out)
    decision = decide(ruleset, findings, context, engine.revision)
    print(f"decision: {decision.header} ({decision.reason}); "
          f"{len(decision.redactions)} redaction(s)", file=out)
    return EXIT_OK


def _location(finding: Finding) -> str:
    if finding.where == "tool_call":
        return f"choice {finding.choice} tool_call {finding.tool_call} {finding.argument_path or ''}".rstrip()
    if finding.span is not None:
        return f"choice {finding.choice} chars {finding.span[0]}-{finding.span[1]}"
    return f"choice {finding.choice}"


def _evidence(finding: Finding) -> str:
    """Evidence to show on a terminal: a credential is masked after its first four characters."""
    evidence = finding.evidence.replace("\n", " ")
    if finding.kind == "credential":
        return repr(evidence[:4] + "…" if len(evidence) > 4 else "…")
    return repr(evidence if len(evidence) <= 80 else evidence[:77] + "...")
