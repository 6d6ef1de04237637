"""Agent keys: issue, authenticate, revoke. The key alone decides workflow, owner, tier, models
and credential; the store keeps only the SHA-256 of its secret.

Key format: `gwk_<12 hex key id>_<43 url-safe chars>`; the id is public (logs, audit), the rest
is the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from gateway.config import Settings, Workflow
from gateway.errors import BadRequest, Unauthorized
from gateway.review.suspend import refuse_if_suspended, suspension
from gateway.store import KeyRecord, Store

KEY_PATTERN = re.compile(r"gwk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}")


@dataclass(frozen=True, slots=True)
class Agent:
    """An authenticated caller: its key and the workflow that key belongs to."""

    key: KeyRecord
    workflow: Workflow

    @property
    def models(self) -> tuple[str, ...]:
        return self.key.models or self.workflow.models


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_key(settings: Settings, workflow_id: str, *, now: float, ttl: float | None = None,
            models: tuple[str, ...] = (), name: str = "", on_behalf_of: str | None = None,
            kind: str = "agent", principal: str | None = None) -> tuple[str, KeyRecord]:
    """A fresh key and its stored record; the clear key is returned once and never stored."""
    if kind == "agent":
        workflow = settings.workflow(workflow_id)
        if workflow is None:
            raise BadRequest(f"unknown workflow {workflow_id!r}", code="unknown_workflow")
        outside = [m for m in models if m not in workflow.models]
        if outside:
            raise BadRequest(f"models {outside} are not allowed in workflow {workflow_id!r}",
                             code="model_not_allowed")
    if on_behalf_of is not None and settings.principals and settings.principal(on_behalf_of) is None:
        raise BadRequest(f"unknown principal {on_behalf_of!r}", code="unknown_principal")
    key_id = secrets.token_hex(6)
    secret = f"gwk_{key_id}_{secrets.token_urlsafe(32)}"
    ttl = settings.server.key_ttl if ttl is None else ttl
    record = KeyRecord(id=key_id, secret_hash=_hash(secret), workflow=workflow_id, name=name or key_id,
                       models=tuple(models), on_behalf_of=on_behalf_of, created=now, expires=now + ttl,
                       kind=kind, principal=principal)
    return secret, record


class _Recent:
    """Store reads remembered for `ttl` seconds of monotonic time, so a call costs no store
    round-trip for its key and its workflow's kill switch. Changes made through this process are
    forgotten at once; those made elsewhere (the CLI, another replica) are seen within `ttl`."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.clock = ttl, clock
        self._values: dict[str, tuple[float, Any]] = {}

    async def get(self, name: str, load: Callable[[], Awaitable[Any]]) -> Any:
        if self.ttl <= 0:
            return await load()
        now = self.clock()
        hit = self._values.get(name)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        value = await load()
        if len(self._values) > 10_000:
            self._values.clear()
        self._values[name] = (now, value)
        return value

    def forget(self, name: str) -> None:
        self._values.pop(name, None)


class Authenticator:
    def __init__(self, settings: Settings, store: Store, clock: Callable[[], float]) -> None:
        self.settings, self.store, self.clock = settings, store, clock
        self._recent = _Recent(settings.server.auth_cache_ttl)

    def forget_key(self, key_id: str) -> None:
        self._recent.forget(f"key:{key_id}")

    def forget_workflow(self, workflow_id: str) -> None:
        self._recent.forget(f"suspended:{workflow_id}")

    async def key_for(self, authorization: str | None, *, kind: str = "agent") -> KeyRecord:
        """The live key behind an `Authorization: Bearer ...` header, or Unauthorized."""
        if not authorization or not authorization[:7].lower() == "bearer ":
            raise Unauthorized("missing bearer key: send Authorization: Bearer <gateway key>")
        secret = authorization[7:].strip()
        match = KEY_PATTERN.fullmatch(secret)
        if not match:
            raise Unauthorized("invalid gateway key")
        key_id = match.group(1)
        key = await self._recent.get(f"key:{key_id}", lambda: self.store.get_key(key_id))
        if key is None or not hmac.compare_digest(key.secret_hash, _hash(secret)):
            raise Unauthorized("invalid gateway key")
        if key.revoked is not None:
            raise Unauthorized("this gateway key was revoked", code="key_revoked")
        if key.expires <= self.clock():
            raise Unauthorized("this gateway key has expired", code="key_expired")
        if key.kind != kind:
            raise Unauthorized(f"this endpoint needs a {kind} key", code="wrong_key_kind")
        return key

    async def agent(self, authorization: str | None) -> Agent:
        key = await self.key_for(authorization)
        workflow = self.settings.workflow(key.workflow)
        if workflow is None:
            raise Unauthorized("this key's workflow is no longer configured", code="unknown_workflow")
        state = await self._recent.get(f"suspended:{workflow.id}", lambda: suspension(self.store, workflow.id))
        refuse_if_suspended(workflow.id, state)  # the kill switch: 403 workflow_suspended
        return Agent(key, workflow)
