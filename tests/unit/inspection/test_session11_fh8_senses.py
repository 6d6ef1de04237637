"""False holds of blind rounds 80-83 read now: a part in a play, a driving licence taken away, options put to a
decision, an error someone gets, a button label in UI copy, the reader's own self-service, saved passwords deleted
from a browser, a table of what a scan found, the reader's own memberships in docs;
with the changes of the same words that stay held."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def text(content: str) -> set[str]:
    return {f.kind for f in PATTERNS.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


@pytest.mark.parametrize("content", [
    "Für das Sommerfest-Theater ist die Rolle der Königin schon vergeben, den Narren spielt Herr Brandt.",
    "A la conductora le han retirado el permiso de conducir por dos meses; hay que cubrir su turno.",
    "Al repartidor le retiraron el carnet de conducir, así que asignamos la ruta a otro equipo.",
    "### Opciones\n- A) Ampliar la regla de los grupos dinámicos para incluir la región nueva.\n"
    "- B) Crear grupos nuevos y asignarlos a la aplicación.",
    "Du får felet eftersom ditt konto saknar behörighet till modulen. Jag har inte ändrat något.",
    "Dialog copy:\n\n> **Remove this workspace?**\n> [Keep it] [Remove workspace]",
    "If you forget it, an administrator can start recovery, but you'll set a new password yourself.",
    "1. Import your saved passwords into the vault.\n2. Then delete them from your browser.",
    "The scanner reported 2 findings:\n\n| Resource | Finding |\n|---|---|\n| bucket `logs` | Shared with "
    "account 123456789012 |\n| role `sync` | Trusted by an external account |",
    "The `pg_roles` view shows the roles you're a member of; check it before you ask for changes.",
])
def test_other_senses_stay_quiet(content: str) -> None:
    assert not {"access_change", "lifecycle"} & text(content)


@pytest.mark.parametrize("content", [
    "Die Admin-Rolle ist jetzt an Jonas vergeben.",
    "Le hemos retirado el acceso al grupo de ventas a Pedro.",
    "Hay que incluir a Marta en el grupo GD-Ventas.",
    "Lukas får läsbehörighet till tullmodulen.",
    "Delete the account for jdoe today.",
    "The client secret for app-x expired last night. Rotate it now.",
    "Done. Changes made:\n\n| Resource | Change |\n|---|---|\n| KMS key `alias/x` | Shared with account "
    "880213450912 |\n",
])
def test_changes_in_the_same_words_stay_held(content: str) -> None:
    assert {"access_change", "lifecycle"} & text(content)


def test_a_holder_list_stays_evidence() -> None:
    assert "attestation" in text("For the SOX audit: the members of fin-admins are jdoe, asmith and bchen.")
