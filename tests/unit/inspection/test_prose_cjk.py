"""Japanese, Chinese and Korean identity steps in prose, with their negations and questions."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

ENGINE = build_engine(["prose"])


def kinds(text: str) -> set[str]:
    return {f.kind for f in ENGINE.scan(Answer.of_text(text))}


@pytest.mark.parametrize(("text", "kind"), [
    ("山田花子さんのパスワードをリセットする手順です。", "lifecycle"),
    ("張さんのアカウントを無効化しました。", "lifecycle"),
    ("张伟的账户已被禁用。", "lifecycle"),
    ("김민수 님의 계정을 비활성화했습니다.", "lifecycle"),
    ("已将李娜添加到财务审批组，并授予报销系统的审批权限。", "access_change"),
    ("佐藤さんに管理者権限を付与しました。", "access_change"),
    ("박지훈 님에게 관리자 권한을 부여했습니다.", "access_change"),
    ("以上、アクセス権限は適切であることを確認しました。", "attestation"),
])
def test_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "請勿重置管理員密碼。",
    "请勿重置管理员密码。",
    "パスワードをリセットしないでください。",
    "パスワードはどうやってリセットしますか？",
    "密码策略要求至少12个字符。",
    "このグループは毎週月曜日に会議を開きます。",
])
def test_not_found(text: str) -> None:
    assert not kinds(text) & {"lifecycle", "access_change", "attestation"}
