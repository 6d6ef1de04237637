"""Session 15: a key handed over under its label as the new one, as a rotation reports it ("New key: …",
"Neuer Schlüssel: …", "Nueva clave: …", "Nouvelle clé : …"): a bare "key" names a dictionary's or a setting's key
too, so only the "new" one is a secret's label, and only a random value is its secret."""

from __future__ import annotations

import pytest
from probes import secrets

from gateway.inspection.credentials import CredentialDetector

DETECTOR = CredentialDetector()
VALUE = "NU5MZ0KM09OL30YRYOW5CUP20E16GSGV"


@pytest.mark.parametrize("label", ["New key:", "Neuer Schlüssel:", "Nueva clave:", "Nouvelle clé :", "Nuova chiave:"])
def test_a_new_key_handed_over(label):
    assert secrets(DETECTOR, f"Rotated.\n\n{label} `{VALUE}`\n") == [VALUE]


@pytest.mark.parametrize("text", [
    "Renamed settings: old key `db.host`, new key: `database.host`.",
    "| old key | new key |\n|---|---|\n| `maxConn` | `max_connections` |",
    "new key = generate_key(seed)",
    "Die neue Schlüssel-Datei liegt unter /etc/keys.",
    "Old key: `config.timeout`; new key: `http.timeout_seconds`.",
])
def test_a_renamed_setting_is_no_secret(text):
    assert secrets(DETECTOR, text) == []


VDF = ('"InstallConfigStore" { "Software" { "Valve" { "Steam" { "ConnectCache" { "1f2e3d4c" '
       '"0100000c02831cdea95a20f5f246bf90ec061e084009e0d" } } } } }')


def test_steamcmd_cached_login_plain_and_base64():
    import base64

    assert secrets(DETECTOR, VDF) == ["0100000c02831cdea95a20f5f246bf90ec061e084009e0d"]
    encoded = base64.b64encode(VDF.encode()).decode()
    assert secrets(DETECTOR, f"`STEAM_CONFIG_VDF` is config.vdf in base64:\n\n```\n{encoded}\n```") == [encoded]


def test_a_vdf_without_a_cached_login_is_no_secret():
    vdf = '"AppState" { "appid" "2213370" "buildid" "0f3c9a1e77b2d4c5a6e8f9d0c1b2a3f4e5d6c7b8" }'
    assert secrets(DETECTOR, vdf) == []
