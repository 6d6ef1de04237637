"""What only the Redis store has: the URL scheme, the key prefix, a URL whose password never shows,
redis failures as StoreUnavailable, bounded optimistic retries, and a store used from several loops."""

from __future__ import annotations

import asyncio
import socket
import uuid

import pytest
import redis
from redis.exceptions import WatchError

from gateway.errors import StoreUnavailable
from gateway.store import KeyRecord, ReviewItem, open_store, redis_conn
from gateway.store.redis import RedisStore

DB = 2  # the contract uses 0 and the gateway test 1


def entry_for(request_id: str) -> dict:
    return {"schema_version": 1, "id": uuid.uuid4().hex, "event": "call", "request_id": request_id}


@pytest.fixture
def url(redis_server: str) -> str:
    with redis.Redis.from_url(f"{redis_server}/{DB}") as client:
        client.flushdb()
    return f"{redis_server}/{DB}"


def keys_in(url: str) -> list[str]:
    with redis.Redis.from_url(url, decode_responses=True) as client:
        return sorted(client.scan_iter())


async def exercise(store: RedisStore) -> None:
    await store.put_key(KeyRecord("k1", "ab" * 32, "wf", "bot", ("m",), None, 1.0, 2.0))
    await store.append_audit([entry_for("req_1"), entry_for("req_2")])
    await store.put_review(ReviewItem("rev_1", "req_1", "pending", 1.0, "wf"))
    await store.set_value("shared", "x")
    await store.outbox_put([{"id": "ntf_1", "url": "https://h", "event": "e", "body": "{}", "next_attempt": 0.0}])


def test_redis_urls_open_the_redis_store() -> None:
    assert isinstance(open_store("redis://127.0.0.1:6379/0"), RedisStore)
    assert isinstance(open_store("rediss://cache.example:6380/1"), RedisStore)


def test_the_url_never_shows_the_password() -> None:
    store = open_store("redis://gw:s3cret-pass@cache.example:6380/3?prefix=prod:")

    assert "s3cret-pass" not in store.url and store.url.startswith("redis://gw:***@cache.example:6380/3")
    assert store.prefix == "prod:"


@pytest.mark.asyncio
async def test_every_key_lives_under_the_default_prefix(url: str) -> None:
    store = RedisStore(url)
    await exercise(store)
    await store.close()

    found = keys_in(url)
    assert found and all(k.startswith("gateway:") for k in found)


@pytest.mark.asyncio
async def test_prefixes_keep_gateways_on_one_database_apart(url: str) -> None:
    blue, green = RedisStore(f"{url}?prefix=blue:"), RedisStore(f"{url}?prefix=green:")
    await exercise(blue)
    await green.set_value("shared", "y")

    assert await green.get_value("shared") == "y" and await blue.get_value("shared") == "x"
    assert [r async for r in green.audit_records()] == [] and await green.list_keys() == []
    assert len([r async for r in blue.audit_records()]) == 2
    assert all(k.startswith(("blue:", "green:")) for k in keys_in(url))
    await blue.close()
    await green.close()


@pytest.mark.asyncio
async def test_an_unreachable_server_is_store_unavailable_without_the_password(redis_server: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket is closed
    store = RedisStore(f"redis://gw:s3cret-pass@127.0.0.1:{port}/0")
    for call in (store.ping(), store.get_key("k"), store.append_audit([entry_for("req")])):
        with pytest.raises(StoreUnavailable) as caught:
            await call
        assert "s3cret-pass" not in str(caught.value) and caught.value.status == 503
    await store.close()


@pytest.mark.asyncio
async def test_a_redis_error_is_store_unavailable(url: str) -> None:
    store = RedisStore(url)
    with redis.Redis.from_url(url) as client:
        client.rpush("gateway:kv:shared", "not a string")

    with pytest.raises(StoreUnavailable, match="WRONGTYPE|ResponseError"):
        await store.get_value("shared")
    await store.close()


@pytest.mark.asyncio
async def test_endless_conflicts_give_up_as_store_unavailable(url: str, monkeypatch) -> None:
    monkeypatch.setattr(redis_conn, "MAX_TRIES", 5)
    store, tries = RedisStore(url), []

    async def always_conflicts(pipe) -> None:
        tries.append(1)
        raise WatchError("watched key changed")

    with pytest.raises(StoreUnavailable, match="conflicted"):
        await store._conn.optimistic("test write", [store._conn.key("x")], always_conflicts)
    assert len(tries) == 5
    await store.close()


def test_one_store_serves_several_event_loops_in_turn(url: str) -> None:
    store = RedisStore(url)  # as the CLI does: one asyncio.run per command

    asyncio.run(store.set_value("a", "1"))
    asyncio.run(store.append_audit([entry_for("req_1")]))
    assert asyncio.run(store.get_value("a")) == "1"
    assert [r["seq"] for r in asyncio.run(store.audit_for_request("req_1"))] == [1]
    asyncio.run(store.close())
