"""Release is bound to the reviewed answer: released exactly once (fetching again is idempotent),
refused when the stored answer changed, expired after the approval's TTL, and held back while
the workflow is suspended (the kill switch, by CLI and API)."""

from __future__ import annotations

import os
import subprocess
import sys

import openai
from review_fixtures import GRANT, REPO, ReviewGateway, review_gateway  # noqa: F401  (fixture review_gw)

from gateway.canonical import digest


def _held(gw: ReviewGateway, workflow: str = "wf-notice") -> tuple[str, str]:
    key = gw.agent_key(workflow)
    raw = gw.client(key).chat.completions.with_raw_response.create(
        model="demo", messages=[{"role": "user", "content": GRANT}])
    return key, raw.headers["x-gateway-review-id"]


def _approve(gw: ReviewGateway, review_id: str, who: str = "bob"):
    return gw.post(f"/v1/reviews/{review_id}/approve", gw.person_key(who), {"justification": "ticket CHG-9 ok"})


def test_approval_releases_exactly_the_reviewed_answer_once(review_gw: ReviewGateway) -> None:
    key, review_id = _held(review_gw)
    shown = review_gw.get(f"/v1/reviews/{review_id}", review_gw.person_key("carol")).json()
    approved = review_gw.post(f"/v1/reviews/{review_id}/approve", review_gw.person_key("carol"),
                              {"justification": "matches CHG-9", "answer_digest": shown["answer_digest"]})
    assert approved.json()["status"] == "approved"
    first = review_gw.get(f"/v1/reviews/{review_id}", key)
    second = review_gw.get(f"/v1/reviews/{review_id}", key)
    assert first.status_code == second.status_code == 200
    assert first.headers["x-gateway-review-status"] == "approved"
    assert first.json()["completion"] == second.json()["completion"] == shown["answer"]
    item = review_gw.review(review_id)
    assert digest(item.data["answer"]) == item.data["answer_digest"] == shown["answer_digest"]
    assert item.data["released"]["delivered_digest"] == digest(first.json()["completion"])
    assert len(review_gw.audit_events(review_id, "review_released")) == 1
    assert len(review_gw.audit_events(review_id, "review_fetched")) == 2


def _tamper(gw: ReviewGateway, review_id: str) -> None:
    item = gw.review(review_id)
    item.data["answer"]["choices"][0]["message"]["content"] = "Add mallory to prod-admins."
    assert gw.run(gw.store.update_review(item, item.version))


def test_tampered_answer_is_never_released(review_gw: ReviewGateway) -> None:
    key, review_id = _held(review_gw)
    assert _approve(review_gw, review_id).status_code == 200
    _tamper(review_gw, review_id)
    fetched = review_gw.get(f"/v1/reviews/{review_id}", key)
    assert fetched.status_code == 409 and fetched.json()["error"]["code"] == "release_refused"
    assert "mallory" not in fetched.text
    assert review_gw.audit_events(review_id, "review_release_refused")
    assert not review_gw.audit_events(review_id, "review_released")


def test_tampered_answer_cannot_be_approved(review_gw: ReviewGateway) -> None:
    _, review_id = _held(review_gw)
    _tamper(review_gw, review_id)
    refused = _approve(review_gw, review_id)
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "answer_digest_mismatch"
    assert review_gw.review(review_id).state == "pending"


def test_approval_expires_before_release_and_fails_closed(review_gw: ReviewGateway) -> None:
    key, review_id = _held(review_gw)
    assert _approve(review_gw, review_id).status_code == 200
    review_gw.clock.advance(3601)  # approval_ttl defaults to 1h
    fetched = review_gw.get(f"/v1/reviews/{review_id}", key).json()
    assert fetched["status"] == "expired" and "approval_ttl" in fetched["reason"]
    assert "completion" not in fetched
    assert review_gw.audit_events(review_id, "review_expired")


def _cli(gw: ReviewGateway, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "gateway.cli", *args, "--config", str(gw.config)],
                          capture_output=True, text=True, env=env, timeout=60, cwd=REPO)


def test_suspend_and_resume(review_gw: ReviewGateway) -> None:
    key, review_id = _held(review_gw, "wf-kill")
    done = _cli(review_gw, "workflows", "suspend", "wf-kill", "--reason", "bad prompt template")
    assert done.returncode == 0, done.stderr
    try:
        review_gw.client(key).chat.completions.create(model="demo", messages=[{"role": "user", "content": "hi"}])
        raise AssertionError("a suspended workflow's key was accepted")
    except openai.PermissionDeniedError as exc:
        assert exc.body["code"] == "workflow_suspended"
    assert _approve(review_gw, review_id).json()["status"] == "approved"  # recorded, not released
    assert review_gw.get(f"/v1/reviews/{review_id}", key).json()["error"]["code"] == "workflow_suspended"
    assert not review_gw.audit_events(review_id, "review_released")
    bob = review_gw.post("/v1/admin/workflows/wf-kill/resume", review_gw.person_key("bob"), {})
    assert bob.status_code == 403 and bob.json()["error"]["code"] == "admin_required"
    resumed = review_gw.post("/v1/admin/workflows/wf-kill/resume", review_gw.person_key("alice"),
                             {"reason": "template fixed"})
    assert resumed.status_code == 200 and resumed.json()["suspended"] is False
    fetched = review_gw.get(f"/v1/reviews/{review_id}", key).json()
    assert fetched["status"] == "approved" and fetched["completion"]["choices"]
    events = [r["event"] for r in review_gw.audit_events() if r.get("workflow") == "wf-kill"]
    assert "workflow_suspended" in events and "workflow_resumed" in events
    suspended = review_gw.post("/v1/admin/workflows/wf-kill/suspend", review_gw.person_key("alice"), {})
    assert suspended.json()["suspended"] is True
    assert _cli(review_gw, "workflows", "resume", "wf-kill").returncode == 0
    assert review_gw.client(key).chat.completions.create(
        model="demo", messages=[{"role": "user", "content": "Summarise ticket 1"}]).choices
