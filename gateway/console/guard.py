"""Who is using the console and whether a POST is genuine: the session cookie (or the trusted SSO
header), the CSRF check, url-encoded form bodies, cookies, and the headers every page carries."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from gateway.console.session import COOKIE, SESSION_TTL, Session, csrf_ok, csrf_token, ended, secret, unseal
from gateway.errors import BadRequest, GatewayError, Unauthorized
from gateway.intake import read_body
from gateway.review.principals import Person, authenticate, person_of
from gateway.services import Services

# No script may run on a console page at all; styles and forms only from the gateway itself.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


@dataclass(frozen=True, slots=True)
class Visitor:
    """A signed-in person, their session and the CSRF token their forms carry."""

    person: Person
    session: Session
    csrf: str


async def _sso(request: Request, svc: Services) -> Person | None:
    sso = svc.settings.server.sso
    if sso is None or not request.headers.get(sso.header) or request.headers.get("authorization"):
        return None
    try:
        return await authenticate(request, svc.settings, svc.auth)  # trusted proxies only
    except GatewayError:
        return None


async def _key_person(svc: Services, session: Session, now: float) -> Person | None:
    """The session's person while their key is still live: revoking the key ends the session."""
    if await ended(svc.store, session):
        return None
    key = await svc.store.get_key(session.key_id) if session.key_id else None
    if key is None or key.kind != "person" or key.revoked is not None or key.expires <= now \
            or key.principal != session.principal:
        return None
    try:
        return person_of(svc.settings, session.principal, session.via)
    except Unauthorized:
        return None


async def visitor(request: Request, svc: Services) -> Visitor | None:
    """The signed-in person, or None (then the page sends them to sign in)."""
    key, now = await secret(svc.store), svc.clock()
    person = await _sso(request, svc)
    if person is not None:
        session = Session(person.id, "sso", now + SESSION_TTL, f"sso:{person.id}")
        return Visitor(person, session, csrf_token(key, session.nonce))
    session = unseal(key, request.cookies.get(COOKIE), now)
    person = await _key_person(svc, session, now) if session else None
    if session is None or person is None:
        return None
    return Visitor(person, session, csrf_token(key, session.nonce))


async def csrf_valid(svc: Services, nonce: str | None, form: dict[str, str]) -> bool:
    return csrf_ok(await secret(svc.store), nonce, form.get("csrf_token"))


async def read_form(request: Request, limit: int) -> dict[str, str]:
    """An application/x-www-form-urlencoded body (first value of each field), at most `limit` bytes."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise BadRequest("the console accepts form posts only (application/x-www-form-urlencoded)")
    raw = await read_body(request, limit)
    try:
        fields = urllib.parse.parse_qs(raw.decode("utf-8"), keep_blank_values=True,
                                       max_num_fields=20, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        raise BadRequest("the form body could not be read") from None
    return {name: values[0] for name, values in fields.items()}


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    """HttpOnly, SameSite=Strict, scoped to /console; Secure whenever the page came over https."""
    response.set_cookie(name, value, max_age=max(0, max_age), path="/console", httponly=True,
                        samesite="strict", secure=request.url.scheme == "https")


def drop_cookie(response: Response, request: Request, name: str) -> None:
    response.delete_cookie(name, path="/console", httponly=True, samesite="strict",
                           secure=request.url.scheme == "https")
