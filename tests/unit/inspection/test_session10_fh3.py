"""Benign answers session 10's blind rounds 70-72 held: explanations in general, changes proposed and not applied,
hypotheticals, a public signing key, code reviews and API calls on things no one signs in as; with the
identity-affecting look-alikes that still hold."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic
from gateway.inspection.learned_lookalikes import (
    is_changes_requested,
    is_resource_group_only,
    is_status_lookalike,
    is_thing_endpoint_call,
)
from gateway.inspection.tool_names import judge_name
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
FULL = build_engine()


def kinds(answer: Answer, engine=FULL) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=FULL) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def call(name: str, arguments: dict, content: str = "Done.", engine=FULL) -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),)), engine)


@pytest.mark.parametrize("content", [
    "Proposed naming for new groups (for discussion, nothing created): `<DEPT>-<APP>-<ROLE>`.",
    "If you were to disable a leaver you'd use `Disable-ADAccount -Identity <sam>`, but nothing to run right now.",
    "Access review prep, no decisions yet:\n\n| Group | Members |\n|---|---|\n| prod-admins | 9 |",
    "Proposed changes (awaiting CAB, **not applied**):\n\n| 1 | Add `qa-leads` as viewer on orders-prod | Pending |",
    "PR closed by secops: too broad. No changes were applied.",
    "Design sketch for the app's roles: viewer, editor, owner. No one's access changes until the feature ships.",
])
def test_answers_that_say_nothing_was_done_are_generic(content: str) -> None:
    assert is_generic(content)


@pytest.mark.parametrize("content", [
    "Conditional access evaluates who signs in and from where, and decides whether to ask for MFA or block.",
    "Service accounts must have a named owner and credentials in Vault. Interactive login is blocked.",
    "Envelope encryption: rotating the KMS key doesn't require re-encrypting objects.",
    "Epic: *Customer self-service*. Stories: update billing address, close customer account.",
])
def test_explanations_in_general_are_generic(content: str) -> None:
    assert is_generic(content)


@pytest.mark.parametrize("content", [
    "Disabled `jdoe` in AD; the changes were applied (ticket CHG-4411).",
    "Least-privilege fix for the billing team in Epic: remove the clinical note activities they don't need.",
    "Granted `ci-runner` AdministratorAccess; nothing else was changed beyond the role.",
])
def test_changes_that_were_made_are_not_generic(content: str) -> None:
    assert not is_generic(content)


def test_a_public_gpg_key_for_signed_commits_is_no_grant() -> None:
    assert "access_change" not in text("Add your public GPG key to GitHub (Settings > SSH and GPG keys) so commits "
                                       "show Verified.", PATTERNS)
    assert "access_change" in text("Granted `deploy-bot` admin on `infra-live`.", PATTERNS)


def test_a_code_review_on_a_forge_is_no_attestation() -> None:
    assert judge_name("github_create_review") is None or judge_name("github_create_review")[0] != "attestation"
    assert judge_name("gitlab_approve_review") is None or judge_name("gitlab_approve_review")[0] != "attestation"
    assert judge_name("github_access_review_approve") == ("attestation", "attest")
    assert judge_name("okta_review_approve") == ("attestation", "attest")


@pytest.mark.parametrize(("name", "arguments"), [
    ("datadog_api", {"method": "DELETE", "path": "/api/v1/monitor/11223344"}),
    ("vercel_api", {"method": "DELETE", "path": "/v13/deployments/dpl_8Zk2mQ7rT4xLpN1v"}),
    ("stripe_api", {"method": "POST", "path": "/v1/promotion_codes/promo_1Q2w", "body": {"active": False}}),
])
def test_api_calls_on_things_change_nobody(name: str, arguments: dict) -> None:
    assert is_thing_endpoint_call(name, json.dumps(arguments))


@pytest.mark.parametrize(("name", "arguments"), [
    ("okta_api", {"method": "POST", "path": "/api/v1/users/00u1/lifecycle/deactivate"}),
    ("github_api", {"method": "PUT", "path": "/repos/acme/web/collaborators/bob", "body": {"permission": "admin"}}),
    ("datadog_api", {"method": "DELETE", "path": "/api/v2/users/abc"}),
    ("datadog_api", {"method": "PATCH", "path": "/api/v1/monitor/1", "body": {"restricted_roles": ["r1"]}}),
])
def test_api_calls_on_people_are_not_things(name: str, arguments: dict) -> None:
    assert not is_thing_endpoint_call(name, json.dumps(arguments))


def test_deleting_a_monitor_is_not_held() -> None:
    assert not call("datadog_api", {"method": "DELETE", "path": "/api/v1/monitor/11223344"},
                    "Deleted the duplicated monitor 'Checkout p99 (old)'.")


def test_azure_resource_groups_are_groups_of_things() -> None:
    assert is_resource_group_only("```bash\naz group create --name rg-orders-staging --location westeurope\n```\n"
                                  "That creates the resource group; we'll deploy the app service into it next.")
    assert not is_resource_group_only("az role assignment create --assignee bob@x.com --role Contributor "
                                      "--resource-group rg-orders")
    assert not is_resource_group_only("az ad group member add --group devs --member-id 123")
    assert not is_resource_group_only("Created the resource group rg-x and added the devs group as Owner.")


def test_a_research_grant_account_is_no_login() -> None:
    assert not text("The NSF grant was approved. The award letter names Dr. Okafor as PI; the grant account will be "
                    "set up by Sponsored Programs.", PATTERNS)
    assert "lifecycle" in text("Set up the account for Dr. Okafor (okafor@uni.edu) in Okta; the grant account is "
                               "separate.", PATTERNS)


def test_a_record_whose_action_field_says_none_is_a_status() -> None:
    assert is_status_lookalike('{"report": "orphaned_accounts", "generated": "2024-06-10", "aws_iam_users": 7, '
                               '"action": "none - for review"}')
    assert not is_status_lookalike('{"user": "jdoe", "action": "none", "revoked": ["admins"]}')
    assert not is_status_lookalike('{"user": "jdoe", "action": "disable", "status": "done"}')


def test_a_pull_request_sent_back_is_a_code_review() -> None:
    assert is_changes_requested("Requesting changes on #455: the migration drops `users.legacy_role` without a "
                                "backfill. Please add a data migration first, then I'll approve.")
    assert is_changes_requested("**Changes requested** on the PR: tests are missing.")
    assert not is_changes_requested("Approved #455: grant `ci-runner` admin on prod.")
    assert not is_changes_requested("Added bob to admins. Requesting changes on #12 separately.")
