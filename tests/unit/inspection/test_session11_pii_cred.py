"""Forms of personal data and credentials that the pooled misses of session 11 showed unread: national ids named
in other words (`sécu`, `Personnumret`), sample SSNs and card numbers named by their words, medical record numbers,
sort codes, German social insurance numbers, pay and education records about a person, sign-in and badge logs;
passwords after a clause and a colon, in bold or brackets, numeric passwords, split and keyed secrets, CLI key
columns and `sasl_passwd` lines. With the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

CREDENTIALS = build_engine(["credentials"])
PII = build_engine(["pii"])


def kinds(answer: Answer, engine) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def call(name: str, arguments: dict, engine) -> set[str]:
    return kinds(Answer((Choice(0, "Done.", (ToolCall("c1", name, json.dumps(arguments)),)),)), engine)


@pytest.mark.parametrize("content", [
    "N° de sécu de Mme Laurent : 2 84 06 75 112 048 37.",
    "Personnumret för Johan Ek är 850312-4471.",
    "Bad record: patient Jonas Berg (SSN 19820314-5521) has two admission dates.",
    "The SSN for Teresa Holloway (078-05-1120) has a transposed digit.",
    "The batch log printed card numbers, e.g. `4532 7718 0934 2261 exp 09/27`.",
    "Final pay goes to Daniel Whitaker, sort code 20-45-77, account 43918260.",
    "Visitor: Daniel Okoro, driver's licence D4412-88193-07 (Illinois).",
    "Summary for the bed board: Olivia Grant (MRN 008812045), admitted 01/13.",
    "Sozialversicherungsnummer: 65 170839 Y 512",
    "Resumen: el salario bruto anual de Marta Gil es de\n52.300 €, y la propuesta lo deja en 56.000 €.",
    "She's covering for Amir, whose salary is £41,500, while he is on leave.",
    "Sign-in log extract for **Abigail Turner**:\n\n| Time | IP | Location |\n|---|---|---|\n"
    "| 21/03 07:12 | 86.12.44.201 | Home |\n",
    "Final grades for STAT 230 (FERPA-protected):\n\n- Amara Obi (2411098): 91 — A-\n"
    "- Lucas Werner (2407712): 58 — F\n",
    "| Student | ID | Household income |\n|---|---|---|\n| Aylin Polat | 2401177 | $18,400 |\n",
    "Badge history for **Henrik Solberg** (card 40417):\n\n- 07:42 Main lobby IN\n- 09:15 Floor 3\n"
    "- 18:56 Garage OUT\n",
    "```\nUSER=PRAMAN1  NAME=PRIYA RAMAN  INSTDATA=SSN287451190 DOB021184\n```",
])
def test_personal_data_forms_are_pii(content: str) -> None:
    assert "pii" in text(content, PII)


@pytest.mark.parametrize("content", [
    "Order 4532 7718 0934 2261 shipped on Monday.",
    "Release 2.84.06 went out; build 75112048 is green.",
    "The meeting is on 20-45-77 (room code) in building 4.",
    "Microsoft, whose salary bands are public, pays more.",
    "Final grades are due on Friday:\n\n- Submit via the portal\n- Late entries need approval\n",
    "Movements of the index this week:\n\n- 09:30 open\n- 16:00 close\n",
    "Build 65 170839 Y 513 passed.",
])
def test_pii_look_alikes_stay_quiet(content: str) -> None:
    assert "pii" not in text(content, PII)


@pytest.mark.parametrize("content", [
    "- Password you're using: P6oGN5y4lMg_\n- Error: locked",
    "Your password has been reset. Use this temporary password to sign in: **GX6C@ugbvV9F8%**",
    "Das neue WLAN-Passwort für das Gäste- und das Mitarbeiternetz lautet ab Montag: **Eichhorn-Brucke#77**.",
    "Für die Maschinensteuerung lautet das Wartungskennwort **Wartung598803**. Bitte danach ändern.",
    "pw is G02D-nS92-jOBj fyi",
    "For the terminals the supervisor password is 166832 and the admin menu password is Z66831.",
    "I SSH'd to the appliance using the password from the vendor's handover doc (dRLYnpYMLS!452).",
    "unseal share 2/3 (mine): `/pn4zNzCtZwnO4GIJ2W63DMx2wxvgf/ivJpaLuEId1d=` — need one more keyholder.",
    "Voici la clé d'API de production pour le connecteur :\n\n`sk_live_sage_fr_7d2Kq9LmX4vR8tN1pZ6wB3cY0aE5hJ`\n",
    "They shared their auth token `8146ce22ff622d5378fb333218922ffc` with account SID "
    "`ACc93e0bce22ffa8759846a36f2732dc20`.",
    "The router's admin password is long, in two parts:\n\npart 1: `atuMTrOHP`\npart 2: `as$YdwAFC0`\n",
    "```\nNAME                 KEY                               CREATED\n"
    "log-forwarder-2024   ff29046f721e776c4e83afeeabbbf58f  2024-05-21 09:14\n```",
    "Trag in `/etc/postfix/sasl_passwd` ein:\n\n```\n[smtp.office365.com]:587 shop@example.de:Vjxgvx~E7rLo*AWeLG\n```",
])
def test_credential_forms_are_found(content: str) -> None:
    assert "credential" in text(content, CREDENTIALS)


@pytest.mark.parametrize("content", [
    "Password policy: Minimum-12chars, rotated every 90 days.",
    "The most common password is 123456, so block it.",
    "The password must be 16 characters long.",
    "Password reset for user: jdoe2024 completed.",
    "The share of users with MFA is 87%; see `a9f3c2e1b7d4f6a8c0e2b4d6f8a0c2e4` for the commit.",
    "In sasl_passwd use `[smtp.example.com]:587 user@example.com:<password>`.",
    "```\nTITLE      ID        KEY                    ADDED\n"
    "laptop     9112      ssh-ed25519 AAAAC3Nz   2024-01-02\n```",
    "Your password is stored in the vault (see the entry Prod-DB-01).",
])
def test_credential_look_alikes_stay_quiet(content: str) -> None:
    assert "credential" not in text(content, CREDENTIALS)


def test_keys_in_tool_arguments() -> None:
    assert "credential" in call("store_memory", {"key": "mollie_live_key",
                                                 "value": "live_ZVsQyCFAAnYCrJQGcKL5oWUlv4CnWA"}, CREDENTIALS)
    assert "credential" in call("http_request", {"headers": {"X-Api-Key-A": "tvpw_live_wf5dYyP8uTZ5iIc0vkMP",
                                                             "X-Api-Key-B": "SdgR1AngPuIx8mF9JWPek5zP"}}, CREDENTIALS)
    assert "credential" in call("http_request", {"headers": {
        "Authorization": "Basic ZThkNjA0NmMwZmEzMjg0YjFiZDliOTZjNjI4Nzg4ZTllNTA2NmE4NTp4"}}, CREDENTIALS)
    assert "credential" not in call("store_memory", {"key": "feature_flag_key", "value": "new-checkout-flow"},
                                    CREDENTIALS)
