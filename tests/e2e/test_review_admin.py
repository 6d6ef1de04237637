"""The reviewer list and its filters, challenge, the admin key API and the `gateway review` CLI,
all against the running gateway."""

from __future__ import annotations

import os
import subprocess
import sys

import openai
from review_fixtures import GRANT, REPO, SUMMARY, ReviewGateway, review_gateway  # noqa: F401  (fixture review_gw)


def _call(gw: ReviewGateway, key: str, text: str):
    return gw.client(key).chat.completions.with_raw_response.create(
        model="demo", messages=[{"role": "user", "content": text}])


def test_list_filters_and_visibility(review_gw: ReviewGateway) -> None:
    review_id = _call(review_gw, review_gw.agent_key("wf-notice"), GRANT).headers[
        "x-gateway-review-id"]
    bob = review_gw.person_key("bob")
    listed = review_gw.get("/v1/reviews?status=pending&workflow=wf-notice&tier=high", bob).json()["data"]
    assert review_id in {i["id"] for i in listed}
    assert all(i["status"] == "pending" and i["workflow"] == "wf-notice" for i in listed)
    assert review_gw.get("/v1/reviews?tier=low", bob).json()["data"] == []
    assert review_id not in {i["id"] for i in review_gw.get("/v1/reviews", review_gw.person_key("dan")).json()["data"]}
    assert review_id in {i["id"] for i in review_gw.get("/v1/reviews", review_gw.person_key("erin")).json()["data"]}
    assert review_id not in {i["id"] for i in review_gw.get("/v1/reviews?sla_breached=true", bob).json()["data"]}
    review_gw.clock.advance(4 * 3600 + 1)  # past the default review_sla of 4h
    breached = review_gw.get("/v1/reviews?sla_breached=true&age=4h", bob).json()["data"]
    assert review_id in {i["id"] for i in breached}
    bad = review_gw.get("/v1/reviews?status=maybe", bob)
    assert bad.status_code == 400


def test_challenge_an_allowed_answer(review_gw: ReviewGateway) -> None:
    raw = _call(review_gw, review_gw.agent_key("wf-notice"), SUMMARY)
    assert raw.headers["x-gateway-decision"] == "allow"
    request_id = raw.headers["x-gateway-request-id"]
    erin = review_gw.person_key("erin")
    no_reason = review_gw.post(f"/v1/requests/{request_id}/challenge", erin, {})
    assert no_reason.status_code == 400
    made = review_gw.post(f"/v1/requests/{request_id}/challenge", erin, {"reason": "summary hides a grant"})
    assert made.status_code == 201, made.text
    item = made.json()
    assert item["status"] == "pending" and item["request_id"] == request_id
    assert item["challenge"]["by"] == "erin"
    stored = review_gw.review(item["id"])
    assert stored.data["answer"]["choices"][0]["message"]["content"] == raw.parse().choices[0].message.content
    again = review_gw.post(f"/v1/requests/{request_id}/challenge", erin, {"reason": "twice"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_under_review"
    assert [r for r in review_gw.audit_events(item["id"], "challenge") if r["actor"] == "erin"]
    agent = review_gw.post(f"/v1/requests/{request_id}/challenge", review_gw.agent_key("wf-notice"), {"reason": "x"})
    assert agent.status_code == 403 and agent.json()["error"]["code"] == "agent_cannot_decide"
    rejected = review_gw.post(f"/v1/reviews/{item['id']}/reject", review_gw.person_key("bob"),
                              {"justification": "challenge upheld"})
    assert rejected.json()["status"] == "rejected"


def test_challenge_a_pending_answer_is_refused(review_gw: ReviewGateway) -> None:
    raw = _call(review_gw, review_gw.agent_key("wf-notice"), GRANT)
    made = review_gw.post(f"/v1/requests/{raw.headers['x-gateway-request-id']}/challenge",
                          review_gw.person_key("bob"), {"reason": "already held"})
    assert made.status_code == 409 and made.json()["error"]["code"] == "not_challengeable"
    missing = review_gw.post("/v1/requests/req_nope/challenge", review_gw.person_key("bob"), {"reason": "none"})
    assert missing.status_code == 404


def test_admin_issues_and_revokes_agent_keys(review_gw: ReviewGateway) -> None:
    alice, bob = review_gw.person_key("alice"), review_gw.person_key("bob")
    body = {"workflow": "wf-low", "ttl": "15m", "name": "pipeline", "on_behalf_of": "pat"}
    refused = review_gw.post("/v1/admin/keys", bob, body)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "admin_required"
    issued = review_gw.post("/v1/admin/keys", alice, body)
    assert issued.status_code == 201, issued.text
    key = issued.json()["key"]
    assert review_gw.client(key).chat.completions.create(
        model="demo", messages=[{"role": "user", "content": SUMMARY}]).choices
    record = review_gw.run(review_gw.store.get_key(issued.json()["id"]))
    assert record.on_behalf_of == "pat" and record.expires - record.created == 900
    assert review_gw.http.delete(f"/v1/admin/keys/{record.id}",
                                 headers={"authorization": f"Bearer {alice}"}).status_code == 200
    try:
        review_gw.client(key).chat.completions.create(model="demo", messages=[{"role": "user", "content": SUMMARY}])
        raise AssertionError("a revoked key was accepted")
    except openai.AuthenticationError as exc:
        assert exc.body["code"] == "key_revoked"
    events = {r["event"]: r for r in review_gw.audit_events() if r.get("key_id") == record.id}
    assert events["key_issued"]["actor"] == "alice" and events["key_revoked"]["actor"] == "alice"
    bad = review_gw.post("/v1/admin/keys", alice, {"workflow": "nope"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "unknown_workflow"


def _review_cli(gw: ReviewGateway, key: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GATEWAY_KEY"} | {"PYTHONPATH": str(REPO), "GATEWAY_KEY": key}
    return subprocess.run([sys.executable, "-m", "gateway.cli", "review", *args, "--url", gw.url],
                          capture_output=True, text=True, env=env, timeout=60, cwd=REPO)


def test_review_cli_against_the_running_gateway(review_gw: ReviewGateway) -> None:
    review_id = _call(review_gw, review_gw.agent_key("wf-notice"), GRANT).headers["x-gateway-review-id"]
    carol = review_gw.person_key("carol")
    listed = _review_cli(review_gw, carol, "list", "--status", "pending")
    assert listed.returncode == 0 and review_id in listed.stdout
    shown = _review_cli(review_gw, carol, "show", review_id)
    assert shown.returncode == 0 and "prod-admins" in shown.stdout
    missing = _review_cli(review_gw, carol, "approve", review_id)
    assert missing.returncode == 1 and "justification" in missing.stderr
    refused = _review_cli(review_gw, review_gw.person_key("dan"), "approve", review_id, "-j", "looks fine")
    assert refused.returncode == 1 and "403 not_assigned" in refused.stderr
    approved = _review_cli(review_gw, carol, "approve", review_id, "--justification", "CHG-12 approved")
    assert approved.returncode == 0 and "approved" in approved.stdout
    assert review_gw.review(review_id).state == "approved"
