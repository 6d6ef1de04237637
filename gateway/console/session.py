"""Console sessions: a signed, expiring cookie (HMAC-SHA256 under a secret generated once and kept
in the store, so every replica agrees) naming the person and their key id, never the key itself;
the per-session CSRF token is derived from it."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass

from gateway.store import Store

SECRET_NAME = "console:session_secret"
COOKIE = "gw_console"  # the session
LOGIN_COOKIE = "gw_console_login"  # a nonce binding the sign-in form's CSRF token to this browser
SESSION_TTL = 8 * 3600.0
ENDED = "console:ended:"


@dataclass(frozen=True, slots=True)
class Session:
    """Who is signed in: the principal, how (`key:<id>` | `sso`), until when, and a random nonce."""

    principal: str
    via: str
    expires: float
    nonce: str

    @property
    def key_id(self) -> str | None:
        return self.via[4:] if self.via.startswith("key:") else None


async def secret(store: Store) -> bytes:
    """The signing secret: read from the store, or generated once (the first replica wins)."""
    value = await store.get_value(SECRET_NAME)
    if value is None:
        value = await store.set_value_if_absent(SECRET_NAME, secrets.token_hex(32))
    return bytes.fromhex(value)


def _mac(key: bytes, purpose: str, message: str) -> bytes:
    return hmac.new(key, f"{purpose}|{message}".encode(), hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_session(principal: str, via: str, now: float, key_expires: float | None = None) -> Session:
    expires = now + SESSION_TTL if key_expires is None else min(now + SESSION_TTL, key_expires)
    return Session(principal, via, expires, secrets.token_urlsafe(16))


def seal(key: bytes, session: Session) -> str:
    """The cookie value: base64url(JSON) '.' base64url(HMAC)."""
    payload = json.dumps(asdict(session), separators=(",", ":"), sort_keys=True)
    return f"{_b64(payload.encode())}.{_b64(_mac(key, 'session', payload))}"


def unseal(key: bytes, cookie: str | None, now: float) -> Session | None:
    """The session in a cookie, or None when it is missing, forged, malformed or expired."""
    if not cookie or cookie.count(".") != 1:
        return None
    body, mac = cookie.split(".")
    try:
        payload = _unb64(body).decode()
        given = _unb64(mac)
    except (ValueError, UnicodeDecodeError):
        return None
    if not hmac.compare_digest(given, _mac(key, "session", payload)):
        return None
    try:
        session = Session(**json.loads(payload))
    except (ValueError, TypeError):
        return None
    return session if session.expires > now else None


async def end_session(store: Store, session: Session) -> None:
    """Sign-out: the session's nonce is remembered as ended, so a copied cookie is dead too."""
    await store.set_value(f"{ENDED}{session.nonce}", str(session.expires))


async def ended(store: Store, session: Session) -> bool:
    return await store.get_value(f"{ENDED}{session.nonce}") is not None


def csrf_token(key: bytes, nonce: str) -> str:
    """The token every POST form carries: bound to one session (or one sign-in form) by its nonce."""
    return _b64(_mac(key, "csrf", nonce))


def csrf_ok(key: bytes, nonce: str | None, given: str | None) -> bool:
    return bool(nonce and given) and hmac.compare_digest(csrf_token(key, nonce).encode(), given.encode())
