"""Rule unit tests as data: `rules/tests/*.yaml` -> TestCase values (a context, an answer or
findings, the expected decision), and answers read from test files or JSON answer files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.errors import ConfigError
from gateway.policy.loader import RuleErrors
from gateway.types import ACTIONS, KINDS, TIERS, WHERES, Answer, Choice, DecisionContext, Finding, ToolCall
from gateway.yamlsrc import Location, Source, load_document

CASE_KEYS = ("name", "context", "answer", "findings", "expect")
CONTEXT_KEYS = ("tier", "risk_tier", "workflow", "model")
FINDING_TEXT = ("detector", "evidence", "argument_path", "action", "principal", "target", "privilege")
FINDING_KEYS = ("kind", "where", "confidence", "choice", "span", "tool_call", "details") + FINDING_TEXT


@dataclass(frozen=True, slots=True)
class TestCase:
    """One named case; exactly one of `answer` (scanned by the engine) or `findings` is set."""

    __test__ = False  # not a pytest class

    name: str
    path: str
    line: int
    context: DecisionContext
    expect_decision: str
    expect_rules: tuple[str, ...] | None = None
    answer: Answer | None = None
    findings: tuple[Finding, ...] | None = None


def answer_from_data(data: Any) -> Answer:
    """An Answer from plain text, `{content, tool_calls: [{name, arguments}]}` or an OpenAI
    chat.completion (every choice). Raises ValueError for any other shape."""
    if isinstance(data, str):
        return Answer.of_text(data)
    if not isinstance(data, dict):
        raise ValueError("an answer is text, {content, tool_calls} or a chat.completion")
    if "choices" in data:
        choices = []
        for i, choice in enumerate(data["choices"] or []):
            message = choice.get("message") or choice.get("delta") or {}
            calls = [dict(call.get("function") or {}, id=call.get("id")) for call in
                     message.get("tool_calls") or []]
            choices.append(_choice(choice.get("index", i), message.get("content"), calls))
        return Answer(tuple(choices))
    unknown = set(data) - {"content", "tool_calls"}
    if unknown:
        raise ValueError(f"unknown answer key {sorted(unknown)[0]!r} (expected content, tool_calls)")
    return Answer((_choice(0, data.get("content"), data.get("tool_calls") or []),))


def _choice(index: int, content: Any, calls: Any) -> Choice:
    if content is not None and not isinstance(content, str):
        raise ValueError("answer content must be a string")
    if not isinstance(calls, list):
        raise ValueError("tool_calls must be a list")
    tool_calls = []
    for i, call in enumerate(calls):
        if not isinstance(call, dict) or not isinstance(call.get("name"), str):
            raise ValueError(f"tool call #{i} needs a name")
        arguments = call.get("arguments", "{}")
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments, default=str)  # YAML reads `2025-06-01T10:00:00` as a datetime
        tool_calls.append(ToolCall(str(call.get("id") or f"call_{i}"), call["name"], arguments))
    return Choice(index, content or "", tuple(tool_calls))


def load_answer(path: Path | str) -> Answer:
    """An answer file: JSON (chat.completion or {content, tool_calls}) or else plain text."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError:
        return Answer.of_text(text)
    try:
        return answer_from_data(data)
    except (ValueError, AttributeError, TypeError) as exc:
        raise ConfigError(str(path), None, "bad_answer", str(exc)) from exc


