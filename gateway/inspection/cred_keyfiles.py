"""A key file written from a base64 blob in the answer: `echo '<base64>' | base64 -d > /etc/munge/munge.key`.
The decoded bytes are binary (a munge key, a keytab, a DER private key), so the decoder that rescans
printable text never sees them; where they are written, or the name they are handed over under, says what they
are."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.cred_patterns import Hit
from gateway.inspection.lowered import shared_lower

KEY_FILE_WRITE = head_first(
    r"\becho\s+(?:-n\s+)?['\"]?(?P<s>[A-Za-z0-9+/]{32,}={0,2})['\"]?\s*\|\s*base64\s+(?:-d|--decode|-D)\b[^\n|]*?"
    r">\s*['\"]?[\w./~$-]*(?:\.key|\.pem|\.keytab|\.p12|\.pfx|\.jks|keyfile|_key|-key|/key)['\"]?(?=\s|\Z|[;&)])")


# The same blob handed over under the key file's name: "base64 keytab for HTTP/jupyter@UNI.EDU: XFfxaH4Z9syp...".
KEY_FILE_NAMED = head_first(r"(?i:\bkeytab|\bkeystore|\.p12|\.pfx|\bpkcs ?#?12|\bmunge key)\b[^\n]{0,120}?[:=][ \t]*"
                            r"['\"`]?(?P<s>[A-Za-z0-9+/]{64,}={0,2})(?![\w+/])")
KEY_FILE_NAMES = ("keytab", "keystore", ".p12", ".pfx", "pkcs", "munge")


def key_file_hits(text: str) -> list[Hit]:
    """A hit on each base64 blob decoded into a key file, or handed over under a key file's name."""
    hits = []
    if "base64" in text:
        hits += [Hit(m.start("s"), m.end("s"), "private_key", 0.85) for m in KEY_FILE_WRITE.finditer(text)]
    low = shared_lower(text)  # the answer's lower-cased copy the other detectors already made
    if any(name in low for name in KEY_FILE_NAMES):
        hits += [Hit(m.start("s"), m.end("s"), "private_key", 0.85) for m in KEY_FILE_NAMED.finditer(text)
                 if _binary_base64(m.group("s"))]
    return hits


# A tool call writing such a file: `write_file(path="/etc/krb5.keytab", encoding="base64", content="BQJ2gHZ9...")`.
KEY_FILE_PATH = re.compile(r"(?:\.key|\.pem|\.keytab|\.p12|\.pfx|\.jks|keyfile|/id_(?:rsa|ecdsa|ed25519|dsa))\Z")
PATH_KEYS = frozenset(("path", "file", "filename", "file_path", "filepath", "dest", "destination", "target"))
WHOLE_BLOB = re.compile(r"[A-Za-z0-9+/]{64,}={0,2}\Z")


def key_file_content_hit(paths: list[str], value: str) -> Hit | None:
    """The whole `value` a binary base64 blob written to one of `paths` that is a key file's."""
    if not any(KEY_FILE_PATH.search(path.strip()) for path in paths):
        return None
    blob = value.strip()
    if WHOLE_BLOB.match(blob) is None or not _binary_base64(blob):
        return None
    start = value.index(blob)
    return Hit(start, start + len(blob), "private_key", 0.85)


def _binary_base64(blob: str) -> bool:
    """Base64 of binary bytes mixes upper- and lower-case letters; a hex digest or a word run does not."""
    return any(ch.isupper() for ch in blob) and any(ch.islower() for ch in blob) and any(ch.isdigit() for ch in blob)
