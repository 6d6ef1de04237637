"""A change done, its verb leading a list of what it was done to: "I have removed:" then "- his membership of
`VPN-Contractors`", "- his "Read" role in the pension application". The verb and its objects stand on different
lines, so no one sentence holds both."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit

# The speaker's own change, ending its line with a colon ("I have removed:", "We've granted the following:").
LEAD = re.compile(r"\b(?:i|we)(?:'ve|\u2019ve| have)?\s+(?:also\s+)?(?P<verb>removed|revoked|withdrawn|taken away|"
                  r"granted|added|assigned|given)(?:\s+the following)?\s*:[ \t]*\n(?:[ \t]*\n)?")
# A list item naming someone's access ("- his membership of `VPN-Contractors`", "- her "Read" role in ..."), or
# access by its own name ("- write access to the `claims` bucket"); not "- a new group chat feature".
ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:(?:his|her|their|[a-z]+(?:'|\u2019)s)\b[^\n]{0,60}?\b"
                  r"(?:memberships?|roles?|access|permissions?|rights|privileges?|shares?|licen[cs]es?|entitlements?|"
                  r"groups?)\b|[^\n]{0,60}?\b(?:memberships?|access|permissions?|privileges?|entitlements?)\b)",
                  re.MULTILINE)
# Accounts changed, the list naming them: "Re-enabled the returning lifeguard accounts for the season:" then
# "- `lg.abernathy` – Westside Pool", two such items at least.
ACCOUNTS_LEAD = re.compile(r"^[ \t*]*(?:(?:i|we)(?:'ve|\u2019ve| have)?\s+)?(?P<verb>re-?enabled|reactivated|disabled|"
                           r"deactivated|deleted|locked|unlocked|suspended|created)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                           r"(?:accounts|users|logins)\b[^\n:]{0,80}:[ \t*]*\n(?:[ \t]*\n)?", re.MULTILINE)
ACCOUNT_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:`[\w.@-]{2,64}`|[a-z0-9]+[._@-][\w.@-]+|[a-z]+\d+)"
                          r"(?:[ \t]|$)", re.MULTILINE)  # an id: in backticks, dotted (`lg.hwang`) or numbered
LIFE_ACTIONS = {"deleted": "delete", "created": "create", "unlocked": "reset"}  # else disable, or enable again
VERBS = ("removed", "revoked", "withdrawn", "taken away", "granted", "added", "assigned", "given")
REVOKES = ("removed", "revoked", "withdrawn", "taken away")


def lead_list_hits(low: str) -> list[Hit]:
    """Access changes and account steps whose verb leads a list (`low`: the lower-cased answer)."""
    if ":\n" not in low and ": \n" not in low:
        return []
    hits = _accounts_hits(low) if "accounts" in low or "users" in low or "logins" in low else []
    if not any(map(low.__contains__, VERBS)):
        return hits
    for m in LEAD.finditer(low):
        if ITEM.match(low, m.end()):
            action = "revoke" if m.group("verb") in REVOKES else "grant"
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule="prose-lead-list"))
    return hits


def _accounts_hits(low: str) -> list[Hit]:
    hits = []
    for m in ACCOUNTS_LEAD.finditer(low):
        first = ACCOUNT_ITEM.match(low, m.end())
        second = low.find("\n", first.start()) + 1 if first is not None else 0
        if second and ACCOUNT_ITEM.match(low, second):  # two items: the first one's line ends, another follows
            verb = m.group("verb")
            action = LIFE_ACTIONS.get(verb, "create" if verb.startswith(("re", "un")) else "disable")
            # above a sentence rule's 0.75 on the same words: this one is self-supported (the list is the object)
            hits.append(Hit("lifecycle", m.start(), m.end(), 0.8, action, rule="prose-lead-list"))
    return hits
