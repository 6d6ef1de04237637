"""Secrets in a few fixed shapes the other rules do not read: a value echoed into a
`--password-stdin` login, the `P:` field of a Wi-Fi QR payload (`WIFI:T:WPA;S:net;P:secret;;`),
a backticked `user` / `password` pair offered as a login ("the login you shared (`admin` / `…`)"), and a
line of Postfix's `sasl_passwd` map (`[smtp.example.com]:587 user@example.com:secret`), and the login token steamcmd
caches in `config.vdf`.
"""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.cred_patterns import Hit, matches_at, starts_of
from gateway.inspection.cred_values import is_placeholder, looks_like_key, looks_like_password
from gateway.inspection.literals import Occurrences

# `echo "s3cr3t" | docker login reg -u bot --password-stdin`, a password piped to a login (`| kinit svc@REALM`, iRODS's
# `| iinit`) or to `passwd --stdin`; `$VAR` and `${VAR}` are references
_STDIN = re.compile(r"echo[ \t]+(?:-n[ \t]+)?[\"']?(?P<s>[^\s\"'|$]{8,200})[\"']?[ \t]*\|"
                    r"(?:[^\n|]{0,200}--password-stdin|[ \t]*(?:sudo[ \t]+)?(?:kinit|iinit)\b|"
                    r"[^\n|]{0,60}\bpasswd[ \t]+--stdin)")
_STDIN_LOGINS = ("--password-stdin", "kinit", "iinit", "--stdin")
_STDIN_ANCHORS = ("echo",)
# The Wi-Fi QR payload: fields in any order, `;;` at the end; `\;` escapes a semicolon
_WIFI_PASSWORD = re.compile(r"[;:]P:(?P<s>(?:[^;\\\s]|\\.){6,63});")
_PAIR = re.compile(r"`(?P<u>[\w.@\-]{2,64})`[ \t]*/[ \t]*`(?P<s>[^`\s]{6,128})`")
_PAIR_CONTEXT = re.compile(r"log[ \t-]?in|credential|creds|password|sign[ \t-]?in|username", re.IGNORECASE)
_PAIR_ANCHORS = ("`/`", "` / `", "`/ `", "` /`")
# The same pair in parentheses, spaced, as a reply repeats a login it was given: "the login you gave me (TRN-CLIN07 /
# Train!ng2024)".
_PAREN_PAIR = re.compile(r"\((?P<u>[A-Za-z][\w.@\-]{2,64})[ \t]+/[ \t]+(?P<s>[^\s()/`'\"]{6,64})\)")
_PAREN_ANCHORS = (" / ",)
# A `.netrc` entry: `machine host login user password value`, on one line or several.
_NETRC = re.compile(r"\bmachine[ \t]+[\w.-]+\s+login[ \t]+\S+\s+password[ \t]+(?P<s>[^\s#]{6,200})")
# A deploy or build hook: the URL itself is the secret (whoever holds it triggers a production deploy).
_DEPLOY_HOOK = re.compile(r"https://api\.vercel\.com/v1/integrations/deploy/prj_[A-Za-z0-9]{8,}/(?P<s>[A-Za-z0-9]{8,})|"
                          r"https://api\.netlify\.com/build_hooks/(?P<s2>[0-9a-f]{24})\b")
_HOOK_ANCHORS = ("api.vercel.com/v1/integrations/deploy/", "api.netlify.com/build_hooks/")
# A value the vendor shows only once ("Here it is — it won't be shown again: `9960d0…`"): the warning
# says the token beside it is the live secret, not an id or a digest.
_SHOWN_ONCE = re.compile(r"(?:won['’]t|will not|cannot|can['’]t|never)\s+(?:be\s+)?(?:shown|displayed|visible|"
                         r"retrievable|show\s+(?:it|the\s+\w+))\s+again|(?:only\s+)?(?:shown|displayed)\s+(?:only\s+)?once",
                         re.IGNORECASE)
