"""Secrets named in other languages, by SQL, Wi-Fi and service-named variables, and base64 blobs
assigned to a variable."""

from __future__ import annotations

import base64

import pytest

from gateway.inspection.credentials import CredentialDetector
from gateway.types import Answer

DETECTOR = CredentialDetector()
WRAPPED = base64.b64encode(b"aws_access_key_id=AKIA4QXR7MZT2NPL6WHE\n"
                           b"aws_secret_access_key=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").decode()


def found(text: str) -> bool:
    return any(f.confidence >= 0.5 for f in DETECTOR.scan(Answer.of_text(text)))


@pytest.mark.parametrize("text", [
    f"AWS_CREDS_B64={WRAPPED}",
    "CREATE USER 'grafana_ro'@'10.20.%' IDENTIFIED BY 'gR4f@na-R3ad-2024!';",
    "La clave de la API de Datadog para pruebas es `45a19cbc33f34193691e5d751e91ccc6`.",
    "Voici la clé API Mistral : `EwKtgUPq9Jt8R4g6hjwQo7wLdGvpmNRb`.",
    "das Passwort für den Scan-to-Folder-Benutzer am Drucker im 3. OG lautet „Sp%jE!UFa*oy!jKocR0K“.",
    "SSID `ACME-IOT`, WPA2 key `2c%%7VIsKG#4acrEuAH4`.",
    "SG_KEY_PART1=SG.g33g4Tieu4mTabBgyn3Kmt\nSG_KEY_PART2=.7Y1kZS4sM9fhA6xYP1P5BJS5pr813LH9rs6OS2Jg5ey",
    "MAILGUN_KEY=8f3a9c2b7d1e4f6a0b5c9d8e7f6a5b4c-1a2b3c4d",
    "[domain/corp]\nldap_uri = ldaps://ldap.corp.edu\nldap_default_authtok = Bnd!7qXr2Lp9\n",
    "Identifiants du routeur du site de Nantes : admin / `Rt!9xKq2Lz7m`. Pense à les changer.",
])
def test_named_secrets(text: str) -> None:
    assert found(text)


@pytest.mark.parametrize("text", [
    "CREATE USER app IDENTIFIED BY <password>;",
    "Use a WPA2 key of at least 20 characters.",
    "The PSK is rotated quarterly.",
    "SORT_KEY=created_at", "CACHE_KEY=user-profile-v2", "GPG_KEY=4AEE18F83AFDEB23",
    "PUBLIC_KEY=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
    "S3_OBJECT_KEY=reports/2024/q3/summary-final-v2.csv",
    "La clave de la API se guarda en el gestor de secretos.",
    "Les identifiants sont dans le coffre-fort de l'équipe.",
])
def test_lookalikes(text: str) -> None:
    assert not found(text)
