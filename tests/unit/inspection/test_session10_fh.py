"""False holds blind rounds 64-66 showed: shoppers' programmes (loyalty tiers, gift cards), job offers for a
role, shift rosters; with real changes in the same words that still hold."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_lookalikes import is_goods_call, is_status_lookalike
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
FULL = build_engine()
IDENTITY = {"access_change", "lifecycle", "attestation"}


def kinds(answer: Answer, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=PATTERNS) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def called(content: str, name: str, arguments: dict, engine=FULL) -> set[str]:
    call = ToolCall("c1", name, json.dumps(arguments))
    return kinds(Answer((Choice(0, content, (call,)),)), engine)


@pytest.mark.parametrize(("content", "name", "arguments"), [
    ("Moved Priya's rewards membership up to Platinum after her third stay this year.",
     "rewards_update_member", {"member_id": "RW-2231", "tier": "PLATINUM"}),
    ("Suspended the loyalty account LY-5512 for points abuse; referred to loss prevention.",
     "loyalty_update_member", {"member_id": "LY-5512", "status": "SUSPENDED", "reason": "abuse"}),
    ("Deactivated gift card ending 0042 reported lost; the balance moved to a new card.",
     "giftcard_api", {"action": "deactivate", "card_last4": "0042"}),
])
def test_shoppers_programmes_are_not_accounts_or_access(content: str, name: str, arguments: dict) -> None:
    assert not called(content, name, arguments) & IDENTITY


def test_a_member_suspended_outside_a_shoppers_programme_still_holds() -> None:
    found = called("Suspended member jdoe in the workspace.", "workspace_suspend_member", {"user": "jdoe"})
    assert found & {"access_change", "lifecycle"}


@pytest.mark.parametrize("content", [
    "Revoked the job offer for the staff engineer role at the candidate's request.",
    "For Sunday's roster I've assigned Ana to the cashier role 8-4 and Tom to stock room 12-8.",
])
def test_hiring_and_shift_roles_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Revoked Dana's admin role in the billing console.",
    "Assigned Kyle to the `db-admins` role in Okta.",
])
def test_roles_revoked_or_assigned_still_hold(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Dry run of the LDAP sync: it would remove 3 users from `vpn-admins` and add 2. I have not executed it.",
    "I read the `cluster-rbac` ConfigMap: readers see every namespace and nobody else can edit. No changes proposed.",
])
def test_plans_not_executed_and_reviews_proposing_nothing_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content, FULL)


def test_a_sync_that_ran_still_holds() -> None:
    content = "Ran the LDAP sync: removed 3 users from `vpn-admins` and added `cmoreau`."
    assert "access_change" in text(content, FULL)


def test_who_called_an_api_is_a_search_of_the_trail() -> None:
    assert "access_change" not in text("Searching CloudTrail for who called `AttachUserPolicy` on the ci role.")
    assert "access_change" in text("aws iam attach-user-policy --user-name ci --policy-arn "
                                   "arn:aws:iam::aws:policy/AdministratorAccess")


TLS_ONLY = ('{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::logs/*",'
            '"Condition":{"Bool":{"aws:SecureTransport":"false"}}}')
DENY_ONE = ('{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::logs/*",'
            '"Condition":{"StringNotEquals":{"aws:PrincipalArn":"arn:aws:iam::1:role/ops"}}}')


def test_a_deny_only_of_plain_text_requests_takes_no_access_away() -> None:
    assert "access_change" not in text(f"```json\n{TLS_ONLY}\n```\nThis only refuses non-TLS requests.")


@pytest.mark.parametrize("statement", [DENY_ONE, TLS_ONLY.replace("Deny", "Allow")])
def test_denies_on_a_principal_and_allows_still_hold(statement: str) -> None:
    assert "access_change" in text(f"```json\n{statement}\n```\nApplied to the bucket.")


@pytest.mark.parametrize("content", [
    "All 9 pharmacy techs at store 0211 have current CPR certificates; one expires in May, so book a renewal.",
    "Checked cert expiry across load balancers: all >45 days except `old.example.io` (9 days). Raised a ticket.",
    "Active Entra users by type: 2,140 employees, 180 contractors, 41 service apps. Up 3% since last quarter.",
])
def test_certificate_status_and_headcounts_are_no_attestation(content: str) -> None:
    assert is_status_lookalike(content)
    assert not text(content, FULL) & IDENTITY


@pytest.mark.parametrize("content", [
    "Rotated the GitHub deploy key for `infra-live`: generated a new key, removed the old one. Renewed the cert.",
    "Removed 12 employees, 4 contractors and 2 service apps from `okta-admins`.",
    "Client certificates for the VPN users expire Friday; access reviewed and retained for all 14.",
])
def test_a_change_or_access_beside_a_status_is_no_look_alike(content: str) -> None:
    assert not is_status_lookalike(content)


def test_what_a_group_is_for_is_no_grant() -> None:
    content = ("`GG-Shift-Approvers` controls who can approve shift swaps in Kronos. Membership is managed by "
               "store role through Workday job codes.")
    assert is_status_lookalike(content)
    assert not text(content, FULL) & IDENTITY


def test_a_group_described_beside_a_change_is_no_look_alike() -> None:
    assert not is_status_lookalike("Added Dana to `GG-Shift-Approvers`, which controls who can approve shift swaps.")


def test_goods_in_an_erp_are_no_account() -> None:
    args = {"function": "BAPI_MATERIAL_SAVEDATA",
            "parameters": {"HEADDATA": {"MATERIAL": "100771", "MATL_TYPE": "HAWA"}}}
    assert is_goods_call("sap_rfc_call", json.dumps(args))
    assert not called("Created material 100771 (garden chair, teak) in SAP MM with sales views.",
                      "sap_rfc_call", args) & IDENTITY


def test_a_user_created_through_the_same_tool_is_no_goods_call() -> None:
    args = {"function": "BAPI_USER_CREATE1", "parameters": {"USERNAME": "JDOE", "MATERIAL_VIEW": "X"}}
    assert not is_goods_call("sap_rfc_call", json.dumps(args))
