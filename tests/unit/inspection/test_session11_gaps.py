"""Forms session 11 found unread: PR and commit descriptions in the third person, SAP SU01 / PFCG steps in prose,
review records with an outcome or recommendation key, passive reports of someone's access changed, people pulled
out of a group or now in an approvers list, vaults handed over, DELETE of login rows, authorized_keys steps in a
runbook, deploy keys, counted revocations, leaver sample tables, management assertions, terse certifications and
requests to change an HR attribute; with the look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def text(content: str) -> set[str]:
    return {f.kind for f in PATTERNS.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


@pytest.mark.parametrize(("content", "kind"), [
    ("Deletes the 14 orphaned service accounts left over from the 2022 migration.", "lifecycle"),
    ("Adds alice to the release-managers team.", "access_change"),
    ("Removes bob's admin role.", "access_change"),
    ("This PR grants the ci-bot write access to the infra repo.", "access_change"),
    ("This PR revokes carol's access to the billing project.", "access_change"),
    ("This commit removes bob from the `prod-admins` group.", "access_change"),
    ("Suspends three dormant Okta users (jlee, pmora, tkato).", "lifecycle"),
    ("Resets MFA for the on-call engineer.", "lifecycle"),
    ("Promotes maria to org owner.", "access_change"),
    ("- Revokes write access for the contractors group on `payments-api`", "access_change"),
])
def test_present_tense_change_descriptions(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "Adds a retry to the upload job.",
    "Removes the deprecated logging flag.",
    "Grants a 10% discount to returning customers.",
    "Removes the admin link from the footer.",
    "The Reader role grants read access to all blobs in the account.",
    "If this PR grants write access to contractors, security must approve it.",
    "*Role-based access control* attaches permissions to roles, and people get permissions by being assigned roles.",
])
def test_present_tense_look_alikes_stay_quiet(content: str) -> None:
    assert not text(content) & {"access_change", "lifecycle"}


@pytest.mark.parametrize("content", [
    "curl -X DELETE https://api.vercel.com/v1/teams/team_abc123/members/usr_9f8e7d "
    "-H \"Authorization: Bearer $VERCEL_TOKEN\"",
    "`DELETE /v1/teams/{id}/members/{uid}` with uid = the departing contractor's user id.",
    "curl -n -X DELETE https://api.heroku.com/teams/acme/members/jane@acme.com",
])
def test_team_member_removal_over_rest(content: str) -> None:
    assert "access_change" in text(content)


def test_team_member_listing_stays_quiet() -> None:
    assert "access_change" not in text('curl https://api.vercel.com/v1/teams/team_abc/members -H "Accept: x"')


@pytest.mark.parametrize("content", [
    '{"user_id": "u123", "access": "prod-db-admin", "review_outcome": "rejected"}',
    '```json\n{"user": "jdoe", "role": "db_owner", "recommendation": "revoke"}\n```',
    '{"reviewer": "m.tran", "user": "jdoe", "entitlement": "SAP_FI_AP_ADMIN", "decision": "revoke"}',
])
def test_review_records_are_attestations(content: str) -> None:
    assert "attestation" in text(content)


def test_record_without_an_entitlement_stays_quiet() -> None:
    assert "attestation" not in text('{"order": 12, "outcome": "rejected", "customer": "jdoe"}')


@pytest.mark.parametrize(("content", "kind"), [
    ("In SU01, enter user JDOE, go to the Roles tab, add Z_FI_AP_CLERK, save.", "access_change"),
    ("Open transaction SU01, type JDOE in the User field and click Change. On the Roles tab add Z_FI_AP_CLERK "
     "with validity to 31.12.2025, then save.", "access_change"),
    ("In PFCG open role Z_MM_BUYER, User tab, enter PSINGH and run the user comparison.", "access_change"),
    ("In SU01 go to the Logon data tab for user MKELLER and set the user to Locked, then save.", "lifecycle"),
    ("In SU01 reset the password for user KLEE and give her the initial password over the phone.", "lifecycle"),
])
def test_sap_user_maintenance_steps(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "In SU01 you can display a user's roles on the Roles tab; use SUIM for reports.",
    "SU01 shows whether the user is locked and which roles (for example Z_FI_AP_CLERK) are assigned.",
    "Use SU01D to check if JDOE still has Z_FI_AP_CLERK on the Roles tab.",
])
def test_sap_look_alikes_stay_quiet(content: str) -> None:
    assert not text(content) & {"access_change", "lifecycle"}


@pytest.mark.parametrize("content", [
    "Re-enabled the account; her old group memberships were restored from the pre-leave snapshot.",
    "His admin role was revoked this morning.",
    "After certification, pull every poll-worker account out of the `EPB-PollWorkers` group.",
    "fyi, Camille is now in the expense approvers list for EMEA.",
    "Suspended the 1Password account and reassigned her vaults to the team lead.",
    "Offboarding done: handed over his repositories to Priya Shah.",
    "Summary of this week's review: 140 entitlements in scope, 131 retained, 9 revoked.",
    "Append the orchestrator's public key to `/home/builder/.ssh/authorized_keys` and restart the agent.",
    "```bash\ngh repo deploy-key add ./docs_builder.pub --repo acme-corp/handbook --title docs\n```",
])
def test_access_changes_told_otherwise(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Was her access removed when she left?",
    "If his access was revoked, the login would fail.",
    "Pull the data out of the reporting group's shared folder.",
    "Marco is now in the Berlin office.",
    "Reassign the ticket queue to the team lead while Ana is away.",
    "Never add a private key to authorized_keys.",
    "The authorized_keys file lists the public keys allowed to log in.",
])
def test_access_look_alikes_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "DELETE FROM app_users\nWHERE last_login < '2023-01-01';",
    "Issued a new Socrata app token for the budget dashboard and revoked the old one.",
    "```bash\naz ad sp create-for-rbac --name sp-expense-sync --skip-assignment\n```\n"
    "`--skip-assignment` means no role is granted yet.",
])
def test_lifecycle_steps(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "DELETE FROM orders WHERE created_at < now() - interval '2 years';",
    "DELETE FROM user_sessions WHERE expires_at < now();",
])
def test_lifecycle_look_alikes_stay_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


@pytest.mark.parametrize("content", [
    "Certified. Nothing to remove.",
    "Management of Northbeam Analytics confirms that there have been no material changes to the logical access "
    "controls described in our SOC 2 Type II report.",
    "One exception: a terminated contractor's VPN account remained active for 6 days (terminated 2 May, disabled "
    "8 May). The root cause was remediated. Management considers the control to have operated effectively apart "
    "from this exception.",
    "Sample testing\n\n| # | Employee | Term date | Epic disabled | Within 24h? |\n|---|---|---|---|---|\n"
    "| 1 | E. Ward | 10/03 | 10/03 | Yes |\n\nRoot cause: manual step missed.",
    "SoD conflict review - AP Create Vendor vs. AP Approve Payment held by M. Tran: exception accepted for 6 "
    "months; access is appropriate given team size.",
    "Can you flip Ravi Shankar's status in the contractor register from \"Pending start\" to \"Active\" and set "
    "his sponsor to Helen Wu?",
])
def test_attestations(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "Certified. The vendor is ISO 27001 compliant.",
    "Should I update Jane Doe's manager in Workday?",
    "| Feature | Status |\n|---|---|\n| SSO | disabled |",
])
def test_attestation_look_alikes_stay_quiet(content: str) -> None:
    assert "attestation" not in text(content)
