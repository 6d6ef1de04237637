"""Notifications: review events become signed webhook deliveries in a durable outbox in the store
(one store write on the caller's path); a background deliverer sends them with retries and backoff."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

import aiohttp

from gateway.audit import utc_iso
from gateway.background import Every
from gateway.config import NotificationSettings, Webhook
from gateway.ids import new_id
from gateway.logs import redact
from gateway.store import ReviewItem, Store

log = logging.getLogger("gateway.webhooks")
BACKOFF_BASE, BACKOFF_CAP = 10.0, 3600.0  # seconds: 10, 20, 40, ... at most an hour apart
LEASE = 60.0  # a claimed entry comes due again after this if its sender died mid-send
ROLLBACK_STATES = ("rejected", "expired")
REVIEW_EVENTS = {"review_created": "quarantined", "quarantined": "quarantined", "review_approved": "decided",
                 "review_rejected": "decided", "review_escalated": "escalated", "review_expired": "expired"}


def signature(secret: str, body: bytes) -> str:
    """The `x-gateway-signature` value: `sha256=` + hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def backoff(attempts: int) -> float:
    """Seconds to wait after the `attempts`-th failed attempt."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


@dataclass(frozen=True)
class Attempt:
    entry_id: str
    event: str
    url: str
    state: str  # delivered | pending (will retry) | failed (gave up)
    status: int | None
    error: str | None = None


class Notifier:
    """`notify()` enqueues; `deliver_due()` sends what is due; `start()` runs the deliverer."""

    def __init__(self, store: Store, settings: NotificationSettings, clock: Callable[[], float],
                 poll_interval: float = 1.0) -> None:
        self.store, self.settings, self.clock = store, settings, clock
        self.poll_interval = poll_interval
        self._session: aiohttp.ClientSession | None = None
        self._wake = asyncio.Event()
        self._deliverer = Every("webhook-deliverer", poll_interval, self.deliver_due, wake=self._wake)

    def _hooks(self, event: str) -> list[Webhook]:
        return [hook for hook in self.settings.webhooks if event in hook.events]

    async def notify(self, event: str, **fields: object) -> str | None:
        """Enqueue `event` for every webhook subscribed to it; the event id (the idempotency key),
        or None when nobody listens."""
        return (await self._enqueue([(event, fields)]) or [None])[0]

    async def review_event(self, event: str, item: ReviewItem, **extra: object) -> list[str]:
        """Enqueue a review's event with its ids; a rejection or expiry also enqueues `rollback`."""
        fields = {"review_id": item.id, "request_id": item.request_id, "workflow": item.workflow,
                  "owner": item.data.get("owner"), "state": item.state, **extra}
        events = [(event, fields)]
        if event in ("decided", "expired") and item.state in ROLLBACK_STATES:
            events.append(("rollback", {**fields, "reason": f"review {item.state}"}))
        return await self._enqueue(events)

    async def on_review(self, event: str, item: ReviewItem) -> None:
        """A review-lifecycle listener: audit event names in, webhook events out (a partial
        approval is not a decision yet; comments and reassignments are not notified)."""
        kind = REVIEW_EVENTS.get(event)
        if kind == "decided" and item.state not in ("approved", "rejected"):
            return
        if kind == "escalated":
            await self.review_event(kind, item, escalated_to=item.data.get("escalated_to"))
        elif kind == "expired":
            await self.review_event(kind, item, reason=(item.data.get("expired") or {}).get("reason"))
        elif kind is not None:
            await self.review_event(kind, item)

    async def _enqueue(self, events: list[tuple[str, dict]]) -> list[str]:
        now, entries, ids = self.clock(), [], []
        for event, fields in events:
            event_id = new_id("evt")
            body = json.dumps({"id": event_id, "event": event, "time": utc_iso(now), **fields},
                              ensure_ascii=False, separators=(",", ":"))
            hooks = self._hooks(event)
            entries += [{"id": new_id("ntf"), "event_id": event_id, "event": event, "url": hook.url,
                         "body": body, "created": now, "next_attempt": now} for hook in hooks]
            if hooks:
                ids.append(event_id)
        if entries:
            await self.store.outbox_put(entries)
            self._wake.set()
        return ids

    async def deliver_due(self, now: float | None = None, limit: int = 50) -> list[Attempt]:
        """Send every entry due at `now` once; failures are rescheduled with backoff."""
        now = self.clock() if now is None else now
        entries = await self.store.outbox_claim(now, limit, LEASE)
        return list(await asyncio.gather(*(self._send(entry, now) for entry in entries)))

    async def _send(self, entry: dict, now: float) -> Attempt:
        hook = next((h for h in self.settings.webhooks if h.url == entry["url"]), None)
        attempts = int(entry.get("attempts", 0)) + 1
        status, error = None, None
        if hook is None:
            error = "webhook no longer configured"
        else:
            status, error = await self._post(hook, entry)
        if error is None:
            await self.store.outbox_mark(entry["id"], "delivered", attempts, now)
            return Attempt(entry["id"], entry["event"], entry["url"], "delivered", status)
        give_up = hook is None or attempts >= self.settings.max_attempts
        state = "failed" if give_up else "pending"
        await self.store.outbox_mark(entry["id"], state, attempts, now + backoff(attempts), error)
        log.warning("webhook %s to %s: attempt %d %s (%s)", entry["event"], redact(entry["url"]), attempts,
                    "gave up" if give_up else "will retry", error)
        return Attempt(entry["id"], entry["event"], entry["url"], state, status, error)

    async def _post(self, hook: Webhook, entry: dict) -> tuple[int | None, str | None]:
        raw = entry["body"].encode("utf-8")
        headers = {"content-type": "application/json", "x-gateway-event": entry["event"],
                   "x-gateway-idempotency-key": entry["event_id"], "x-gateway-signature": signature(hook.secret, raw),
                   "user-agent": "identity-gateway-webhooks"}
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.settings.timeout))
        try:
            async with self._session.post(hook.url, data=raw, headers=headers) as response:
                await response.read()
                return response.status, None if 200 <= response.status < 300 else f"HTTP {response.status}"
        except (TimeoutError, aiohttp.ClientError) as exc:
            return None, exc.__class__.__name__

    # -- the background deliverer ----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._deliverer.running

    async def start(self) -> None:
        if self.settings.webhooks:
            await self._deliverer.start()

    async def stop(self) -> None:
        await self._deliverer.stop()
        if self._session is not None:
            await self._session.close()
            self._session = None
