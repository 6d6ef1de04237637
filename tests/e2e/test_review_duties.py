"""Separation of duties over real HTTP: each refusal is a 403 with its own code and an audit
record; agent keys never decide; a forged x-gateway-on-behalf-of neither blocks nor enables."""

from __future__ import annotations

import openai
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from review_fixtures import GRANT, ReviewGateway, review_gateway, user_assertion  # noqa: F401  (fixture review_gw)


def _held(gw: ReviewGateway, workflow: str, on_behalf_of: str | None = None, claimed: str | None = None) -> str:
    headers = {"x-gateway-on-behalf-of": claimed} if claimed else None
    raw = gw.client(gw.agent_key(workflow, on_behalf_of=on_behalf_of)).chat.completions.with_raw_response.create(
        model="demo", messages=[{"role": "user", "content": GRANT}], extra_headers=headers)
    return raw.headers["x-gateway-review-id"]


def _approve(gw: ReviewGateway, review_id: str, who: str, text: str = "checked against ticket CHG-7"):
    return gw.post(f"/v1/reviews/{review_id}/approve", gw.person_key(who), {"justification": text})


def _refused(gw: ReviewGateway, response, code: str, review_id: str) -> None:
    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == code
    assert "Traceback" not in response.text
    audited = [r for r in gw.audit_events(review_id, "review_refused") if r["code"] == code]
    assert audited, f"no review_refused record with code {code}"


def test_self_approval_is_refused(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-notice", on_behalf_of="pat")
    _refused(review_gw, _approve(review_gw, review_id, "pat"), "self_approval", review_id)
    reject = review_gw.post(f"/v1/reviews/{review_id}/reject", review_gw.person_key("pat"),
                            {"justification": "my own request"})
    _refused(review_gw, reject, "self_approval", review_id)
    assert review_gw.review(review_id).state == "pending"


def test_unassigned_reviewer_is_refused(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-notice")
    _refused(review_gw, _approve(review_gw, review_id, "dan"), "not_assigned", review_id)
    shown = review_gw.get(f"/v1/reviews/{review_id}", review_gw.person_key("dan"))
    _refused(review_gw, shown, "not_assigned", review_id)


def test_auditor_cannot_decide_but_can_read(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-notice")
    _refused(review_gw, _approve(review_gw, review_id, "erin"), "role_required", review_id)
    shown = review_gw.get(f"/v1/reviews/{review_id}", review_gw.person_key("erin"))
    assert shown.status_code == 200 and shown.json()["answer"]["choices"]


def test_agent_key_cannot_decide(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-notice")
    agent = review_gw.agent_key("wf-notice")
    response = review_gw.post(f"/v1/reviews/{review_id}/approve", agent, {"justification": "I approve myself"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "agent_cannot_decide"
    refused = [r for r in review_gw.audit_events(review_id, "review_refused") if r["code"] == "agent_cannot_decide"]
    assert refused and refused[0]["actor"].startswith("key:")
    assert review_gw.get("/v1/reviews", agent).json()["error"]["code"] == "agent_cannot_decide"
    assert review_gw.review(review_id).state == "pending"


def test_two_approvers_and_the_owner(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-two")
    first = _approve(review_gw, review_id, "bob")
    assert first.status_code == 200 and first.json()["status"] == "pending"
    _refused(review_gw, _approve(review_gw, review_id, "bob"), "duplicate_approver", review_id)
    _refused(review_gw, _approve(review_gw, review_id, "carol"), "owner_approval_required", review_id)
    done = _approve(review_gw, review_id, "olivia", "owner accepts the risk")
    assert done.status_code == 200 and done.json()["status"] == "approved"
    assert [a["by"] for a in done.json()["approvals"]] == ["bob", "olivia"]
    assert len(review_gw.audit_events(review_id, "review_approved")) == 2


@pytest.mark.parametrize("claimed", ["bob", "pat"])
def test_forged_on_behalf_of_neither_blocks_nor_enables(review_gw: ReviewGateway, claimed: str) -> None:
    # the key is bound to pat; the header claims someone else (or pat again): only the key counts
    review_id = _held(review_gw, "wf-notice", on_behalf_of="pat", claimed=claimed)
    _refused(review_gw, _approve(review_gw, review_id, "pat"), "self_approval", review_id)
    assert _approve(review_gw, review_id, "bob").json()["status"] == "approved"


def test_forged_on_behalf_of_does_not_block_the_named_reviewer(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-notice", on_behalf_of=None, claimed="carol")
    shown = review_gw.get(f"/v1/reviews/{review_id}", review_gw.person_key("carol")).json()
    assert shown["requester"] is None and shown["claimed_on_behalf_of"] == "carol"
    assert _approve(review_gw, review_id, "carol").json()["status"] == "approved"


def test_decided_item_cannot_be_decided_again(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-notice")
    assert _approve(review_gw, review_id, "bob").status_code == 200
    again = review_gw.post(f"/v1/reviews/{review_id}/reject", review_gw.person_key("carol"),
                           {"justification": "too late"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "not_pending"


def test_escalate_reassign_comment(review_gw: ReviewGateway) -> None:
    review_id = _held(review_gw, "wf-notice")
    bob = review_gw.person_key("bob")
    _refused(review_gw, _approve(review_gw, review_id, "dan"), "not_assigned", review_id)
    moved = review_gw.post(f"/v1/reviews/{review_id}/reassign", bob, {"to": "dan", "justification": "on call"})
    assert moved.json()["assignee"] == "dan"
    noted = review_gw.post(f"/v1/reviews/{review_id}/comment", review_gw.person_key("dan"), {"text": "looking"})
    assert noted.status_code == 200
    up = review_gw.post(f"/v1/reviews/{review_id}/escalate", bob, {"to": "alice", "justification": "needs admin"})
    assert up.json()["escalated"] is True and up.json()["escalated_to"] == "alice"
    assert _approve(review_gw, review_id, "dan").json()["status"] == "approved"  # the assignee may decide
    events = [r["event"] for r in review_gw.audit_events(review_id) if r["event"].startswith("review_")]
    for expected in ("review_reassigned", "review_commented", "review_escalated", "review_approved"):
        assert expected in events


def test_a_verified_user_assertion_names_a_requester_who_cannot_approve(review_gw: ReviewGateway) -> None:
    raw = review_gw.client(review_gw.agent_key("wf-notice")).chat.completions.with_raw_response.create(
        model="demo", messages=[{"role": "user", "content": GRANT}],
        extra_headers={"x-gateway-user-assertion": user_assertion("carol")})
    review_id = raw.headers["x-gateway-review-id"]
    _refused(review_gw, _approve(review_gw, review_id, "carol"), "self_approval", review_id)
    assert _approve(review_gw, review_id, "bob").status_code == 200


@pytest.mark.parametrize("token", [
    user_assertion("carol", key=Ed25519PrivateKey.generate()),  # signed by someone else
    user_assertion("carol", ttl=-3600),  # expired
    "not-a-jwt",
])
def test_an_assertion_that_does_not_verify_is_refused(review_gw: ReviewGateway, token: str) -> None:
    with pytest.raises(openai.AuthenticationError) as raised:
        review_gw.client(review_gw.agent_key("wf-notice")).chat.completions.create(
            model="demo", messages=[{"role": "user", "content": GRANT}],
            extra_headers={"x-gateway-user-assertion": token})
    assert raised.value.body["code"] == "invalid_user_assertion"
