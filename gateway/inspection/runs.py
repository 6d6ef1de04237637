"""Where long runs of characters from a small ASCII alphabet start (base64 blobs and the like),
found with byte scans: a regex such as `[A-Za-z0-9+/]{20,}` is otherwise tried at every position of
a long answer, which costs more than the rest of a scan for blobs put together."""

from __future__ import annotations

from collections.abc import Iterator

_IN, _OUT = b"\x01", b"\x00"


def alphabet_table(alphabet: str) -> bytes:
    """A bytes.translate table marking the alphabet's characters 1 and every other byte 0."""
    return bytes(1 if chr(byte) in alphabet else 0 for byte in range(256))


def ascii_bytes(text: str) -> bytes:
    """One byte per character of `text`, "?" for any non-ASCII one: byte offsets are character offsets."""
    return text.encode("ascii", "replace")


def run_starts(text: str, table: bytes, minimum: int) -> Iterator[int]:
    """The start of every maximal run of at least `minimum` characters of the table's alphabet,
    in order."""
    mask = ascii_bytes(text).translate(table)
    needle = _IN * minimum
    start = mask.find(needle)
    while start >= 0:
        yield start  # the first full needle after a 0 byte begins a run
        end = mask.find(_OUT, start + minimum)
        if end < 0:
            return
        start = mask.find(needle, end)
