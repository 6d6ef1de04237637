"""Who holds access, listed as audit evidence: an ACL or a role's members pulled and written up for a control
("finance_mart READERs: group:fin-analysts@..., user:cfo@..." then "This is the evidence for control DA-3").
LABELS.md: a lookup result that lists who holds access is evidence when it is written up as audit evidence;
the same listing without the audit around it is a read-only lookup. Read by prose_decisions.answer_hits."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.keywords import lines_with

# A line naming a level of access, then a principal: a typed member (`group:`, `user:`, `serviceAccount:`) or
# an address ("OWNERs: group:data-admins@...", "- roles/viewer: user:ana@...", "Admins: raj@acme.io").
HOLDER_LINE = re.compile(
    r"^[ \t>*|-]*(?:[\w.-]+[ \t]+)?(?:readers?|writers?|owners?|editors?|viewers?|admins?|administrators?|"
    r"members?|approvers?|roles/[\w.]+|[\w-]*(?:admin|reader|writer|viewer|editor|owner)s?)[ \t]*[:=|][ \t]*"
    r"(?:(?:group|user|serviceaccount|domain|principal|role)[:/][^\s,]+|[\w.+-]+@[\w-]+\.[\w.]+)", re.I | re.M)
# The listing written up for an auditor: called evidence, or put under a control or a framework.
WRITTEN_UP = re.compile(r"\bevidence\b|\bfor (?:the |our |this )?(?:audit|auditors?)\b|\bcontrol [a-z]{1,5}-\d+\b|"
                        r"\bsox\b|\bsoc ?2\b|\bitgc\b|\baudit (?:request|sample|file|workpaper)s?\b", re.I)
ANCHORS = ("evidence", "audit", "control ", "sox", "soc", "itgc")
# Every HOLDER_LINE match holds one of these (lower-cased): a typed member or an address.
PRINCIPAL_MARKS = ("@",) + tuple(f"{kind}{sep}" for kind in ("group", "user", "serviceaccount", "domain", "principal",
                                                              "role") for sep in ":/")


def holder_listing_hits(text: str, low: str) -> list[Hit]:
    """Attestation where an answer written up as audit evidence lists principals under access levels."""
    if not any(anchor in low for anchor in ANCHORS) or ":" not in text:
        return []
    line = _holder_line(text, low)
    if line is None or WRITTEN_UP.search(text) is None:
        return []
    return [Hit("attestation", line.start(), line.end(), 0.75, "attest", rule="holder-listing-evidence")]


def _holder_line(text: str, low: str) -> re.Match[str] | None:
    """`HOLDER_LINE.search(text)`, tried only at the starts of the lines holding a principal mark (a match
    starts at a line's start and ends within that line)."""
    if len(low) != len(text):
        return HOLDER_LINE.search(text)
    for start, _ in lines_with(low, PRINCIPAL_MARKS):
        if (m := HOLDER_LINE.match(text, start)) is not None:
            return m
    return None