_SHOWN_ANCHORS = ("shown again", "displayed again", "visible again", "retrievable again", "shown once",
                  "displayed once", "show it again", "show the secret again", "show the key again",
                  "show the token again")
_NAMED_NOT_SECRET = re.compile(r"(?i:\b(?:id|name|fingerprint|digest|sha\d*|hash|checksum|commit)\b)[^\n\w]{0,12}\Z")
_QUOTED_TOKEN = re.compile(r"[`'\"](?P<s>[A-Za-z0-9_\-+/=.]{20,128})[`'\"]")
# A PagerDuty Events v2 integration key: `routing_key` beside `event_action` or in an answer naming PagerDuty
# (Alertmanager's `pagerduty_configs`), quoted or bare; a message broker's routing key is dotted words, never 32
# random characters. An event orchestration's key (`R0` and 30 capitals or digits) is PagerDuty's shape alone.
# In prose too: "PagerDuty Events v2 routing key for the POS outage service: `39ec…`".
_EVENTS_ROUTING_KEY = re.compile(r"[\"']?routing[_ ]key[\"']?(?: [^\n:=`'\"]{1,60}?)?[ \t]*[:=][ \t]*(?P<q>[\"'`]?)"
                                 r"(?P<s>[0-9a-z]{32}|R0[0-9A-Z]{30})(?P=q)(?![\w\-]|\.\w)")  # a full stop may end it
ORCHESTRATION_KEY = re.compile(r"R0[0-9A-Z]{30}")
# A `sasl_passwd` entry: the relay (bracketed, with a port, or bare), blanks, then `user:password`.
# Also written by a command: `echo '[smtp.x]:587 user@x:pw' > /etc/postfix/sasl_passwd` (or `| sudo tee` it).
_SASL_LINE = re.compile(r"^[ \t]*(?:(?:echo|printf)[ \t]+(?P<q>['\"]))?(?:\[[\w.-]+\]|[\w.-]+)(?::\d{1,5})?[ \t]+"
                        r"[^\s:'\"]{1,128}:(?P<s>[^\s'\"]{6,128})"
                        r"(?(q)(?P=q)[ \t]*(?:>>?|\|[ \t]*(?:sudo[ \t]+)?tee\b)[^\n]*|[ \t]*$)",
                        re.MULTILINE)
_SASL_ANCHORS = ("sasl_passwd", "smtp_sasl")
# steamcmd's `config.vdf`: the login it cached (`"ConnectCache" { "<account hash>" "<token>" }`) signs a build
# machine in as the account without Steam Guard, which is why CI keeps the file as a secret (base64 in a variable).
_CONNECT_CACHE = re.compile(r"\"connectcache\"\s*\{\s*\"[0-9a-f]{4,16}\"\s+\"(?P<s>[0-9a-f]{32,})\"", re.IGNORECASE)
LITERALS = (*_STDIN_LOGINS, "echo", "wifi:", *_PAIR_ANCHORS, *_PAREN_ANCHORS, "machine", *_HOOK_ANCHORS,
            *_SHOWN_ANCHORS, "routing_key", "routing key", "event_action", "pagerduty", *_SASL_ANCHORS, "connectcache")


def _stdin_hits(text: str, found: Occurrences) -> list[Hit]:
    if not any(found[login] for login in _STDIN_LOGINS):
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
    pairs = [_PAIR] if found.any(_PAIR_ANCHORS) else []
    pairs += [_PAREN_PAIR] if found.any(_PAREN_ANCHORS) else []
    hits = []
    for match in (match for pair in pairs for match in pair.finditer(text)):
        value = match.group("s")
        before = text[max(0, match.start() - 80):match.start()]
        if looks_like_password(value) and not looks_like_path(value) and _PAIR_CONTEXT.search(before):
            hits.append(Hit(match.start("s"), match.end("s"), "password", 0.85))
    return hits


