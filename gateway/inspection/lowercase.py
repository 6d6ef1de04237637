"""The lower-cased content of the answer being scanned, computed once for all the detectors that
read it (each would otherwise lower the same 32 KB again). Only an answer's content goes through
here: pieces a detector derives from it (decoded blobs) would push the content out."""

from __future__ import annotations

_last: tuple[str, str] = ("", "")  # (text, text.lower()) of the last content asked about


def lowered_content(text: str) -> str:
    """`text.lower()`, remembered for the last string object asked about: the detectors of one scan
    all read the same `choice.content` object."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    _last = (text, lowered)
    return lowered
