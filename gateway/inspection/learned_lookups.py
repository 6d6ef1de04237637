"""Lookups shown with what they printed: "I only looked:\n```\n$ p4 protects -u lromero //depot/...\nwrite group
art * //depot/Art/...\n```\nShe already has write access." Every command in the answer's code blocks only reads
(tool_names.READ_COMMAND: `kubectl get`, `gcloud ... get-iam-policy`, `p4 protects`), the other lines of a block
that opens with a prompt are its output, and the prose around says no change in any language and does not write the
result up as audit evidence. The output's lines ("write group art * //depot/...", "roles/owner") read as grants to
the learned model; a read-only lookup is benign (LABELS.md, tie-breaker 3)."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.learned_lookalikes import CHANGE_VERBS
from gateway.inspection.lowered import shared_lower
from gateway.inspection.tool_names import READ_COMMAND

FENCE = re.compile(r"```[^\n]*\n(.*?)(?:```|\Z)", re.S)
PROMPT = re.compile(r"[ \t]*(?:\$|PS[^>\n]{0,40}>|>)[ \t]+(?P<cmd>\S[^\n]*)")
SCRIPT_TAG = re.compile(r"```[ \t]*(?:bash|sh|shell|zsh|console|powershell|pwsh|ps1)?[ \t]*\n")
CONTINUED = re.compile(r"[ \t]*\\[ \t]*\n[ \t]*|[ \t]*`[ \t]*\n[ \t]*")  # a line continued with "\" or PowerShell's "`"
# The result written up as audit evidence is evidence (LABELS.md), whatever command produced it.
EVIDENCE = re.compile(r"\b(?:audit\w*|evidence|attest\w*|sox|soc ?2|certif\w*|nachweis\w*|prüfer\w*|preuves?|"
                      r"evidencias?|auditor\w*|revisión de accesos|recertif\w*)\b")


# What a "who am I" call prints, pasted without its command: `aws sts get-caller-identity`'s three fields. The ARN
# of an assumed role reads as a grant to the learned model; the call only reads who is signed in.
WHOAMI_LINE = re.compile(r"[ \t]*(?:[{}][ \t]*,?|\"(?:UserId|Account|Arn)\"[ \t]*:[ \t]*\"[^\"\n]*\"[ \t]*,?)[ \t]*")
# steps CHANGE_VERBS leaves out ("attached the policy"), not an action's name (`s3:PutObject`)
POLICY_STEP = re.compile(r"(?<![\w:])(?:attach|detach|assign|put|updat|modif|chang|switch|edit)\w*")


def _whoami_output(lines: list[str]) -> bool:
    """A JSON block of only the caller-identity fields, all three of them."""
    return len(lines) <= 5 and all(WHOAMI_LINE.fullmatch(line) for line in lines) \
        and sum('"' in line for line in lines) == 3


def _joined(code: str) -> str:
    """`CONTINUED.sub(" ", code)`: every continuation holds a backslash or a backtick, and most blocks have neither
    (the pattern's leading blanks would be tried at every position)."""
    return CONTINUED.sub(" ", code) if "\\" in code or "`" in code else code


def is_lookup_transcript(content: str) -> bool:
    """Code blocks that hold only lookups (and, after a prompt, their output), in prose that changes nothing."""
    if "```" not in content:
        return False
    commands: list[str] = []
    prose = content
    for block in FENCE.finditer(content):
        prose = prose.replace(block.group(0), " ", 1)
        lines = [line for line in _joined(block.group(1)).splitlines() if line.strip()]
        if not lines:
            continue
        first = PROMPT.match(lines[0])
        if first is not None:  # a transcript: the prompts are its commands, the rest is what they printed
            commands += [m.group("cmd") for line in lines if (m := PROMPT.match(line)) is not None]
        elif SCRIPT_TAG.match(block.group(0)):  # a script: every line a command, but its comments
            commands += [line for line in lines if not line.lstrip().startswith("#")]
        elif _whoami_output(lines) and POLICY_STEP.search(shared_lower(content)) is None:
            commands.append("aws sts get-caller-identity")  # its output, the call it came from left out
        else:
            return False  # a file, a policy, a config: not a lookup's output
    if not commands or not all(READ_COMMAND.match(command) for command in commands):
        return False
    return says_no_change(prose)


# A query that only reads: SELECT (after a WITH), and no statement that writes or grants anywhere in it.
SELECT_START = re.compile(r"\s*(?:with\s+\w+(?:\s*\([^)]*\))?\s+as\s*\(|select\s)", re.I)
SQL_WRITE = re.compile(r"\b(?:insert|update|delete|merge|upsert|grant|revoke|create|alter|drop|truncate|call|exec|"
                       r"execute|set|into)\b", re.I)
SQL_STRING = re.compile(r"'[^'\n]*'")


def is_select_only(content: str) -> bool:
    """An answer that is one read-only SQL query (bare or fenced) and at most a line of prose that changes nothing:
    its column names ("decision = 'revoke'", ACCOUNT_LOCKED) read as a decision or a lock to the learned model."""
    blocks = FENCE.findall(content) if "```" in content else [content]
    prose = FENCE.sub(" ", content) if "```" in content else ""
    if len(blocks) != 1 or len(prose.strip()) > 200 or "\n\n" in prose.strip():
        return False
    query = SQL_STRING.sub("''", blocks[0])  # a value compared ('revoke') is no statement
    return SELECT_START.match(query) is not None and SQL_WRITE.search(query) is None and says_no_change(prose)


def says_no_change(prose: str) -> bool:
    """Prose that names no change in any language and does not write a result up as audit evidence: what a lookup's
    summary says ("Three logins have sysadmin on the server; that's from a quick query")."""
    low = shared_lower(prose)
    return CHANGE_VERBS.search(low) is None and EVIDENCE.search(low) is None and not any(
        pattern.search(low) for pattern in (lx.FOREIGN_GRANT, lx.FOREIGN_REVOKE, lx.FOREIGN_LIFE))
