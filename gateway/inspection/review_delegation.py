"""An access review handed to someone who will certify it: "Reassigned the review of the `Treasury` campaign
to Olga Petrova as certifier", "delegate the Q3 SAP recertification to ana@acme.com". Who signs a review's
decisions decides what the review attests, so naming the certifier is identity evidence (attestation).
A code, design or performance review handed on is not an access review. Read by the prose detector."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.hits import Hit

VERBS = ("assign", "delegat", "handed over", "hand over", "transferr")
HANDED = head_first(
    r"\b(?i:re-?assign(?:ed|s)?|assign(?:ed|s)?|delegat(?:e|ed|es)|hand(?:ed)?\s+over|transferred)\s+"
    r"(?P<what>[^.;\n]{3,100}?)\s+(?i:to)\s+"
    r"(?P<who>[A-Z][a-z\u00e0-\u00ff]+(?:\s+[A-Z][a-z\u00e0-\u00ff]+)?|[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w.])@[\w.-]{2,})")
# What is handed on: an access review, or any review or campaign whose receiver signs it as its certifier (not a
# marketing campaign, not a code review).
REVIEWED = re.compile(r"\b(?:access|entitlement|privilege[ds]?|user)\s+reviews?\b|\b(?:re)?certifications?\b|"
                      r"\battestations?\b", re.IGNORECASE)
# The one receiving it named as the review's signer: "to Olga Petrova as certifier".
AS_SIGNER = re.compile(r"\s+as\s+(?:the\s+)?(?:certifier|reviewer|attester|approver)\b", re.IGNORECASE)
NOT_ACCESS = re.compile(r"\b(?:code|pr|pull request|design|performance|peer|paper|manuscript|grant|budget)\s+"
                        r"reviews?\b", re.IGNORECASE)
NOT_TAKEN = re.compile(r"\b(?:if|when|whether|not|never|can|could|should|would|how)\b[^.;\n]{0,60}$", re.IGNORECASE)


def delegation_hits(text: str, low: str) -> list[Hit]:
    """An access review's certifier named, one hit at most (`low`: `text` lower-cased)."""
    if not any(verb in low for verb in VERBS) or "review" not in low and "certif" not in low \
            and "attest" not in low and "campaign" not in low:
        return []
    for m in HANDED.finditer(text):
        what = m.group("what")
        if NOT_ACCESS.search(what):
            continue
        signer = AS_SIGNER.match(text, m.end())
        if not (REVIEWED.search(what) or signer and ("review" in what.lower() or "campaign" in what.lower())):
            continue
        if NOT_TAKEN.search(text, max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1,
                            m.start()):
            continue
        return [Hit("attestation", m.start(), signer.end() if signer else m.end(), 0.7, "attest",
                    rule="review-delegated")]
    return []
