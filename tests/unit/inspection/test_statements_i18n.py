"""Attestation forms found by the third held-out corpus: review-done statements in IT / NL / SV / PL /
PT, closure sentences and closure-note headings, "New manager:" attribute forms, Polish status
changes, revoke rows in a recommendation table; each with a look-alike."""

from __future__ import annotations

import pytest

from gateway.inspection.prose import scan_prose


def kinds(text: str) -> set[str]:
    return {h.kind for h in scan_prose(text) if h.confidence >= 0.5}


@pytest.mark.parametrize("text, kind", [
    ("La revisione degli accessi al CRM è stata completata il 3 marzo; gli utenti sono stati verificati.",
     "attestation"),
    ("Alle toegangsrechten tot het portaal zijn op 2 mei beoordeeld door de eigenaar. Geen afwijkingen.",
     "attestation"),
    ("Behörighetsgranskningen för lönesystemet är klar: alla användare har granskats av chefen.", "attestation"),
    ("Przegląd uprawnień do systemu zakończony, brak odstępstw.", "attestation"),
    ("Verified today: a.lee is no longer a member of SG-Finance-Admins. Removal complete.", "attestation"),
    ("Access removed for the contractor on 12 May. Checked the export; no remaining access.", "attestation"),
    ("Case MOV-11 closure note:\n- Old CRM groups removed on 3 May.\n- New access provisioned.\nCase closed.",
     "attestation"),
    ("HR update for the directory:\n- Employee: Ann Lee\n- New manager: Bo Chan\n- New department: Legal\n",
     "attestation"),
    ("Zmiana statusu pracownika w systemie kadrowym (synchronizacja do Entra ID):\n- Status: urlop\n",
     "attestation"),
    ("Review draft:\n\n| User | Entitlement | Recommendation |\n|---|---|---|\n| a.lee | AP Admin | **Revoke** |\n",
     "access_change"),
])
def test_statement_forms(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "La revisione del codice è stata completata ieri.",
    "De offertes zijn beoordeeld door inkoop.",
    "Granskningen av budgeten är klar.",
    "Closing note: the printer on floor 3 was repaired and the toner replaced.",
    "New features: dark mode and faster search.",
    "| Item | Recommendation |\n|---|---|\n| Old laptop | **Remove** from inventory |\n",
])
def test_statement_look_alikes(text: str) -> None:
    assert not kinds(text) & {"attestation", "access_change"}


@pytest.mark.parametrize("text", [
    "Open Manage > Members, find `r.okafor` and change the role dropdown to **Maintainer**.",
    "Click the menu, then **Change account type**. Select **Workspace Admin** and save.",
])
def test_console_role_changes(text: str) -> None:
    assert "access_change" in kinds(text)


@pytest.mark.parametrize("text", [
    "Select **Admin** from the menu to open the admin dashboard.",
    "Change the theme dropdown to **Dark**.",
    "Set the role of the villain to Maria in the play.",
])
def test_console_role_look_alikes(text: str) -> None:
    assert "access_change" not in kinds(text)
