"""Sign-in and sign-out: a person key pasted into a form is checked once and exchanged for a signed
session cookie (the key never goes into the cookie); agent keys are refused and audited, because
no model approves its own output."""

from __future__ import annotations

import logging
import secrets as random

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from gateway.auth import KEY_PATTERN
from gateway.console.guard import SECURITY_HEADERS, csrf_valid, drop_cookie, read_form, set_cookie, visitor
from gateway.console.html import render
from gateway.console.layout import DONE, page, problem, to_sign_in
from gateway.console.session import COOKIE, LOGIN_COOKIE, csrf_token, end_session, new_session, seal, secret
from gateway.errors import Unauthorized
from gateway.review.principals import person_of
from gateway.services import Services

log = logging.getLogger("gateway.console")
AGENT_REFUSED = "Agent keys cannot sign in to the review console: no model approves its own output. " \
                "Use your person key (gateway keys issue --principal YOU)."


async def _form(request: Request, svc: Services, message: str = "", status: int = 200) -> Response:
    """The sign-in form; its CSRF token is bound to a nonce cookie of this browser."""
    nonce = request.cookies.get(LOGIN_COOKIE) or random.token_urlsafe(16)
    token = csrf_token(await secret(svc.store), f"login:{nonce}")
    flash = message or DONE.get(request.query_params.get("done", ""), "")
    response = page("Sign in", render("login.html", csrf=token), flash=flash, error=bool(message), status=status)
    set_cookie(response, request, LOGIN_COOKIE, nonce, 3600)
    return response


async def sign_in_form(request: Request, svc: Services) -> Response:
    if await visitor(request, svc) is not None:
        return RedirectResponse("/console", status_code=303, headers=SECURITY_HEADERS)
    return await _form(request, svc)


async def sign_in(request: Request, svc: Services) -> Response:
    form = await read_form(request, svc.settings.server.max_body_bytes)
    nonce = request.cookies.get(LOGIN_COOKIE)
    if not await csrf_valid(svc, f"login:{nonce}" if nonce else None, form):
        return await _form(request, svc, "This sign-in form expired or did not come from this console; "
                                         "please try again.", 403)
    pasted = form.get("key", "").strip().removeprefix("Bearer ").strip()
    try:
        key = await svc.auth.key_for(f"Bearer {pasted}", kind="person")
        if not key.principal:
            raise Unauthorized("this person key names no principal", code="unknown_principal")
        person = person_of(svc.settings, key.principal, f"key:{key.id}")
    except Unauthorized as exc:
        if exc.code != "wrong_key_kind":
            return await _form(request, svc, f"Sign-in refused: {exc.message} ({exc.code}).", 401)
        match = KEY_PATTERN.fullmatch(pasted)
        await svc.audit.record("review_refused", actor=f"key:{match.group(1) if match else '?'}",
                               action="console_sign_in", code="agent_cannot_decide", reason=AGENT_REFUSED)
        return await _form(request, svc, AGENT_REFUSED, 403)
    now = svc.clock()
    session = new_session(person.id, person.via, now, key.expires)
    log.info("console sign-in: %s via %s", person.id, person.via)
    response = RedirectResponse("/console", status_code=303, headers=SECURITY_HEADERS)
    set_cookie(response, request, COOKIE, seal(await secret(svc.store), session), int(session.expires - now))
    drop_cookie(response, request, LOGIN_COOKIE)
    return response


async def sign_out(request: Request, svc: Services) -> Response:
    who = await visitor(request, svc)
    if who is None:
        return to_sign_in()
    form = await read_form(request, svc.settings.server.max_body_bytes)
    if not await csrf_valid(svc, who.session.nonce, form):
        return problem("Sign-out refused", "The sign-out form did not carry this session's token (CSRF); "
                       "you are still signed in.", who, 403)
    if who.session.key_id:  # the cookie stops working everywhere, not only in this browser
        await end_session(svc.store, who.session)
    log.info("console sign-out: %s", who.person.id)
    response = RedirectResponse("/console/login?done=signed_out", status_code=303, headers=SECURITY_HEADERS)
    drop_cookie(response, request, COOKIE)
    return response
