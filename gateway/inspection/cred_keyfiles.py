"""A key file written from a base64 blob in the answer: `echo '<base64>' | base64 -d > /etc/munge/munge.key`.
The decoded bytes are binary (a munge key, a keytab, a DER private key), so the decoder that rescans
printable text never sees them; where they are written says what they are."""

from __future__ import annotations

from gateway.inspection.alternation import head_first
from gateway.inspection.cred_patterns import Hit

KEY_FILE_WRITE = head_first(
    r"\becho\s+(?:-n\s+)?['\"]?(?P<s>[A-Za-z0-9+/]{32,}={0,2})['\"]?\s*\|\s*base64\s+(?:-d|--decode|-D)\b[^\n|]*?"
    r">\s*['\"]?[\w./~$-]*(?:\.key|\.pem|\.keytab|\.p12|\.pfx|\.jks|keyfile|_key|-key|/key)['\"]?(?=\s|\Z|[;&)])")


def key_file_hits(text: str) -> list[Hit]:
    """A hit on each base64 blob decoded into a key file."""
    if "base64" not in text:
        return []
    return [Hit(m.start("s"), m.end("s"), "private_key", 0.85) for m in KEY_FILE_WRITE.finditer(text)]
