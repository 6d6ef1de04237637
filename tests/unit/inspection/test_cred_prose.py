"""Secrets in prose that name no password (cred_prose) and i18n password words / verbs (cred_keyed):
each mechanism with a positive and a look-alike."""

from __future__ import annotations

import pytest

from gateway.inspection.credentials import CredentialDetector


def secrets(text: str) -> list[str]:
    return [text[h.start:h.end] for h in CredentialDetector().hits(text)]


@pytest.mark.parametrize("text, secret", [
    ("For the shared inbox, sign in as ops-team / Gr@nite-Lake-19 until SSO is ready.", "Gr@nite-Lake-19"),
    ("Inloggen kan met helpdesk / Regen!Tulp-2024 totdat SSO klaar is.", "Regen!Tulp-2024"),
    ("Le code de la porte du local technique est 5520# le week-end.", "5520#"),
    ("Alarmet på lagret: koden är 9913.", "9913"),
    ("They tried the temporary one, `Maple#Sky47`, and it says invalid credentials.", "Maple#Sky47"),
    ('from twilio.rest import Client\nClient("AC' + "1" * 32 + '", "' + "ab12" * 8 + '")', "ab12" * 8),
    ("The FTP login, base64'd: `c3ZjLWZ0cDpSaXZlciZTdG9uZS0yMg==`.", "c3ZjLWZ0cDpSaXZlciZTdG9uZS0yMg=="),
    ("Usa l'utente lab con la parola d'ordine Pesca-Mare-21; grazie.", "Pesca-Mare-21"),
    ("O acesso é admin e a senha nova ficou Praia@Sol88 — troca logo.", "Praia@Sol88"),
])
def test_prose_secrets(text: str, secret: str) -> None:
    assert secret in secrets(text)


@pytest.mark.parametrize("text", [
    "Sign in as admin / with SSO when prompted.",
    "The door code is printed on the back of your badge.",
    "Error code 4041 on the door controller means the reader is offline.",
    "Log in with your credentials, e.g. `user@example.com`.",
    "Twilio SIDs look like AC followed by 32 hex characters.",
    "The config is base64: `eyJ2ZXJzaW9uIjogMiwgIm5hbWUiOiAiYXBwIn0=`.",
    "A senha ficou muito fraca, troque.",
])
def test_prose_look_alikes(text: str) -> None:
    assert secrets(text) == []
