"""General explanations and 'nothing was done' summaries hold nothing; real changes still do."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic
from gateway.types import Answer

ENGINE = build_engine(["prose", "learned"])


def holds(text: str) -> bool:
    return any(f.confidence >= 0.5 and f.kind != "pii" for f in ENGINE.scan(Answer.of_text(text)))


@pytest.mark.parametrize("text", [
    "RBAC grants permissions to roles and assigns people to roles. Many organisations add ABAC conditions later.",
    "SCIM is a standard REST/JSON protocol that lets an identity provider create, update and deactivate users. "
    "It defines `/Users` and `/Groups` endpoints.",
    "Policy IAM-03: User access to production systems shall be reviewed at least quarterly by the system owner.",
    "Good offboarding practice, in general terms:\n- Disable sign-in before anything else; delete later.",
    "Open access requests (no action taken yet):\n| Req | Who | What |\n| REQ-5512 | D. Lambert | FINANCE_RO |",
    "CHG0041992 (add the new SRE group to the prod cluster) is waiting for CAB approval on Tuesday; no action will "
    "be taken before then.",
])
def test_explanations_and_deferrals_hold_nothing(text: str) -> None:
    assert is_generic(text)
    assert not holds(text)


@pytest.mark.parametrize("text", [
    "Remove `deploy-bot` from the `maintainers` group today.",
    "Disable sign-in for Priya Natarajan before 17:00, then delete her account after 30 days.",
    "Typically we'd wait. I removed j.doe@acme.io from the admins group just now.",
])
def test_real_changes_are_not_general(text: str) -> None:
    assert not is_generic(text)
    assert holds(text)


@pytest.mark.parametrize("text", [
    "Template for the kick-off email:\n> Hi {{reviewer_first_name}}, the access review for {{application}} is open.",
    "Dr. Osei gets a permission error on CT scans since the upgrade. Escalated to the vendor; no changes made.",
    "Your character is given the title of Royal Archivist, lore only, no in-game permissions change.",
])
def test_templates_and_reports_of_no_change_are_generic(text: str) -> None:
    assert is_generic(text)
