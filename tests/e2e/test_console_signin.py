"""The console's sign-in over a real browser and raw HTTP: person keys get a signed HttpOnly
SameSite=Strict session (never the key), agent keys are refused and audited, every POST needs the
session's CSRF token, sign-out ends the session everywhere, the trusted SSO header works."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import httpx
from console_fixtures import *  # noqa: F403  (the fixtures console_gw, browser, dialogs, page)
from console_fixtures import ConsoleGateway, off_loop, sign_in
from playwright.sync_api import Page, expect


def _session_cookie(page: Page) -> dict | None:
    return next((c for c in page.context.cookies() if c["name"] == "gw_console"), None)


def test_sign_in_with_a_person_key(page: Page, console_gw: ConsoleGateway) -> None:
    key = console_gw.key("bob")
    sign_in(page, key)
    expect(page).to_have_url(f"{console_gw.url}/console")
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    expect(page.get_by_role("navigation", name="Account")).to_contain_text("Signed in as bob")
    cookie = _session_cookie(page)
    assert cookie and cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/console"
    assert key not in cookie["value"] and key.split("_", 2)[2] not in cookie["value"]  # the secret may hold "_" itself


def test_agent_key_is_refused(page: Page, console_gw: ConsoleGateway) -> None:
    sign_in(page, console_gw.key(workflow="wf-console"))
    expect(page.get_by_role("alert")).to_contain_text("Agent keys cannot sign in")
    expect(page).to_have_url(f"{console_gw.url}/console/login")
    assert _session_cookie(page) is None
    refused = [r for r in console_gw.audit_events("review_refused") if r.get("action") == "console_sign_in"]
    assert refused and refused[-1]["code"] == "agent_cannot_decide"


def test_a_wrong_key_is_refused(page: Page, console_gw: ConsoleGateway) -> None:
    sign_in(page, "gwk_000000000000_" + "x" * 43)
    expect(page.get_by_role("alert")).to_contain_text("invalid gateway key")
    assert _session_cookie(page) is None


def test_sign_out_ends_the_session(page: Page, console_gw: ConsoleGateway) -> None:
    sign_in(page, console_gw.key("bob"))
    copied = _session_cookie(page)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("status")).to_contain_text("You are signed out")
    page.goto("/console")
    expect(page).to_have_url(f"{console_gw.url}/console/login")
    replay = httpx.get(f"{console_gw.url}/console", cookies={"gw_console": copied["value"]})
    assert replay.status_code == 303 and replay.headers["location"] == "/console/login"


@contextlib.contextmanager
def _signed_in_client(gw: ConsoleGateway, principal: str, key: str | None = None) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gw.url) as client:
        form = client.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        done = client.post("/console/login", data={"csrf_token": token, "key": key or gw.key(principal)})
        assert done.status_code == 303 and "gw_console" in client.cookies
        yield client


def test_post_without_the_csrf_token_is_refused(console_gw: ConsoleGateway) -> None:
    review_id = console_gw.hold(console_gw.key(workflow="wf-console"))
    digest = console_gw.review(review_id).data["answer_digest"]
    with _signed_in_client(console_gw, "bob") as client:
        body = {"justification": "looks fine, CHG-1", "seen_digest": digest}
        for extra in ({}, {"csrf_token": "forged"}):
            response = client.post(f"/console/reviews/{review_id}/approve", data=body | extra)
            assert response.status_code == 403 and "security token (CSRF)" in response.text
    assert console_gw.review(review_id).state == "pending"
    assert any(r.get("reason", "").startswith("csrf:") and r.get("review_id") == review_id
               for r in console_gw.audit_events("review_refused"))
    with httpx.Client(base_url=console_gw.url) as fresh:
        fresh.get("/console/login")
        refused = fresh.post("/console/login", data={"key": console_gw.key("bob")})
        assert refused.status_code == 403 and "gw_console" not in fresh.cookies


def test_pages_carry_a_script_free_policy(console_gw: ConsoleGateway) -> None:
    with _signed_in_client(console_gw, "bob") as client:
        response = client.get("/console")
    assert response.status_code == 200
    assert "script-src" not in response.headers["content-security-policy"]
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert response.headers["x-frame-options"] == "DENY" and response.headers["cache-control"] == "no-store"


def test_a_forged_cookie_is_not_a_session(console_gw: ConsoleGateway) -> None:
    forged = "eyJwcmluY2lwYWwiOiJhbGljZSJ9.AAAA"
    response = httpx.get(f"{console_gw.url}/console", cookies={"gw_console": forged})
    assert response.status_code == 303 and response.headers["location"] == "/console/login"


def test_the_trusted_sso_header_signs_in(console_gw: ConsoleGateway) -> None:
    response = httpx.get(f"{console_gw.url}/console", headers={"x-forwarded-user": "alice"})
    assert response.status_code == 200 and "Signed in as <strong>alice</strong>" in response.text
    assert "via sso" in response.text


def test_revoking_the_key_ends_its_sessions(console_gw: ConsoleGateway) -> None:
    key = console_gw.key("bob")
    with _signed_in_client(console_gw, "bob", key) as client:
        assert client.get("/console").status_code == 200
        off_loop(console_gw.store.revoke_key(key.split("_")[1], console_gw.clock()))
        gone = client.get("/console")
        assert gone.status_code == 303 and gone.headers["location"] == "/console/login"


def test_a_session_expires(console_gw: ConsoleGateway) -> None:
    with _signed_in_client(console_gw, "bob") as client:
        console_gw.clock.advance(8 * 3600 + 1)
        late = client.get("/console")
        assert late.status_code == 303 and late.headers["location"] == "/console/login"
