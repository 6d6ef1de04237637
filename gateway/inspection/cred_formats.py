"""Secrets in a few fixed shapes the other rules do not read: a value echoed into a
`--password-stdin` login, the `P:` field of a Wi-Fi QR payload (`WIFI:T:WPA;S:net;P:secret;;`),
and a backticked `user` / `password` pair offered as a login ("the login you shared (`admin` / `…`)").
"""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit, matches_at, starts_of
from gateway.inspection.cred_values import is_placeholder, looks_like_key, looks_like_password
from gateway.inspection.literals import Occurrences

# `echo "s3cr3t" | docker login reg -u bot --password-stdin`; `$VAR` and `${VAR}` are references
_STDIN = re.compile(r"echo[ \t]+(?:-n[ \t]+)?[\"']?(?P<s>[^\s\"'|$]{8,200})[\"']?[ \t]*\|[^\n|]{0,200}--password-stdin")
_STDIN_ANCHORS = ("echo",)
# The Wi-Fi QR payload: fields in any order, `;;` at the end; `\;` escapes a semicolon
_WIFI_PASSWORD = re.compile(r"[;:]P:(?P<s>(?:[^;\\\s]|\\.){6,63});")
_PAIR = re.compile(r"`(?P<u>[\w.@\-]{2,64})`[ \t]*/[ \t]*`(?P<s>[^`\s]{6,128})`")
_PAIR_CONTEXT = re.compile(r"log[ \t-]?in|credential|creds|password|sign[ \t-]?in|username", re.IGNORECASE)
_PAIR_ANCHORS = ("`/`", "` / `", "`/ `", "` /`")
LITERALS = ("--password-stdin", "echo", "wifi:", *_PAIR_ANCHORS)


def _stdin_hits(text: str, found: Occurrences) -> list[Hit]:
    if not found["--password-stdin"]:
        return []
    hits = []
    for match in matches_at(_STDIN, text, starts_of(found, _STDIN_ANCHORS)):
        value = match.group("s")
        if not is_placeholder(value) and (looks_like_key(value, 12) or looks_like_password(value)):
            hits.append(Hit(match.start("s"), match.end("s"), "password", 0.85))
    return hits


def _wifi_hits(text: str, found: Occurrences) -> list[Hit]:
    hits = []
    for start in found["wifi:"]:
        end = text.find(";;", start)
        if end < 0 or end - start > 400:
            continue
        match = _WIFI_PASSWORD.search(text, start, end + 2)
        if match is not None and not is_placeholder(match.group("s")):
            hits.append(Hit(match.start("s"), match.end("s"), "password", 0.85))
    return hits


def _pair_hits(text: str, found: Occurrences) -> list[Hit]:
    if not found.any(_PAIR_ANCHORS):
        return []
    hits = []
    for match in _PAIR.finditer(text):
        value = match.group("s")
        before = text[max(0, match.start() - 80):match.start()]
        if looks_like_password(value) and not looks_like_path(value) and _PAIR_CONTEXT.search(before):
            hits.append(Hit(match.start("s"), match.end("s"), "password", 0.85))
    return hits


def looks_like_path(value: str) -> bool:
    """`src/main.py`, `v1.2.3`: a path or version, not a password."""
    return "/" in value or re.fullmatch(r"v?\d+(?:\.\d+)+", value) is not None


def format_hits(text: str, found: Occurrences) -> list[Hit]:
    """Secrets in a `--password-stdin` pipe, a Wi-Fi QR payload, or a backticked login pair."""
    return _stdin_hits(text, found) + _wifi_hits(text, found) + _pair_hits(text, found)
