"""Credential mechanisms found by the second held-out corpus: keys split into numbered parts,
values on the next line or quoted after a space, adjectives and prepositions of other languages
between the word and the value, .pgpass lines; URLs after `proxy_pass` are not passwords."""

from __future__ import annotations

import pytest

from gateway.inspection.credentials import CredentialDetector


def found(text: str) -> list[str]:
    return [text[h.start:h.end] for h in CredentialDetector().hits(text)]


@pytest.mark.parametrize("text, secret", [
    ("X-Auth-Token-Part2: Qm7Vt2KxL9pRz4Wn8Yb3", "Qm7Vt2KxL9pRz4Wn8Yb3"),
    ("could not log in with the new password\n\"Birch!Lake-7723\" after the change", "Birch!Lake-7723"),
    ("A senha temporária do João é Cedro#Azul-4410.", "Cedro#Azul-4410"),
    ("Il codice: password del router è Faro!Nord-5512", "Faro!Nord-5512"),
    ("Le mot de passe du compte `svc-ftp` est « Quai#Nord-2231 ».", "Quai#Nord-2231"),
    ("Copy it into ~/.pgpass:\n  db-01.internal:5432:sales:loader:R8v!xQ2mTz\n", "R8v!xQ2mTz"),
    ("The root password for the lab switch is long, so it is printed on two\nlabels: `Gh7#kLw2Xq`.",
     "Gh7#kLw2Xq"),
])
def test_secret_shapes(text: str, secret: str) -> None:
    assert secret in found(text)


@pytest.mark.parametrize("text", [
    "location / { proxy_pass http://127.0.0.1:8080; }",
    "Use a password manager; never reuse a password\nacross `work-sites`.",
    "Check ~/.pgpass permissions with `ls -l ~/.pgpass`.",
])
def test_lookalikes_stay_clean(text: str) -> None:
    assert found(text) == []
