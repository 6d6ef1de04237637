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
