"""The Store contract, run against every backend: keys, the audit chain, review items, shared
values and the webhook outbox behave the same whichever store serves them. Each backend in
`BACKENDS` opens handles on one fresh store (SQLite: a new file; Redis: a flushed database on the
session's redis-server); several handles on one backend stand for replicas or the CLI."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable

import pytest
import pytest_asyncio
import redis

from gateway.chain import GENESIS, verify
from gateway.store import KeyRecord, ReviewItem, Store, open_store
from gateway.store.sqlite import SqliteStore

pytestmark = pytest.mark.asyncio


def sqlite_backend(request: pytest.FixtureRequest, tmp_path) -> Callable[[], Store]:
    url = f"sqlite:///{tmp_path / 'contract.db'}"
    return lambda: SqliteStore(url)


def redis_backend(request: pytest.FixtureRequest, tmp_path) -> Callable[[], Store]:
    url = f"{request.getfixturevalue('redis_server')}/0"
    with redis.Redis.from_url(url) as client:
        client.flushdb()
    return lambda: open_store(url)


BACKENDS = {"sqlite": sqlite_backend, "redis": redis_backend}


@pytest_asyncio.fixture(params=sorted(BACKENDS), name="open_store")
async def open_handles(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[Callable[[], Store]]:
    """Opens handles on one fresh backend (several handles share it, like replicas or the CLI)."""
    opener = BACKENDS[request.param](request, tmp_path)
    handles: list[Store] = []

    def open_() -> Store:
        handles.append(opener())
        return handles[-1]
    yield open_
    for handle in handles:
        await handle.close()


@pytest.fixture
def store(open_store) -> Store:
    return open_store()


def key(key_id: str = "", **fields) -> KeyRecord:
    values = {"id": key_id or uuid.uuid4().hex[:12], "secret_hash": "ab" * 32, "workflow": "ticket-summary",
              "name": "bot", "models": ("wire",), "on_behalf_of": "carol", "created": 100.0, "expires": 200.0}
    return KeyRecord(**{**values, **fields})


def entry(n: int, request_id: str | None = None) -> dict:
    return {"schema_version": 1, "id": uuid.uuid4().hex, "ts": "2025-01-01T00:00:00.000000Z", "event": "call",
            "request_id": request_id or f"req_{n}", "n": n, "nested": {"text": "ünïcødé", "list": [1, 2.5, None]}}


async def records(store: Store, since: int = 0) -> list[dict]:
    return [r async for r in store.audit_records(since)]


# -- liveness ------------------------------------------------------------------------------------
async def test_ping_and_url(store):
    await store.ping()
    assert isinstance(store.url, str) and "://" in store.url


# -- keys ----------------------------------------------------------------------------------------
async def test_a_key_round_trips(store):
    record = key(kind="agent", principal=None)
    await store.put_key(record)

    assert await store.get_key(record.id) == record
    assert await store.get_key("000000000000") is None


async def test_keys_are_listed(store):
    first, second = key(), key(workflow="triage", models=())
    await store.put_key(first)
    await store.put_key(second)

    assert sorted(await store.list_keys(), key=lambda k: k.id) == sorted([first, second], key=lambda k: k.id)


async def test_a_key_id_cannot_be_reused(store):
    record = key()
    await store.put_key(record)

    with pytest.raises(Exception):  # noqa: B017 - each backend has its own error; StoreUnavailable for sqlite
        await store.put_key(key(record.id, name="impostor"))
    assert (await store.get_key(record.id)).name == "bot"


async def test_revoking_a_key_is_idempotent_and_keeps_the_first_time(store):
    record = key()
    await store.put_key(record)

    assert await store.revoke_key(record.id, 150.0) is True
    assert await store.revoke_key(record.id, 175.0) is True
    assert (await store.get_key(record.id)).revoked == 150.0
    assert await store.revoke_key("000000000000", 150.0) is False


# -- the audit chain -----------------------------------------------------------------------------
async def test_appends_are_sealed_onto_one_chain(store):
    (first,) = await store.append_audit([entry(1)])
    second, third = await store.append_audit([entry(2), entry(3)])

    assert (first["seq"], first["prev_hash"]) == (1, GENESIS)
    assert (second["seq"], second["prev_hash"]) == (2, first["hash"])
    assert (third["seq"], third["prev_hash"]) == (3, second["hash"])
    assert await records(store) == [first, second, third]
    assert verify(await records(store)) == (3, None)


async def test_records_come_back_exactly_as_sealed(store):
    (sealed,) = await store.append_audit([entry(1)])

    (stored,) = await records(store)
    assert stored == sealed and stored["nested"] == {"text": "ünïcødé", "list": [1, 2.5, None]}


async def test_records_since_a_seq(store):
    await store.append_audit([entry(n) for n in range(1, 6)])

    assert [r["seq"] for r in await records(store, 3)] == [4, 5]
    assert await records(store, 5) == []


async def test_many_records_are_all_read_back_in_order(store):
    await store.append_audit([entry(n) for n in range(1, 1201)])

    assert [r["n"] for r in await records(store)] == list(range(1, 1201))


async def test_records_by_request(store):
    await store.append_audit([entry(1, "req_a"), entry(2, "req_b"), entry(3, "req_a")])

    assert [r["n"] for r in await store.audit_for_request("req_a")] == [1, 3]
    assert await store.audit_for_request("req_none") == []


async def test_concurrent_appends_never_fork_the_chain(store):
    await asyncio.gather(*(store.append_audit([entry(n)]) for n in range(50)))

    assert verify(await records(store)) == (50, None)


async def test_two_handles_on_one_backend_share_one_chain(open_store):
    first, second = open_store(), open_store()
    for n in range(10):
        await (first if n % 2 else second).append_audit([entry(n)])
    await asyncio.gather(*(h.append_audit([entry(n)]) for n in range(10) for h in (first, second)))

    assert verify(await records(first)) == (30, None)
    assert await records(first) == await records(second)


# -- review items --------------------------------------------------------------------------------
def review(state: str = "pending", **fields) -> ReviewItem:
    values = {"id": f"rev_{uuid.uuid4().hex[:8]}", "request_id": "req_1", "state": state, "created": 10.0,
              "workflow": "access-review", "data": {"answer_digest": "00" * 32, "findings": [{"kind": "pii"}]}}
    return ReviewItem(**{**values, **fields})


async def test_a_review_item_round_trips(store):
    item = review()
    await store.put_review(item)

    assert await store.get_review(item.id) == item
    assert await store.get_review("rev_missing") is None


async def test_review_updates_are_guarded_by_version(store):
    item = review()
    await store.put_review(item)
    fresh, stale = await store.get_review(item.id), await store.get_review(item.id)

    fresh.state, fresh.updated = "approved", 20.0
    assert await store.update_review(fresh, expected_version=0) is True
    stale.state = "rejected"
    assert await store.update_review(stale, expected_version=0) is False
    stored = await store.get_review(item.id)
    assert (stored.state, stored.version, stored.updated) == ("approved", 1, 20.0)


async def test_reviews_are_listed_by_state_in_creation_order(store):
    items = [review(), review("approved"), review()]
    for item in items:
        await store.put_review(item)

    assert [i.id for i in await store.list_reviews()] == [i.id for i in items]
    assert [i.id for i in await store.list_reviews("pending")] == [items[0].id, items[2].id]
    assert await store.list_reviews("expired") == []


# -- shared values -------------------------------------------------------------------------------
async def test_set_value_if_absent_keeps_the_first_value(store):
    assert await store.get_value("signing-key") is None
    assert await store.set_value_if_absent("signing-key", "first") == "first"
    assert await store.set_value_if_absent("signing-key", "second") == "first"
    assert await store.get_value("signing-key") == "first"


async def test_concurrent_set_value_if_absent_agrees_on_one_value(open_store):
    first, second = open_store(), open_store()
    results = await asyncio.gather(*(h.set_value_if_absent("k", f"v{i}") for i, h in enumerate([first, second] * 5)))

    assert len(set(results)) == 1
