"""Base64-wrapped secrets: Kubernetes Secret `data`/`stringData`, Docker config `auth`, and any
base64 blob whose decoded text carries a secret (found by re-running the plain-text rules on it) or
is a `user:password` login said to be one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import decode_base64, is_placeholder, looks_like_password, user_password

Scanner = Callable[[str], list[Hit]]

_K8S_KIND = re.compile(r"""["']?kind["']?\s*:\s*["']?Secret\b""")
_YAML_SECTION = re.compile(r"^(?P<indent>[ \t]*)(?P<section>data|stringData):[ \t]*(?:#.*)?$", re.MULTILINE)
_YAML_ENTRY = re.compile(
    r"""(?P<indent>[ \t]+)["']?(?P<key>[A-Za-z0-9_.\-]+)["']?:[ \t]*["']?(?P<val>[^\s"'#][^"'\n#]*?)["']?[ \t]*$""",
    re.MULTILINE,
)
_JSON_SECTION = re.compile(r"""["'](?P<section>data|stringData)["']\s*:\s*\{(?P<body>[^{}]{1,20000})\}""")
_JSON_ENTRY = re.compile(r""""(?P<key>[^"\\]{1,128})"\s*:\s*"(?P<val>[^"\\]{1,20000})\"""")
_DOCKER_AUTH = re.compile(r"""["']auth["']\s*:\s*["'](?P<s>[A-Za-z0-9+/]{8,}={0,2})["']""")
_BLOB = re.compile(r"(?<![A-Za-z0-9+/=_\-])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=_\-])")
# The same blobs, each found with the character before it consumed (the engine skips to candidate starts).
_AFTER = re.compile(r"[^A-Za-z0-9+/=_\-]([A-Za-z0-9+/]{24,}={0,2})(?![A-Za-z0-9+/=_\-])")
_PUBLIC_KEYS = re.compile(
    r"^(?:user(?:name)?|login|host(?:name)?|port|database|db(?:name)?|namespace|region|endpoint|"
    r".*\.crt|.*\.pub|.*cert.*|ca|ca\.pem|ca-bundle.*|.*_url|url|email|name)$",
    re.IGNORECASE,
)


def _entry_hit(key: str, value: str, start: int, encoded: bool, scan: Scanner) -> Hit | None:
    text = decode_base64(value) if encoded else value
    if text is None:
        return None
    inner = scan(text)
    if inner:
        best = max(inner, key=lambda h: h.confidence)
        return Hit(start, start + len(value), best.type, max(0.5, best.confidence - 0.02))
    if _PUBLIC_KEYS.match(key) or is_placeholder(text) or len(text.strip()) < 3:
        return None
    return Hit(start, start + len(value), "k8s_secret", 0.9)


def k8s_secret_hits(text: str, scan: Scanner) -> list[Hit]:
    """Values of a Kubernetes Secret's `data` (base64) and `stringData` (plain) maps."""
    if "Secret" not in text or "ata" not in text or not _K8S_KIND.search(text):
        return []
    hits: list[Hit | None] = []
    for section in _YAML_SECTION.finditer(text):
        depth = len(section.group("indent"))
        pos = section.end() + 1
        while (entry := _YAML_ENTRY.match(text, pos)) is not None and len(entry.group("indent")) > depth:
            encoded = section.group("section") == "data"
            hits.append(_entry_hit(entry.group("key"), entry.group("val"), entry.start("val"), encoded, scan))
            pos = entry.end() + 1
    for section in _JSON_SECTION.finditer(text):
        encoded = section.group("section") == "data"
        for entry in _JSON_ENTRY.finditer(section.group("body")):
            start = section.start("body") + entry.start("val")
            hits.append(_entry_hit(entry.group("key"), entry.group("val"), start, encoded, scan))
    return [hit for hit in hits if hit is not None]


def docker_auth_hits(text: str) -> list[Hit]:
    """Docker config `"auth": base64(user:password)`."""
    if "auth" not in text:
        return []
    hits = []
    for match in _DOCKER_AUTH.finditer(text):
        decoded = decode_base64(match.group("s"))
        if decoded is not None and user_password(decoded) is not None:
            hits.append(Hit(match.start("s"), match.end("s"), "docker_auth", 0.95))
    return hits


def blob_hits(text: str, scan: Scanner) -> list[Hit]:
    """Any base64 blob whose decoded text contains a secret the plain-text rules find."""
    hits = []
    for start, blob in _blobs(text):
        if blob.isalpha() and (blob.islower() or blob.isupper()):
            continue
        decoded = decode_base64(blob)
        if decoded is None or len(decoded) < 8:
            continue
        inner = scan(decoded)
        if inner:
            best = max(inner, key=lambda h: h.confidence)
            hits.append(Hit(start, start + len(blob), best.type, max(0.5, best.confidence - 0.05)))
        elif _login_pair(decoded) and _said_login(text, start, start + len(blob)):
            hits.append(Hit(start, start + len(blob), "basic_auth", 0.8))
    return hits


def _blobs(text: str) -> list[tuple[int, str]]:
    """What `_BLOB.finditer(text)` yields, as (start, blob)."""
    out, pos = [], 0
    first = _BLOB.match(text)
    if first is not None:
        out.append((0, first.group()))
        pos = first.end()
    while (m := _AFTER.search(text, pos)) is not None:
        out.append((m.start(1), m.group(1)))
        pos = m.end()
    return out


_LOGIN_CONTEXT = ("base64", "b64", "login", "log in", "credential", "password", "sftp", "ftp", "basic",
                  "auth", "decode", "sign in")


def _login_pair(decoded: str) -> bool:
    """`user:password` with a chosen-password shape (a blob wrapping a login)."""
    password = user_password(decoded)
    return bool(password) and " " not in decoded and looks_like_password(password)


def _said_login(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 160): end + 80].lower()
    return any(word in window for word in _LOGIN_CONTEXT)
