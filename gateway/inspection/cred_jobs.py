"""Passwords in mainframe commands and batch job streams: a security command's `PASSWORD(...)` operand
(RACF `ALTUSER`, Top Secret `TSS REPLACE`, ACF2 `CHANGE`), the login lines of a JCL FTP step's input,
and the `user NAME PASSWORD` line of an `ftp -n` script.
"""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import char_classes, is_placeholder, looks_like_password
from gateway.inspection.literals import Occurrences
from gateway.inspection.lowered import shared_lower
from gateway.inspection.patterns import literal_safe
from gateway.inspection.windows import line_matches

LITERALS = ("password(", "passwrd(", "phrase(", "pgm=ftp", "ftp")

# The security command a `PASSWORD(...)` operand belongs to, earlier on its line.
_SECURITY_COMMAND = re.compile(r"(?<![\w#$@])(?:ALTUSER|ALU|ADDUSER|AU|TSS|CHANGE|CHA|INSERT|INS)\b")
# RACF and Top Secret passwords are at most 8 characters; a phrase is quoted.
_OPERAND = re.compile(r"(?:PASSWORD|PASSWRD)\((?P<s>[^\s,()'&<>%]{1,8})[,)]|PHRASE\('(?P<p>[^'\n]{9,100})'\)")


def command_operand_hits(text: str, found: Occurrences) -> list[Hit]:
    """The new password a mainframe security command sets: `ALTUSER X PASSWORD(TEMP24X) EXPIRED`."""
    hits = []
    for literal in ("password(", "passwrd(", "phrase("):
        for pos in found[literal]:
            match = _OPERAND.match(text, pos)
            if match is None or not _SECURITY_COMMAND.search(text, text.rfind("\n", 0, pos) + 1, pos):
                continue
            group = "s" if match.group("s") else "p"
            value = match.group(group)
            if not is_placeholder(value) and char_classes(value) >= 2:
                hits.append(Hit(match.start(group), match.end(group), "password", 0.85))
    return hits


# A JCL FTP step's in-stream input (`//INPUT DD *`): its first lines log in (`host` maybe, then user, then password).
_IN_STREAM = re.compile(r"^//\S*[ \t]+DD[ \t]+(?:\*|DATA)(?![^\s,])[^\n]*\n", re.MULTILINE | re.IGNORECASE)
_FTP_SUBCOMMAND = re.compile(r"(?i)(?:put|get|mput|mget|cd|lcd|quit|bye|close|open|bin|binary|ascii|ebcdic|type|"
                             r"mode|site|locsite|dir|ls|delete|rename|mkdir|user|pass|quote|prompt|append|pwd)\b")
# `ftp -n host` with its `user NAME PASSWORD` subcommand.
_FTP_USER_LINE = re.compile(r"^[ \t]*(?i:user)[ \t]+[^\s'\"]+[ \t]+(?P<s>[^\s'\"]+)[ \t]*$", re.MULTILINE)


def _login_lines(body: str) -> list[tuple[int, str]]:
    """(offset, line) of the input's lines before its first FTP subcommand."""
    lines, offset = [], 0
    for line in body.split("\n"):
        if _FTP_SUBCOMMAND.match(line.strip()):
            break
        if line.strip():
            lines.append((offset + len(line) - len(line.lstrip()), line.strip()))
        offset += len(line) + 1
    return lines


def ftp_job_hits(text: str, found: Occurrences) -> list[Hit]:
    """The password of an FTP login written into a job: the JCL input stream's password line, or
    the `user NAME PASSWORD` line of an `ftp -n` script."""
    if not found["ftp"]:
        return []
    hits = []
    for pos in found["pgm=ftp"]:
        match = _IN_STREAM.search(text, pos, min(len(text), pos + 1500))
        if match is None:
            continue
        body_end = min(end for end in (text.find("\n/*", match.end()), text.find("\n//", match.end()), len(text))
                       if end != -1)
        login = _login_lines(text[match.end():body_end])
        if len(login) >= 2 and " " not in login[-1][1] and _chosen(login[-1][1]):
            start = match.end() + login[-1][0]
            hits.append(Hit(start, start + len(login[-1][1]), "password", 0.85))
    hits += [Hit(m.start("s"), m.end("s"), "password", 0.85) for m in _user_lines(text) if _chosen(m.group("s"))]
    return hits


def _user_lines(text: str) -> list[re.Match[str]]:
    """`list(_FTP_USER_LINE.finditer(text))`: tried only on the lines holding "user" in any case (where the regex
    sees it as lower-case "user" does, literal_safe)."""
    low = shared_lower(text)
    return line_matches(_FTP_USER_LINE, text, "user", low) if literal_safe(text, low) else \
        list(_FTP_USER_LINE.finditer(text))


def _chosen(value: str) -> bool:
    return not is_placeholder(value) and looks_like_password(value) and char_classes(value) >= 3
