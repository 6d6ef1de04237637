"""RFC 8785 (JCS) canonical JSON and SHA-256 digests: what audit hashes and answer digests use.

The C `json` encoder already writes JCS for strings, integers, booleans and null with sorted BMP
keys; only some floats and keys beyond the BMP differ. Those rare values take the reference
`rfc8785` implementation, so every digest can be recomputed in any language.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import rfc8785

_encode = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":")
).encode


class _NeedsReference(Exception):
    pass


_SAFE_INT = 2**53 - 1


def _plain(value: Any) -> Any:
    """Make floats JCS-safe for the fast encoder, or raise _NeedsReference."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _SAFE_INT:
        raise _NeedsReference  # JCS numbers are IEEE doubles, written as ECMAScript writes them
    if isinstance(value, float) and not isinstance(value, bool):
        if value.is_integer() and abs(value) <= _SAFE_INT:
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


# Values come from JSON or from the gateway's own records, so keys are strings (checked at the
# top level; the exact path checks every level). In the encoder's compact output every number
# follows `:`, `,` or `[`: a fraction, an exponent or 16+ digits there *may* be a number the fast
# path writes differently (or a string that looks like one), so the exact path decides. A false
# alarm costs time, never bytes.
_SUSPECT_NUMBER = re.compile(r"[:,\[]-?\d+(?:[.eE]|\d{15})")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def canonical_bytes(value: Any) -> bytes:
    """The JCS canonical UTF-8 serialisation of a JSON value."""
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        text = _encode(value)  # the C encoder: the common case costs one pass
        if not _SUSPECT_NUMBER.search(text) and (text.isascii() or not _ASTRAL.search(text)):
            return text.encode("utf-8")
    try:
        return _encode(_plain(value)).encode("utf-8")
    except _NeedsReference:
        return rfc8785.dumps(_doubles(value))


def _doubles(value: Any) -> Any:
    """Integers beyond the safe range as the doubles JCS writes them (the reference refuses them)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _SAFE_INT:
        return float(value)
    if isinstance(value, dict):
        return {key: _doubles(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_doubles(item) for item in value]
    return value


def digest(value: Any) -> str:
    """SHA-256 hex of the canonical form."""
    return hashlib.sha256(canonical_bytes(value)).hexdigest()
