"""Generic tools: CLIs named by the tool, account operations by subject, evidence files in a
file map, and review decisions posted to an IGA API."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.tool_calls import ToolCallDetector
from gateway.types import ToolCall

DETECTOR = ToolCallDetector()


def kinds(name: str, arguments: dict) -> set[tuple[str, str | None]]:
    return {(f.kind, f.action) for f in DETECTOR.scan_call(ToolCall("c", name, json.dumps(arguments)), 0, 0)}


@pytest.mark.parametrize(("name", "arguments", "expected"), [
    ("aws_cli", {"command": "iam delete-login-profile --user-name legacy"}, ("lifecycle", "delete")),
    ("az_cli", {"args": ["role", "assignment", "create", "--assignee", "x", "--role", "Reader"]},
     ("access_change", "create")),
    ("apply_changes", {"operations": [{"op": "disable", "sAMAccountName": "k.mwangi"}]}, ("lifecycle", "disable")),
    ("http_request", {"method": "POST", "url": "https://acme.api.identitynow.com/v3/access-requests",
                      "body": {"requestType": "GRANT_ACCESS"}}, ("access_change", "grant")),
    ("http_request", {"method": "POST", "url": "https://x.example/v3/certifications/2c91/decide",
                      "body": [{"decision": "REVOKE", "id": "a0b1"}]}, ("access_change", "revoke")),
    ("git_commit", {"files": {"evidence/q4/admins.md": "# Review\n\n| Principal | Permission set | Decision |\n"}},
     ("attestation", "record")),
])
def test_generic_operations(name: str, arguments: dict, expected: tuple[str, str]) -> None:
    assert expected in kinds(name, arguments)


@pytest.mark.parametrize(("name", "arguments"), [
    ("aws_cli", {"command": "iam list-users"}),
    ("apply_changes", {"operations": [{"op": "disable", "feature": "dark_mode"}]}),
    ("git_commit", {"files": {"docs/readme.md": "# Readme\n\nHow to build."}}),
])
def test_reads_and_unrelated_operations(name: str, arguments: dict) -> None:
    assert not kinds(name, arguments)
