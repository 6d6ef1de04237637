"""A script run with a flag that names a membership step and its group: `sync-grads.py --remove-from dept-share
--apply`, `onboard.sh --add-to-group vpn-users`, `grant.py --grant-role db-admin`. The flag is the step, whatever the
script is called; a line that only previews (`--dry-run`, `--what-if`, `--check`) changes nothing."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_i

STEPS = {"add-to": "grant", "add-to-group": "grant", "add-group": "grant", "add-role": "grant", "grant-role": "grant",
         "grant": "grant", "remove-from": "revoke", "remove-from-group": "revoke", "remove-group": "revoke",
         "remove-role": "revoke", "revoke-role": "revoke", "revoke": "revoke"}
FLAG = compile_i(r"(?<!\S)--(?P<step>" + "|".join(sorted(STEPS, key=len, reverse=True)) + r")(?:[ \t]+|=)"
                 r"(?P<target>[\"']?[\w@.:/-]*[a-z][\w@.:/-]*)(?=[\"']?(?:\s|$))")
PREVIEW = re.compile(r"(?<!\S)--(?:dry-?run|what-?if|check|preview|plan|noop|simulate)\b", re.I)


def _step(match: re.Match[str]) -> tuple[str, str] | None:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    line_end = match.string.find("\n", match.end())
    line = match.string[line_start : len(match.string) if line_end < 0 else line_end]
    if PREVIEW.search(line) or match.group("target").lstrip("\"'").startswith(("<", "$")):
        return None
    return "access_change", STEPS[match.group("step").lower()]


RULES: tuple[Rule, ...] = (
    Rule("cli-membership-flag", tuple(f"--{step}" for step in STEPS), FLAG, classify=_step, confidence=0.8,
         target="target"),
    # A role given to a named user by any tool's grant verb: `pam elevate --user r.adeyemi --role PAYSTREAM_APPROVER`,
    # `vaultctl assign --role auditor --principal ana` (the verb and both flags on one command line)
    Rule("cli-role-for-user", ("--role",), compile_i(
        r"\b(?P<verb>elevate|grant|assign|add|activate)\b[^\n|;`]*?(?:--(?:user|principal|member|assignee|username)"
        r"[ \t=]+[\w@.-]*[a-z][^\n|;`]*?--role[ \t=]+[\"']?[\w.:-]+|--role[ \t=]+[\"']?[\w.:-]+[^\n|;`]*?"
        r"--(?:user|principal|member|assignee|username)[ \t=]+[\w@.-]*[a-z])"),
        classify=lambda m: None if PREVIEW.search(m.group(0)) else ("access_change", "grant"), confidence=0.8,
        reach=300),
)
