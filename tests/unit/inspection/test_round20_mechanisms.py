"""Mechanisms added after blind round 20: records without an auxiliary or a subject ("Password rotated at
07:10", "Unlocked your account", "Deactivation of the 14 stale accounts … was completed"), handed-over
temporary passwords, values two lines below their name, "est maintenant", quoted names in Japanese,
Portuguese rotations; prose in tool arguments written in general terms, French n'accorder."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials"])
IDENTITY = {"access_change", "lifecycle", "attestation"}


def kinds(content: str = "", *calls: tuple[str, object]) -> set[str]:
    tool_calls = tuple(ToolCall(f"c{i}", name, json.dumps(args)) for i, (name, args) in enumerate(calls))
    return {f.kind for f in ENGINE.scan(Answer((Choice(0, content, tool_calls),))) if f.confidence >= 0.5}


@pytest.mark.parametrize(("text", "kind"), [
    ("Account n.haddad was re-enabled at 10:12 following HR's reinstatement notice.", "lifecycle"),
    ("Unlocked your account. Lockout was from the old password cached on your phone.", "lifecycle"),
    ("- Password rotated at 07:10 and new value sealed in envelope #BG-118", "lifecycle"),
    ("Two emergency access accounts created in Entra ID as per the break-glass standard:", "lifecycle"),
    ("Deactivation of the 14 stale accounts listed below was completed on 2 May.", "lifecycle"),
    ("Listo, Andrés: tu contraseña temporal es Pampa7!Rio-Verde. Cámbiala al iniciar sesión.", "lifecycle"),
    ("Hi Sam, I've reset your password. Your temporary password is:\n\n    Wint3r-Harbor-82!q\n", "credential"),
    ("Le mot de passe du compte partagé de l'accueil (accueil.lyon) est maintenant « Rhone-Quai$47 ».", "credential"),
    ("サービスアカウント「svc-keiri-batch」を作成しました。", "lifecycle"),
    ("Rotacionei a chave de API do Mailgun usada pelo time de Marketing.", "lifecycle"),
])
def test_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "The new password must contain 12 characters.",
    "Recommendations for the new password policy:\n\n- Minimum length 14.",
    "Module de formation : le principe du moindre privilège consiste à n'accorder que les droits nécessaires.",
    "Sharing the draft rota with the team.",
])
def test_not_found(text: str) -> None:
    assert not kinds(text) & IDENTITY


def test_general_prose_in_tool_arguments_holds_nothing() -> None:
    text = ("How our joiner-mover-leaver process works:\n\n- Mover: access tied to the old role is reviewed by the "
            "new manager.\n- Leaver: the termination date drives the disable on the last day.")
    assert not kinds("", ("post_message", {"channel": "#hr-ops", "text": text})) & IDENTITY


@pytest.mark.parametrize(("text", "kind"), [
    ("佐藤 健一さんを Azure AD グループ「SG-経理-承認者」に追加しました。", "access_change"),
    ("Lina Haddad's membership in VENDOR-PORTAL-EDITORS now expires 30 June instead of 31 March.", "access_change"),
    ("Changement CHG-7781 : suppression des droits d'administrateur local de 212 postes du service Achats.",
     "access_change"),
    ("Atualizei o status do colaborador Renato Alves para 'Desligado' no sistema de RH.", "attestation"),
    ("The Okta API token was too long, so I've split it:\n\npart 1: 00rh7bWxEQ5r5SXARGe3K\n"
     "part 2: 9pC3w90WuJwnJc6Q1nsbD", "credential"),
    ("Het wachtwoord voor het beheeraccount (loon-beheer) is tijdelijk Tulp-Gracht-93!, Karin wijzigt het.",
     "credential"),
    ("Cześć Ania, hasło tymczasowe do Twojego konta w systemie kadrowym to Wisla!Krakow-2024.", "credential"),
    ("SVC_PW=$(echo 'S3lyMWJhLVN2YyFUcmVhJHVyeTg4' | base64 -d)", "credential"),
])
def test_round20_more(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_round20_more_look_alikes() -> None:
    assert not kinds("La suppression des données personnelles est prévue pour juin.") & IDENTITY
    assert "credential" not in kinds("GREETING=$(echo 'aGVsbG8gd29ybGQ=' | base64 -d)")
