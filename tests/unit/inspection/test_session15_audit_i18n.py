"""Session 15: audit evidence written in German, Spanish and French: an audit question answered with who holds
access ("¿Quiénes pueden ...?", "personnes ayant un accès", "Wer kann ... lesen?"), a SOX / SOC 2 narrative of
what was done to accounts ("wurden 40 Konten deaktiviert", "se revocaron los accesos"), and a recertification's
counted outcomes. Each with a look-alike: the same words with no audit, no accounts named, or rates only."""

from __future__ import annotations

import pytest

from gateway.inspection.prose import scan_prose


def prose_kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_prose(text) if hit.confidence >= 0.5}


@pytest.mark.parametrize("text", [
    # an audit question answered with the holders
    "Respuesta a la auditoría interna (punto 4):\n\n¿Quiénes pueden exportar nóminas en Factorial? Solo Marta Gil "
    "y Pablo Ruiz.",
    "Réponse à l'auditeur : liste des personnes ayant un accès administrateur au CRM : `adm_lroux`, `adm_pmartin`.",
    "Antwort auf die Prüffrage 9 („Wer kann im Mandanten `fin-prod` Buchungen ändern?“): Gruppe `fin-leads` "
    "(A. Vogel, K. Brandt).",
    "Control SOX AC-4: solo el grupo `treasury-approvers` (3 personas) puede liberar pagos.",
    # a narrative of what was done to accounts
    "SOC 2 CC6.3: Im Prüfzeitraum wurden 31 Benutzerkonten von Werkstudenten deaktiviert.",
    "Evidencia SOX: se revocaron los accesos de 12 usuarios externos tras la revisión.",
    "Audit SOX : les comptes des prestataires sortis ont été désactivés le jour du départ.",
])
def test_foreign_audit_evidence_is_attestation(text):
    assert "attestation" in prose_kinds(text)


def test_counted_recertification_outcome():
    text = "Rezertifizierung H2:\n\n- 220 Berechtigungen geprüft\n- 201 beibehalten\n\nAbgelegt als Prüfnachweis."
    assert "attestation" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    # the same words, nobody's access: forms, reports, no audit
    "Für den Nachweis der Arbeitszeit wurden drei Formulare erstellt.",
    "Audit interne : les rapports trimestriels ont été validés par la direction.",
    "¿Quiénes pueden venir a la cena del viernes? Marta y Pablo ya confirmaron.",
    "Wer kann morgen die Präsentation lesen und Feedback geben?",
    # a recertification measured, no outcome recorded
    "Kennzahlen der Rezertifizierung Q3: 2.150 Berechtigungen geprüft, 3,1 % entzogen, Median 5 Tage.",
])
def test_lookalikes_are_not_attestation(text):
    assert "attestation" not in prose_kinds(text)
