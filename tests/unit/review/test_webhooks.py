"""Webhooks: delivered to a real local HTTP server with a valid HMAC signature, retried with backoff
on a fake clock, the same idempotency key on every attempt, and an outbox that survives a restart."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from pathlib import Path

import pytest
from aiohttp import web

from gateway.config import NotificationSettings, Webhook
from gateway.review.webhooks import LEASE, Notifier, backoff, signature
from gateway.store import ReviewItem
from gateway.store.sqlite import SqliteStore

SECRET = "whsec-0123456789abcdef"
T0 = 1_700_000_000.0


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Receiver:
    """A real aiohttp server on a free 127.0.0.1 port answering with scripted statuses."""

    def __init__(self, statuses: tuple[int, ...] = ()) -> None:
        self.statuses = list(statuses)
        self.got: list[tuple[dict, bytes]] = []
        self.arrived = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        self.got.append(({k.lower(): v for k, v in request.headers.items()}, await request.read()))
        self.arrived.set()
        return web.Response(status=self.statuses.pop(0) if self.statuses else 200, text="ok")

    async def __aenter__(self) -> Receiver:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/hook"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()


def settings(url: str, events: tuple[str, ...] | None = None, max_attempts: int = 8) -> NotificationSettings:
    hook = Webhook(url=url, secret=SECRET) if events is None else Webhook(url=url, secret=SECRET, events=events)
    return NotificationSettings(webhooks=(hook,), max_attempts=max_attempts)


def item(state: str = "pending") -> ReviewItem:
    return ReviewItem(id="rev_1", request_id="req_1", state=state, created=T0, workflow="access-review",
                      data={"owner": "alice"})


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'gateway.db'}"


def test_a_notification_arrives_signed_with_its_idempotency_key(db: str) -> None:
    async def go():
        async with Receiver() as receiver:
            store = SqliteStore(db)
            notifier = Notifier(store, settings(receiver.url), FakeClock())
            [event_id] = await notifier.review_event("quarantined", item(), risk_tier="high")
            attempts = await notifier.deliver_due()
            await notifier.stop()
            outbox = await store.outbox_list()
            await store.close()
            return event_id, attempts, receiver.got, outbox
    event_id, attempts, got, outbox = asyncio.run(go())
    assert [a.state for a in attempts] == ["delivered"] and attempts[0].status == 200
    (headers, raw), = got
    expected = "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["x-gateway-signature"], expected)
    assert headers["x-gateway-event"] == "quarantined"
    assert headers["x-gateway-idempotency-key"] == event_id
    body = json.loads(raw)
    assert body["id"] == event_id and body["event"] == "quarantined" and body["time"].startswith("2023-11-14T")
    assert (body["review_id"], body["request_id"], body["workflow"], body["owner"], body["risk_tier"]) == \
        ("rev_1", "req_1", "access-review", "alice", "high")
    assert outbox[0]["state"] == "delivered" and outbox[0]["attempts"] == 1


def test_a_failing_receiver_is_retried_with_backoff_and_the_same_key(db: str) -> None:
    clock = FakeClock()

    async def go():
        async with Receiver(statuses=(500, 503)) as receiver:
            store = SqliteStore(db)
            notifier = Notifier(store, settings(receiver.url), clock)
            await notifier.notify("escalated", review_id="rev_1", request_id="req_1", workflow="w", owner="o")
            rounds = [await notifier.deliver_due()]           # 500 -> retry in backoff(1)
            clock.now += backoff(1) - 1
            rounds.append(await notifier.deliver_due())       # not due yet: nothing sent
            clock.now += 1
            rounds.append(await notifier.deliver_due())       # 503 -> retry in backoff(2)
            clock.now += backoff(2)
            rounds.append(await notifier.deliver_due())       # 200
            clock.now += 3600
            rounds.append(await notifier.deliver_due())       # delivered: never again
            await notifier.stop()
            outbox = await store.outbox_list()
            await store.close()
            return rounds, receiver.got, outbox
    rounds, got, outbox = asyncio.run(go())
    assert [[a.state for a in r] for r in rounds] == [["pending"], [], ["pending"], ["delivered"], []]
    assert rounds[0][0].error == "HTTP 500"
    assert len(got) == 3
    assert len({h["x-gateway-idempotency-key"] for h, _ in got}) == 1
    assert len({raw for _, raw in got}) == 1  # the same bytes, so the same signature, on every attempt
    assert outbox[0]["state"] == "delivered" and outbox[0]["attempts"] == 3
    assert backoff(1) == 10 and backoff(2) == 20 and backoff(30) == 3600


def test_delivery_gives_up_after_max_attempts(db: str) -> None:
    clock = FakeClock()

    async def go():
        async with Receiver(statuses=(500,) * 10) as receiver:
            store = SqliteStore(db)
            notifier = Notifier(store, settings(receiver.url, max_attempts=3), clock)
            await notifier.notify("expired", review_id="rev_1")
            states = []
            for _ in range(5):
                states += [a.state for a in await notifier.deliver_due()]
                clock.now += 3600
            await notifier.stop()
            outbox = await store.outbox_list("failed")
            await store.close()
            return states, len(receiver.got), outbox
    states, sent, failed = asyncio.run(go())
    assert states == ["pending", "pending", "failed"] and sent == 3
    assert failed[0]["attempts"] == 3 and failed[0]["error"] == "HTTP 500"


def test_an_unreachable_receiver_is_retried(db: str) -> None:
    async def go():
        async with Receiver() as receiver:
            url = receiver.url
        store = SqliteStore(db)  # the receiver is gone: connection refused
        notifier = Notifier(store, settings(url), FakeClock())
        await notifier.notify("decided", review_id="rev_1")
        attempts = await notifier.deliver_due()
        await notifier.stop()
        await store.close()
        return attempts
    (attempt,) = asyncio.run(go())
    assert attempt.state == "pending" and attempt.status is None and attempt.error


def test_the_outbox_survives_a_restart(db: str) -> None:
    async def go():
        async with Receiver() as receiver:
            before = SqliteStore(db)
            await Notifier(before, settings(receiver.url), FakeClock()).notify("decided", review_id="rev_1")
            await before.close()  # the process stops before delivering
            after = SqliteStore(db)  # a new store object on the same file
            notifier = Notifier(after, settings(receiver.url), FakeClock())
            attempts = await notifier.deliver_due()
            await notifier.stop()
            await after.close()
            return attempts, receiver.got
    attempts, got = asyncio.run(go())
    assert [a.state for a in attempts] == ["delivered"] and json.loads(got[0][1])["review_id"] == "rev_1"


def test_a_claimed_entry_is_leased_so_a_second_deliverer_skips_it(db: str) -> None:
    async def go():
        store = SqliteStore(db)
        await Notifier(store, settings("http://127.0.0.1:9/hook"), FakeClock()).notify("decided", review_id="r")
        first = await store.outbox_claim(T0, 10, LEASE)
        second = await store.outbox_claim(T0 + 1, 10, LEASE)
        after_lease = await store.outbox_claim(T0 + LEASE, 10, LEASE)
        await store.close()
        return first, second, after_lease
    first, second, after_lease = asyncio.run(go())
    assert len(first) == 1 and second == [] and len(after_lease) == 1


def test_rejection_adds_rollback_and_subscriptions_filter_events(db: str) -> None:
    async def go():
        store = SqliteStore(db)
        notifier = Notifier(store, settings("http://127.0.0.1:9/hook", events=("rollback", "expired")), FakeClock())
        approved = await notifier.review_event("decided", item("approved"))
        rejected = await notifier.review_event("decided", item("rejected"), actor="bob")
        await notifier.on_review("review_approved", item("pending"))  # a first of two approvals
        await notifier.on_review("review_commented", item("pending"))
        await notifier.on_review("review_expired", item("expired"))
        events = [(e["event"], json.loads(e["body"]).get("reason")) for e in await store.outbox_list()]
        await store.close()
        return approved, rejected, events
    approved, rejected, events = asyncio.run(go())
    assert approved == [] and len(rejected) == 1  # only the rollback listens here
    assert events == [("rollback", "review rejected"), ("expired", None), ("rollback", "review expired")]


def test_no_webhooks_means_no_store_write(db: str) -> None:
    async def go():
        store = SqliteStore(db)
        notifier = Notifier(store, NotificationSettings(), FakeClock())
        result = await notifier.notify("quarantined", review_id="r")
        await notifier.start()  # nothing to deliver: no task
        running = notifier.running
        rows = await store.outbox_list()
        await store.close()
        return result, running, rows
    assert asyncio.run(go()) == (None, False, [])


def test_the_background_deliverer_sends_soon_after_notify(db: str) -> None:
    async def go():
        async with Receiver() as receiver:
            store = SqliteStore(db)
            notifier = Notifier(store, settings(receiver.url), FakeClock(), poll_interval=30)
            await notifier.start()
            await notifier.notify("quarantined", review_id="rev_1")
            await asyncio.wait_for(receiver.arrived.wait(), 10)  # woken by notify, not by the poll
            await notifier.stop()
            await store.close()
            return receiver.got
    assert len(asyncio.run(go())) == 1


def test_signature_recipe() -> None:
    assert signature("k" * 16, b"{}") == "sha256=" + hmac.new(b"k" * 16, b"{}", hashlib.sha256).hexdigest()
