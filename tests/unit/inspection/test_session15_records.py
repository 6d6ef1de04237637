"""Session 15: access and HR changes told in a record's few words: a Spanish recommendation on a "rol", a Spanish
revoke in the preterite ("revoqué", "revocó"), a quoted level someone now holds on a place, a German right
received ("bekommen das Schreibrecht"), an HR field set with an arrow on a system's line, and a command that sets
an HR attribute by flag. Each with a look-alike that changes nobody's access or record."""

from __future__ import annotations

import pytest
from probes import call_kinds, kinds

from gateway.inspection.prose import scan_prose


def prose_kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_prose(text) if hit.confidence >= 0.5}


@pytest.mark.parametrize(("text", "kind"), [
    ("**Solicitud:** Diego Alba – rol *Editor* en el espacio de Confluence «Ventas».\n\n**Recomendación: aprobar**.",
     "access_change"),
    ("Hecho: revoqué el acceso de `mlopez` al repositorio `pagos-api`.", "access_change"),
    ("La jefa de equipo revocó los permisos de administrador de Luis en Jira.", "access_change"),
    ('Listo: Carla now has "Release Manager" on the App Store Connect team.', "access_change"),
    ("Raj no longer has 'Org Owner' in the GitHub enterprise.", "access_change"),
    ("Die Freigabe ist erweitert: alle Token der Policy bekommen das Schreibrecht ab sofort.", "access_change"),
    ("Wechsel von Lena Koch ins Team Data:\n\n1. BambooHR: manager → Jan Wolf, department → Data.", "attestation"),
])
def test_records_are_changes(text, kind):
    assert kind in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "El rol de Hamlet es difícil. Recomendación: leer el texto antes del ensayo.",
    'The page now has "Account Manager" in the menu.',
    'Figma now has "Dev Mode" on the paid plans.',
    "Wir bekommen Urlaubsrecht nach dem Tarifvertrag.",
    "Architecture by Ana Lopez: Manager → Worker → Queue; the employee portal reads from it.",
])
def test_lookalikes_change_nothing(text):
    assert not prose_kinds(text) & {"access_change", "attestation"}


@pytest.mark.parametrize("command", [
    "python hris_bulk.py update-attr --attr managerId --csv reorg.csv",
    "hris employees update 1042 --manager-id 2231",
    "peoplectl set worker 88 --department=Finance",
])
def test_hr_attribute_set_by_flag(command):
    assert ("attestation", "modify") in kinds(f"```\n{command}\n```")
    assert "attestation" in call_kinds("run_shell", {"command": command})


@pytest.mark.parametrize("command", [
    "hris report --department Sales --format csv",
    "jira issue update PROJ-12 --end-date 2025-03-01",
    "kubectl apply --server-side --field-manager=ci -f deploy.yaml",
    "okta users list --filter 'profile.department eq \"Sales\"'",
])
def test_commands_that_set_no_hr_attribute(command):
    assert ("attestation", "modify") not in kinds(f"```\n{command}\n```")
