"""Attestation verdicts the prose rules used to leave below the holding line: a review dated in a
month or on a day (a particular review, not an explainer), a verdict that ends "no changes", the
use of a break-glass account judged justified, and reports who "still need" a named access; with
look-alikes that stay quiet."""

from __future__ import annotations

import pytest
from probes import engine_kinds

from gateway.inspection.engine import build_engine
from gateway.types import Answer

ENGINE = build_engine()


def prose_kinds(text: str) -> set[str]:
    return engine_kinds(ENGINE, text, "prose")


@pytest.mark.parametrize("text", [
    "Management response for the audit finding: a full review of privileged database accounts was performed in "
    "March 2024. All accounts were validated against current job roles, and the remaining access was deemed "
    "appropriate.",
    "PCI DSS evidence: the `CDE-Admins` group was reviewed on 2024-04-30. The reviewer confirmed each member "
    "still requires CDE administrative access. No changes.",
    "Break-glass review for `bg-azure-ga-01`, used on 14 March.\n\n- Reviewed by: CISO delegate\n\n"
    "Conclusion: use was justified and appropriate; credential rotated afterwards.",
    "Replying to the review reminder: all six of my direct reports still need their Salesforce \"Sales Manager\" "
    "access. Please mark my part of the campaign as certified.",
])
def test_dated_and_closing_verdicts_are_attestations(text: str) -> None:
    assert "attestation" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Reading the worker record to see who the current manager is; no changes.",
    "Status update: three access requests wait on approvers. Nothing has been approved or provisioned yet.",
    "Emergency access accounts are used only when SSO fails. Any use must be declared in the incident channel "
    "and is reviewed by Security Operations within one business day.",
    "In general, a reviewer decides whether access is still needed; the difference between roles and groups is "
    "explained in the overview.",
])
def test_look_alikes_stay_below_the_line(text: str) -> None:
    assert "attestation" not in prose_kinds(text)


def kinds(content: str, calls: tuple = ()) -> set[str]:
    """Kinds any rule detector (the learned model aside) finds at the holding confidence."""
    from gateway.types import Choice, ToolCall
    answer = Answer((Choice(0, content, tuple(ToolCall(f"c{i}", n, a) for i, (n, a) in enumerate(calls))),))
    return {f.kind for f in ENGINE.scan(answer, cost=None) if f.confidence >= 0.5 and f.detector != "learned"}


@pytest.mark.parametrize(("text", "kind"), [
    ('conn.modify(dn, {"userAccountControl": [(MODIFY_REPLACE, [514])]})', "lifecycle"),
    ("Set-ADUser kpatel -Replace @{userAccountControl=66050}", "lifecycle"),
    ('conn.add(dn, ["user"], {"sAMAccountName": "mlopez", "userAccountControl": 512})', "lifecycle"),
    ("> Tom asked for `prod-readonly` in Grafana for the outage review\n\nI'd approve this one, read-only for "
     "two weeks is fine.", "access_change"),
    ("All 40 users signed in this month and match the role catalogue.\n\nRecommendation: certify all 40 as Keep; "
     "the access is consistent with their job codes.", "attestation"),
])
def test_code_writes_and_reviewer_calls_are_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    'Get-ADUser -LDAPFilter "(userAccountControl=514)" | Select-Object Name',
    'conn.search(base, "(&(objectClass=user)(userAccountControl=514))")',
    "I'd approve it if the travel budget allows; the conference talks look useful.",
    "I'd keep it simple: one group per role and one owner per group.",
])
def test_reads_and_everyday_phrases_stay_quiet(text: str) -> None:
    assert not kinds(text) & {"lifecycle", "access_change", "attestation"}


def test_approving_a_privileged_access_request_is_a_grant() -> None:
    from gateway.inspection.tool_names import judge_name

    assert judge_name("beyondtrust_passwordsafe_request_approve") == ("access_change", "grant")
    assert judge_name("pim_approve_activation") == ("access_change", "grant")
    assert judge_name("approve_expense_report") is None
    assert judge_name("approve_checkout_cart") != ("access_change", "grant")


def test_a_leavers_accounts_disabled_on_a_schedule_are_a_step() -> None:
    text = "- **Fri 3 May, 17:00** – her accounts (Entra ID, Slack, Jira) are disabled and her sessions revoked."
    assert "lifecycle" in prose_kinds(text)
    assert "lifecycle" not in prose_kinds("If a user is idle, his reminder emails are disabled by default.")


@pytest.mark.parametrize("text", [
    "| Term | Definition |\n|---|---|\n| Recertification | An owner confirms access is still appropriate |\n"
    "| Deprovisioning | Removing access when someone leaves |",
    "# Runbook template: temporary admin access (fill in per request)\n\nReplace every value in angle brackets.\n\n"
    "```bash\nkubectl create rolebinding tmp-<ticket> --clusterrole=<role> --user=<engineer> -n <namespace>\n```\n\n"
    "The reaper removes bindings whose `expires-at` annotation has passed. Last reviewed: June 2024.",
])
def test_glossaries_and_declared_templates_are_generic(text: str) -> None:
    assert not prose_kinds(text)


def test_a_template_that_names_a_real_person_is_not_generic() -> None:
    text = ("Filled in from the template: grant `payments-admin` to dana.kim@example.com until <expiry>, "
            "ticket <ticket>, approver <approver>.")
    assert "access_change" in prose_kinds(text)


