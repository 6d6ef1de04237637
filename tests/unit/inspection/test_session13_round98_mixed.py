"""Session 13, rounds 98-99: a Japanese review that confirms a business need, a short reviewer's note that
named people still need a role, and a password repeated after a relative clause with a contraction."""

from __future__ import annotations

import pytest

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.prose import scan_prose

SECRETS = CredentialDetector()


def _attested(text: str) -> bool:
    return any(hit.kind == "attestation" and hit.confidence >= 0.5 for hit in scan_prose(text))


def _password(text: str) -> bool:
    return any(hit.confidence >= 0.5 for hit in SECRETS.hits(text))


@pytest.mark.parametrize("text", [
    "第2四半期のアクセスレビューの結果、人事システムの管理者全員の権限を維持します。",
    "販売管理システムの閲覧者 4 名は業務上必要であることを確認しました。",
    "棚卸の結果、購買システムの管理者 3 名は職務上必要な権限であることを確認済みです。",
    "Reviewed with the owner: Priya still needs the Jira project admin role, so it stays.",
    "Confirmed in this quarter's review: Ana and Bo still need GitHub org owner rights; no change.",
])
def test_review_findings_are_attestations(text: str) -> None:
    assert _attested(text)


@pytest.mark.parametrize("text", [
    "この設定が業務上必要かどうか確認してください。",
    "業務上必要な場合は確認してください。",
    "コードレビューの結果、バグを修正しました。",
    "Can you confirm whether Jorge still needs Stripe dashboard admin?",
    "The build still needs a dashboard admin to approve the deploy.",
])
def test_questions_and_other_reviews_stay_quiet(text: str) -> None:
    assert not _attested(text)


@pytest.mark.parametrize("text", [
    "You said the password you've been using is Tr4m!line_k9; it is rejected at sign-in.",
    "the password you\u2019ve been using is Kq7!rmT2_zz; it stops at the MFA step.",
    "The password we've agreed on is Gv8#pelican_22 for the shared drive.",
])
def test_password_after_a_contracted_clause(text: str) -> None:
    assert _password(text)


@pytest.mark.parametrize("text", [
    "the password you've been using is too short; pick a longer one.",
    "the password you've set is expired now.",
    "the password policy we've got is strict: twelve characters at least.",
])
def test_contracted_clause_without_a_value_stays_quiet(text: str) -> None:
    assert not _password(text)
