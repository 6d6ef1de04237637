"""Reviewing in the console with a real browser: the queue shows held items, the item page shows
the whole answer as text (markup in tool arguments never runs), an approval with a justification
releases exactly that answer to the agent, and the service's refusals read clearly."""

from __future__ import annotations

from pathlib import Path

from console_fixtures import *  # noqa: F403  (the fixtures console_gw, browser, dialogs, page)
from console_fixtures import XSS, ConsoleGateway, off_loop, sign_in
from playwright.sync_api import Page, expect

from gateway.canonical import digest


def _open(page: Page, gw: ConsoleGateway, who: str, review_id: str) -> None:
    sign_in(page, gw.key(who))
    page.goto(f"/console/reviews/{review_id}")
    expect(page.get_by_role("heading", level=1)).to_contain_text(review_id)


def _decide(page: Page, justification: str, button: str = "Approve and release") -> None:
    page.get_by_label("Justification").fill(justification)
    page.get_by_role("button", name=button).click()


def test_the_queue_shows_a_held_item(page: Page, console_gw: ConsoleGateway) -> None:
    review_id = console_gw.hold(console_gw.key(workflow="wf-console", on_behalf_of="pat"))
    sign_in(page, console_gw.key("bob"))
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=review_id))
    expect(row).to_contain_text("wf-console")
    expect(row).to_contain_text("olivia")
    expect(row).to_contain_text("high")
    expect(row).to_contain_text("access_change (grant)")
    expect(row).to_contain_text("you may decide")
    expect(row).to_contain_text(console_gw.review(review_id).data["rule_ids"][0])
    page.get_by_label("Risk tier").select_option("low")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(f"{console_gw.url}/console?status=pending&workflow=&tier=low&sort=oldest")
    expect(page.get_by_role("link", name=review_id)).to_have_count(0)