def test_an_evidence_file_name_after_a_secret_word_is_no_secret() -> None:
    from gateway.inspection.credentials import CredentialDetector

    text = ("Each holder has a current authorization record.\n\nEvidence package CIP004-R4-2024Q2.zip uploaded to "
            "the compliance library.")
    assert not [h for h in CredentialDetector().hits(text) if h.confidence >= 0.5]


@pytest.mark.parametrize("text", [
    "Switching the vendors' end dates in SailPoint (approved by Olivia Grant):\n\n| Identity | Old end date | New end "
    "date |\n|---|---|---|\n| ext.rvarma | 2025-03-31 | 2025-06-30 |",
    "Closing RITM0100: access for `p.ivanova` to the reporting workspace was removed. Checked with "
    "`Get-MgGroupMember` — no remaining memberships.",
    "**Closure note**\n\nRemoval of the Workday *Security Administrator* role for Kai Lund completed and checked "
    "on 4 Nov.",
    "Leavers reconciliation, May 2025 (Okta vs Workday):\n\n- Terminations: 12\n- Okta accounts active after the "
    "termination date: 0\n\nResult: **Pass.**",
])
def test_closures_reconciliations_and_attribute_headers_are_attestations(text: str) -> None:
    assert "attestation" in prose_kinds(text)


@pytest.mark.parametrize("text", [
    "Build pipeline for the release branch:\n\n- Unit tests: 412\n- Failures: 0\n\nResult: **Pass.**",
    "| Plan | Old price | New price |\n|---|---|---|\n| Team | 8 | 10 |",
])
def test_results_and_tables_outside_identity_stay_quiet(text: str) -> None:
    assert "attestation" not in prose_kinds(text)


@pytest.mark.parametrize(("text", "found"), [
    ("- Action: added `cp-rmendes` to `BMS-Portal-Users` (expires 2025-09-30).", True),
    ("Add `jdoe` to `sg-finance-rw` before Monday.", True),
    ("Moved `report.pdf` into `archive-users`.", False),
    ("Add `--verbose` to `build-tools`.", False),
])
def test_adding_someone_to_a_group_named_like_one(text: str, found: bool) -> None:
    assert ("access_change" in prose_kinds(text)) is found


def test_a_hypothetical_removal_is_no_step() -> None:
    text = ("An SCP only caps what IAM can grant, so the `DenyLeave` SCP stops accounts leaving, and removing it "
            "wouldn't give anyone extra access.")
    assert "access_change" not in prose_kinds(text)


def test_grants_in_a_change_judged_appropriate_are_an_attestation() -> None:
    text = ("Terraform review of `iam.tf` (CHG-1001): no wildcard actions. Conclusion: the grants in this change are "
            "appropriate and least-privilege for the finance account.")
    assert "attestation" in prose_kinds(text)
    assert "attestation" not in prose_kinds("No access change is needed: the grants are not appropriate yet.")


def test_a_review_campaigns_progress_is_no_verdict() -> None:
    assert "attestation" not in prose_kinds(
        "Access review campaign *Q2 HR Apps* is 71 % complete: 900 of 1,270 items decided; reminders go out today.")
    assert "attestation" in prose_kinds("The Q2 access review for HR Apps is complete: all 1,270 items decided.")


def test_a_weeks_hr_updates_table_is_an_attribute_change() -> None:
    text = ("HR updates pushed to Workday this week:\n\n| Worker | Change | Value |\n|---|---|---|\n"
            "| Ines Baptista | Manager | Tomas Varga |\n| Leon Hart | Department | Logistics |")
    assert "attestation" in prose_kinds(text)
    assert "attestation" not in prose_kinds(
        "| Product | Change | Value |\n|---|---|---|\n| Widget | Price | 12 EUR |\n| Gadget | Colour | Blue |")


def test_one_negation_over_a_list_of_steps() -> None:
    assert "access_change" not in prose_kinds(
        "**Do not** run `GRANT`, attach policies or add users to groups from this runbook, even for a day.")
    assert "access_change" in prose_kinds("Run the export, then add `jdoe` to the `finance-readers` group.")


@pytest.mark.parametrize("text", [
    "Certifico que he revisado los 12 usuarios con el rol **Billing Admin** para el primer semestre de 2025. "
    "Siguen siendo necesarios y se mantienen.",
    "2025年3月31日時点で `roles/owner` を保持しているのは2名のみであり、権限は職務上適切であると確認した。",
])
def test_foreign_verdicts_found_by_round_50(text: str) -> None:
    assert "attestation" in prose_kinds(text)


def test_an_answer_that_opens_by_declining_is_no_change() -> None:
    text = ("I can't grant organisation owner rights from here: org role changes go through an access request, "
            "so the owner can approve it.")
    assert not kinds(text) & {"access_change", "attestation"}


def test_a_plan_i_have_not_applied_changes_nothing() -> None:
    from gateway.inspection.generic_frame import is_generic

    assert is_generic("`terraform plan` output above: 1 to change. This only widens the CIDR; I haven't applied it.")
    assert not is_generic("37 updates were not applied overnight, so I re-ran the sync for Jan Meyer's record.")


@pytest.mark.parametrize("text", [
    "Recap of the CAB: giving the contractors Jira admin was **not agreed**; no access has been requested or granted.",
    "The PR that would have added the `contractors` group to the prod ACL (#482) was closed without merging.",
])
def test_plans_not_agreed_and_prs_not_merged_change_nothing(text: str) -> None:
    from gateway.inspection.generic_frame import is_generic

    assert is_generic(text)
