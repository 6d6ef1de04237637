"""Session 13, round 96: access changes told as a role assignment made for someone (Entra PIM), a folder
shared in Portuguese or French, a member added to a kind of group, a move between quoted roles, and a
setfacl grant to a named group beside a sentence that explains what the default ACL means."""

from __future__ import annotations

import pytest

from gateway.inspection.access_records import record_hits
from gateway.inspection.generic_frame import is_generic
from gateway.inspection.lowered import shared_lower
from gateway.inspection.prose import VOCABULARY, scan_prose


def _rules(text: str) -> set[str]:
    low = shared_lower(text)
    return {hit.rule for hit in record_hits(text, low, VOCABULARY.find(low)) if hit.kind == "access_change"}


def _access(text: str) -> bool:
    return any(hit.kind == "access_change" and hit.confidence >= 0.5 for hit in scan_prose(text))


@pytest.mark.parametrize("text", [
    "I created an eligible assignment for Priya Raman: Global Reader, 90 days, MFA on activation.",
    "We added a PIM active assignment for Jonas Keller on the Billing Administrator role.",
    "Set up a time-bound role assignment for @m.okafor until Friday.",
])
def test_assignment_made_for_someone(text: str) -> None:
    assert "access-record" in _rules(text)


@pytest.mark.parametrize("text", [
    "To create an eligible assignment for a user, open PIM and choose Assignments.",
    "The script created a new assignment for the quarterly audit sample.",
])
def test_assignment_for_no_one_named(text: str) -> None:
    assert "access-record" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Compartilhamos o drive \"Contratos 2025\" com o escritório de advocacia como leitores.",
    "J'ai partagé le dossier « Budget 2025 » avec l'équipe comptable.",
    "Partagez le répertoire « Jury » en lecture seule avec les enseignants.",
    "Compartí la carpeta \"Nóminas\" con la gestoría hasta fin de mes.",
    "Ho condiviso la cartella \"Bilanci\" con il revisore esterno.",
])
def test_foreign_folder_shared(text: str) -> None:
    assert "foreign-share" in _rules(text)


@pytest.mark.parametrize("text", [
    "Le partage du dossier avec l'équipe se fait depuis le menu Fichier.",
    "A pasta de rascunhos continua restrita ao time interno.",
    "Compartilhe suas ideias com a equipe na reunião de sexta.",
    "Si vous partagez le dossier avec un externe, prévenez la DSI.",
])
def test_foreign_sharing_lookalikes(text: str) -> None:
    assert "foreign-share" not in _rules(text)


def test_added_to_a_kind_of_group() -> None:
    assert _access("The visiting researcher's account was added to the POSIX group `geo-lab` on Monday.")
    assert not _access("The POSIX group `geo-lab` holds the lab's shared scratch space.")


def test_moved_between_quoted_roles() -> None:
    assert _access('Tomasz was moved from the "Clerk" to the "Approver" role in Coupa after training.')
    assert not _access('The "Clerk" and the "Approver" roles in Coupa are described in the handbook.')


@pytest.mark.parametrize("text", [
    "Run this:\n\n    setfacl -m g:lab-technicians:rx /srv/data/spectra\n\nThat means new staff can read the files.",
    "setfacl -R -m u:j.novak:rwx /srv/projects/bridge\n\nThe default entry means new folders inherit it.",
])
def test_named_acl_entry_is_specific(text: str) -> None:
    assert not is_generic(text)


@pytest.mark.parametrize("text", [
    "The default ACL means new folders inherit it:\n\n    setfacl -d -m g:developers:rwx /srv/project",
    "Giving the web server read access means `setfacl -m u:www-data:rx /var/www` in general.",
])
def test_generic_acl_entries_stay_generic(text: str) -> None:
    assert is_generic(text)


def test_feature_switched_is_no_narrative() -> None:
    text = ("External audit follow-up. The dark-mode toggle was disabled for a day after a rendering bug, then "
            "turned back on.")
    assert not any(hit.kind == "attestation" and hit.confidence >= 0.5 for hit in scan_prose(text))


def test_account_disabled_in_audit_is_narrative() -> None:
    text = "External audit follow-up. The contractor account was disabled on the leaver's last day."
    assert any(hit.kind == "attestation" for hit in scan_prose(text))


def test_code_role_removed_is_not_access() -> None:
    text = ("We moved the Ansible playbook into roles: `base`, `nginx` and `motd`. The deploy user's motd role "
            "was removed because no host used it.")
    assert not _access(text)


def test_person_role_removed_is_access() -> None:
    assert _access("Following the review, Carla's approver role was removed in Coupa.")


def test_new_account_record_with_role_gives_access() -> None:
    from gateway.inspection.prose_account_fields import account_field_hits
    text = "New service-desk account for the housing portal:\n\n- Username: `m.visser`\n- Role: Case Officer\n"
    assert [hit.rule for hit in account_field_hits(text, text.lower())] == ["new-account-role"]


@pytest.mark.parametrize("text", [
    "To request a new account, fill in:\n\n- Username:\n- Role:\n",
    "New account created.\n- Username: p.ng\n- Department: Legal\n",
    "Roles in the housing portal:\n- Username: shown on the profile page\n- Role: Case Officer\n",
])
def test_account_records_without_a_role_given(text: str) -> None:
    from gateway.inspection.prose_account_fields import account_field_hits
    assert account_field_hits(text, text.lower()) == []
