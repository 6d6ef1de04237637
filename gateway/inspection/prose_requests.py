"""An access request reported as decided or carried out: "Your request for access to the **Vendor Portal –
Buyer** role has been approved by your manager and completed", "the request for prod-admins was granted".
A pending request is not (LABELS.md tie-breaker 4); one approved, granted or provisioned is an access
change decided."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.windows import windowed_matches

_ACCESS = r"(?:access|role|group|permissions?|entitlements?|membership|rights|privileges?|admin\w*|license|licence)"
REQUEST_DONE = re.compile(
    rf"\b(?:your|the|his|her|their|this|[\w-]+'s)\s+(?:access\s+)?request\s+(?:for|to)\b[^.;\n]{{0,100}}?\b{_ACCESS}\b"
    r"[^.;\n]{0,60}?\b(?:has been|have been|was|were|is now|got)\s+(?:\w+\s+){0,2}?"
    r"(?P<v>approved|granted|provisioned|fulfilled|completed|actioned|implemented)\b")
NOT_DONE = re.compile(r"\b(?:not|never|yet to be|partially)\s+\Z")
ANCHORS = ("request",)
BACK, AHEAD = 50, 260


def request_hits(text: str, low: str) -> list[Hit]:
    """An access-change hit for each access request said to be approved or fulfilled (`low`: lower-cased)."""
    if "request" not in low:
        return []
    return [Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="prose-request-done")
            for m in windowed_matches(REQUEST_DONE, low, low, ANCHORS, BACK, AHEAD)
            if not NOT_DONE.search(low, max(0, m.start("v") - 20), m.start("v"))]
