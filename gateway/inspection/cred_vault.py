"""A password vault's retrieval response: CyberArk's Central Credential Provider answers with a JSON object
whose `Content` is the password, beside the `UserName` (and `Address`, `PolicyID`) it belongs to. `Content`
alone is a common word for a message body, so the object must also name the account the value logs in."""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import is_placeholder, looks_like_password

_CONTENT = re.compile(r"\"Content\"\s*:\s*\"(?P<s>[^\"\s]{6,128})\"")
_ACCOUNT = re.compile(r"\"UserName\"\s*:\s*\"[^\"\s]{1,64}\"")
REACH = 300  # the account's key stands in the same object, this close to `Content`


def vault_response_hits(text: str) -> list[Hit]:
    """The `Content` of a JSON object that also carries a `UserName`: the retrieved password."""
    if "\"Content\"" not in text or "\"UserName\"" not in text:
        return []
    hits = []
    for match in _CONTENT.finditer(text):
        value = match.group("s")
        if _ACCOUNT.search(_same_object(text, match.start(), match.end())) and looks_like_password(value) \
                and not is_placeholder(value):
            hits.append(Hit(match.start("s"), match.end("s"), "password", 0.9))
    return hits


def _same_object(text: str, start: int, end: int) -> str:
    """The text of the innermost `{...}` around text[start:end] (at most REACH characters either side)."""
    open_at = text.rfind("{", max(0, start - REACH), start)
    close_at = text.find("}", end, end + REACH)
    if open_at < 0 or close_at < 0 or "}" in text[open_at:start] or "{" in text[end:close_at]:
        return ""
    return text[open_at:close_at]
