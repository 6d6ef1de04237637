"""Principals and separation of duties as pure functions: groups, roles, assignment, refusals."""

from __future__ import annotations

import pytest

from gateway.config import Settings
from gateway.errors import Conflict
from gateway.review.duties import Refused, approvals_complete, check_can_see, check_decide
from gateway.review.principals import assigned, groups_of, is_member, person_of
from gateway.store import ReviewItem

SETTINGS = Settings.model_validate({
    "models": [{"model_name": "demo", "litellm_params": {"model": "demo/x"}}],
    "principals": [
        {"id": "ana", "roles": ["admin"]}, {"id": "ben"}, {"id": "cy", "roles": ["reviewer"]},
        {"id": "dee", "roles": ["reviewer"], "workflows": ["wf"]}, {"id": "eve", "roles": ["auditor"]},
        {"id": "own"}, {"id": "inner", "kind": "group", "members": ["ben"], "roles": ["reviewer"]},
        {"id": "outer", "kind": "group", "members": ["inner"]},
    ],
    "workflows": [{"id": "wf", "owner": "own", "risk_tier": "high", "models": ["demo"], "reviewers": ["outer"],
                   "approvals_required": 2, "owner_approval": True}],
})


def _item(requester: str | None = None, approvals: tuple[str, ...] = (), state: str = "pending") -> ReviewItem:
    return ReviewItem("rev_1", "req_1", state, 0.0, "wf", data={
        "tags": {"requester": requester}, "approvals": [{"by": who} for who in approvals]})


def _code(who: str, item: ReviewItem, action: str = "approve") -> str | None:
    try:
        check_decide(SETTINGS, person_of(SETTINGS, who, "test"), item, action)
    except Refused as refused:
        return refused.code
    return None


def test_groups_nest_and_roles_flow_through_them() -> None:
    assert groups_of(SETTINGS, "ben") == {"inner", "outer"}
    assert is_member(SETTINGS, "ben", "outer") and not is_member(SETTINGS, "cy", "outer")
    assert person_of(SETTINGS, "ben", "test").has("reviewer")


def test_assignment() -> None:
    workflow = SETTINGS.workflow("wf")
    for who, expected in (("ana", True), ("ben", True), ("own", True), ("dee", True), ("cy", False)):
        assert assigned(SETTINGS, person_of(SETTINGS, who, "t"), workflow) is expected, who
    assert assigned(SETTINGS, person_of(SETTINGS, "cy", "t"), workflow, assignee="cy")


def test_each_refusal_has_its_code() -> None:
    assert _code("cy", _item()) == "not_assigned"
    assert _code("eve", _item()) == "role_required"
    assert _code("ben", _item(requester="ben")) == "self_approval"
    assert _code("ben", _item(approvals=("ben",))) == "duplicate_approver"
    assert _code("ana", _item(approvals=("ben",))) == "owner_approval_required"
    assert _code("own", _item(approvals=("ben",))) is None
    assert _code("ana", _item(requester="ben"), "reject") is None
    with pytest.raises(Conflict):
        _code("ben", _item(state="approved"))


def test_visibility_and_completion() -> None:
    check_can_see(SETTINGS, person_of(SETTINGS, "eve", "t"), _item())
    with pytest.raises(Refused):
        check_can_see(SETTINGS, person_of(SETTINGS, "cy", "t"), _item())
    assert not approvals_complete(SETTINGS, _item(approvals=("ben",)))
    assert approvals_complete(SETTINGS, _item(approvals=("ben", "own")))
