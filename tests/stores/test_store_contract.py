"""The Store contract, run against every backend: keys, the audit chain, review items, shared
values and the webhook outbox behave the same whichever store serves them. Each backend in
`BACKENDS` (conftest.py) opens handles on one fresh store (SQLite: a new file; Redis: a flushed
database on the session's redis-server); several handles on one backend stand for replicas."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from gateway.chain import GENESIS, verify
from gateway.store import KeyRecord, ReviewItem, Store

pytestmark = pytest.mark.asyncio


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


async def test_paging_from_any_seq_crosses_page_boundaries(store):
    for start in range(0, 1100, 275):
        await store.append_audit([entry(n) for n in range(start + 1, start + 276)])

    for since, first in ((0, 1), (499, 500), (500, 501), (501, 502), (1000, 1001)):
        got = [r["seq"] for r in await records(store, since)]
        assert got == list(range(first, 1101)), since
    assert await records(store, 1100) == []
    assert verify(await records(store)) == (1100, None)


async def test_appending_nothing_changes_nothing(store):
    (first,) = await store.append_audit([entry(1)])

    assert await store.append_audit([]) == []
    (second,) = await store.append_audit([entry(2)])
    assert (second["seq"], second["prev_hash"]) == (2, first["hash"])


async def test_concurrent_batches_from_several_replicas_form_one_intact_chain(open_store):
    replicas = [open_store() for _ in range(4)]
    batches = [[entry(n * 10 + i, f"req_{n % 7}") for i in range(1 + n % 3)] for n in range(60)]
    results = await asyncio.gather(*(replicas[n % 4].append_audit(b) for n, b in enumerate(batches)))

    chain = await records(replicas[0])
    assert verify(chain) == (sum(map(len, batches)), None)
    assert sorted(r["hash"] for batch in results for r in batch) == sorted(r["hash"] for r in chain)
    for batch in results:  # a batch is sealed as one run of consecutive seqs
        assert [r["seq"] for r in batch] == list(range(batch[0]["seq"], batch[0]["seq"] + len(batch)))
    by_request = await replicas[1].audit_for_request("req_3")
    assert by_request == [r for r in chain if r["request_id"] == "req_3"]


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


async def test_a_review_id_cannot_be_reused(store):
    item = review()
    await store.put_review(item)

    with pytest.raises(Exception):  # noqa: B017 - each backend has its own error
        await store.put_review(review(id=item.id, workflow="other"))
    assert (await store.get_review(item.id)).workflow == "access-review"


async def test_an_update_moves_the_item_between_state_listings_in_place(store):
    items = [review(), review(), review()]
    for item in items:
        await store.put_review(item)
    middle = await store.get_review(items[1].id)

    middle.state = "approved"
    assert await store.update_review(middle, expected_version=0) is True
    assert [i.id for i in await store.list_reviews("pending")] == [items[0].id, items[2].id]
    assert [i.id for i in await store.list_reviews("approved")] == [items[1].id]
    assert [i.id for i in await store.list_reviews()] == [i.id for i in items]
    assert (await store.list_reviews("approved"))[0].version == 1


async def test_updating_a_missing_review_fails(store):
    assert await store.update_review(review(), expected_version=0) is False
    assert await store.list_reviews() == []


async def test_concurrent_updates_from_two_replicas_let_exactly_one_win(open_store):
    first, second = open_store(), open_store()
    item = review()
    await first.put_review(item)
    copies = [await h.get_review(item.id) for h in (first, second) * 4]
    for n, copy in enumerate(copies):
        copy.state, copy.data = ("approved", "rejected")[n % 2], {"by": n}

    won = await asyncio.gather(*((first, second)[n % 2].update_review(c, 0) for n, c in enumerate(copies)))
    assert won.count(True) == 1
    stored = await second.get_review(item.id)
    winner = copies[won.index(True)]
    assert (stored.state, stored.data, stored.version) == (winner.state, winner.data, 1)
    assert [i.id for i in await first.list_reviews(winner.state)] == [item.id]
    assert await first.list_reviews("pending") == []


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


async def test_set_value_overwrites_and_wins_over_if_absent(store):
    await store.set_value("settings", "one")
    await store.set_value("settings", "two ünïcødé")

    assert await store.get_value("settings") == "two ünïcødé"
    assert await store.set_value_if_absent("settings", "three") == "two ünïcødé"
