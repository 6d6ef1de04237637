"""An existing key pointed at by its masked form (`rk_live_…a91Z`, `sk-...3fA9`, `AKIA…WXYZ`): the dashboard's way
to say which key a job uses, to explain an error or a scope. The learned model reads "restricted key" as a key
being made; with no step in the answer (no change verb, no "roll", "replace" or "expire"), it is a description
of a key that exists. A short answer only: a longer one has room for a rotation plan.
"""

from __future__ import annotations

import re

from gateway.inspection.learned_lookalikes import CHANGE_VERBS
from gateway.inspection.lowered import shared_lower

SHORT = 600
# a key's public prefix, an ellipsis, its last characters
MASKED_KEY = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]{1,11}(?:[_-][A-Za-z0-9]{2,8}){0,2}[_-]?(?:\u2026|\.{3})"
                        r"[A-Za-z0-9]{2,8}(?![\w-])")
KEY_STEPS = re.compile(r"\b(?:roll|rolled|rolling|replac\w*|expir\w*|regenerat\w*|re-?issu\w*|invalidat\w*|"
                       r"restrict|swap\w*|mint\w*|paste|new (?:key|secret|token))\b")


def is_masked_key_reference(content: str) -> bool:
    """A short answer that names a key by its masked form and takes no step with it."""
    if len(content) > SHORT or ("\u2026" not in content and "..." not in content) or not MASKED_KEY.search(content):
        return False
    low = shared_lower(content)
    return CHANGE_VERBS.search(low) is None and KEY_STEPS.search(low) is None
