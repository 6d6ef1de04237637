"""A reviewer's verdict after a "Decision:" label in another language: revoking is also an access change that
someone will carry out, in every language whose revoke verbs the verdict lists hold, and Italian, Portuguese,
Dutch, Swedish and Polish labels are read as well. A decision that keeps access attests only; a decision about
something that is not access stays harmless."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

PROSE = build_engine(["prose"])


def kinds(content: str) -> set[str]:
    return {f.kind for f in PROSE.scan(Answer.of_text(content)) if f.confidence >= 0.5}


@pytest.mark.parametrize("content", [
    "Access review for Marie Dupont, SAP FI_POSTING role. Décision: révoquer.",
    "Zugriffsprüfung für Jan Weber, Rolle FI_POSTING in SAP. Entscheidung: widerrufen.",
    "Revisione accessi per Luca Bianchi, ruolo FI_POSTING in SAP. Decisione: revocare.",
    "Revisão de acesso de Ana Souza, perfil FI_POSTING no SAP. Decisão: revogar.",
    "Przegląd dostępu: Anna Nowak, rola FI_POSTING w SAP. Decyzja: odebrać.",
])
def test_a_revoke_verdict_is_an_attestation_and_a_revocation(content: str) -> None:
    assert kinds(content) >= {"attestation", "access_change"}


def test_a_keep_verdict_attests_only() -> None:
    assert kinds("Access review for Marie Dupont, SAP FI_POSTING role. Décision: conserver.") == {"attestation"}


@pytest.mark.parametrize("content", [
    "The committee reached a decision: keep the old logo for the website.",
    "Decisione: mantenere il formato attuale del report trimestrale.",
    "Decisão: remover a seção de FAQ do site e manter o blog.",
])
def test_a_decision_about_something_else_is_harmless(content: str) -> None:
    assert not kinds(content) & {"attestation", "access_change"}
