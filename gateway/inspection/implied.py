"""Kinds one step implies. Ending someone's sign-in sessions or revoking their tokens takes away the access they hold
now: a revocation (an access change, LABELS.md) as well as the account step the detectors report. Read where the
account step points: its tool call's arguments, or its choice's content."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gateway.inspection.lowered import shared_lower
from gateway.types import Answer, Finding

IMPLIED_VERSION = "1"  # part of the engine's revision: a change here changes findings
SESSIONS_ENDED = re.compile(
    r"revoke\w*sign\w*in\w*sessions|/sessions\b|\bsessions?\s+(?:revoked|ended|terminated|cleared|killed)|"
    r"\b(?:revoke|revoking|end|ending|terminate|terminating|kill|clear|clearing)\w*\s+(?:all\s+|every\s+|the\s+|their\s+|"
    r"his\s+|her\s+|active\s+)*(?:\w+\s+)?(?:sessions|refresh\s+tokens|oauth\s+tokens|tokens)\b|\bsign-?out\b|"
    r"oauth_?tokens|revoke_?sessions|revokesessions|removeallaccess|remove_all_access|"
    r"personal[-_]access[-_]tokens|tokenadmin/revocations", re.I)


def implied_access(answer: Answer, findings: Sequence[Finding]) -> list[Finding]:
    """The findings, and for each account step that ends sessions or revokes tokens, the access it takes away."""
    out = list(findings)
    ended: dict[tuple[int, int | None], bool] = {}  # per content or tool call, read once
    for finding in findings:
        if finding.kind != "lifecycle" or finding.confidence < 0.5:
            continue
        where = (finding.choice, finding.tool_call)
        if where not in ended:
            ended[where] = _ends_sessions(_read(answer, finding))
        if ended[where]:
            out.append(replace(finding, kind="access_change", action="revoke",
                               details={**finding.details, "implied": "sessions or tokens ended"}))
    return out


# Every SESSIONS_ENDED match holds one of these (lower-cased), at most WINDOW characters after its start.
WORDS = ("session", "token", "sign-out", "signout", "sign out", "removeallaccess", "remove_all_access")
WINDOW = 80


def _ends_sessions(text: str) -> bool:
    """`SESSIONS_ENDED.search(text)`, tried only around the words its matches hold."""
    low = shared_lower(text)
    if len(low) != len(text):
        return SESSIONS_ENDED.search(text) is not None
    for word in WORDS:
        at = low.find(word)
        while at != -1:
            if SESSIONS_ENDED.search(text, max(0, at - WINDOW), at + len(word) + WINDOW):
                return True
            at = low.find(word, at + len(word))
    return False


def _read(answer: Answer, finding: Finding) -> str:
    if finding.choice >= len(answer.choices):
        return ""
    choice = answer.choices[finding.choice]
    if finding.tool_call is not None and finding.tool_call < len(choice.tool_calls):
        call = choice.tool_calls[finding.tool_call]
        return f"{call.name} {call.arguments}"
    return choice.content or ""
