"""Secrets handed over as literals: an HTTP client's basic-auth pair written in code (`auth=("svc", "pw")`,
`HTTPBasicAuth("svc", "pw")`), and a value a command stores in a secret store (`gh secret set NAME --body V`,
`az keyvault secret set … --value V`, `fly secrets set NAME=V`).
"""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit, looks_fake, matches_at, starts_of
from gateway.inspection.cred_values import is_code_expression, is_placeholder, looks_like_key, looks_like_password
from gateway.inspection.literals import Occurrences

_QUOTED = r"""(?:'(?P<sq>[^'\n]{1,128})'|"(?P<dq>[^"\n]{1,128})"|(?P<bare>[^\s'"|;&)]{1,128}))"""
# requests / httpx / Elasticsearch: a tuple of two string literals under an `auth` name (`auth=`, `basic_auth=`,
# `auth = (…)` then `auth=auth`, a session's `s.auth = (…)`)
_AUTH_TUPLE = re.compile(r"""(?<![A-Za-z0-9])auth[ \t]*[=:][ \t]*\(\s*(["'])[^"'\n]{1,80}\1\s*,\s*"""
                         r"""(["'])(?P<s>[^"'\n]{4,128})\2\s*\)""", re.IGNORECASE)
# the client libraries' auth objects: requests' HTTPBasicAuth / HTTPDigestAuth, httpx / aiohttp BasicAuth, zeep's
# WS-Security UsernameToken, pika's PlainCredentials, requests-ntlm's HttpNtlmAuth
_AUTH_OBJECT = re.compile(r"""(?:HTTPBasicAuth|HTTPDigestAuth|BasicAuth|DigestAuth|UsernameToken|PlainCredentials|"""
                          r"""HttpNtlmAuth)\(\s*"""
                          r"""(?:(?:username|login)\s*=\s*)?(["'])[^"'\n]{1,80}\1\s*,\s*(?:password\s*=\s*)?(["'])(?P<s>[^"'\n]{4,128})\2""")
_AUTH_ANCHORS = ("auth", "usernametoken", "plaincredentials")
# the value a command stores as a secret: its flag after the command on the same line, or `NAME=value`
_STORE = re.compile(
    r"(?:\bgh[ \t]+secret[ \t]+set\b[^\n|;&]*?[ \t](?:--body|-b)"
    r"|\baz[ \t]+keyvault[ \t]+secret[ \t]+set\b[^\n|;&]*?[ \t]--value"
    r"|\baws[ \t]+secretsmanager[ \t]+(?:create-secret|put-secret-value|update-secret)\b[^\n|;&]*?[ \t]--secret-string"
    r")(?:[ \t]+|=)" + _QUOTED
)
_FLY = re.compile(r"\b(?:fly|flyctl)[ \t]+secrets[ \t]+set\b[^\n|;&]*?[ \t][A-Za-z_]\w*=" + _QUOTED)
_STORE_ANCHORS = ("secret set", "secret  set", "secretsmanager", "secrets set")
LITERALS = (*_AUTH_ANCHORS, *_STORE_ANCHORS)


def _literal_password(value: str) -> bool:
    return looks_like_password(value) and not is_code_expression(value) and not looks_fake(value)


def _auth_pair_hits(text: str, found: Occurrences) -> list[Hit]:
    """The password of a basic-auth pair of literals in code."""
    if not found.any(_AUTH_ANCHORS):
        return []
    matches = matches_at(_AUTH_TUPLE, text, found["auth"])
    if "Auth(" in text or "Token(" in text or "Credentials(" in text:
        matches += list(_AUTH_OBJECT.finditer(text))
    return [Hit(m.start("s"), m.end("s"), "password", 0.85) for m in matches if _literal_password(m.group("s"))]


def _stored_value(match: re.Match) -> tuple[int, int] | None:
    group = next(g for g in ("sq", "dq", "bare") if match.group(g) is not None)
    value = match.group(group)
    if value.startswith(("{", "@", "file://", "-")) or is_placeholder(value) or looks_fake(value):
        return None  # JSON (its keys are read elsewhere), a file, stdin, a reference or an example
    if not (looks_like_key(value, 12) or looks_like_password(value)):
        return None
    return match.start(group), match.end(group)


def _store_hits(text: str, found: Occurrences) -> list[Hit]:
    """The value a secret-store command is given on its command line."""
    if not found.any(_STORE_ANCHORS):
        return []
    starts = sorted({text.rfind("\n", 0, pos) + 1 for pos in starts_of(found, _STORE_ANCHORS)})
    hits = []
    for start in starts:
        line_end = text.find("\n", start)
        end = len(text) if line_end < 0 else line_end
        for match in [*_STORE.finditer(text, start, end), *_FLY.finditer(text, start, end)]:
            span = _stored_value(match)
            if span is not None:
                hits.append(Hit(*span, "generic_secret", 0.85))
    return hits


def handover_hits(text: str, found: Occurrences) -> list[Hit]:
    """Basic-auth pairs in code and secret-store commands with their value inline."""
    return _auth_pair_hits(text, found) + _store_hits(text, found)
