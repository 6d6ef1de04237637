"""Session 20: mechanisms from blind rounds 143, 145 and 146 and the rounds of session 19 (a school district,
logistics, pharma, police and fire): each reads what it names, and its look-alike stays quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in FULL.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


def call(name: str, arguments: dict, content: str = "") -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("call_0", name, json.dumps(arguments)),)),)))


@pytest.mark.parametrize("content", [
    "Per your request for the PCI assessor: only the following accounts can access the settlement export:\n\n"
    "- `payops-svc` (service)\n- Claire Dubois (Payments Ops Lead)\n- Mateo Silva (Payments Ops)",
    "**Data integrity audit, LIMS Prod — privileged users**\n\n| User | Role |\n|---|---|\n| rbyrne | LIMS_ADMIN |\n"
    "| sokafor | CONFIG_MANAGER |\n| tquirke | CONFIG_MANAGER |",
    "State audit, question 5 (who outside the district has access to student records?):\n\n- Clever, Inc. – rostering\n"
    "- NWEA – MAP Growth rosters",
])
def test_an_audit_answer_listing_who_holds_access_is_attestation(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "The auditor asked which accounts have access, so run this and paste the output:\n\n```\n- name\n- role\n```",
    "The following users can access the wiki:\n\n- Ana\n- Ben",  # no audit
    "For the SOC 2 audit, who has access to the export is set by one role. To see it:\n\n1. Open the admin console.\n"
    "2. Select Roles.",
])
def test_a_query_for_the_audit_steps_or_a_roster_with_no_audit_is_not(content: str) -> None:
    assert "attestation" not in text(content)


def test_a_status_changed_with_an_effective_date_on_a_named_person_is_attestation() -> None:
    assert "attestation" in text('Updated in Munis: Officer Daniel Ferris — status changed to "FMLA Leave" '
                                 'effective 11/11/2024, expected return 02/03/2025.')


def test_a_ticket_status_changed_with_an_effective_date_is_not() -> None:
    assert "attestation" not in text("The ticket status changed to Resolved effective 11/11/2024.")
