"""A secret split across variables and put back together under a secret-like name:
`CS_A = "Xq28…"`, `CS_B = "Zr4m…"`, `CLIENT_SECRET = CS_A + CS_B` (also `f"{A}{B}"`, `"${A}${B}"`).
Each name is resolved to the string literal assigned to it in the same text, the parts are joined
and the assignment is judged again with its joined value, as if it had been written out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from gateway.inspection.cred_keyed import secret_name_kind
from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import char_classes
from gateway.inspection.keywords import lines_with
from gateway.inspection.literals import Occurrences

Scanner = Callable[[str], list[Hit]]

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_LITERAL = r"\"[^\"\n]*\"|'[^'\n]*'"
_ASSIGNED = (rf"(?<![\w.])(?P<name>{_NAME})[ \t]*(?::[ \t]*[A-Za-z_][\w\[\]]*[ \t]*)?(?::=|=)[ \t]*")
# `NAME = A + B + "…"`: names and literals joined by `+`, nothing else on the line
_CONCAT = re.compile(_ASSIGNED + rf"(?P<parts>(?:{_NAME}|{_LITERAL})(?:[ \t]*\+[ \t]*(?:{_NAME}|{_LITERAL})){{1,7}})"
                     r"[ \t]*;?[ \t]*$", re.MULTILINE)
# `NAME = f"{A}{B}"`, `NAME="${A}${B}"`, `` NAME = `${A}${B}` ``: only interpolations, next to each other
_TEMPLATE = re.compile(_ASSIGNED + r"f?(?P<q>[\"'`]?)(?P<parts>(?:\$?\{" + _NAME + r"\}|\$" + _NAME + r"){2,8})"
                       r"(?P=q)[ \t]*;?[ \t]*$", re.MULTILINE)
_PART = re.compile(rf"(?P<lit>{_LITERAL})|(?P<ref>{_NAME})")
_TEMPLATE_PART = re.compile(r"\$?\{(?P<ref>" + _NAME + r")\}|\$(?P<bare>" + _NAME + r")")
_GATES = ("+", "}{", "}${")  # every join has one
# a word of every secret-like name, each looked up in `found`
LITERALS = ("pass", "pwd", "secret", "token", "key", "credential", "pat", "auth")
_MAX_PART = 256


def _definition(text: str, name: str, before: int) -> tuple[int, int] | None:
    """The span of the string literal last assigned to `name` before offset `before`."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}[ \t]*(?::[ \t]*[A-Za-z_][\w\[\]]*[ \t]*)?(?::=|=|:)"
                         rf"[ \t]*(?P<q>[\"'])(?P<v>[^\"'\n]{{1,{_MAX_PART}}})(?P=q)")
    found = None
    for match in pattern.finditer(text, 0, before):
        found = match.span("v")
    return found


def _operand_spans(text: str, match: re.Match) -> list[tuple[int, int]] | None:
    """The span of the literal each operand stands for, in order; None when a name has no literal
    or no operand is a name (literals joined alone are `joined_literal_hits`' to judge)."""
    spans: list[tuple[int, int]] = []
    names = 0
    offset = match.start("parts")
    regex = _PART if match.re is _CONCAT else _TEMPLATE_PART
    for part in regex.finditer(match.group("parts")):
        if part.lastgroup == "lit":
            spans.append((offset + part.start() + 1, offset + part.end() - 1))
            continue
        span = _definition(text, part.group(part.lastgroup), match.start())
        if span is None:
            return None
        spans.append(span)
        names += 1
    return spans if names else None


def _assignments(text: str, lowered: str) -> list[re.Match]:
    """Assignments of joined names to a secret-like name, searched only on lines with a join, an
    `=` and a secret word (`lowered`: fold(text))."""
    matches = []
    for start, end in lines_with(text, _GATES):
        line = lowered[start:end]
        if "=" not in line or not any(word in line for word in LITERALS):
            continue
        for regex in (_CONCAT, _TEMPLATE):
            match = regex.search(text, start, end)
            if match is not None and _secret_like_name(match.group("name")):
                matches.append(match)
    return matches


def _secret_like_name(name: str) -> bool:
    """A name the keyed rules judge (`CLIENT_SECRET`, `dbPassword`), or a service's key (`OPENAI_KEY`)."""
    return secret_name_kind(name) is not None or name.lower().endswith("key")


def _chosen_password(name: str, joined: str) -> bool:
    """Parts joined under a password name form a chosen password, not a formula of names (`first + last`)."""
    return secret_name_kind(name) != "pw" or (len(joined) >= 8 and char_classes(joined) >= 3)


def split_secret_hits(text: str, lowered: str, found: Occurrences, scan: Scanner) -> list[Hit]:
    """Secrets joined from variables (`lowered`: fold(text), `found`: the occurrences of LITERALS in
    it; scan: the plain-text rules, run on the assignment written out)."""
    if not found.any(LITERALS) or ("+" not in text and "}" not in text):  # a secret word, a join
        return []
    hits: list[Hit] = []
    for match in _assignments(text, lowered):
        spans = _operand_spans(text, match)
        if spans is None:
            continue
        joined = "".join(text[start:end] for start, end in spans)
        if not _chosen_password(match.group("name"), joined):
            continue
        written_out = f'{match.group("name")} = "{joined}"'
        value_start = len(written_out) - len(joined) - 1
        judged = [hit for hit in scan(written_out)
                  if hit.start >= value_start and hit.end - hit.start >= len(joined) // 2]
        if judged:
            best = max(judged, key=lambda hit: hit.confidence)
            hits += [Hit(start, end, best.type, min(best.confidence, 0.85)) for start, end in spans]
    return hits
