"""Session 8 (e52): a capitalised "AD account" is Active Directory's, an account "blocked" is a lifecycle
record, a service principal disabled, a title's full stop inside a membership ("Dr. Lee"), leavers as
the principals moved, a space's audience changed, access marked for removal, and two answers that say
they changed nothing (no accounts locked, "I haven't made any change yet"); with quiet look-alikes."""

from __future__ import annotations

import pytest

from gateway.inspection.generic_frame import is_generic
from gateway.inspection.prose import scan_prose


def kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_prose(text) if hit.confidence >= 0.5}


@pytest.mark.parametrize("text, kind", [
    ("From Monday at 09:00 his AD account is disabled by the leaver job.", "lifecycle"),
    ("Once the licence was taken away the account was blocked within minutes, so she cannot sign in.",
     "lifecycle"),
    ("2. Disabled the service principal for the invoicing connector across the tenant.", "lifecycle"),
    ("I've put Dr. Anna Berg into the **Oncology Restricted Records** access list until March.", "access_change"),
    ("Removed both leavers from the `Sales-Forecast` analytics workspace (Ola Nowak, Tim Reid).",
     "access_change"),
    ("I switched #launch-plans from private to public; everyone in the company can read it now.", "access_change"),
    ("Two reviewers (J. Okoro, M. Lind) no longer need write access and have been flagged for revocation.",
     "access_change"),
])
def test_positive(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "On Friday his ad account is paused while the campaign budget is reviewed.",
    "Should I switch #launch-plans from private to public?",
    "The move from private to public cloud took two years.",
    "The old deployment scripts have been flagged for removal next quarter.",
    "Of 300 role assignments reviewed, 12 were flagged for removal and removed within a week.",
    "The service principal is what the pipeline signs in as.",
    "Sign-ins from that address were blocked by conditional access policy.",
])
def test_quiet(text: str) -> None:
    assert not kinds(text) & {"lifecycle", "access_change"}


def test_no_accounts_locked_is_no_action() -> None:
    text = ("## Outage review\n\nThe signing certificate rolled over early and two apps rejected tokens. "
            "We checked for directory changes: none. No accounts were locked and nobody's access was changed.")
    assert is_generic(text)


def test_question_back_is_no_action() -> None:
    text = ("Two groups match that name, `GRP-Ops-Read` and `GRP-Ops-Admin`. Which one did the owner approve? "
            "I haven't made any change yet.")
    assert is_generic(text)


def test_question_then_change_is_not_generic() -> None:
    assert not is_generic("I added Ola to `GRP-Ops-Read` as approved in ticket OPS-4411.")


def test_access_certification_completed_line() -> None:
    text = ("Quarterly ops summary\n\n- Incidents: two, both minor.\n"
            "- Access certification for the Payroll folder finished by the CFO on 3 June: all 6 holders kept.\n"
            "- Patching: 98% within SLA.")
    assert "attestation" in kinds(text.replace("finished", "completed"))
    assert "attestation" not in kinds("- Access certification for the Payroll folder opens in June.")


def test_verdict_table_of_a_privileged_review() -> None:
    table = ("Yearly privileged-user review, lab network:\n\n"
             "| Account | Person | Privilege | Verdict |\n|---|---|---|---|\n"
             "| lab-adm-okim | Ola Kim | Controller admin | Keep |\n"
             "| lab-adm-trossi | Tom Rossi | Controller admin | Remove – moved to finance |\n")
    assert {"attestation", "access_change"} <= kinds(table)
    # a verdict column in a bug triage is no access review
    triage = ("| Bug | Owner | Verdict |\n|---|---|---|\n| Login page slow | Ola Kim | Keep |\n"
              "| Old banner | Tom Rossi | Remove |\n")
    assert not kinds(triage) & {"attestation", "access_change"}


def test_disable_verdict_in_a_dormant_review() -> None:
    text = ("Dormant account review (no sign-in for 120 days):\n\n- **Keep:** Dr. Ines Moreau (on leave) — retained.\n"
            "- **Disable:** contractor Piet Smit (contract ended), intern Lea Vos (left in May).\n")
    assert "lifecycle" in kinds(text)
    assert "lifecycle" not in kinds("Release notes:\n\n- **Disable:** the legacy export button.\n- Keep the old theme.")


def test_certification_campaign_announcement_is_quiet() -> None:
    text = ("The Q1 access certification campaign opens on 2 March. Managers get their lists by email and "
            "have two weeks to respond.")
    assert "attestation" not in kinds(text)


def test_policy_draft_naming_holders_is_not_generic() -> None:
    draft = ("Draft section for the SOC 2 report.\n\nPrivileged access. Standing administrators in the period were "
             "J. Novak, P. Ruiz and T. Berg; the June review confirmed that each continues to require this access.")
    assert not is_generic(draft)
    assert "attestation" in kinds(draft)
    assert is_generic("Draft section for the SOC 2 report.\n\nAdministrators are reviewed quarterly by system owners.")


def test_uac_write_through_a_module_qualified_constant() -> None:
    from gateway.inspection.engine import build_engine
    from gateway.types import Answer

    engine = build_engine(["structured"])
    code = ("```python\nconn.modify(dn, {'userAccountControl': [(ldap3.MODIFY_REPLACE, [546])]})\n```")
    assert "lifecycle" in {f.kind for f in engine.scan(Answer.of_text(code), cost=None) if f.confidence >= 0.5}
    lookup = "```python\nconn.search(base, '(userAccountControl=514)', attributes=['cn'])\n```"
    assert "lifecycle" not in {f.kind for f in engine.scan(Answer.of_text(lookup), cost=None)}


def test_step_booked_for_a_clock_time_is_self_supported() -> None:
    rules = {hit.rule for hit in scan_prose("Your laptop login will be disabled at 18:30 on your last day.")}
    assert "prose-lifecycle-scheduled" in rules
    conditional = {hit.rule for hit in scan_prose("Your login will be disabled at 18:30 if the form is missing.")}
    assert "prose-lifecycle-scheduled" not in conditional
    habitual = {hit.rule for hit in scan_prose("Idle logins will be disabled after 60 days.")}
    assert "prose-lifecycle-scheduled" not in habitual
