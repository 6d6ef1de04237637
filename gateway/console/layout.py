"""The page shell every console page shares: title, the account bar with its sign-out form, a
flash message, the security headers; and the redirect to sign-in."""

from __future__ import annotations

from starlette.responses import HTMLResponse, RedirectResponse

from gateway.console.guard import SECURITY_HEADERS, Visitor
from gateway.console.html import Html, render, tag

DONE = {  # ?done=<action> after a successful POST (Post/Redirect/Get): fixed texts, nothing reflected
    "approve": "Your approval was recorded.",
    "reject": "The answer was rejected; the agent gets your reason.",
    "escalate": "The item was escalated.",
    "comment": "Your comment was added.",
    "signed_out": "You are signed out.",
}


def page(title: str, body: Html, who: Visitor | None = None, *, flash: str = "", error: bool = False,
         status: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
    account = render("account.html", person=who.person.id, roles=", ".join(sorted(who.person.roles)) or "no role",
                     via=who.person.via, csrf=who.csrf) if who else ""
    note = tag("p", flash, class_="flash error" if error else "flash ok", role="alert" if error else "status") \
        if flash else ""
    html = render("layout.html", title=title, account=account, flash=note, body=body)
    return HTMLResponse(html, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def to_sign_in() -> RedirectResponse:
    return RedirectResponse("/console/login", status_code=303, headers=SECURITY_HEADERS)


def problem(title: str, message: str, who: Visitor | None, status: int) -> HTMLResponse:
    body = tag("h1", title) + tag("p", tag("a", "Back to the queue", href="/console"))
    return page(title, Html(body), who, flash=message, error=True, status=status)
