"""Session 15: account and key steps in Spanish, French, German and Portuguese that the vocabulary missed: the
borrowed "resetear" ("te reseteé el MFA"), plural participles ("Cuentas creadas"), a rotation or revocation
reported done ("Rotamos el client secret", "j'ai révoqué l'ancien jeton API", "API key ... rotiert") with the
credential named in English or in French; and an object denied ("keine Benutzer betroffen"), which is not what a
step changed. Each with a look-alike that must stay clean."""

from __future__ import annotations

import pytest
from probes import engine_kinds

from gateway.inspection.engine import build_engine
from gateway.inspection.prose_keys_i18n import key_step_hits

FULL = build_engine()


@pytest.mark.parametrize("text", [
    "Hola Matías, te reseteé el MFA y el password; el enlace expira en 1 hora.",
    "Ya reseteamos la contraseña de Lucía, le llegó el enlace por correo.",
    "Resetei a senha do usuário `jsilva` e enviei o link por e-mail.",
    "## Cuentas creadas\n- Okta: `d.herrera`, `m.lozano` (tipo *Contractor*)\n- Perforce: mismos logins",
    "Rotamos el client secret de Epic Online Services para el cliente `AshenTides-Server`.",
    "Steam Web API publisher key für App 2213370 rotiert. Der alte Schlüssel ist ab sofort ungültig.",
    "J'ai révoqué l'ancien jeton API Jenkins de `svc-release` et généré un nouveau jeton.",
])
def test_foreign_steps_are_lifecycle(text):
    assert "lifecycle" in engine_kinds(FULL, text)


@pytest.mark.parametrize("text", [
    "Te reseteé el router; ya debería funcionar el wifi.",
    "J'ai généré un nouveau jeton de couleur pour le design system.",
    "Der Token wird automatisch alle 24 Stunden rotiert.",
    "Hemos rotado la imagen 90 grados y regenerado el token CSS del tema.",
    "Rotamos los turnos del equipo de soporte cada semana.",
    "Per Gruppenrichtlinie (GPO) auf den Windows-Build-Agents automatische Updates deaktiviert und den "
    "Energiesparmodus abgeschaltet – nur Geräteeinstellungen, keine Benutzer betroffen.",
])
def test_look_alikes_stay_clean(text):
    assert "lifecycle" not in engine_kinds(FULL, text)


def test_mixed_rotation_needs_a_verb_of_rotation():
    made = "Generamos un API key de prueba para el tokenizer."
    assert key_step_hits(made, made.lower()) == []
    rotated = "Rotamos el API key de prueba."
    assert [hit.rule for hit in key_step_hits(rotated, rotated.lower())] == ["prose-secret-rotation"]


def test_a_denied_object_leaves_the_real_one():
    text = "Sin usuarios afectados: desactivamos la cuenta `jlopez`."
    assert "lifecycle" in engine_kinds(FULL, text)
