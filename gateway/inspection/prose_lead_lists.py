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
VERBS = ("removed", "revoked", "withdrawn", "taken away", "granted", "added", "assigned", "given")
REVOKES = ("removed", "revoked", "withdrawn", "taken away")


def lead_list_hits(low: str) -> list[Hit]:
    """Access changes whose verb leads a list (`low`: the lower-cased answer)."""
    if ":\n" not in low and ": \n" not in low or not any(map(low.__contains__, VERBS)):
        return []
    hits = []
    for m in LEAD.finditer(low):
        if ITEM.match(low, m.end()):
            action = "revoke" if m.group("verb") in REVOKES else "grant"
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule="prose-lead-list"))
    return hits
