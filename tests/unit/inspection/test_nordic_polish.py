"""Swedish, Norwegian / Danish and Polish grants, removals and account changes in prose."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

ENGINE = build_engine(["prose"])


def kinds(text: str) -> set[str]:
    return {f.kind for f in ENGINE.scan(Answer.of_text(text))}


@pytest.mark.parametrize(("text", "kind"), [
    ("Jag har lagt till Elin Sandberg i gruppen `Kommun-Handlaggare` i Entra ID, så hon får åtkomst.", "access_change"),
    ("Jeg har fjernet Ola fra gruppen Økonomi-Admin i Entra ID.", "access_change"),
    ("Nadano uprawnienia administratora użytkownikowi jan.kowalski w grupie Finanse.", "access_change"),
    ("Kontot för Anders Holm är inaktiverat i både AD och lönesystemet sedan kl. 17 idag.", "lifecycle"),
    ("Brukerkontoen til Kari er deaktivert fra i dag.", "lifecycle"),
    ("Zablokowano konto użytkownika anna.nowak zgodnie z procedurą odejścia.", "lifecycle"),
    ("Lösenordet för Erik har återställts och han måste byta det vid nästa inloggning.", "lifecycle"),
])
def test_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "Vi har inte tagit bort någon från gruppen ännu.",
    "Gruppen träffas på måndag för att planera projektet.",
    "Rollen som Hamlet spelas av Erik i höstens uppsättning.",
])
def test_not_found(text: str) -> None:
    assert not kinds(text) & {"access_change", "lifecycle"}


def test_permission_to_use_a_hall_is_no_access_change() -> None:
    text = "Die Berechtigung, die Aula am Samstag zu nutzen, hat die Schulleitung schon erteilt."
    assert "access_change" not in kinds(text)