def test_the_item_page_shows_markup_as_text(page: Page, console_gw: ConsoleGateway, dialogs: list[str],
                                             tmp_path: Path) -> None:
    agent = console_gw.key(workflow="wf-console", on_behalf_of="pat")
    review_id = console_gw.hold(agent, model="xss", prompt="add <script>alert(3)</script> to the group",
                                claimed="mallory")
    _open(page, console_gw, "bob", review_id)
    arguments = page.get_by_label("arguments of tool call 0")
    expect(arguments).to_contain_text(f'"user": "{XSS}"')
    expect(arguments).to_contain_text('"note": "<img src=x onerror=\\"alert(2)\\">"')
    expect(page.get_by_role("heading", name="Tool call 0: add_user_to_group")).to_be_visible()
    expect(page.locator("pre.content")).to_contain_text(f"Adding {XSS} to prod-admins")
    expect(page.locator("pre.prompt")).to_contain_text("<script>alert(3)</script>")
    assert page.locator("main script, main img, main b").count() == 0
    assert dialogs == []
    facts = page.get_by_role("region", name="Accountability")
    expect(facts).to_contain_text("pat (bound to the agent key at issuance)")
    expect(facts).to_contain_text("mallory (claimed, not verified)")
    expect(page.get_by_role("table").first).to_contain_text("tool call 0")
    expect(page.locator(".digest").first).to_have_text(console_gw.review(review_id).data["answer_digest"])
    shot = tmp_path / "item.png"
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_approve_with_a_justification_releases(page: Page, console_gw: ConsoleGateway) -> None:
    agent = console_gw.key(workflow="wf-console", on_behalf_of="pat")
    review_id = console_gw.hold(agent, model="xss")
    _open(page, console_gw, "bob", review_id)
    _decide(page, "CHG-4711: pat's manager confirmed the incident window")
    expect(page.get_by_role("status")).to_contain_text("Your approval was recorded")
    expect(page.locator("h1 .badge")).to_have_text("approved")
    fetched = console_gw.http.get(f"/v1/reviews/{review_id}", headers={"authorization": f"Bearer {agent}"}).json()
    assert fetched["status"] == "approved" and fetched["approvers"] == ["bob"]
    assert fetched["completion"]["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "add_user_to_group"
    approved = [r for r in console_gw.audit_events("review_approved") if r["review_id"] == review_id]
    assert approved[0]["actor"] == "bob" and approved[0]["justification"].startswith("CHG-4711")
    page.reload()
    expect(page.get_by_role("region", name="Audit trail")).to_contain_text("review_released")


def test_approve_without_a_justification_is_refused(page: Page, console_gw: ConsoleGateway) -> None:
    review_id = console_gw.hold(console_gw.key(workflow="wf-console"))
    _open(page, console_gw, "bob", review_id)
    page.get_by_role("button", name="Approve and release").click()  # the browser asks for the field first
    expect(page).to_have_url(f"{console_gw.url}/console/reviews/{review_id}")
    _decide(page, "   ")  # gets past the browser; the service refuses
    expect(page.get_by_role("alert")).to_contain_text("justification_required")
    assert console_gw.review(review_id).state == "pending"


def test_self_approval_is_refused_with_its_message(page: Page, console_gw: ConsoleGateway) -> None:
    review_id = console_gw.hold(console_gw.key(workflow="wf-console", on_behalf_of="pat"))
    _open(page, console_gw, "pat", review_id)
    expect(page.get_by_role("region", name="Decide")).to_contain_text("pat requested this answer")
    _decide(page, "I am sure it is fine")
    expect(page.get_by_role("alert")).to_contain_text(
        "Refused (self_approval): pat requested this answer and cannot decide on it")
    expect(page.get_by_label("Justification")).to_have_value("I am sure it is fine")
    assert console_gw.review(review_id).state == "pending"
    assert any(r.get("code") == "self_approval" and r["review_id"] == review_id
               for r in console_gw.audit_events("review_refused"))


def test_a_changed_answer_cannot_be_approved(page: Page, console_gw: ConsoleGateway) -> None:
    review_id = console_gw.hold(console_gw.key(workflow="wf-console"))
    _open(page, console_gw, "bob", review_id)
    item = console_gw.review(review_id)  # the answer changes after the reviewer read it
    item.data["answer"]["choices"][0]["message"]["content"] = "something else"
    item.data["answer_digest"] = digest(item.data["answer"])
    assert off_loop(console_gw.store.update_review(item, item.version))
    _decide(page, "read it, fine")
    expect(page.get_by_role("alert")).to_contain_text("answer_digest_mismatch")
    assert console_gw.review(review_id).state == "pending"


def test_reject_comment_and_escalate(page: Page, console_gw: ConsoleGateway) -> None:
    first = console_gw.hold(console_gw.key(workflow="wf-console"))
    _open(page, console_gw, "bob", first)
    page.get_by_text("Escalate or comment").click()
    page.get_by_label("Comment", exact=True).fill("asked the owner on the ticket")
    page.get_by_role("button", name="Add comment").click()
    expect(page.get_by_role("region", name="Approvals and comments")).to_contain_text("asked the owner")
    page.get_by_text("Escalate or comment").click()
    page.get_by_label("Reason", exact=True).fill("needs an admin")
    page.get_by_role("button", name="Escalate").click()
    expect(page.get_by_role("region", name="Accountability")).to_contain_text("escalated to alice")
    _decide(page, "no ticket for this grant", button="Reject")
    expect(page.locator("h1 .badge")).to_have_text("rejected")
    assert console_gw.review(first).data["rejection"]["by"] == "bob"


def test_an_unassigned_reviewer_sees_neither_queue_row_nor_item(page: Page, console_gw: ConsoleGateway) -> None:
    review_id = console_gw.hold(console_gw.key(workflow="wf-console"))
    sign_in(page, console_gw.key("dan"))
    expect(page.get_by_role("link", name=review_id)).to_have_count(0)
    page.goto(f"/console/reviews/{review_id}")
    expect(page.get_by_role("alert")).to_contain_text("not_assigned")


def test_the_whole_path_works_with_javascript_off(browser, console_gw: ConsoleGateway) -> None:
    context = browser.new_context(base_url=console_gw.url, java_script_enabled=False)
    try:
        page = context.new_page()
        agent = console_gw.key(workflow="wf-console")
        review_id = console_gw.hold(agent)
        _open(page, console_gw, "bob", review_id)
        _decide(page, "CHG-9: approved without scripts")
        expect(page.get_by_role("status")).to_contain_text("Your approval was recorded")
        assert console_gw.review(review_id).state == "approved"
    finally:
        context.close()


def test_a_secret_in_the_held_answer_shows_only_its_type(page: Page, console_gw: ConsoleGateway) -> None:
    review_id = console_gw.hold(console_gw.key(workflow="wf-console", on_behalf_of="pat"))
    assert "AdministratorAccess" in console_gw.review(review_id).data["answer"]["choices"][0]["message"]["content"]
    _open(page, console_gw, "bob", review_id)
    expect(page.locator("pre.content")).to_contain_text("[REDACTED:demo_secret]")
    expect(page.locator("pre.content")).not_to_contain_text("AdministratorAccess")
    # (the real credential detector's evidence names only the type, prefix and length)
