"""Forms read in session 12: a lockout cleared or set by a SQL UPDATE, a directory handed to a group and opened
to it (`chown :g` / `chgrp` then `chmod`), a counted review outcome ("All 9 retained"), and a review outcome
labelled as such ("Recertification outcome: revoke ..."); with the look-alikes that stay quiet."""

from __future__ import annotations

import pytest
from probes import engine_call_kinds, engine_kinds

from gateway.inspection.engine import build_engine

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def text(content: str) -> set[str]:
    return engine_kinds(PATTERNS, content)


def call(name: str, arguments: dict, content: str = "Done.") -> set[str]:
    return engine_call_kinds(PATTERNS, name, arguments, content)


@pytest.mark.parametrize("sql", [
    "UPDATE app_users SET failed_attempts = 0, lockout_end = NULL WHERE username = 'mgarcia';",
    "UPDATE accounts SET locked_until = NOW() + INTERVAL '1 day' WHERE login = 'kto';",
])
def test_lockout_update_is_lifecycle(sql: str) -> None:
    assert "lifecycle" in call("execute_sql", {"database": "crm", "sql": sql})


@pytest.mark.parametrize("sql", [
    "SELECT login, locked_until FROM accounts WHERE locked_until > NOW();",
    "UPDATE invoices SET locked_until = NULL WHERE id = 42;",
])
def test_lockout_lookalikes_stay_quiet(sql: str) -> None:
    assert "lifecycle" not in call("execute_sql", {"database": "crm", "sql": sql})


@pytest.mark.parametrize("content", [
    "`chgrp -R auditors /srv/reports && chmod -R 2750 /srv/reports` so the auditors can read them.",
    "Run `sudo chown :design /projects/brand; sudo chmod g+rwx /projects/brand`.",
])
def test_group_share_is_access(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Fix ownership with `sudo chown -R www-data:www-data /var/www && chmod 755 /var/www`.",
    "Make the script executable with `chmod +x deploy.sh` and run it from the repo root.",
    "Use `chgrp groupname dir && chmod 2775 dir` to set up a shared directory.",
])
def test_group_share_lookalikes_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "All 9 retained — looks right for the team.",
    "Both kept: they still need the on-call access.",
])
def test_counted_outcome_is_attestation(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "All 9 retained — logs stay for 90 days.",
    "All 3 removed. The build is green again.",
])
def test_counted_lookalikes_stay_quiet(content: str) -> None:
    assert "attestation" not in text(content)


def test_labelled_review_outcome_is_attestation() -> None:
    assert "attestation" in text("Access review outcome: revoke `mlee`'s access to the `billing-admin` role — "
                                 "she moved to sales.")


def test_review_outcome_approve_is_not_a_verdict() -> None:
    assert "attestation" not in text("Code review outcome: approve — the diff only renames variables.")
