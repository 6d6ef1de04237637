"""Escalation and expiry on a fake clock: past the review SLA an item is escalated (once), past
expire_after it expires failing closed; each is audited and notified, and a racing change wins."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from gateway.audit import AuditLog
from gateway.background import Every
from gateway.config import NotificationSettings, Settings, Webhook
from gateway.review.escalation import Escalator
from gateway.review.service import ReviewService
from gateway.review.webhooks import Notifier
from gateway.store import ReviewItem
from gateway.store.sqlite import SqliteStore

T0 = 1_700_000_000.0
SETTINGS = Settings.model_validate({
    "models": [{"model_name": "demo", "litellm_params": {"model": "demo/identity-assistant"}}],
    "principals": [{"id": "alice"}, {"id": "dan"}, {"id": "oncall", "kind": "group", "members": ["dan"]}],
    "workflows": [
        {"id": "access-review", "owner": "alice", "risk_tier": "high", "models": ["demo"],
         "review_sla": "10m", "escalate_to": "oncall", "expire_after": "1h"},
        {"id": "triage", "owner": "alice", "risk_tier": "medium", "models": ["demo"], "review_sla": "5m"},
        {"id": "short", "owner": "alice", "risk_tier": "medium", "models": ["demo"], "review_sla": "1h",
         "expire_after": "30m"},
    ],
    "notifications": {"webhooks": [{"url": "http://127.0.0.1:9/hook", "secret": "whsec-0123456789abcdef"}]},
})


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Rig:
    def __init__(self, url: str) -> None:
        self.clock = FakeClock()
        self.store = SqliteStore(url)
        self.audit = AuditLog(self.store, self.clock)
        self.notifier = Notifier(self.store, SETTINGS.notifications, self.clock)
        self.reviews = ReviewService(SETTINGS, self.store, self.audit, self.clock)
        self.reviews.listeners.append(self.notifier.on_review)
        self.escalator = Escalator(SETTINGS, self.reviews, self.clock)

    async def hold(self, review_id: str, workflow: str = "access-review", state: str = "pending") -> None:
        await self.store.put_review(ReviewItem(id=review_id, request_id=f"req_{review_id}", state=state,
                                               created=self.clock(), workflow=workflow, updated=self.clock(),
                                               data={"owner": "alice", "escalated": False,
                                                     "answer_digest": "d" * 64, "rules_revision": "r1"}))

    async def sweep_at(self, offset: float) -> list[tuple[str, str]]:
        self.clock.now = T0 + offset
        return [(a.kind, a.review_id) for a in await self.escalator.sweep()]

    async def events(self) -> list[str]:
        return [r["event"] async for r in self.store.audit_records()]

    async def outbox(self) -> list[tuple[str, str]]:
        return [(e["event"], json.loads(e["body"])["review_id"]) for e in await self.store.outbox_list()]


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'gateway.db'}"


def test_an_item_past_its_sla_is_escalated_once_then_expires(url: str) -> None:
    async def go():
        rig = Rig(url)
        await rig.hold("rev_a")
        seen = {"before": await rig.sweep_at(599), "sla": await rig.sweep_at(600), "again": await rig.sweep_at(1800)}
        escalated = await rig.store.get_review("rev_a")
        seen["expire"] = await rig.sweep_at(3600)
        expired = await rig.store.get_review("rev_a")
        seen["after"] = await rig.sweep_at(7200)
        result = seen, escalated, expired, await rig.events(), await rig.outbox()
        audit = [r async for r in rig.store.audit_records()]
        await rig.store.close()
        return result, audit
    (seen, escalated, expired, events, outbox), audit = asyncio.run(go())
    assert seen == {"before": [], "sla": [("escalated", "rev_a")], "again": [], "expire": [("expired", "rev_a")],
                    "after": []}
    assert escalated.state == "pending" and escalated.data["escalated"] is True
    assert escalated.data["escalated_to"] == "oncall" and escalated.data["escalated_at"] == T0 + 600
    assert expired.state == "expired" and expired.data["expired"]["at"] == T0 + 3600
    assert events == ["review_escalated", "review_expired"]
    assert audit[0]["escalated_to"] == "oncall" and audit[0]["actor"] == "gateway"
    assert audit[0]["review_id"] == "rev_a" and audit[0]["owner"] == "alice"
    assert "review SLA" in audit[0]["justification"]
    assert audit[1]["state"] == "expired" and "failed closed" in audit[1]["justification"]
    assert outbox == [("escalated", "rev_a"), ("expired", "rev_a"), ("rollback", "rev_a")]


def test_without_a_target_the_owner_is_escalated_to_and_without_expiry_nothing_expires(url: str) -> None:
    async def go():
        rig = Rig(url)
        await rig.hold("rev_t", workflow="triage")
        first = await rig.sweep_at(300)
        later = await rig.sweep_at(10 * 86400)
        item = await rig.store.get_review("rev_t")
        await rig.store.close()
        return first, later, item
    first, later, item = asyncio.run(go())
    assert first == [("escalated", "rev_t")] and later == []
    assert item.state == "pending" and item.data["escalated_to"] == "alice"


def test_an_expiry_before_the_sla_expires_without_escalating(url: str) -> None:
    async def go():
        rig = Rig(url)
        await rig.hold("rev_s", workflow="short")
        actions = await rig.sweep_at(1800)
        events = await rig.events()
        await rig.store.close()
        return actions, events
    assert asyncio.run(go()) == ([("expired", "rev_s")], ["review_expired"])


def test_decided_items_and_unknown_workflows_are_left_alone(url: str) -> None:
    async def go():
        rig = Rig(url)
        await rig.hold("rev_done", state="approved")
        await rig.hold("rev_gone", workflow="deleted-workflow")
        actions = await rig.sweep_at(10 * 86400)
        await rig.store.close()
        return actions
    assert asyncio.run(go()) == []


def test_a_reviewer_who_changed_the_item_first_wins_the_race(url: str) -> None:
    class StaleStore:
        """Returns the pending list as read before a reviewer's decision landed."""

        def __init__(self, store: SqliteStore, stale: list[ReviewItem]) -> None:
            self._store, self._stale = store, stale

        async def list_reviews(self, state: str | None = None) -> list[ReviewItem]:
            return self._stale

        def __getattr__(self, name: str):
            return getattr(self._store, name)

    async def go():
        rig = Rig(url)
        await rig.hold("rev_r")
        stale = await rig.store.list_reviews("pending")
        decided = await rig.store.get_review("rev_r")
        decided.state = "approved"
        assert await rig.store.update_review(decided, decided.version)
        rig.reviews.store = StaleStore(rig.store, stale)
        actions = await rig.sweep_at(7200)
        item, events = await rig.store.get_review("rev_r"), await rig.events()
        await rig.store.close()
        return actions, item, events
    actions, item, events = asyncio.run(go())
    assert actions == [] and item.state == "approved" and events == []


def test_the_background_loop_runs_the_sweep(url: str) -> None:
    async def go():
        rig = Rig(url)
        await rig.hold("rev_b")
        rig.clock.now = T0 + 600
        swept = asyncio.Event()

        async def step():
            actions = await rig.escalator.sweep()
            if actions:
                swept.set()
        loop = Every("escalation", 0.01, step)
        await loop.start()
        await asyncio.wait_for(swept.wait(), 10)
        await loop.stop()
        item = await rig.store.get_review("rev_b")
        await rig.store.close()
        return item
    assert asyncio.run(go()).data["escalated"] is True


def test_the_sweep_settings_are_configurable() -> None:
    assert SETTINGS.escalation.interval == 5.0
    hooks = SETTINGS.notifications.webhooks
    assert hooks == (Webhook(url="http://127.0.0.1:9/hook", secret="whsec-0123456789abcdef"),)
    assert NotificationSettings().max_attempts == 8
