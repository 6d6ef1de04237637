"""A blank checklist kept as a template: "## Checkliste Offboarding (Vorlage)\n- [ ] IdP-Konto deaktivieren\n- [ ]
Gruppenmitgliedschaften entfernen\n...\n*Vorlage – pro Person kopieren und ausfüllen.*". Its steps are to be copied
for someone and filled in; as it stands, every box unticked and nobody named, it changes no one's account. Markdown's
`[ ]` is the box the generic frame already reads as a form when drawn as "☐"; here the answer must also call itself a
template, in any of the supported languages, and tick no box (a ticked one records a step done)."""

from __future__ import annotations

import re

from gateway.inspection.lowered import shared_lower

UNTICKED = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[ \][ \t]+\S", re.M)
TICKED = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[xX✓✔]\]", re.M)
SAYS_TEMPLATE = re.compile(r"\b(?:template|vorlage|plantilla|modèle|modello|modelo|sjabloon|szablon|"
                           r"fill(?:ed)? in|ausfüllen|auszufüllen|rellenar|remplir|compilare|preencher|invullen)\b")
MIN_BOXES = 3


def is_blank_checklist(text: str) -> bool:
    """Three unticked boxes or more, none ticked, in an answer that calls itself a template (the caller checks
    that it names nobody)."""
    if "[ ]" not in text or "]" in text.replace("[ ]", "") and TICKED.search(text):
        return False
    if len(UNTICKED.findall(text)) < MIN_BOXES:
        return False
    return SAYS_TEMPLATE.search(shared_lower(text)) is not None