def looks_like_path(value: str) -> bool:
    """`src/main.py`, `v1.2.3`: a path or version, not a password."""
    return "/" in value or compiled(r"v?\d+(?:\.\d+)+").fullmatch(value) is not None


def _netrc_hits(text: str, found: Occurrences) -> list[Hit]:
    hits = []
    for match in matches_at(_NETRC, text, found["machine"]):
        value = match.group("s")
        if not is_placeholder(value) and not value.startswith("$"):
            hits.append(Hit(match.start("s"), match.end("s"), "password", 0.85))
    return hits


def _hook_hits(text: str, found: Occurrences) -> list[Hit]:
    hits = []
    for match in _DEPLOY_HOOK.finditer(text) if found.any(_HOOK_ANCHORS) else ():
        group = "s" if match.group("s") else "s2"
        if not is_placeholder(match.group()):
            hits.append(Hit(match.start(group), match.end(group), "webhook_url", 0.85))
    return hits


def _shown_once_hits(text: str, found: Occurrences) -> list[Hit]:
    """A key-shaped quoted token within 160 characters of a shown-only-once warning."""
    hits = []
    for pos in starts_of(found, _SHOWN_ANCHORS):
        warning = _SHOWN_ONCE.search(text, max(0, pos - 30), pos + 30)
        if warning is None:
            continue
        for match in _QUOTED_TOKEN.finditer(text, max(0, warning.start() - 160), warning.end() + 160):
            if looks_like_key(match.group("s"), 20, min_entropy=3.3) and not looks_like_path(match.group("s")) \
                    and not _NAMED_NOT_SECRET.search(text, max(0, match.start() - 30), match.start()):
                hits.append(Hit(match.start("s"), match.end("s"), "api_key", 0.8))
    return hits


def _routing_key_hits(text: str, found: Occurrences) -> list[Hit]:
    if not found["routing_key"] and not found["routing key"]:
        return []
    named = bool(found["event_action"] or found["pagerduty"])  # else only the orchestration key's own shape
    starts = sorted(pos - 1 if pos and text[pos - 1] in "\"'" else pos
                    for pos in (*found["routing_key"], *found["routing key"]))
    return [Hit(m.start("s"), m.end("s"), "api_key", 0.85) for m in matches_at(_EVENTS_ROUTING_KEY, text, starts)
            if (named or m.group("s")[:2] == "R0") and looks_like_key(m.group("s"), 32)]


def _sasl_hits(text: str, found: Occurrences) -> list[Hit]:
    """The password of each `sasl_passwd` line in an answer that names the map."""
    if not found.any(_SASL_ANCHORS):
        return []
    return [Hit(m.start("s"), m.end("s"), "password", 0.85) for m in _SASL_LINE.finditer(text)
            if looks_like_password(m.group("s")) and not is_placeholder(m.group("s"))]


def _connect_cache_hits(text: str, found: Occurrences) -> list[Hit]:
    """The cached Steam login token of each `ConnectCache` entry."""
    starts = [pos - 1 for pos in found["connectcache"] if pos and text[pos - 1] == '"']
    return [Hit(m.start("s"), m.end("s"), "generic_secret", 0.85) for m in matches_at(_CONNECT_CACHE, text, starts)
            if looks_like_key(m.group("s"), 32)]


def format_hits(text: str, found: Occurrences) -> list[Hit]:
    """Secrets in a `--password-stdin` pipe, a Wi-Fi QR payload, a backticked login pair, a `.netrc`
    entry, a deploy hook URL, or beside a shown-only-once warning."""
    return (_stdin_hits(text, found) + _wifi_hits(text, found) + _pair_hits(text, found) + _netrc_hits(text, found)
            + _hook_hits(text, found) + _shown_once_hits(text, found) + _routing_key_hits(text, found)
            + _sasl_hits(text, found) + _connect_cache_hits(text, found))
