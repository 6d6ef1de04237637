"""A certification decided as data: a request body or tool payload that names the certification (or campaign) it
acts on and approves, revokes or signs off its line items (SailPoint's `{"certificationId": ..., "items":
[{"action": "Approve"}], "signOff": true}`). The reviewer's decisions are identity evidence (attestation). The
same `action` key without a certification beside it (an invoice, a deploy) is not a review."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Found, Rule, compile_i

_CERTIFICATION_KEY = re.compile(r"[\"'](?:certification|campaign)_?id[\"']\s*:")
REACH = 400  # the certification's key stands this close to the decision


def _certification_near(text: str, low: str, pos: int, end: int, found: Found) -> bool:
    return _CERTIFICATION_KEY.search(low, max(0, pos - REACH), min(len(low), pos + REACH)) is not None


RULES: tuple[Rule, ...] = (
    Rule("certification-decided", ("action", "signoff", "sign_off"), compile_i(
        r"[\"'](?:action|decision)[\"']\s*:\s*[\"'](?:approve|approved|revoke|revoked|certify|maintain|remediate)[\"']|"
        r"[\"']sign_?off[\"']\s*:\s*true\b"),
        "attestation", "attest", 0.8, starts=("action", "decision", "sign"), back=1, guard=_certification_near),
)
