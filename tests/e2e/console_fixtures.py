"""Fixtures for the console tests: a real gateway (uvicorn in this process, real SQLite, the stub
engine, an injectable clock) whose `xss` model is a fake provider answering with markup in its
content and tool-call arguments; and Debian's Chromium driven by Playwright (never a downloaded
browser). Module-scoped: each test module that star-imports these gets its own, one at a time
(two live sync Playwright instances in one thread would clash)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from aiohttp import web
from fakes.server import FakeServer
from playwright.sync_api import Browser, Page, sync_playwright
from review_fixtures import FakeClock, StubEngine

from gateway.app import create_app
from gateway.auth import new_key
from gateway.config import load_settings
from gateway.judge import Judge
from gateway.policy.reload import Policy
from gateway.store.sqlite import SqliteStore

__all__ = ["XSS", "ConsoleGateway", "browser_page", "chromium_browser", "console_gateway", "dialog_messages",
           "off_loop", "sign_in"]  # the fixtures register as console_gw, browser, dialogs, page

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS = "<script>alert(1)</script>"
XSS_ARGUMENTS = {"user": XSS, "group": "prod-admins", "note": '<img src=x onerror="alert(2)">'}
XSS_CONTENT = f"Adding {XSS} to prod-admins as requested. <b>bold?</b>"

CONFIG = """\
server: {{host: 127.0.0.1, port: 0, key_ttl: 24h, auth_cache_ttl: 0,
         sso: {{header: x-forwarded-user, trusted_proxies: [127.0.0.1]}}}}
store: sqlite:///{db}
models:
  - model_name: demo
    litellm_params: {{model: demo/identity-assistant}}
  - model_name: xss
    litellm_params: {{model: openai/fake-xss, api_base: "{upstream}/v1", api_key: sk-test-console-000}}
principals:
  - {{id: alice, name: Alice Admin, roles: [admin]}}
  - {{id: bob, name: Bob Reviewer, roles: [reviewer]}}
  - {{id: dan, name: Dan Unassigned, roles: [reviewer]}}
  - {{id: olivia, name: Olivia Owner}}
  - {{id: pat, name: Pat Requester, roles: [reviewer]}}
  - {{id: iam-reviewers, kind: group, members: [bob, pat], roles: [reviewer]}}
workflows:
  - {{id: wf-console, owner: olivia, risk_tier: high, models: [demo, xss], reviewers: [iam-reviewers],
     escalate_to: alice}}
rules: {rules}
"""


class MarkupProvider(FakeServer):
    """A provider whose answer is an access change carrying HTML in content and tool arguments."""

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/v1/chat/completions", self.complete)]

    async def complete(self, request: web.Request) -> web.Response:
        await self.record(request)
        call = {"id": "call_xss_0", "type": "function",
                "function": {"name": "add_user_to_group", "arguments": json.dumps(XSS_ARGUMENTS)}}
        message = {"role": "assistant", "content": XSS_CONTENT, "tool_calls": [call]}
        return web.json_response({
            "id": "chatcmpl-xss", "object": "chat.completion", "created": 1_700_000_000, "model": "fake-xss",
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 9, "completion_tokens": 30, "total_tokens": 39}})


def off_loop(coro):
    """Run a store coroutine on a thread of its own: Playwright's sync API owns this thread's loop."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


class ConsoleGateway:
    """The running gateway, its clock and store, and helpers to mint keys and hold answers."""

    def __init__(self, url: str, clock: FakeClock, settings, store: SqliteStore) -> None:
        self.url, self.clock, self.settings, self.store = url, clock, settings, store
        self.http = httpx.Client(base_url=url, timeout=30)

    def key(self, principal: str | None = None, workflow: str = "wf-console", on_behalf_of: str | None = None) -> str:
        """A person key for `principal`, else an agent key of `workflow` (bound to `on_behalf_of`)."""
        kind = "person" if principal else "agent"
        secret, record = new_key(self.settings, "-" if principal else workflow, now=self.clock(), ttl=86400,
                                 kind=kind, principal=principal, on_behalf_of=on_behalf_of, name=principal or workflow)
        off_loop(self.store.put_key(record))
        return secret

    def hold(self, agent_key: str, model: str = "demo", prompt: str = "Please grant bob admin access to prod",
             claimed: str | None = None) -> str:
        """Send a chat call that the rules quarantine; the review id it was held under."""
        headers = {"authorization": f"Bearer {agent_key}"} | ({"x-gateway-on-behalf-of": claimed} if claimed else {})
        response = self.http.post("/v1/chat/completions", headers=headers,
                                  json={"model": model, "messages": [{"role": "user", "content": prompt}]})
        assert response.status_code == 200, response.text
        return response.headers["x-gateway-review-id"]

    def review(self, review_id: str):
        return off_loop(self.store.get_review(review_id))

    def audit_events(self, event: str) -> list[dict]:
        async def collect() -> list[dict]:
            return [r async for r in self.store.audit_records() if r.get("event") == event]
        return off_loop(collect())


@pytest.fixture(scope="module", name="console_gw")
def console_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleGateway]:
    directory = tmp_path_factory.mktemp("console")
    upstream = MarkupProvider().start()
    config = directory / "config.yaml"
    config.write_text(CONFIG.format(db=directory / "gateway.db", rules=REPO / "rules", upstream=upstream.url),
                      encoding="utf-8")
    settings = load_settings(config)
    clock = FakeClock()
    app = create_app(settings, clock=clock, judge=Judge(StubEngine(), Policy(settings.rules)))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="console-gw", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not (server.started and server.servers):
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the console gateway did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    store = SqliteStore(settings.store)
    gw = ConsoleGateway(f"http://127.0.0.1:{port}", clock, settings, store)
    yield gw
    gw.http.close()
    server.should_exit = True
    thread.join(10)
    upstream.stop()
    off_loop(store.close())


@pytest.fixture(scope="module", name="browser")
def chromium_browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(name="dialogs")
def dialog_messages() -> list[str]:
    """The messages of every dialog (alert, confirm) a page opened: a script ran if any."""
    return []


@pytest.fixture(name="page")
def browser_page(browser: Browser, console_gw: ConsoleGateway, dialogs: list[str]) -> Iterator[Page]:
    """A fresh browser context per test (its own cookies) that records and dismisses dialogs."""
    context = browser.new_context(base_url=console_gw.url)
    tab = context.new_page()

    def on_dialog(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()
    tab.on("dialog", on_dialog)
    yield tab
    context.close()


def sign_in(page: Page, key: str) -> None:
    page.goto("/console/login")
    page.get_by_label("Person key").fill(key)
    page.get_by_role("button", name="Sign in").click()
