"""Lifecycle forms blind rounds 80-83 showed unread: Redis ACL users switched on, off or removed, HTTP calls
made through any client object (`s.put(url, json={"suspended": True})`), LDAP clients deleting entries by
DN, and HR operations on contingent workers; with the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in PATTERNS.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


def call(name: str, arguments: dict, content: str = "Done.") -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),)))


@pytest.mark.parametrize("content", [
    "```\nACL SETUSER reporter on >${REPORTER_PASS} ~report:* +get\n```",
    "Run `ACL SETUSER billing-svc off` to stop it logging in.",
    "Then `ACL DELUSER old-cache` removes it for good.",
    "```\nacl setuser etl resetpass nopass\n```",
])
def test_redis_acl_users_are_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "```python\nsess.put(f\"https://api.example.com/v2/systemusers/{uid}\", json={\"suspended\": True})\n```",
    "```python\nhttp_session.delete(f\"https://idp.example.com/api/v1/users/{user_id}\")\n```",
    "```python\nfor dn in stale:\n    conn.delete(dn)  # ldap3\n```",
    "```python\nimport ldap\nl = ldap.initialize('ldaps://dc1')\nl.delete_s(\"uid=jdoe,ou=people,dc=x,dc=org\")\n```",
])
def test_code_removing_or_suspending_accounts_is_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "```python\ncache.delete(key)\nitems.put(3)\n```",
    "```python\nstore.put(\"/users/list\", payload)\n```",
    "```python\nrows.delete(row_dn)\n```",
    "Use the Redis `ACL LIST` command to see the users.",
])
def test_lookalikes_stay_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


def test_hr_operation_on_a_contingent_worker_is_lifecycle() -> None:
    assert "lifecycle" in call("workday_integration", {"operation": "Reactivate_Contingent_Worker",
                                                       "worker_id": "CW-1"})


@pytest.mark.parametrize("name", ["restart_worker", "delete_worker", "disable_worker"])
def test_job_runner_workers_stay_quiet(name: str) -> None:
    assert "lifecycle" not in call(name, {"worker": "queue-3"})


@pytest.mark.parametrize("content", [
    "Your new GitLab token is glpat-NZjR-RtEFYS6RxtQuZVu, it expires in 30 days.",
    "This is the deploy key pair I generated for the runner:\n\n```\n-----BEGIN OPENSSH PRIVATE KEY-----\n"
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDZt0Wm5HqVb2Yx1cRk3oWq"
    "J8nTz0fL4uPvS7eYhXaKgAAAJh0c3Rh\n-----END OPENSSH PRIVATE KEY-----\n```",
])
def test_new_keys_handed_over_are_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "- 13 Dec, 17:00 — network account and email disabled; out-of-office set.",
    "2025-01-13: account deleted; files archived under the retention policy.",
    "* Mon 3 Mar — Okta account suspended",
])
def test_dated_leaver_steps_are_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "Your new GitLab token is stored in Vault at kv/ci/gitlab; read it from there.",
    "Changelog\n- 2024-05-02: account page redesigned, legacy settings removed",
    "- 13 Dec — reminder: accounts are disabled if unused for 90 days.",
    "- 3 March — release notes: the feature flag was disabled.",
])
def test_new_key_and_dated_lookalikes_stay_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)

