"""The Store contract for the webhook outbox, on every backend: entries are put in one write,
claimed when due (oldest first) under a lease, marked after each attempt, and listed."""

from __future__ import annotations

import asyncio
import uuid

import pytest

pytestmark = pytest.mark.asyncio
LEASE = 30.0


def notice(due: float, event: str = "review.decided") -> dict:
    return {"id": f"ntf_{uuid.uuid4().hex}", "event_id": f"evt_{uuid.uuid4().hex}", "event": event,
            "url": "https://hooks.example/ünï", "body": '{"a":1}', "created": 1.0, "next_attempt": due}


async def test_entries_are_listed_as_put_with_their_defaults(store):
    first, second = notice(10.0), notice(5.0, "review.escalated")
    await store.outbox_put([first, second])

    listed = await store.outbox_list()
    assert listed == [{"attempts": 0, "error": None, **first, "state": "pending"},
                      {"attempts": 0, "error": None, **second, "state": "pending"}]
    assert await store.outbox_list("pending") == listed
    assert await store.outbox_list("delivered") == []


async def test_a_claim_takes_due_entries_oldest_first_up_to_the_limit(store):
    late, early, middle, future = notice(30.0), notice(10.0), notice(20.0), notice(100.0)
    await store.outbox_put([late, early, middle, future])

    claimed = await store.outbox_claim(50.0, 2, LEASE)
    assert [e["id"] for e in claimed] == [early["id"], middle["id"]]
    assert claimed[0]["next_attempt"] == 10.0  # returned as it was before the lease
    assert [e["id"] for e in await store.outbox_claim(50.0, 10, LEASE)] == [late["id"]]
    assert await store.outbox_claim(50.0, 10, LEASE) == []


async def test_a_lease_hides_an_entry_until_it_runs_out(store):
    item = notice(10.0)
    await store.outbox_put([item])

    assert len(await store.outbox_claim(10.0, 10, LEASE)) == 1
    assert await store.outbox_claim(10.0 + LEASE - 1, 10, LEASE) == []
    (again,) = await store.outbox_claim(10.0 + LEASE, 10, LEASE)  # the deliverer crashed mid-send
    assert (again["id"], again["next_attempt"]) == (item["id"], 10.0 + LEASE)
    (stored,) = await store.outbox_list()
    assert stored["next_attempt"] == 10.0 + 2 * LEASE


async def test_marks_record_each_attempt(store):
    sent, retried, dead = notice(1.0), notice(1.0), notice(1.0)
    await store.outbox_put([sent, retried, dead])
    await store.outbox_claim(1.0, 10, LEASE)

    await store.outbox_mark(sent["id"], "delivered", 1, 1.0)
    await store.outbox_mark(retried["id"], "pending", 1, 60.0, "HTTP 503")
    await store.outbox_mark(dead["id"], "failed", 5, 1.0, "ClientConnectorError")
    await store.outbox_mark("ntf_missing", "delivered", 1, 1.0)  # unknown ids are ignored

    assert await store.outbox_claim(59.0, 10, LEASE) == []
    (due,) = await store.outbox_claim(60.0, 10, LEASE)
    assert (due["id"], due["attempts"], due["error"]) == (retried["id"], 1, "HTTP 503")
    assert [e["id"] for e in await store.outbox_list("delivered")] == [sent["id"]]
    (failed,) = await store.outbox_list("failed")
    assert (failed["id"], failed["attempts"], failed["error"]) == (dead["id"], 5, "ClientConnectorError")
    assert [e["id"] for e in await store.outbox_claim(1000.0, 10, LEASE)] == [retried["id"]]  # lease ran out
    assert len(await store.outbox_list()) == 3


async def test_two_deliverers_never_claim_the_same_entry(open_store):
    first, second = open_store(), open_store()
    entries = [notice(float(n)) for n in range(40)]
    await first.outbox_put(entries)

    claims = await asyncio.gather(*((first, second)[n % 2].outbox_claim(100.0, 7, LEASE) for n in range(8)))
    ids = [e["id"] for claim in claims for e in claim]
    assert sorted(ids) == sorted(e["id"] for e in entries)


async def test_putting_nothing_is_allowed(store):
    await store.outbox_put([])

    assert await store.outbox_list() == []
