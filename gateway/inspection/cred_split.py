"""A secret split across variables and put back together under a secret-like name:
`CS_A = "Xq28…"`, `CS_B = "Zr4m…"`, `CLIENT_SECRET = CS_A + CS_B` (also `f"{A}{B}"`, `"${A}${B}"`).
Each name is resolved to the string literal assigned to it in the same text, the parts are joined
and the assignment is judged again with its joined value, as if it had been written out.
Joins used in place are judged the same way, on their line written out: `--header "PRIVATE-TOKEN: ${P1}${P2}"`,
`headers={"Authorization": "Bearer " + TOK_A + TOK_B}`.
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
# the same joins anywhere on a line, each operand on its own (not after `.`, not called or indexed)
_OPERAND = rf"(?:{_NAME}|{_LITERAL})"
_FREE_CONCAT = re.compile(rf"(?<![\w.$])(?P<parts>{_OPERAND}(?:[ \t]*\+[ \t]*{_OPERAND}){{1,7}})(?![\w.(\[])")
_FREE_TEMPLATE = re.compile(r"(?P<parts>(?:\$?\{" + _NAME + r"\}|\$" + _NAME + r"){2,8})")
_PART = re.compile(rf"(?P<lit>{_LITERAL})|(?P<ref>{_NAME})")
_TEMPLATE_PART = re.compile(r"\$?\{(?P<ref>" + _NAME + r")\}|\$(?P<bare>" + _NAME + r")")
_GATES = ("+", "}{", "}${")  # every join has one
_FREE_GATES = (*_GATES, "$")  # `"$P1$P2"` too, in place
# a word of every secret-like name, each looked up in `found`
LITERALS = ("pass", "pwd", "secret", "token", "key", "credential", "pat", "auth")
_MAX_PART = 256


# What follows a name where a string literal is assigned to it (matched right after the name: one pattern for
# every name, none compiled per answer).
_DEFINITION = re.compile(rf"(?:[ \t]*(?::[ \t]*[A-Za-z_][\w\[\]]*[ \t]*)?(?::=|=|:)"
                         rf"[ \t]*(?P<q>[\"'])(?P<v>[^\"'\n]{{1,{_MAX_PART}}})(?P=q)"
                         rf"|=(?P<bare>[^\s\"'`;&|$]{{1,{_MAX_PART}}}))")  # shell: `P1=glpat-…`


def _definition(text: str, name: str, before: int) -> tuple[int, int] | None:
    """The span of the string literal last assigned to `name` before offset `before`: tried only
    where the name stands, from the last place back (a regex over all the text before costs a
    millisecond per name in a long answer)."""
    pos = text.rfind(name, 0, before)
    while pos != -1:
        if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_."):
            match = _DEFINITION.match(text, pos + len(name), before)
            if match is not None:
                return match.span("v") if match.group("v") is not None else match.span("bare")
        pos = text.rfind(name, 0, pos)
    return None


def _operand_spans(text: str, match: re.Match) -> list[tuple[int, int]] | None:
    """The span of the literal each operand stands for, in order; None when a name has no literal
    or no operand is a name (literals joined alone are `joined_literal_hits`' to judge)."""
    spans: list[tuple[int, int]] = []
    names = 0
    offset = match.start("parts")
    regex = _PART if match.re in (_CONCAT, _FREE_CONCAT) else _TEMPLATE_PART
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


def _assignment(text: str, lowered: str, start: int, end: int) -> re.Match | None:
    """The assignment of joined names on the line [start, end), if the line is one (`lowered`: fold(text))."""
    if "=" not in lowered[start:end]:
        return None
    for regex in (_CONCAT, _TEMPLATE):
        match = regex.search(text, start, end)
        if match is not None:
            return match
    return None


def _secret_like_name(name: str) -> bool:
    """A name the keyed rules judge (`CLIENT_SECRET`, `dbPassword`), or a service's key (`OPENAI_KEY`)."""
    return secret_name_kind(name) is not None or name.lower().endswith("key")


def _chosen_password(name: str, joined: str) -> bool:
    """Parts joined under a password name form a chosen password, not a formula of names (`first + last`)."""
    return secret_name_kind(name) != "pw" or (len(joined) >= 8 and char_classes(joined) >= 3)


def _judged_hits(scan: Scanner, written: str, value_start: int, joined: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """Hits on every operand's literal when the scanners find the joined value in `written`
    (which holds it at `value_start`)."""
    value_end = value_start + len(joined)
    judged = [hit for hit in scan(written) if hit.start < value_end and hit.end > value_start
              and min(hit.end, value_end) - max(hit.start, value_start) >= len(joined) // 2]
    if not judged:
        return []
    best = max(judged, key=lambda hit: hit.confidence)
    return [Hit(start, end, best.type, min(best.confidence, 0.85)) for start, end in spans]


def _assignment_hits(text: str, match: re.Match, scan: Scanner) -> list[Hit]:
    """`NAME = A + B`: judged as `NAME = "<joined>"` when NAME is secret-like."""
    name = match.group("name")
    spans = _operand_spans(text, match) if _secret_like_name(name) else None
    if spans is None:
        return []
    joined = "".join(text[start:end] for start, end in spans)
    if not _chosen_password(name, joined):
        return []
    written_out = f'{name} = "{joined}"'
    return _judged_hits(scan, written_out, len(written_out) - len(joined) - 1, joined, spans)


def _in_place_hits(text: str, start: int, end: int, scan: Scanner) -> list[Hit]:
    """Joins used on the line [start, end) where they stand, judged on the line written out: an
    interpolation run becomes its joined value, a `+` chain a quoted literal of it."""
    hits: list[Hit] = []
    line = text[start:end]
    regexes = [regex for regex, gates in ((_FREE_TEMPLATE, "$}"), (_FREE_CONCAT, "+")) if any(g in line for g in gates)]
    for regex in regexes:
        for match in regex.finditer(text, start, end):
            spans = _operand_spans(text, match)
            if spans is None:
                continue
            joined = "".join(text[a:b] for a, b in spans)
            quote = '"' if regex is _FREE_CONCAT else ""  # a chain stands outside quotes, a run inside
            written = text[start:match.start()] + quote + joined + quote + text[match.end():end]
            value_start = match.start() - start + len(quote)
            hits += _judged_hits(scan, written, value_start, joined, spans)
    return hits


# Numbered parts, each on its own line of a config (`key_part1 = ymsk_live_9Qf…`, `key_part2 = Rz8V…`)
_NUMBERED_PART = re.compile(r"^[ \t]*(?P<base>[A-Za-z_][\w-]*?)[-_]?(?i:part|chunk|segment|half)[-_]?(?P<n>\d)[\"']?"
                            r"[ \t]*[:=][ \t]*[\"']?(?P<v>[A-Za-z0-9_\-+/=.~]{6,128})[\"']?[ \t]*$", re.MULTILINE)


def numbered_part_hits(text: str, lowered: str, scan: Scanner) -> list[Hit]:
    """A secret-like name's numbered parts, joined in their order and judged as `name = "<joined>"`."""
    if "part" not in lowered and "chunk" not in lowered and "segment" not in lowered and "half" not in lowered:
        return []
    parts: dict[str, list[tuple[int, int, int]]] = {}
    for match in _NUMBERED_PART.finditer(text):
        parts.setdefault(match.group("base").lower(), []).append((int(match.group("n")), *match.span("v")))
    hits: list[Hit] = []
    for base, found in parts.items():
        if len(found) < 2 or not _secret_like_name(base):
            continue
        spans = [(start, end) for _, start, end in sorted(found)]
        joined = "".join(text[start:end] for start, end in spans)
        name = base if secret_name_kind(base) is not None else "api_key"  # `key_part1`: a key cut in two on purpose
        written_out = f'{name} = "{joined}"'
        hits += _judged_hits(scan, written_out, len(written_out) - len(joined) - 1, joined, spans)
    return hits


def split_secret_hits(text: str, lowered: str, found: Occurrences, scan: Scanner) -> list[Hit]:
    """Secrets joined from variables (`lowered`: fold(text), `found`: the occurrences of LITERALS in
    it; scan: the plain-text rules, run on the assignment or line written out)."""
    if not found.any(LITERALS) or ("+" not in text and "}" not in text and "$" not in text):  # a secret word, a join
        return []
    hits: list[Hit] = []
    for start, end in lines_with(text, _FREE_GATES):
        assignment = _assignment(text, lowered, start, end)
        if assignment is not None:
            if any(word in lowered[start:end] for word in LITERALS):
                hits += _assignment_hits(text, assignment, scan)
        else:
            hits += _in_place_hits(text, start, end, scan)
    return hits
