"""The held answer as the reviewer reads it: every choice's content (finding spans marked) and every
tool call with its name and pretty-printed arguments, the findings, and the prompt. All model and
agent text is escaped: it is shown as text, never interpreted as markup."""

from __future__ import annotations

import json

from gateway.completion import MASK, redact
from gateway.console.html import Html, esc, join, tag
from gateway.console.present import location
from gateway.review.release import finding_of


def pretty(arguments: object) -> tuple[str, bool]:
    """Tool arguments indented for reading, and whether they were valid JSON."""
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except ValueError:
            return arguments, False
    return json.dumps(arguments, indent=2, ensure_ascii=False, sort_keys=False), True


def marked(text: str, spans: list[tuple[int, int, str | None]]) -> Html:
    """`text` escaped, with the finding spans wrapped in <mark>; a secret's span shows only its
    type (reviewers judge that a credential is there, they need not read it)."""
    out, at = [], 0
    for start, end, secret in sorted(spans):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        shown = MASK.format(secret) if secret else text[start:end]
        out += [esc(text[at:start]), tag("mark", shown)]
        at = end
    out.append(esc(text[at:]))
    return join(out)


def _spans(findings: list[dict], choice: int) -> list[tuple[int, int, str | None]]:
    return [(*f["span"], (f.get("details") or {}).get("type", "credential") if f.get("kind") == "credential" else None)
            for f in findings if f.get("where") == "content" and f.get("span") and f.get("choice", 0) == choice]


def _tool_call(index: int, call: dict) -> Html:
    function = call.get("function") or {}
    text, valid = pretty(function.get("arguments"))
    note = "" if valid else tag("p", "These arguments are not valid JSON; shown raw.", class_="muted")
    return tag("div", join([
        tag("h4", join(["Tool call ", str(index), ": ", tag("code", function.get("name") or "(no name)")])),
        note, tag("pre", text, class_="arguments", aria_label=f"arguments of tool call {index}")]), class_="call")


def answer_html(answer: dict, findings: list[dict]) -> Html:
    secrets = [finding_of(f) for f in findings
               if f.get("kind") == "credential" and f.get("where") == "tool_call" and f.get("span")]
    if secrets:  # tool-call arguments with secrets masked; content secrets are masked by `marked`
        answer = redact(answer, secrets)
    parts: list[Html] = []
    choices = answer.get("choices") or []
    for choice in choices:
        index = choice.get("index", 0)
        message = choice.get("message") or {}
        heading = f"Choice {index}" + (f" (finish reason: {choice['finish_reason']})"
                                       if choice.get("finish_reason") else "")
        parts.append(tag("h3", heading))
        content = message.get("content")
        if isinstance(content, str) and content:
            parts.append(tag("pre", marked(content, _spans(findings, index)), class_="content"))
        elif content:
            parts.append(tag("pre", pretty(content)[0], class_="content"))
        else:
            parts.append(tag("p", "No text content.", class_="muted"))
        calls = message.get("tool_calls") or []
        parts += [_tool_call(i, call) for i, call in enumerate(calls)]
    if not choices:
        parts.append(tag("pre", pretty(answer)[0]))
    return join(parts)


def findings_html(findings: list[dict]) -> Html:
    if not findings:
        return tag("p", "No findings were recorded for this item.", class_="muted")
    head = tag("tr", join(tag("th", h, scope="col") for h in (
        "Kind", "Location", "Evidence", "Action / target", "Detector", "Confidence")))
    rows = []
    for f in findings:
        details = ", ".join(f"{k}={v}" for k, v in (f.get("details") or {}).items())
        target = " ".join(str(f[k]) for k in ("action", "principal", "target", "privilege") if f.get(k))
        rows.append(tag("tr", join([
            tag("td", f.get("kind")), tag("td", location(f)),
            tag("td", join([tag("code", f.get("evidence")), tag("div", details, class_="muted") if details else ""])),
            tag("td", target), tag("td", f.get("detector")), tag("td", f.get("confidence"))])))
    return tag("table", join([tag("thead", head), tag("tbody", join(rows))]))


def prompt_html(prompt: object, source: object) -> Html:
    """The messages the agent sent (roles and text), and the source refs it named."""
    parts = [tag("p", join(["Source refs: ", tag("code", source)])) if source else
             tag("p", "No source refs were sent.", class_="muted")]
    messages = prompt.get("messages") if isinstance(prompt, dict) else None
    for message in messages or []:
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        text = content if isinstance(content, str) else pretty(content)[0]
        parts.append(tag("h3", f"{message.get('role', '?')}"))
        parts.append(tag("pre", text, class_="prompt"))
        if message.get("tool_calls"):
            parts += [_tool_call(i, c) for i, c in enumerate(message["tool_calls"])]
    if not messages:
        parts.append(tag("pre", pretty(prompt)[0]))
    return join(parts)
