"""Calls whose name says where and whose arguments say what was decided: `sailpoint_certification({"action":
"sign_off"})` signs a review off (the action completes the name: `sailpoint_certification_sign_off`), and
`sailpoint_submit_decision({"request_id": ..., "decision": "approve"})` approves a request in an identity
governance product, where every request is one for access (a ticketing tool's approval may be a holiday's)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gateway.inspection.hits import Hit
from gateway.inspection.tool_names import judge_name, words

ACTION_KEYS = ("action", "operation", "op", "step")
VERDICT_KEYS = ("decision", "verdict", "outcome", "recommendation", "status", "resolution")
# Identity governance products: what is requested or decided there is access.
GOVERNANCE = frozenset(("sailpoint", "identitynow", "iiq", "saviynt", "omada", "pathlock", "veza", "zilla", "lumos",
                        "conductorone", "c1", "oig", "iga", "igs"))
APPROVALS = frozenset(("approve", "approved", "grant", "granted", "accept", "accepted"))


def verdict_call_hits(name: str, args: Any) -> list[Hit]:
    """An attestation for a review object signed off by an action argument, an access grant for an approval
    submitted to an identity governance product (only when the name alone decides nothing)."""
    if not isinstance(args, Mapping):
        return []
    keys = {str(key).lower(): value for key, value in args.items()}
    for key in ACTION_KEYS:
        action = keys.get(key)
        if isinstance(action, str) and 2 < len(action) < 40 and " " not in action.strip():
            judged = judge_name(f"{name}_{action}")
            if judged and judged[0] == "attestation":
                return [Hit("attestation", 0, 0, 0.85, "attest", rule="tool-action-attest")]
    if GOVERNANCE.intersection(words(name)):
        for key in VERDICT_KEYS:
            verdict = keys.get(key)
            if isinstance(verdict, str) and verdict.strip().lower() in APPROVALS:
                return [Hit("access_change", 0, 0, 0.85, "grant", rule="tool-governance-approval")]
    return []
