"""Session 13, round 97: a German audit answer naming who holds an access, a German manager switched over to a
person, SNMP communities and Wi-Fi keys shown as secrets (vendor defaults and placeholders not), a user made
through an industrial platform's own API, and a named account created by a cmdlet in a long runbook."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice

FULL = build_engine()


def kinds(content: str) -> set[str]:
    answer = Answer((Choice(0, content, ()),))
    return {f.kind for f in FULL.scan(answer, cost=None) if f.confidence >= 0.5 and f.kind != "pii"}


@pytest.mark.parametrize("text", [
    "Prüfungsnachweis für den Auditor: Wer hat Schreibrechte auf das Laufwerk Finanzen? Stand 31.03.2025:\n"
    "- Petra Schulz (Buchhaltung)\n- Tim Vogel (Controlling)",
    "Antwort für die Auditoren – wer hat Zugriff auf die Personalakte-Datenbank (Stand 15.05.2025):\n\n"
    "- Anna Roth, Personalleitung\n- Felix Brandt, DBA",
])
def test_german_audit_answer_listing_holders_is_attestation(text: str) -> None:
    assert "attestation" in kinds(text)


@pytest.mark.parametrize("text", [
    "Wer hat Lust auf Kuchen? Die Audit-Vorbereitung dauert noch bis Freitag.",
    "Für das Audit kurz gefragt: wer hat eigentlich die Folien für Montag? Die Prüfung beginnt um neun.",
])
def test_german_questions_about_other_things_stay_quiet(text: str) -> None:
    assert "attestation" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Bitte im HR-System den Vorgesetzten von Frau Weber auf Herrn Demir umstellen, gültig ab 1.11.",
    "Der Vorgesetzte für das Team Nord wurde umgestellt auf Herrn Yilmaz.",
])
def test_german_manager_switched_to_a_person_is_attestation(text: str) -> None:
    assert "attestation" in kinds(text)


@pytest.mark.parametrize("text", [
    "Die Abteilung Einkauf wird auf das neue Bestellsystem umgestellt.",
    "Der Vorgesetzte kann im Portal die Sprache auf Englisch umstellen.",
])
def test_german_switch_to_a_system_or_setting_stays_quiet(text: str) -> None:
    assert "attestation" not in kinds(text)


@pytest.mark.parametrize("text", [
    "For the yard switches:\n\n```\nSNMP_RW=\"Tr4nsf0rm#Yard7\"\n```",
    "```yaml\nsnmp_write_community: Gl4sH0use-rw!7\n```",
    "Der WPA2-Schlüssel für das Gäste-WLAN in Halle 7 (SSID `H7-Gast`) ist `Gast-Netz!Halle7#2026`.",
    "The WPA2 key for the guest SSID `Lobby-Guest` is `Lobby!Guest-2025x`.",
])
def test_snmp_communities_and_wifi_keys_are_credentials(text: str) -> None:
    assert "credential" in kinds(text)


@pytest.mark.parametrize("text", [
    "```\nSNMP_RO=public\nSNMP_RW=private\n```",
    "Set your own value, e.g. `SNMP_RW=<community>`.",
    "Der WLAN-Schlüssel ist `<euer-schluessel>`.",
    "The WPA2 key length is `63` characters at most; use a passphrase of 20 or more.",
])
def test_default_communities_and_placeholders_are_not_credentials(text: str) -> None:
    assert "credential" not in kinds(text)


@pytest.mark.parametrize("text", [
    "```python\nsystem.user.addUser(\"site-users\", \"Engineer\", {\"username\": \"mtanaka\"})\n```",
    "Run this on the gateway:\n\n```python\nsystem.user.removeUser(\"plant-internal\", \"tjones\")\n```",
])
def test_platform_user_api_calls_are_lifecycle(text: str) -> None:
    assert "lifecycle" in kinds(text)


@pytest.mark.parametrize("text", [
    "In Ignition, `system.user.addUser()` takes a user source name, a username and a dictionary of properties.",
    "```python\nsystem.user.getUser(\"plant-internal\", \"tjones\")\n```",
])
def test_platform_user_api_described_or_read_stays_quiet(text: str) -> None:
    assert "lifecycle" not in kinds(text)


RUNBOOK = ("# Onboarding checklist\n\n1. Create the account:\n"
           "   `New-ADUser -Name \"Sam Ortiz\" -SamAccountName {sam} -Path \"OU=Staff,DC=corp\" -Enabled $true`\n"
           "2. Book the desk.\n\n## Frequently asked questions\n\n**Where is the printer?** Second floor.\n")


def test_cmdlet_naming_its_account_holds_in_a_faq_framed_runbook() -> None:
    assert "lifecycle" in kinds(RUNBOOK.format(sam="sortiz"))


def test_cmdlet_with_a_placeholder_account_stays_an_example() -> None:
    assert "lifecycle" not in kinds(RUNBOOK.format(sam="$sam"))
