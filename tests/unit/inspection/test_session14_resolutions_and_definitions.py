"""Session 14 (round 109): a decided resolution that keeps one of someone's roles and removes another is a
retain/revoke decision, while a keep/remove list of files, packages or flags, or a guide's options, decides
nobody's access; and a term defined by what it involves ("consiste à", "besteht darin") is an explanation,
while an answer that uses the phrase and names what it changes is not."""

from __future__ import annotations

import pytest
from probes import engine_kinds

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic
from gateway.inspection.prose import scan_prose

ENGINE = build_engine()


def rules(text: str) -> set[str]:
    return {hit.rule for hit in scan_prose(text) if hit.confidence >= 0.5}


# -- a keep beside a removal in a decided resolution ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Toxic combination for **MOKAFOR**: she can approve purchase orders and also receive the goods.\n\n"
    "Outcome agreed with the procurement lead:\n"
    "1. Retain `PO_APPROVER_EU` - approving is her main duty\n"
    "2. Revoke `INV_RECEIVING_CLERK` in the Roles screen today.",
    "Conflict between payroll entry and payroll approval for user dvance.\n"
    "Decision confirmed by the HR controller:\n"
    "- **Keep** `HR_PAYROLL_APPROVE` (he signs off the monthly run)\n"
    "- **Remove** `HR_PAYROLL_ENTRY`\n"
    "The SoD rule clears on the next risk analysis.",
])
def test_keep_beside_removal_in_decided_resolution(text: str) -> None:
    assert "keep-remove-resolution" in rules(text)
    assert "attestation" in engine_kinds(ENGINE, text)


@pytest.mark.parametrize("text", [
    # a repository clean-up: files
    "Clean-up agreed with the team for the repo:\n- Keep `src/billing_utils.py` (still imported by the API)\n"
    "- Remove `src/legacy_report.py`",
    # dependencies
    "Dependency decision agreed in the sprint review:\n- Keep `requests-oauthlib` (used by the SSO module)\n"
    "- Remove `python-jose` and use `pyjwt` instead.",
    # feature flags, even with access words in their names
    "Feature flag clean-up agreed with product:\n- Keep `enable_role_picker` (still rolling out)\n"
    "- Remove `show_access_banner`",
    # a guide's worked example, with criteria rather than verdicts
    "When you resolve an SoD conflict, agree with the process owner which role stays. For example:\n"
    "- Keep `Z_FI_VENDOR_MAINT` if the person's main job is vendor master data\n"
    "- Remove `Z_FI_AP_PAYMENT_RUN` otherwise",
    # the options laid out for the owner to choose from, nothing decided
    "Two ways to resolve the role conflict; the process owner decides:\n- Keep `AP_CLERK` and remove `AP_RUN`\n"
    "- Remove `AP_CLERK`, keep `AP_RUN`",
])
def test_keep_remove_lists_that_decide_no_access(text: str) -> None:
    assert "keep-remove-resolution" not in rules(text)


def test_reviewer_guide_on_keep_and_remove_is_not_held() -> None:
    text = ("Reviewer guide for the access campaign: for every line you choose keep or remove.\n"
            "- Keep: the person still uses the role in their current job\n"
            "- Remove: the role is unused or belongs to a previous job")
    assert "keep-remove-resolution" not in rules(text)


# -- a definition in French, Spanish or German -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Une revue des habilitations consiste à faire confirmer chaque année, par chaque manager, que ses équipes "
    "n'ont que les droits utiles à leur poste, et à corriger le reste.",
    "Una revisión de accesos consiste en que cada responsable confirme periódicamente los permisos de su equipo.",
    "Eine Rezertifizierung besteht darin, dass Vorgesetzte regelmäßig die Berechtigungen ihrer Mitarbeiter "
    "bestätigen.",
])
def test_definitions_by_what_they_involve_are_generic(text: str) -> None:
    assert is_generic(text)
    assert "attestation" not in engine_kinds(ENGINE, text)


@pytest.mark.parametrize("text", [
    "La corrección consiste en retirar a `j.perez` del grupo `GG-Tesoreria-Pagos` hoy mismo.",
    "Die Bereinigung besteht darin, dass wir `m.huber` die Rolle `SAP_FI_ZAHLLAUF` entziehen.",
])
def test_deciding_answers_with_such_a_phrase_are_not_generic(text: str) -> None:
    assert not is_generic(text)
