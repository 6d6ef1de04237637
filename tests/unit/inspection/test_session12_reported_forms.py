"""Forms read since session 12: SSH authorized principals, `vault write .../rotate-root`, MSSQL `CREATE USER ...
FOR LOGIN`, a user object looked up then deleted from code, a curl body quoted over lines, one access review decision
by id, a new account given a role in the same call; in prose, access or account steps reported as made, a change
under review that widens a role approved, "recommend approving", a short "Revoked — ..." certifying a removal.
Look-alikes (explanations, reads, other senses, conditions) stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose"])


def kinds(content: str, calls: tuple[tuple[str, dict], ...] = ()) -> set[str]:
    tool_calls = tuple(ToolCall(f"c{i}", name, json.dumps(args)) for i, (name, args) in enumerate(calls))
    answer = Answer((Choice(0, content, tool_calls),))
    return {f.kind for f in ENGINE.scan(answer, cost=None) if f.confidence >= 0.5}


@pytest.mark.parametrize("content, kind", [
    ("Add the team on the hosts:\n\n```\n# /etc/ssh/authorized_principals/deploy\nrelease-eng\n```", "access_change"),
    ("```bash\necho 'dba-team' | sudo tee -a /etc/ssh/auth_principals/postgres\n```", "access_change"),
    ("```bash\nvault write -f database/rotate-root/orders-db\n```", "lifecycle"),
    ("```bash\nvault write -force ldap/rotate-role/svc-backup\n```", "lifecycle"),
    ("```sql\nCREATE USER [app_reader] FOR LOGIN [app_reader];\n```", "lifecycle"),
    ("```sql\nCREATE USER audit_bot WITHOUT LOGIN;\n```", "lifecycle"),
    ("```python\nacct = client.get_user(\"j.doe\")\nprint(acct.email)\nacct.disable()\n```", "lifecycle"),
    ("```python\nuser = User.objects.get(username='kpatel')\nuser.delete()\n```", "lifecycle"),
    ("```bash\ncurl -X POST -H 'Content-Type: application/json' --data '{\n  \"push_access_levels\": [\n"
     "    {\"user_id\": 12}\n  ]\n}' https://git.example.com/api/v4/projects/9/protected_branches\n```",
     "access_change"),
    ("Revoked — Omar no longer has admin on `billing-prod`.", "attestation"),
    ("Summary: the 4 new analysts were granted access to the finance warehouse on Monday.", "access_change"),
    ("Closure: 12 stale roles were removed after the review.", "access_change"),
    ("Thanks for the review; you kept everything and revoked `Export Admin` for Lena.", "access_change"),
    ("| CHG-1 | Batch account | Done – account created in Okta, password in the vault |", "lifecycle"),
    ("Request: read access to the Loki tenant for a contractor. We recommend approving it with an end date.",
     "access_change"),
    ("PR #41 adds `secretsmanager:GetSecretValue` to the `etl-runner` role. Scope looks fine.\n\nApprove and merge.",
     "access_change"),
    ("## Absence\nOverall absence 5.1 %, highest in general support.\n\n## Records updated\n- Core HR assignment "
     "records updated for 3 transfers, including Dr. Ana Ruiz (Finance → Audit, line manager now Dr. Ben Hale, "
     "effective 2 May).", "attestation"),
])
def test_forms_read(content: str, kind: str) -> None:
    assert kind in kinds(content)


@pytest.mark.parametrize("content", [
    "An `AuthorizedPrincipalsFile` lists the principals a certificate may log in as; it is read by sshd.",
    "```bash\ncat /etc/ssh/auth_principals/postgres\n```",
    "```bash\nvault read database/creds/readonly\n```",
    "```sql\nSELECT name FROM sys.database_principals WHERE type = 'S';\n```",
    "```python\nwidget = Dashboard.get(42)\nwidget.delete()\n```",
    "```python\nsession = user.get_session()\nsession.delete()\n```",
    "Removed — the duplicate paragraph in the intro.",
    "If access was revoked by mistake, the owner can request it again.",
    "No entitlements were revoked in this cycle.",
    "We recommend approving the PR once the tests pass.",
    "PR #12 adds a filter to the admin page. Approve and merge.",
    "In general, accounts are created in the HR system first.",
])
def test_look_alikes_quiet(content: str) -> None:
    assert not kinds(content) & {"access_change", "lifecycle", "attestation"}


def test_review_decision_by_function_is_a_revocation() -> None:
    url = ("https://graph.microsoft.com/v1.0/identityGovernance/accessReviews/definitions/d1/instances/i1/decisions/"
           "filterByCurrentUser(on='reviewer')")
    found = kinds("Recording the decisions.", (("http_request", {"method": "PATCH", "url": url, "body": {
        "decisions": [{"principalId": "p1", "decision": "Deny"}]}}),))
    assert {"attestation", "access_change"} <= found


def test_review_decision_approve_is_no_revocation() -> None:
    url = "https://graph.microsoft.com/v1.0/identityGovernance/accessReviews/definitions/d1/instances/i1/decisions/x9"
    found = kinds("Recording the decisions.", (("http_request", {"method": "PATCH", "url": url, "body": {
        "decision": "Approve"}}),))
    assert "attestation" in found and "access_change" not in found


def test_new_account_with_role_is_also_access() -> None:
    found = kinds("Creating it.", (("http_request", {"method": "POST", "url": "https://grafana.example.com/api/serviceaccounts",
                                                     "body": {"name": "exporter", "role": "Viewer"}}),))
    assert {"lifecycle", "access_change"} <= found


def test_new_account_without_role_is_lifecycle_only() -> None:
    found = kinds("Creating it.", (("http_request", {"method": "POST", "url": "https://grafana.example.com/api/serviceaccounts",
                                                     "body": {"name": "exporter"}}),))
    assert "lifecycle" in found and "access_change" not in found
