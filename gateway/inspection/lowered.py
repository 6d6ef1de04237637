"""One lower-cased copy of an answer's text, shared by the detectors that scan the same answer:
lower-casing 32 KB of non-ASCII text costs about as much as a rule family, so it is done once."""

from __future__ import annotations

from functools import lru_cache

# Shorter texts (a sentence, a prefix before a verb) are lower-cased anew: remembered, the many of them one answer
# asks about pushed the answer's own copy out of the few the cache keeps.
SHARED_FROM = 512


def shared_lower(text: str) -> str:
    """`text.lower()`."""
    return _remembered_lower(text) if len(text) >= SHARED_FROM else text.lower()


@lru_cache(maxsize=8)  # the detectors of one request ask about the same few texts
def _remembered_lower(text: str) -> str:
    return text.lower()
