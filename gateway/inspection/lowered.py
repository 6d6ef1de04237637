"""One lower-cased copy of an answer's text, shared by the detectors that scan the same answer:
lower-casing 32 KB of non-ASCII text costs about as much as a rule family, so it is done once."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8)  # the detectors of one request ask about the same few texts
def shared_lower(text: str) -> str:
    """`text.lower()`."""
    return text.lower()
