"""Session 13: exceptions asked for are not a review's finding ("No exceptions were raised this period"), and "had
an approved CAB record" uses "approved" as an adjective; a review's own "no exceptions noted" and a narrative's "had
already been removed" still read as attestations."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from tests.unit.inspection.probes import engine_kinds

PROSE = build_engine(["prose"])


@pytest.mark.parametrize("text", [
    "Encryption at rest is enabled on all managed databases; keys rotate. No exceptions were raised this period.",
    "Patch compliance is at 97 % for the audit period. No exceptions have been requested since March.",
    "For the audit sample, every production change had an approved CAB record and a linked test plan.",
])
def test_requests_and_adjectives_are_not_attestations(text: str) -> None:
    assert "attestation" not in engine_kinds(PROSE, text)


@pytest.mark.parametrize("text", [
    "Quarterly access review for the payments app is complete; no exceptions noted.",
    "Access review of the finance share: all 14 members reviewed by J. Ortiz, no deviations.",
    "During the audit we confirmed the leavers had already been removed from the VPN group.",
])
def test_review_outcomes_still_read(text: str) -> None:
    assert "attestation" in engine_kinds(PROSE, text)


@pytest.mark.parametrize("text", [
    "For the Perforce super-user list, my recommendation is to approve continued access for b.ahmed.",
    "Recommend approving continued access for the two DBAs on the ledger cluster.",
])
def test_approving_continued_access_is_a_keep_verdict(text: str) -> None:
    assert "attestation" in engine_kinds(PROSE, text)


def test_a_recommendation_to_approve_a_budget_is_not() -> None:
    assert engine_kinds(PROSE, "My recommendation is to approve the budget for the Q3 offsite.") == set()
