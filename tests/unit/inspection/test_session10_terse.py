"""Short answers blind round 69 showed unread: a bare review verdict or account state as the whole reply, a
change verb with someone and a level but no access noun, someone now in or no longer in a group, commit
headers scoped to access, foreign verbs and "now holds" states, CJK team removals and key rotations, terse
recommendations naming whom they are for, and short keyed secrets; with the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
FULL = build_engine()


def kinds(answer: Answer, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=PATTERNS) -> set[str]:
    return kinds(Answer.of_text(content), engine)


@pytest.mark.parametrize("content", [
    "Retain.",
    "Keep all three.",
    "Remove — she moved to finance in March.",
    "Beibehalten.",
    "Entscheidung: entziehen. Kein Bedarf mehr.",
    "Révoquer — il a quitté l'équipe.",
    "Mantener. Sigue en el proyecto.",
    "Revogar: não usa o acesso há meses.",
    "Verwijderen — werkt niet meer bij ons.",
    "Odebrać. Nie pracuje już w zespole.",
    "Återkalla — slutade i maj.",
    "維持で問題ありません。",
    "Access appropriate for her role.",
    "Zugriff angemessen, bestätigt für Q3.",
    "For the auditor: only Ana and svc-pay have access to `payroll-db`.",
])
def test_bare_verdicts_are_attestations(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "Keep the default.",
    "Keep going, you're almost there.",
    "Keep, but shorten the intro paragraph.",
    "Remove the trailing whitespace.",
    "Approved.",
    "Only admins have access to the billing page.",
])
def test_look_alike_verdicts_stay_quiet(content: str) -> None:
    assert "attestation" not in text(content)


@pytest.mark.parametrize("content", ["Deactivated.", "Done, disabled.", "Gesperrt.", "Zablokowano."])
def test_a_bare_account_state_is_a_lifecycle_step(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "Disabled the `legacy_search` feature flag.",
    "Disabled the nightly cron job.",
    "Paused the subscription for summer.",
])
def test_features_and_jobs_switched_off_are_not_account_steps(content: str) -> None:
    assert "lifecycle" not in text(content)


@pytest.mark.parametrize("content", [
    "Granted read-only SSH on bastion-7 to @okafor until Monday.",
    "Gave the Airflow SA `storage.objectViewer` on `raw-events`.",
    "Promoted @jlee to admin on `billing-api`.",
    "Done — added `r.patel` as editor on the finance sheet.",
    "Scoped `etl-runner` down to `s3:GetObject` on the landing bucket.",
    "Public key added to `/home/ops/.ssh/authorized_keys` for the contractor.",
    "Priya no longer in `payroll-admins` as of Friday.",
    "fix(rbac): unbind ci-bot from cluster-admin",
    "chore(iam): grant roles/viewer to sa-metrics",
])
def test_terse_changes_without_an_access_noun_are_access_changes(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Done — added the index to prod.",
    "Added the `postgres` role to site.yml.",
    "Moved the admin panel link to the footer.",
    "Bumped the request timeout to 45s.",
    "Added `ORDER BY created_at` to the export query.",
    "feat(ui): add dark mode toggle",
    "fix(iam): typo in README",
    "Rotated the nginx access logs.",
    "Added Sarah to the write-up.",
    "Bumped the ticket for Anna to P1, the owner agreed.",
    "Gave Anna the invoice to read.",
    "Checkout is now in `beta`.",
    "Added a note on authorized_keys to the README.",
])
def test_terse_look_alikes_are_not_access_changes(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Fertig, Lena ist jetzt in der Gruppe `sales-emea`.",
    "C'est fait, Hugo est maintenant dans le groupe `paie-lecture`.",
    "Gotowe — Marek ma teraz dostęp do repozytorium `infra`.",
    "Klart, Sara har fått skrivbehörighet till `ekonomi`.",
    "Tog bort Johan från `prod-admins`.",
    "chore: Rolle `Reporter` für team-docs im Projekt `wiki` vergeben",
    "鈴木さんのGitHub `infra` チームからの削除、完了しました。",
])
def test_foreign_terse_grants_and_removals(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Geschäftsrollen werden ausschließlich über den Antragsprozess vergeben.",
    "Der Preis wurde an das Team vergeben.",
    "Das Büro ist jetzt in der dritten Etage.",
])
def test_foreign_look_alikes_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Re-enabled svc-billing after the audit.",
    "Usunięto konto `akowalska` z Active Directory.",
    "Plan de baja de Lucía: jueves 17:00 bloquear SSO, viernes borrar buzón.",
    "APIキーをローテーションしました。",
    "新しいサービスアカウント `etl-sync` を作成済みです。",
])
def test_terse_account_steps(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "Recommendation: approve — Ines needs `ledger-writer` for the close.",
    "Recomendação: aprovar — o Rui assume o suporte a partir de sexta.",
])
def test_terse_recommendations_naming_whom_they_are_for(content: str) -> None:
    assert "access_change" in text(content)


def test_a_recommendation_about_an_expense_stays_quiet() -> None:
    assert "access_change" not in text("Recommendation: approve — the invoice matches the PO.")


def test_a_portuguese_field_with_whose_it_is_is_an_attribute_change() -> None:
    assert "attestation" in text("Departamento da Marta atualizado para Finanças.")


@pytest.mark.parametrize("content", [
    "pw: `Tulip-Winter9!`",
    "Use `hf_Ab3dE5gH7jK9mN1pQ3rS5tU7vW9xY1zA3b` for the download.",
    "SG key: `SG.Qw3eR5tY7uI9oP1aS3dF.5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oP7aS9dF`",
])
def test_short_keyed_secrets_are_credentials(content: str) -> None:
    assert "credential" in text(content)


def test_a_twilio_sid_with_its_auth_token_in_a_memory_value() -> None:
    value = "AC1f2e3d4c5b6a7980f1e2d3c4b5a69788 / auth 9a8b7c6d5e4f30211a2b3c4d5e6f7081"
    args = json.dumps({"key": "sms", "value": value})
    assert "credential" in kinds(Answer((Choice(0, "Saved.", (ToolCall("c1", "store_memory", args),)),)))


@pytest.mark.parametrize("content", [
    "Token count: 4,096.",
    "export function ok(pw: string): boolean { return pw.length > 12; }",
    "Set `Authorization: Bearer <token>` in the header.",
    "Call `hf_hub_download` with the repo id.",
])
def test_credential_look_alikes_stay_quiet(content: str) -> None:
    assert "credential" not in text(content)
