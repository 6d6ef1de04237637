"""Patterns written where they are used, compiled once.

The re module's own cache keeps 512 patterns and the detectors compile thousands at import, so a pattern
passed to `re.search` inside a function was compiled again on most calls (a parse of the pattern each time)."""

from __future__ import annotations

import re
from functools import cache


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, kept for the life of the process."""
    return re.compile(pattern, flags)
