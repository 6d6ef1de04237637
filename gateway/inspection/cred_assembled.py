"""Secrets the code puts together at run time from pieces each harmless-looking on its own line:

- values under sibling names that differ only by a letter or number at the end (`pw_a = azdacCEy` and
  `pw_b = d1EjcjlMbQ==`, nginx's `set $auth_a "…"; set $auth_b "…";`, headers `X-Api-Key-Part-A` / `-Part-B`),
  when the name says secret: joined in order (and base64-decoded when they are base64), they are judged whole;
- a `user:password` literal encoded for a Basic header by the code itself (PowerShell's
  `[Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))` after `$pair = "svc:…"`, Power Query's
  `Text.ToBinary("svc:…")`, Python's `b64encode(b"svc:…")`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import decode_base64, looks_like_key, looks_like_password, user_password

Scanner = Callable[[str], list[Hit]]

# Where a lettered or numbered name ends and its value begins: `_a =`, `-Part-B":`, `_2 "` (nginx's `set $x "v"`).
SUFFIX = re.compile(r"(?<=[A-Za-z0-9])[_.-](?:[Pp]art[_.-]?)?(?P<n>[a-dA-D1-4])[\"']?"
                    r"(?:[ \t]*[:=][ \t]*|[ \t]+(?=[\"']))[\"'`]?(?P<v>[A-Za-z0-9+/=_.~!@#$%^&*-]{4,200})")
NAME_HEAD = re.compile(r"[A-Za-z][\w.-]{0,40}\Z")
SECRET_NAME = re.compile(r"pw|pass|pwd|key|token|secret|auth|cred", re.IGNORECASE)
PASSWORD_NAME = re.compile(r"pw|pass|pwd", re.IGNORECASE)
SUFFIX_ANCHORS = ("_a", "-a", "_1", "-1", ".a", "_A", "-A", "part")


def lettered_part_hits(text: str, scan: Scanner) -> list[Hit]:
    """Hits on the values of one secret-named base split under lettered or numbered names."""
    if not any(anchor in text for anchor in SUFFIX_ANCHORS):
        return []
    by_base: dict[str, dict[str, tuple[int, int]]] = {}
    for m in SUFFIX.finditer(text):
        head = NAME_HEAD.search(text, max(0, m.start() - 41), m.start())
        if head is None or not SECRET_NAME.search(head.group()):
            continue
        number = m.group("n").lower()
        by_base.setdefault(head.group().lower(), {}).setdefault("abcd"["1234".find(number)] if number.isdigit()
                                                                else number, (m.start("v"), m.end("v")))
    hits: list[Hit] = []
    for base, parts in by_base.items():
        order = [parts[n] for n in "abcd" if n in parts]
        if len(order) < 2 or "a" not in parts or "b" not in parts:
            continue
        joined = "".join(text[start:end].strip("\"'`") for start, end in order)
        kind = _judged(joined, PASSWORD_NAME.search(base) is not None, scan)
        if kind:
            hits.extend(Hit(start, end, kind, 0.8) for start, end in order)
    return hits


def _judged(joined: str, password_named: bool, scan: Scanner) -> str | None:
    """The secret type of a joined value: itself, or what its base64 decodes to."""
    found = [hit for hit in scan(f'secret = "{joined}"') if hit.end - hit.start >= len(joined) // 2]
    if found:
        return max(found, key=lambda hit: hit.confidence).type
    decoded = decode_base64(joined)
    if decoded is not None:
        password = user_password(decoded)
        if password is not None and " " not in decoded and looks_like_password(password):
            return "basic_auth"
        if " " not in decoded and (looks_like_password(decoded) or looks_like_key(decoded)):
            return "password" if password_named else "generic_secret"
    if looks_like_key(joined, 24) or password_named and looks_like_password(joined):
        return "password" if password_named else "generic_secret"
    return None


# A call that turns text into bytes or base64, around a literal or a variable: the Basic credentials being made.
ENCODE_CALL = re.compile(r"(?:GetBytes|ToBinary|b64encode|btoa|Buffer\.from|EncodeToString|encodeToString|"
                         r"base64_encode|strict_encode64|encode64|getBytes)\(\s*(?:\[\]byte\(\s*)?"
                         r"(?:[bf]?(?P<q>[\"'])(?P<lit>[^\"'\n]{3,200})(?P=q)|\$?(?P<var>[A-Za-z_]\w{0,40})\s*[),.])")
BASIC_REACH = 400  # characters before and after the word `Basic` an encode call may stand


def encoded_pair_hits(text: str) -> list[Hit]:
    """A `user:password` literal the code base64-encodes next to a `Basic` authorization."""
    if "Basic" not in text:
        return []
    hits: list[Hit] = []
    at = text.find("Basic")
    while at != -1:
        for m in ENCODE_CALL.finditer(text, max(0, at - BASIC_REACH), at + BASIC_REACH):
            span = (m.start("lit"), m.end("lit")) if m.group("lit") else _assigned(text, m.group("var"), m.start())
            if span is None:
                continue
            password = user_password(text[span[0]:span[1]])
            if password is not None and looks_like_password(password) and " " not in text[span[0]:span[1]]:
                hits.append(Hit(span[0], span[1], "basic_auth", 0.85))
        at = text.find("Basic", at + BASIC_REACH)
    return hits


def _assigned(text: str, name: str, before: int) -> tuple[int, int] | None:
    """The span of the last string literal assigned to `name` before `before` (`$pair = "…"`, `pair = '…'`)."""
    found = None
    for m in re.finditer(r"(?<![\w$])\$?" + re.escape(name) + r"\s*:?=\s*[bf]?([\"'])([^\"'\n]{3,200})\1",
                         text[:before]):
        found = (m.start(2), m.end(2))
    return found
