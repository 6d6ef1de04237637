"""A new account written up as a record of its fields, with the role or the groups it was given: "New administrator
account for the permits back-office: - Username: `s.achterberg` - Role template: Permits Officer (Senior)". The
account made is a lifecycle step; the role in its record is access given with it."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit

HEAD_REACH = 300  # the record's title stands in its first lines
NEW_ACCOUNT = re.compile(r"\bnew\s+(?:[\w-]+\s+){0,2}(?:user\s+)?account\b|\baccount\s+(?:was\s+|has\s+been\s+)?"
                         r"(?:created|provisioned|set\s+up)\b")
NAME_FIELD = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?\**(?:username|user ?name|login name|user id|upn|account name)"
                        r"\**[ \t]*:", re.M)
ROLE_FIELD = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?\**(?:roles?(?: templates?)?|security roles?|groups?|"
                        r"access level|permission sets?|access profile)\**[ \t]*:\**[ \t]*"
                        r"(?!(?:none|n/a|tbd|tbc|-|\u2014)\s*$)"
                        r"[`*\"']*\w[^\n]{1,80}$", re.M)


def account_field_hits(text: str, low: str) -> list[Hit]:
    """The role field of a new account's record, as access given (`low`: `text` lower-cased, same length)."""
    if "account" not in low or ":" not in low or NEW_ACCOUNT.search(low, 0, HEAD_REACH) is None:
        return []
    if NAME_FIELD.search(low) is None:
        return []
    role = ROLE_FIELD.search(low)
    return [Hit("access_change", role.start(), role.end(), 0.7, "grant", rule="new-account-role")] if role else []
