"""Session 15: secrets in network-device config (Junos `secret "X"`, ArubaOS-CX `password plaintext X`), a user and
password pair in capital flags (`ipmitool -U ADMIN -P 'x'`), a secret stored under an encoding suffix
(`password_hex = 5744…`), and a token split into an array kept in a variable and joined later. Each has a harmless
look-alike that stays clean."""

from __future__ import annotations

import pytest

from gateway.inspection.credentials import CredentialDetector

DETECTOR = CredentialDetector()


def _secrets(text: str) -> list[str]:
    return [text[hit.start:hit.end] for hit in DETECTOR.hits(text)]


@pytest.mark.parametrize(("text", "secret"), [
    ('set system radius-server 10.9.8.7 secret "Qm7!tRw-2zLp#x9K"\nset system radius-server 10.9.8.7 port 1812',
     "Qm7!tRw-2zLp#x9K"),
    ("set system tacplus-server 10.9.8.8 secret Hv4$kPz8wQ2m", "Hv4$kPz8wQ2m"),
    ("user ops group administrators password plaintext Zx9#mQ2!vLp", "Zx9#mQ2!vLp"),
    ("radius-server host 10.9.8.7 key plaintext Wq8*Lm3_Tz5&Rb vrf mgmt", "Wq8*Lm3_Tz5&Rb"),
    ("ipmitool -I lanplus -H 10.0.4.2 -U ADMIN -P 'Tn4!qZr8Wv' chassis power status", "Tn4!qZr8Wv"),
    ("isql -U sa -P Kv7#pL2mQx -S REPORTS", "Kv7#pL2mQx"),
    ("[db]\nuser = app\npassword_hex = 4b763723704c326d5178", "4b763723704c326d5178"),
    ("DB_PASSWORD_B64: S3Y3I3BMMm1ReA==", "S3Y3I3BMMm1ReA=="),
])
def test_wrapped_and_device_secrets_are_found(text: str, secret: str) -> None:
    assert any(secret in found for found in _secrets(text))


def test_token_split_into_a_named_array_is_found() -> None:
    text = ('```js\nconst bits = ["ghp_Ab3dE5fG7hJ9", "kL2mN4pQ6rS8tU", "vW0xY1zA3bC5"];\n'
            'const client = new Octokit({ auth: bits.join("") });\n```')
    assert _secrets(text)


@pytest.mark.parametrize("text", [
    'set system radius-server 10.9.8.7 secret "<removed>"',
    "radius-server host 10.9.8.7 key plaintext <KEY> vrf mgmt",
    "the password plaintext is never stored on the switch",
    "ipmitool -I lanplus -H 10.0.4.2 -U ADMIN -E chassis power status",
    "psql -U postgres -P border=2 -c 'select 1'",
    "mysql -u root -P 3306 -h db01",
    "sha256_hex = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "password_hash_hex = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    'const bits = ["ghp_Ab3dE5fG7hJ9", "kL2mN4pQ6rS8tU", "vW0xY1zA3bC5"];\nconsole.log(bits.join(", "));',
    'const words = ["alpha", "beta"];\nconst id = words.join("");',
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert _secrets(text) == []
