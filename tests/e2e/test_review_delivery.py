"""Delivery of held answers, end to end with the openai SDK: notice, hold (approved in time, and
timing out on the injected clock), error, and the agent fetching its outcome."""

from __future__ import annotations

import threading

import openai
import pytest
from review_fixtures import GRANT, SUMMARY, ReviewGateway, review_gateway  # noqa: F401  (fixture review_gw)

from gateway.canonical import digest
from gateway.review.attestation import verify_attestation


def _ask(gw: ReviewGateway, key: str, text: str = GRANT, **kwargs):
    return gw.client(key).chat.completions.with_raw_response.create(
        model="demo", messages=[{"role": "user", "content": text}], **kwargs)


def _in_thread(fn) -> tuple[threading.Thread, dict]:
    out: dict = {}

    def run() -> None:
        try:
            out["result"] = fn()
        except Exception as exc:  # surfaced by the test's assertions
            out["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def test_allowed_answer_has_no_review_headers(review_gw: ReviewGateway) -> None:
    raw = _ask(review_gw, review_gw.agent_key("wf-notice"), SUMMARY)
    assert raw.headers["x-gateway-decision"] == "allow"
    assert "x-gateway-review-id" not in raw.headers


def test_notice_names_the_review_and_the_agent_fetches_pending(review_gw: ReviewGateway) -> None:
    key = review_gw.agent_key("wf-notice")
    raw = _ask(review_gw, key)
    review_id = raw.headers["x-gateway-review-id"]
    assert raw.headers["x-gateway-review-status"] == "pending"
    assert raw.headers["x-gateway-decision"] == "quarantine"
    assert "x-gateway-attestation" not in raw.headers  # nothing is attested until a person approves
    reply = raw.parse()
    assert reply.choices[0].finish_reason == "content_filter"
    assert review_id in reply.choices[0].message.content
    assert not reply.choices[0].message.tool_calls
    fetched = review_gw.get(f"/v1/reviews/{review_id}", key)
    assert fetched.status_code == 200
    assert fetched.json()["status"] == "pending" and "completion" not in fetched.json()
    assert fetched.headers["x-gateway-review-status"] == "pending"
    item = review_gw.review(review_id)
    assert item.data["answer_digest"] == digest(item.data["answer"])
    assert review_gw.audit_events(review_id, "review_fetched")


def test_error_mode_is_409_held_for_review(review_gw: ReviewGateway) -> None:
    key = review_gw.agent_key("wf-error")
    with pytest.raises(openai.ConflictError) as caught:
        _ask(review_gw, key)
    error = caught.value.body
    assert caught.value.status_code == 409
    assert error["code"] == "held_for_review"
    review_id = error["review_id"]
    assert caught.value.response.headers["x-gateway-review-id"] == review_id
    assert caught.value.response.headers["x-gateway-review-status"] == "pending"
    assert review_gw.review(review_id).state == "pending"


def test_hold_released_when_approved_in_time(review_gw: ReviewGateway) -> None:
    key, bob = review_gw.agent_key("wf-hold"), review_gw.person_key("bob")
    known = review_gw.pending_ids()
    thread, out = _in_thread(lambda: _ask(review_gw, key))
    review_id = review_gw.wait_for_pending("wf-hold", known)
    approved = review_gw.post(f"/v1/reviews/{review_id}/approve", bob, {"justification": "incident INC-1 window"})
    assert approved.status_code == 200, approved.text
    thread.join(20)
    raw = out["result"]
    assert raw.headers["x-gateway-review-status"] == "approved"
    assert raw.headers["x-gateway-review-id"] == review_id
    content = raw.parse().choices[0].message.content
    assert "prod-admins" in content
    assert "[REDACTED:demo_secret]" in content and "AdministratorAccess" not in content  # redaction holds
    assert len(review_gw.audit_events(review_id, "review_released")) == 1
    jwks = review_gw.get("/.well-known/jwks.json", key).json()
    claims = verify_attestation(raw.headers["x-gateway-attestation"], raw.http_response.content, jwks)
    assert (claims["review_id"], claims["reviewers"], claims["release"]) == (review_id, ["bob"], "approved")
    assert review_gw.audit_events(review_id, "review_released")[0]["attestation"] == \
        raw.headers["x-gateway-attestation"]


def test_hold_stream_released_when_approved(review_gw: ReviewGateway) -> None:
    key, carol = review_gw.agent_key("wf-hold"), review_gw.person_key("carol")
    known = review_gw.pending_ids()

    def call() -> str:
        stream = review_gw.client(key).chat.completions.create(
            model="demo", messages=[{"role": "user", "content": GRANT}], stream=True)
        return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    thread, out = _in_thread(call)
    review_id = review_gw.wait_for_pending("wf-hold", known)
    review_gw.post(f"/v1/reviews/{review_id}/approve", carol, {"justification": "approved for the stream"})
    thread.join(20)
    assert "prod-admins" in out["result"]


def test_hold_times_out_on_the_injected_clock(review_gw: ReviewGateway) -> None:
    key = review_gw.agent_key("wf-hold")
    known = review_gw.pending_ids()
    thread, out = _in_thread(lambda: _ask(review_gw, key))
    review_id = review_gw.wait_for_pending("wf-hold", known)
    review_gw.clock.advance(31)  # past hold_seconds (30s): no real waiting
    thread.join(20)
    raw = out["result"]
    assert raw.headers["x-gateway-review-status"] == "pending"
    assert raw.parse().choices[0].finish_reason == "content_filter"
    assert review_id in raw.parse().choices[0].message.content


def test_rejected_then_fetched_gives_the_reason(review_gw: ReviewGateway) -> None:
    key, bob = review_gw.agent_key("wf-notice"), review_gw.person_key("bob")
    review_id = _ask(review_gw, key).headers["x-gateway-review-id"]
    assert review_gw.post(f"/v1/reviews/{review_id}/reject", bob, {}).json()["error"]["code"] == \
        "justification_required"
    rejected = review_gw.post(f"/v1/reviews/{review_id}/reject", bob, {"justification": "no ticket for this"})
    assert rejected.json()["status"] == "rejected"
    fetched = review_gw.get(f"/v1/reviews/{review_id}", key).json()
    assert fetched == fetched | {"status": "rejected", "reason": "no ticket for this"}
    record = review_gw.audit_events(review_id, "review_rejected")[0]
    assert record["actor"] == "bob" and record["justification"] == "no ticket for this"


def test_other_workflows_key_gets_404(review_gw: ReviewGateway) -> None:
    review_id = _ask(review_gw, review_gw.agent_key("wf-notice")).headers["x-gateway-review-id"]
    response = review_gw.get(f"/v1/reviews/{review_id}", review_gw.agent_key("wf-error"))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "review_not_found"
