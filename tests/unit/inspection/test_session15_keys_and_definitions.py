"""Session 15: a change verb used as a quoted key in code is not a step; a CJK sentence that defines a practice
("…とは…考え方です", "…是指…", "…란 … 방식입니다") is an explanation, while the same verbs in a report of what was done
still read as changes."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from tests.unit.inspection.probes import engine_kinds

ENGINE = build_engine(["prose"])


@pytest.mark.parametrize("text", [
    '```python\nrecord = {"user": "n/a", "role": "viewer", "grant": None, "permissions": []}\n'
    'for key in sorted(record):\n    print(key)\n```\nThis prints the keys sorted alphabetically.',
    "Set `{'revoke': True, 'permissions': ['read']}` in the fixture and assert the parser keeps both keys.",
    "JIT（ジャストインタイム）アクセスとは、必要なときだけ一時的に権限を付与し、期限が来たら自動的に失効させる考え方です。",
    "即时访问是指只在需要时临时授予权限，到期后自动收回。",
    "JIT 액세스란 필요할 때만 임시로 권한을 부여하는 방식입니다.",
])
def test_keys_in_code_and_definitions_are_not_changes(text: str) -> None:
    assert "access_change" not in engine_kinds(ENGINE, text)


@pytest.mark.parametrize("text", [
    "Please grant read access to the finance share for bob@acme.com.",
    "田中さんに経理グループの権限を付与しました。",
    "JIT アクセスの申請を承認し、田中さんに本番DBの権限を付与しました。とはいえ期限は24時間です。",
    "김민수에게 권한을 부여했습니다.",
])
def test_the_same_verbs_as_steps_still_read_as_changes(text: str) -> None:
    assert "access_change" in engine_kinds(ENGINE, text)
