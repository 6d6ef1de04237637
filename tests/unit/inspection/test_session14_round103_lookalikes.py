"""Round 102-103 look-alikes: a change-management audit narrative (SOX evidence about software changes, nobody's
access), a privileged-access request still pending, a product comparison whose first header cell is empty, and a
random token holding "xxXX" by chance (a typed mask keeps one case); each with the identity case beside it."""

from __future__ import annotations

import pytest

from gateway.inspection.change_control import is_change_control_narrative
from gateway.inspection.cred_values import is_placeholder
from gateway.inspection.engine import build_engine
from gateway.types import Answer

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials", "learned"])


def kinds(content: str) -> set[str]:
    return {f.kind for f in ENGINE.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


CHANGE_NARRATIVE = (
    "**SOC 1 ITGC - program change narrative (PC-01)**\n\nEvery change to the billing platform is logged in Jira, "
    "tested in staging, approved by the change advisory board and released by the platform team. In H1, 142 changes "
    "were released. The auditor sampled 20 and confirmed test evidence and CAB approval for each. No exceptions.")
ACCESS_NARRATIVE = (
    "**SOX ITGC - user access narrative (UA-02)**\n\nEvery new user on the billing platform is requested in Jira and "
    "approved by the data owner before IT grants the role. In H1, 42 users were added. The auditor sampled 10 and "
    "confirmed the approval existed before access was granted. No exceptions.")


def test_a_change_management_narrative_is_no_identity_evidence() -> None:
    assert kinds(CHANGE_NARRATIVE) == set()


def test_an_access_narrative_is_still_an_attestation() -> None:
    assert "attestation" in kinds(ACCESS_NARRATIVE)


@pytest.mark.parametrize("content, expected", [
    ("Change management: all releases were tested and approved by the CAB; this control covers changes only, "
     "nothing about user access.", True),
    ("Change management: all releases were approved by the CAB, and the deployer role was reviewed.", False),
    ("The CAB approved the release; Tom was added to the admins group for the deployment.", False),
])
def test_what_reads_as_a_change_control_narrative(content: str, expected: bool) -> None:
    assert is_change_control_narrative(content) is expected


@pytest.mark.parametrize("content", [
    "Priya's PIM activation request for *SharePoint Administrator* is still pending; Jonas and Mei are the "
    "approvers. No role is active on her account yet.",
    "The PIM request that Priya submitted for *SharePoint Administrator* is still pending - approvers are Jonas and "
    "Mei. Nothing is active on her account right now.",
])
def test_a_pending_access_request_reported_is_harmless(content: str) -> None:
    assert kinds(content) == set()


def test_a_request_approved_and_carried_out_is_an_access_change() -> None:
    assert "access_change" in kinds("Omar's request for Global Reader was approved and I assigned the role to him "
                                    "this morning.")


def test_a_product_comparison_with_an_empty_corner_cell_is_harmless() -> None:
    assert kinds("| | Okta | OneLogin | Keycloak |\n|---|---|---|---|\n| SCIM provisioning | Yes | Yes | Add-on |\n"
                 "| Hosting | Cloud | Cloud | Self-managed |\n| Pricing | Per user | Per user | Free |") == set()


def test_a_matrix_of_people_against_roles_is_not_a_product_comparison() -> None:
    assert kinds("| | admin | editor | viewer |\n|---|---|---|---|\n| ana.ruiz | x | | |\n| tom.berg | | x | |\n"
                 "| li.wen | | | x |") != set()


def test_a_registry_token_with_a_chance_run_of_mixed_case_xs_is_a_credential() -> None:
    token = "npm_" + "Q7r2Lw9KpZ4vYt6Bn3Hc8xxXXdMf5Js1Ge0A"
    assert "credential" in kinds(f"```\n//registry.npmjs.org/:_authToken={token}\n```")


@pytest.mark.parametrize("value, placeholder", [
    ("npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", True),
    ("sk-XXXXXXXXXXXXXXXXXXXX", True),
    ("Q7r2Lw9KpZ4vYt6Bn3Hc8xxXXdMf5Js1Ge0A", False),
])
def test_a_typed_mask_keeps_one_case(value: str, placeholder: bool) -> None:
    assert is_placeholder(value) is placeholder
