"""Device configuration read back, not written: a backup whose tool strips the secrets (RANCID and Oxidized print
`<removed>`, Oxidized also `<secret hidden>`). No one can paste such a line into a device, so a local user in it is
an account that exists, not one being created or granted. An answer's own masking (`<redacted>`, `*****`) is not
this: an agent reporting the user it just created may mask the secret it set.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A secret replaced by a backup tool's marker (`<password>` asks for one to be filled in: not this).
REDACTED = re.compile(r"<(?:[a-z ]{0,20}\s)?(?:removed|hidden|stripped)>", re.IGNORECASE)


def unless_redacted(kind: str, action: str) -> Callable[[re.Match], tuple[str, str] | None]:
    """A rule's classifier: (`kind`, `action`) for a configuration line one could enter, None for a line
    read back with its secret stripped (the match spans the line)."""
    def classify(match: re.Match) -> tuple[str, str] | None:
        return None if REDACTED.search(match.group()) else (kind, action)
    return classify
