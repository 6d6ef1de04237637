"""Mechanisms found by blind rounds 36 and 37, each tested on answers written for the test."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer


@pytest.fixture(scope="module")
def engine():
    return build_engine(["tool_calls", "structured", "prose", "credentials", "learned"])


def kinds(engine, content: str) -> set[str]:
    return {f.kind for f in engine.scan(Answer.of_text(content)) if f.confidence >= 0.5}


@pytest.mark.parametrize("content, kind", [
    # a verdict on a named person right after "Decision ...:", revoke carried out by someone
    ("Decision for Priya Nair / Coupa Approver: **Revoke** — moved to Legal in May.", "attestation"),
    ("Decision for Priya Nair / Coupa Approver: **Revoke** — moved to Legal in May.", "access_change"),
    ("Decision for Jonas Berg: retain — still runs the payroll close.", "attestation"),
    # a gap accepted as a risk, retained under compensating controls, bulk certifications
    ("Risk acceptance RA-31: the shared kiosk account cannot be individualised before the refresh. Accepted by "
     "M. Osei, CIO.", "attestation"),
    ("The break-glass account was retained with compensating controls (vaulted, alerting on use).", "attestation"),
    ("Auto-certified 112 low-risk entitlements in the Finance campaign; 4 sent to reviewers.", "attestation"),
    # holders listed for auditors, in French; a removal confirmed, in Spanish
    ("Pour les commissaires aux comptes : liste des détenteurs du rôle Administrateur dans Cegid au 31/12 :\n\n"
     "- Luc Martin\n- Inès Roy", "attestation"),
    ("Se confirma la baja de los accesos de Marta Gil a Salesforce y Jira. Se cierra la solicitud.", "attestation"),
    # MFA bypass, backup or recovery codes issued to someone
    ("Issued new backup codes for Tom Reed after he lost his phone.", "lifecycle"),
])
def test_found(engine, content: str, kind: str) -> None:
    assert kind in kinds(engine, content)


@pytest.mark.parametrize("content", [
    "Decision for Ann Lee: we keep the current vendor for the offsite.",
    "We could not obtain evidence that the risk acceptance was approved in time.",
    "Resource groups are just containers; put the storage account and the Synapse workspace in it next.",
    "**Access request form**\n\n- Requester name: ________\n- System: ________\n"
    "- Access level requested: \u2610 Read \u2610 Write \u2610 Admin\n- Manager approval: ________",
    "**Control template**\n\n- Control ID: ____\n- Evidence to retain: population extract, reviewer sign-off",
    "**Joiner–Mover–Leaver in one slide**\n\n- Leaver: termination date → accounts disabled at end of last day",
    "# Joiner-Mover-Leaver process\n\n**Leaver:** the termination date drives automatic disablement at 18:00 on "
    "the last day; accounts are deleted after 30 days.",
])
def test_left_alone(engine, content: str) -> None:
    assert kinds(engine, content) == set()