def load_cases(directory: Path | str) -> list[TestCase]:
    """Every case of the top-level `*.yaml` / `*.yml` files in `directory` (missing -> none);
    raises RuleErrors listing every problem as `path:line: code: message`."""
    root = Path(directory)
    if not root.is_dir():
        return []
    cases: list[TestCase] = []
    errors: list[ConfigError] = []
    for path in sorted(p for p in root.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml")):
        try:
            source = load_document(path)
        except ConfigError as exc:
            errors.append(exc)
            continue
        cases.extend(_Reader(source, errors).file())
    if errors:
        raise RuleErrors(errors)
    return cases


class _Reader:
    """Reads one test file, appending each problem to `errors`."""

    def __init__(self, source: Source, errors: list[ConfigError]) -> None:
        self.source, self.errors, self.failed = source, errors, False

    def fail(self, loc: Location, code: str, message: str) -> None:
        self.failed = True
        self.errors.append(self.source.error(loc, code, message))

    def file(self) -> list[TestCase]:
        data = self.source.data
        if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
            self.fail(("cases",), "missing_field", "a test file is a mapping with a `cases` list")
            return []
        for key in data:
            if key != "cases":
                self.fail((key,), "unknown_field", f"unknown key {key!r} (expected cases)")
        out, names = [], {}
        for index, item in enumerate(data["cases"]):
            self.failed = False
            case = self.case(item, ("cases", index))
            if case is None:
                continue
            if case.name in names:
                self.fail(("cases", index, "name"), "duplicate_name",
                          f"case {case.name!r} is already defined at line {names[case.name]}")
                continue
            names[case.name] = case.line
            out.append(case)
        return out

    def case(self, item: Any, loc: Location) -> TestCase | None:
        if not isinstance(item, dict):
            self.fail(loc, "bad_type", "a case is a mapping with name, context, answer or findings, expect")
            return None
        self.keys(item, loc, CASE_KEYS)
        name = item.get("name")
        if not isinstance(name, str) or not name:
            self.fail(loc + ("name",), "missing_field", "a case needs a `name`")
        if ("answer" in item) == ("findings" in item):
            self.fail(loc, "missing_field", "a case needs exactly one of `answer` or `findings`")
        context = self.context(item.get("context"), loc + ("context",))
        decision, rules = self.expect(item.get("expect"), loc + ("expect",))
        answer, findings = None, None
        if "answer" in item:
            try:
                answer = answer_from_data(item["answer"])
            except (ValueError, AttributeError, TypeError) as exc:
                self.fail(loc + ("answer",), "bad_answer", str(exc))
        elif "findings" in item:
            findings = self.findings(item["findings"], loc + ("findings",))
        if self.failed or context is None or decision is None:
            return None
        return TestCase(name, self.source.path, self.source.line(loc), context, decision, rules,
                        answer, findings)

    def keys(self, item: dict, loc: Location, allowed: tuple[str, ...]) -> None:
        for key in item:
            if key not in allowed:
                self.fail(loc + (key,), "unknown_field",
                          f"unknown key {key!r} (expected one of {', '.join(allowed)})")

    def context(self, data: Any, loc: Location) -> DecisionContext | None:
        if not isinstance(data, dict):
            self.fail(loc, "missing_field", "a case needs a `context` mapping with a `tier`")
            return None
        self.keys(data, loc, CONTEXT_KEYS)
        key = "tier" if "tier" in data else "risk_tier"
        tier = data.get(key)
        if tier not in TIERS:
            self.fail(loc + (key,), "unknown_tier" if tier is not None else "missing_field",
                      f"tier must be one of {', '.join(TIERS)}, got {tier!r}")
            return None
        return DecisionContext(tier, str(data.get("workflow", "test")), str(data.get("model", "test-model")))

    def expect(self, data: Any, loc: Location) -> tuple[str | None, tuple[str, ...] | None]:
        if not isinstance(data, dict) or "decision" not in data:
            self.fail(loc, "missing_field", "a case needs `expect: {decision: ...}`")
            return None, None
        self.keys(data, loc, ("decision", "rules"))
        decision = data["decision"]
        if decision not in ACTIONS:
            self.fail(loc + ("decision",), "unknown_action",
                      f"decision must be one of {', '.join(ACTIONS)}, got {decision!r}")
            return None, None
        rules = data.get("rules")
        if rules is None:
            return decision, None
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            self.fail(loc + ("rules",), "bad_type", "`rules` must be a list of rule ids")
            return None, None
        return decision, tuple(rules)

    def findings(self, data: Any, loc: Location) -> tuple[Finding, ...]:
        if not isinstance(data, list):
            self.fail(loc, "bad_type", "`findings` must be a list (use [] for none)")
            return ()
        return tuple(f for i, item in enumerate(data) if (f := self.finding(item, loc + (i,))))

    def finding(self, item: Any, loc: Location) -> Finding | None:
        if not isinstance(item, dict):
            self.fail(loc, "bad_type", "a finding is a mapping with at least `kind`")
            return None
        self.keys(item, loc, FINDING_KEYS)
        kind, where = item.get("kind"), item.get("where", "content")
        if kind not in KINDS:
            self.fail(loc + ("kind",), "unknown_kind",
                      f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if where not in WHERES:
            self.fail(loc + ("where",), "unknown_where", f"where must be one of {', '.join(WHERES)}")
        confidence = item.get("confidence", 1.0)
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
            self.fail(loc + ("confidence",), "bad_type", "`confidence` must be a number from 0 to 1")
        span = item.get("span")
        if span is not None and not (isinstance(span, list) and len(span) == 2
                                     and all(isinstance(n, int) for n in span)):
            self.fail(loc + ("span",), "bad_type", "`span` must be [start, end]")
        details = item.get("details", {})
        if not isinstance(details, dict):
            self.fail(loc + ("details",), "bad_type", "`details` must be a mapping")
        if self.failed:
            return None
        text = {key: str(item[key]) for key in FINDING_TEXT if item.get(key) is not None}
        text.setdefault("detector", "test")
        text.setdefault("evidence", "")
        return Finding(kind=kind, where=where, confidence=float(confidence),
                       choice=int(item.get("choice", 0)), span=tuple(span) if span else None,
                       tool_call=item.get("tool_call"),
                       details={str(k): str(v) for k, v in details.items()}, **text)
