"""Session 15: a cast's parts in Spanish, Portuguese, French and Italian ("los roles secundarios", "papéis
secundários", "rôles secondaires"), masked as English "supporting roles" is; and a blank checklist that calls itself
a template ("- [ ] IdP-Konto deaktivieren ... Vorlage – pro Person kopieren"), read as the generic frame reads a form
of "☐" boxes. Each with a look-alike that still changes access."""

from __future__ import annotations

import pytest
from probes import engine_kinds

from gateway.inspection.blank_checklists import is_blank_checklist
from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic

FULL = build_engine()
TEMPLATE = ("## Checkliste Offboarding (Vorlage)\n\n- [ ] IdP-Konto deaktivieren\n- [ ] Gruppenmitgliedschaften "
            "entfernen\n- [ ] Perforce-Lizenz freigeben\n- [ ] Hardware zurück\n\n"
            "*Vorlage – pro Person kopieren und ausfüllen.*")


@pytest.mark.parametrize("text", [
    "Faltan por asignar los roles secundarios del puerto.",
    "Casting update: faltan por asignar los roles secundarios; el rol protagónico ya está.",
])
def test_a_casts_parts_are_no_access(text):
    assert "access_change" not in engine_kinds(FULL, text)


def test_a_role_given_beside_them_still_is():
    assert "access_change" in engine_kinds(FULL, "Hay que asignar el rol de administrador a Martín.")


def test_a_blank_template_checklist_is_generic():
    assert is_blank_checklist(TEMPLATE) and is_generic(TEMPLATE)
    assert engine_kinds(FULL, TEMPLATE) == set()


@pytest.mark.parametrize("text", [
    TEMPLATE.replace("(Vorlage)", "für `t.berger`"),  # named: the plan for one person
    TEMPLATE.replace("- [ ] IdP-Konto", "- [x] IdP-Konto"),  # a ticked box: a step done
    TEMPLATE.replace("(Vorlage)", "").replace("*Vorlage – pro Person kopieren und ausfüllen.*", ""),  # no template
])
def test_checklists_that_are_not_blank_templates(text):
    assert not is_generic(text)
