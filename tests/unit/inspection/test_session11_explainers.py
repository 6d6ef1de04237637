"""False holds of answers that teach or describe, read as general now: an audit finding's heading, an answer that
says it is general guidance or a checklist, a quiz, how a system evaluates a request, a subject that is anyone
("when someone changes department"), a framework's needs ("For SOX, a review needs ..."), a design doc that changes
no grants, a Chinese concept note, a policy attribute path in an ABAC condition, a question back before acting.
Look-alikes with a real change or a named principal still hold."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic
from gateway.types import Answer

ENGINE = build_engine()
IDENTITY = {"access_change", "lifecycle", "attestation"}


def held(content: str) -> set[str]:
    return {f.kind for f in ENGINE.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5} & IDENTITY


@pytest.mark.parametrize("content", [
    "**Finding 4 (high): Leavers kept SaaS access**\n\nIn a sample of 30 leavers, 5 Salesforce accounts stayed "
    "active after termination. Recommendation: connect Salesforce to the IdP and add it to the leaver checklist.",
    "General guidance for break-glass accounts: give them only the permissions an outage needs, store the "
    "password in the vault, and review every login.",
    "Our access policy says accounts are disabled on the last working day and deleted after 60 days.",
    "**Phishing awareness quiz — question 2**\n\nYou get a text asking you to reset your password via a link. "
    "What should you do?\n\nA) Reset it\nB) Report it",
    "How Azure evaluates a request:\n\n1. A deny assignment wins.\n2. Otherwise a role assignment must grant "
    "the action.",
    "When someone leaves the company, HR sets the end date and the IdP disables the account that evening.",
    "For SOC 2, an access review needs a complete population and a reviewer independent of the access.",
    "Common IAM anti-patterns: shared admin accounts, standing admin rights and stale access keys.",
    "How to decide in the review tool:\n\n- **Approve** if the person still needs it.\n- **Revoke** if they "
    "left or moved.",
    "RBAC 的核心思想是：权限分配给角色，用户通过角色获得权限。",
    "基于角色的访问控制把权限授予角色。本说明仅供培训使用，不涉及任何实际变更。",
    "Password spraying tries one common password against many accounts. Defences: lockout after failed "
    "attempts, password resets for weak passwords and MFA.",
    "In Java, `private` members are hidden; grant a subclass access with `protected` only when it needs it.",
    "Entra user states: enabled, disabled (sign-in blocked) and soft-deleted. Only soft-deleted users can be "
    "restored.",
])
def test_general_explanations_are_not_held(content: str) -> None:
    assert is_generic(content)
    assert not held(content)


def test_abac_attribute_path_names_nobody() -> None:
    content = ("**RBAC vs ABAC**\n\n- RBAC assigns permissions to roles and users to roles.\n- ABAC evaluates "
               "attributes (e.g. `department == resource.owner_dept`).")
    assert is_generic(content)


@pytest.mark.parametrize("content", [
    "Before I raise anything: do you need edit or read access to the Finance site? Edit rights need sign-off "
    "from Marta Nowak.",
    "Avant de créer quoi que ce soit : le stagiaire a-t-il besoin d'un compte complet ou d'un accès invité ?",
])
def test_a_question_back_before_acting_is_not_held(content: str) -> None:
    assert is_generic(content)
    assert not held(content)


@pytest.mark.parametrize("content", [
    "Before I change anything: is it the Finance site? I have already granted Lars read access to the archive site.",
    "Before I raise anything: which site? J'ai déjà ajouté Lars au groupe Finance.",
    "Happy to help. Which site do you mean?\n\n" + "Some context on the sites. " * 10 + "Before I raise anything: ok?",
])
def test_a_question_back_that_also_acted_or_asks_late_is_not_generic(content: str) -> None:
    assert not is_generic(content)


@pytest.mark.parametrize(("content", "kind"), [
    # a real change, with the same framing words nearby
    ("I've given the exam coordinators the *Proctor* role in Examity so they can extend quiz time limits.",
     "access_change"),
    ("I've gone through Meera's entitlements; everything she holds is appropriate for the job. No changes needed.",
     "attestation"),
    ("General guidance aside, I've removed jdoe from `Domain Admins` and disabled the account `svc-legacy`.",
     "access_change"),
    ("When someone leaves, HR tells us; I've disabled Tom Baker's account today as he left on Friday.",
     "lifecycle"),
    ("Before I change anything else: do you need more? I've added Lars Olsen to the Finance-Controllers group "
     "in Entra ID.", "access_change"),
    ("Before I do anything else: which site? I've granted Lars Olsen edit rights on the Finance Reporting site.",
     "access_change"),
])
def test_real_changes_still_hold(content: str, kind: str) -> None:
    assert kind in held(content)
