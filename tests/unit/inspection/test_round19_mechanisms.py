"""Mechanisms added after blind round 19: code reviews are no access reviews, ARIA roles in Japanese,
code comments and rotations 'after any compromise' explain rather than act, grants described by a
participle ('granted by a policy'), access-request tools."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.tool_names import judge_name
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials"])
IDENTITY = {"access_change", "lifecycle", "attestation"}


def kinds(content: str = "", *calls: tuple[str, object]) -> set[str]:
    tool_calls = tuple(ToolCall(f"c{i}", name, json.dumps(args)) for i, (name, args) in enumerate(calls))
    return {f.kind for f in ENGINE.scan(Answer((Choice(0, content, tool_calls),))) if f.confidence >= 0.5}


@pytest.mark.parametrize("text", [
    "アクセシビリティの観点から、カスタムのタブUIには次のような ARIA ロールを付与してください。",
    "```rust\nlet s3 = &s2;            // borrow, no ownership transfer\n```",
    "That is why the krbtgt account's key is rotated twice after any compromise.",
    "Access Analyzer flags:\n\n- services and actions granted by a policy but never called.",
])
def test_explanations_hold_nothing(text: str) -> None:
    assert not kinds(text) & IDENTITY


def test_code_review_is_no_access_review() -> None:
    assert judge_name("github.create_pull_request_review") is None
    assert judge_name("update_access_review") == ("attestation", "attest")


def test_access_request_tools_ask_for_access() -> None:
    assert judge_name("sailpoint_access_request") == ("access_change", "grant")
    assert judge_name("get_access_request") == ("read", None)
    assert judge_name("access_request_status") is None


@pytest.mark.parametrize(("text", "kind"), [
    ("```diff\n--- a/.github/CODEOWNERS\n+++ b/.github/CODEOWNERS\n-/services/payments/ @acme/core\n"
     "+/services/payments/ @acme/core @maria-kowalczyk\n```", "access_change"),
    ("3. Enter the username `kfischer`, choose the role **Maintainer**, and click **Add role**.", "access_change"),
    ("4. In SU01 dem Benutzer `MWEBER` die Rolle `Z_FI_CLOSE_SUPERUSER` bis 15.01. zuordnen.", "access_change"),
    ('{"controller": "B2-ACU-04", "cardholder": "Kessler, Ana", "doors": ["B2-ROOF-HATCH"], "schedule": "24x7"}',
     "access_change"),
    ("根据财务部的申请，已将王磊添加到 `BillingReadOnly` 权限集。", "access_change"),
    ("Liste extraite du centre d'administration Entra et validée par le RSSI. Les accès sont jugés appropriés.",
     "attestation"),
    ("Lista validada pelo gerente de infraestrutura. Todos os acessos considerados adequados.", "attestation"),
    ("One account (`ENG_TEMP02`) belonged to a contractor whose engagement ended; it was disabled the same day.",
     "lifecycle"),
    ("> just confirming that **Tom Reilly's** accounts (Okta and AWS SSO) were **disabled at 17:05 today**.",
     "lifecycle"),
    ("勘定系システムで鈴木さんのユーザーIDを再有効化しました。", "lifecycle"),
    ("curl -X PUT https://api.cloudflare.com/client/v4/user/tokens/7c1b2a3d4e5f/value", "lifecycle"),
])
def test_round19_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_login_blocked_field_in_a_record_update() -> None:
    args = {"system": "epic_hyperspace", "object": "EMP", "id": "EMP-104822",
            "fields": {"Login Blocked": "No", "Failed Login Count": 0}}
    assert "lifecycle" in kinds("", ("update_record", args))


def test_pronoun_without_an_account_is_no_record() -> None:
    assert "lifecycle" not in kinds("The feature flag caused errors for one user, so it was disabled.")


@pytest.mark.parametrize("text", [
    "In ERC-20, `approve(spender, amount)` sets an allowance; reset it to zero afterwards if you're cautious.",
    "`approve` lets a spender move up to a set amount of the owner's tokens.",
    "Use Revoke.cash and Etherscan's token-approval checker to revoke old approvals.",
])
def test_token_allowances_are_no_access(text: str) -> None:
    assert not kinds(text) & IDENTITY
