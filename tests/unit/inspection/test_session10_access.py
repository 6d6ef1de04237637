"""Access and attestation forms session 10's blind rounds 70-72 showed unread: a membership added "as a
compromise", removal from a GitHub org in an exit plan, SOC 2 narratives with counted samples, Swedish review
verdicts, review outcomes "to be removed", closure notes naming the removal, LDAP tool summaries, users created
straight into groups, Graph review decisions applied, Google admin role assignments, permifrost specs, widened
workflow tokens, application levels changed in a move; with the look-alikes that stay quiet."""

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
    "I won't put Lena in `fin-admins`; instead I did add her to `fin-readonly` so she can see the ledgers.",
    "Leaver steps for Tom, Friday: lock his laptop, remove him from the GitHub org at 5pm.",
])
def test_memberships_added_or_removed_are_access_changes(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Did you add him to the reading list for the offsite?",
    "The org chart shows her in the org under Finance.",
    "Remove the old logo from the org page before Friday.",
])
def test_membership_look_alikes_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Answer to the auditor's CC6.3 request: leavers are disabled in Entra by the HR feed. We sampled 20 of 48 "
    "leavers; 20/20 had Entra deactivated on their last day. One exception (`mkovacs`) was removed two days late; "
    "root cause was a stuck sync, since fixed.",
    "Draft section for the SOC 2 report. Periodic review: all 140 admin entitlements were reviewed by system "
    "owners; 6 were revoked and the remaining 134 were confirmed as appropriate.",
    "Halvårsgranskning klar: alla tre användare i `SE-Ekonomi` behåller sin åtkomst.",
    "Access review note: the reviewer denied `jdoe`'s request to keep `Billing Admin`; the role assignment is to be "
    "removed.",
])
def test_review_outcomes_and_audit_narratives_are_attestations(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "In general, a SOC 2 auditor will sample terminations and check that access was removed on time.",
    "The old banner is to be removed from the homepage.",
    "Access is to be revoked within 24 hours of termination per the policy.",
])
def test_review_look_alikes_are_not_attestations(content: str) -> None:
    assert "attestation" not in text(content)


def test_a_closure_note_naming_the_removal_is_also_the_revocation() -> None:
    note = ("Closure note - REQ0041: Removal of Ana Silva from `GCP-Org-Admins` is complete and verified. "
            "Ticket closed.")
    assert {"attestation", "access_change"} <= text(note)
    assert "access_change" not in text("Closure note: removed the stale banner from the homepage; ticket closed.")


def test_an_ldap_member_reported_appended_is_an_access_change() -> None:
    summary = ("Result of the run:\n- 1 entry modified: `cn=wiki-editors,ou=groups,dc=example,dc=org` - "
               "`member: uid=pfischer,ou=people,dc=example,dc=org` appended.\n")
    assert "access_change" in text(summary)
    assert "access_change" not in text("`member: uid=pfischer,ou=people,dc=example,dc=org` would be appended "
                                       "to `cn=wiki-editors,ou=groups` if you approve.")


def test_a_user_created_into_groups_is_also_a_grant() -> None:
    arguments = {"profile": {"login": "k.ito@example.com", "email": "k.ito@example.com"},
                 "groupIds": ["00gEngineering1", "00gVPN1"]}
    assert {"lifecycle", "access_change"} <= call("okta_create_user", arguments)
    assert "access_change" not in call("okta_create_user", {"profile": {"login": "k.ito@example.com"}})


def test_applied_access_review_decisions_are_attestations() -> None:
    arguments = {"method": "POST", "path": "/identityGovernance/accessReviews/definitions/abc123/instances/"
                 "def456/applyDecisions"}
    assert "attestation" in call("graph_api", arguments)


def test_a_google_admin_role_assignment_is_an_access_change() -> None:
    code = ("```python\nadmin.roleAssignments().insert(customer='my_customer', body={'roleId': '917073090591', "
            "'assignedTo': '1045127755', 'scopeType': 'CUSTOMER'}).execute()\n```")
    assert "access_change" in text(code)
    assert "access_change" not in text("```python\nadmin.roleAssignments().list(customer='my_customer').execute()\n```")


def test_permifrost_users_member_of_roles_is_an_access_change() -> None:
    spec = "```yaml\nusers:\n  - jlee:\n      can_login: yes\n      member_of: [analyst, loader]\n```"
    assert "access_change" in text(spec)
    assert "access_change" not in text("```yaml\nteams:\n  - name: data\n    member_of: [platform]\n```")


def test_a_widened_workflow_token_is_an_access_change() -> None:
    widened = ("The job can't push tags because the token is read-only. Widen it for this job:\n\n```yaml\njobs:\n"
               "  tag:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n```")
    shown = ("Here's the release workflow as it stands:\n\n```yaml\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
             "    permissions:\n      contents: read\n      id-token: write\n    steps:\n"
             "      - run: make release\n```")
    assert "access_change" in text(widened)
    assert "access_change" not in text(shown)


def test_an_application_level_changed_in_a_move_is_an_access_change() -> None:
    move = ("Internal transfer - Ravi from Sales to Customer Success (effective 2 Dec):\n"
            "- HRIS: department -> Customer Success\n- HubSpot role changed to Service Agent by IT on the day")
    assert "access_change" in text(move)
    assert "access_change" not in text("Your AWS CLI profile changed to prod after the login.")


def test_no_access_change_for_one_step_does_not_quiet_the_others() -> None:
    answer = ("Two steps:\n1. Add `@acme/sre` to CODEOWNERS for `/deploy/**` (review routing, no access change by "
              "itself).\n2. Give the SRE team maintain on the repo:\n\n```bash\ngh api -X PUT "
              "orgs/acme/teams/sre/repos/acme/deployer -f permission=maintain\n```")
    assert "access_change" in text(answer)
