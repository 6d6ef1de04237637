"""Prose mechanisms found by the second held-out corpus: passive voice, pronouns across sentences,
more languages, negated and report-only statements, look-alike senses. Each with a hard negative."""

from __future__ import annotations

import pytest

from gateway.inspection.prose import ProseDetector
from gateway.types import Answer


def kinds(text: str) -> set[str]:
    return {f.kind for f in ProseDetector().scan(Answer.of_text(text)) if f.confidence >= 0.5}


@pytest.mark.parametrize("text, kind", [
    ("Per the approval, k.osei should be added to the Payroll-Editors group tomorrow.", "access_change"),
    ("Marco's admin rights on the wiki will be revoked by the IT team on Friday.", "access_change"),
    ("The mailbox of the former trainee should be deleted once the export is done.", "lifecycle"),
    ("The shared SSH key on the jump hosts has to be rotated this week.", "lifecycle"),
    ("The Jira user for the new auditor has been created with the Viewer profile.", "lifecycle"),
    ("The contractors will be assigned to the Workday app in Okta on Monday.", "access_change"),
])
def test_passive_voice(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "The account will be reviewed if anyone reports a problem.",
    "Bob asked whether he should be added to the group; the request is pending.",
])
def test_passive_hard_negatives(text: str) -> None:
    assert kinds(text) == set()


def test_pronoun_refers_to_an_earlier_sentence() -> None:
    text = "The GitLab deploy token for the docs mirror was pasted into a public issue. Revoke it today."
    assert "lifecycle" in kinds(text)
    assert kinds("The build is flaky on Mondays. Revoke it? No, just rerun the job.") == set()


def test_pronoun_certification_takes_its_noun_from_before() -> None:
    text = "I went through the shared admin accounts with the owner. We certify them for this half-year."
    assert "attestation" in kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("Procedi a concedere a Paolo Neri i permessi di amministratore sul repository.", "access_change"),
    ("O acesso da Ana ao grupo Compras deve ser removido hoje.", "access_change"),
    ("Kun je Eva toevoegen aan de groep SG-Sales-Read?", "access_change"),
    ("L'utenza di Sara Galli verrà disattivata venerdì.", "lifecycle"),
    ("Desative a conta do estagiário no fim do mês.", "lifecycle"),
    ("Het account van Tim wordt morgen gedeactiveerd.", "lifecycle"),
    ("Sein Konto wird am Freitag gesperrt.", "lifecycle"),
    ("Gli accessi dei quattro utenti risultano adeguati al ruolo.", "attestation"),
])
def test_italian_portuguese_dutch_german(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "Non è stato concesso alcun accesso: la richiesta è in attesa.",
    "Nenhum acesso foi concedido; o pedido está pendente.",
    "A bolsa de estudos foi concedida ao grupo de pesquisa.",
    "De subsidie is toegekend aan de onderzoeksgroep.",
    "Aucun droit n'a été retiré.",
])
def test_negated_pending_and_funding_senses_in_other_languages(text: str) -> None:
    assert "access_change" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Summary: two people cannot print from the kiosk. No access change is needed.",
    "The root cause was a proxy timeout; no account or access changes are required.",
    "Access to payroll is reviewed quarterly by the data owner.",
    "Turn off the beta-search feature flag for all users.",
    "Where static keys are unavoidable, rotate them at least every 90 days.",
    "Mitigation: disable unprivileged user namespaces until the kernel is patched.",
    "In the concert, give the lead role to the oboe.",
    "Most journals grant permission for reuse\nthrough their portal.",
])
def test_report_negation_policy_and_lookalikes_stay_clean(text: str) -> None:
    assert kinds(text) == set()


def test_review_outcomes_and_recommendations() -> None:
    assert "attestation" in kinds("Recommendation for approver: **Keep**. Still uses the role weekly.")
    assert "attestation" in kinds("| User | Role | Decision |\n|---|---|---|\n| a.li | DBA | Remove |")
    assert "attestation" in kinds("SoD conflict for vendor maintenance accepted as a documented exception.")
    assert "attestation" in kinds("Conclusion: the control operated effectively; 25 users sampled, no "
                                  "exceptions (SOC 2 CC6.3).")


def test_arrows_and_bullets_separate_steps() -> None:
    text = "Leaver timeline for Ana Lima\n• Fri 17:00 → block sign-in\n• +30 days → delete the user"
    assert "lifecycle" in kinds(text)


def test_negated_change_word_is_no_attribute_change() -> None:
    from gateway.inspection.prose import scan_prose
    assert not scan_prose("Checking his current department and manager before the meeting (no changes).")
    assert any(h.kind == "attestation" for h in scan_prose(
        "Please change his department to Legal and his manager to Ann Lee in Workday."))
