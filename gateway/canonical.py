"""RFC 8785 (JCS) canonical JSON and SHA-256 digests: what audit hashes and answer digests use.

The C `json` encoder already writes JCS for strings, integers, booleans and null with sorted BMP
keys; only some floats and keys beyond the BMP differ. Those rare values take the reference
`rfc8785` implementation, so every digest can be recomputed in any language.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785

_encode = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":")
).encode


class _NeedsReference(Exception):
    pass


def _plain(value: Any) -> Any:
    """Make floats JCS-safe for the fast encoder, or raise _NeedsReference."""
    if isinstance(value, float) and not isinstance(value, bool):
        if value.is_integer() and abs(value) < 1e21:
            return int(value)
        if 1e-4 <= abs(value) < 1e16:  # here Python's repr is ECMAScript's shortest form
            return value
        raise _NeedsReference
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be strings, got {type(key).__name__}")
            if not key.isascii() and any(ord(ch) > 0xFFFF for ch in key):
                raise _NeedsReference  # JCS sorts by UTF-16 code units, Python by code points
            out[key] = _plain(item)
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def canonical_bytes(value: Any) -> bytes:
    """The JCS canonical UTF-8 serialisation of a JSON value."""
    try:
        return _encode(_plain(value)).encode("utf-8")
    except _NeedsReference:
        return rfc8785.dumps(value)


def digest(value: Any) -> str:
    """SHA-256 hex of the canonical form."""
    return hashlib.sha256(canonical_bytes(value)).hexdigest()
