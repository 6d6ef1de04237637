"""A secret stored under its name plus an encoding (`password_hex = 5744…`, `DB_PASSWORD_B64: V0Ru…`): hex and
base64 wrap the secret, they do not hide it. Counts only when the value decodes to printable text shaped like a
password or a key; a digest (`sha256_hex = 9f86…`) has no secret name, and its bytes are not printable.
"""

from __future__ import annotations

import binascii
import re

from gateway.inspection.cred_keyed import secret_name_kind
from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import decode_base64, is_placeholder, looks_like_key, looks_like_password
from gateway.inspection.literals import Occurrences

LITERALS = tuple(f"{sep}{enc}" for sep in "_-" for enc in ("hex", "b64", "base64"))

_ENCODED_KEY = re.compile(
    r"(?<![A-Za-z0-9_])(?P<name>[A-Za-z][A-Za-z0-9_\-]{1,60}?)[_\-](?P<enc>hex|b64|base64)[\"']?[ \t]*[:=][ \t]*"
    r"[\"']?(?P<v>[A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])", re.IGNORECASE)


def _decode(value: str, encoding: str) -> str | None:
    """The printable text `value` holds in `encoding`, or None."""
    if encoding != "hex":
        return decode_base64(value)
    try:
        decoded = bytes.fromhex(value).decode("utf-8")
    except (ValueError, binascii.Error):
        return None
    return decoded if decoded and all(c.isprintable() for c in decoded) else None


def encoded_key_hits(text: str, found: Occurrences) -> list[Hit]:
    """Secrets under a secret-named key with an encoding suffix."""
    if not found.any(LITERALS):
        return []
    lines = {(text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1))
             for positions in found.present(LITERALS) for at in positions}
    hits = []
    for m in (m for start, end in sorted(lines) for m in _ENCODED_KEY.finditer(text, start, end)):
        if secret_name_kind(m.group("name")) is None:
            continue
        decoded = _decode(m.group("v"), m.group("enc").lower())
        if decoded and not is_placeholder(decoded) and (looks_like_password(decoded) or looks_like_key(decoded)):
            hits.append(Hit(m.start("v"), m.end("v"), "password", 0.85))
    return hits
