"""Redis store: what several gateway processes or replicas share (keys, one audit chain, review
items, shared values, the webhook outbox), every key under one prefix (`?prefix=`, default
`gateway:`). Multi-key writes are WATCH/MULTI transactions, so replicas never see half a write."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import asdict

import redis.asyncio as aioredis
from redis.asyncio.client import Pipeline

from gateway.errors import Conflict
from gateway.store.base import KeyRecord, ReviewItem
from gateway.store.redis_audit import RedisAuditChain
from gateway.store.redis_conn import RedisConn, dumps
from gateway.store.redis_outbox import RedisOutbox


class RedisStore:
    def __init__(self, url: str) -> None:
        self._conn = RedisConn(url)
        self.url = self._conn.shown_url  # never the password
        self.prefix = self._conn.prefix
        self._audit = RedisAuditChain(self._conn)
        self._outbox = RedisOutbox(self._conn)
        key = self._conn.key
        self._keys, self._keys_n = key("keys"), key("keys", "n")
        self._reviews, self._reviews_n = key("reviews"), key("reviews", "n")

    async def ping(self) -> None:
        await self._conn.run("ping", lambda c: c.ping())

    async def close(self) -> None:
        await self._conn.close()

    # -- keys ----------------------------------------------------------------------------------
    def _key(self, key_id: str) -> str:
        return self._conn.key("key", key_id)

    async def put_key(self, key: KeyRecord) -> None:
        await self._insert("key", self._key(key.id), dumps(key.to_json()), key.id, self._keys, self._keys_n)

    async def get_key(self, key_id: str) -> KeyRecord | None:
        body = await self._conn.run("key read", lambda c: c.get(self._key(key_id)))
        return KeyRecord.from_json(json.loads(body)) if body else None

    async def list_keys(self) -> list[KeyRecord]:
        return [KeyRecord.from_json(json.loads(b)) for b in await self._ordered(self._keys, self._key)]

    async def revoke_key(self, key_id: str, at: float) -> bool:
        name = self._key(key_id)

        async def attempt(pipe: Pipeline) -> bool:
            raw = await pipe.get(name)
            if raw is None:
                return False
            body = json.loads(raw)
            if body.get("revoked") is None:
                body["revoked"] = at
                pipe.multi()
                pipe.set(name, dumps(body))
                await pipe.execute()
            return True
        return await self._conn.optimistic("key revoke", [name], attempt)

    # -- the audit chain -----------------------------------------------------------------------
    async def append_audit(self, entries: Sequence[dict]) -> list[dict]:
        return await self._audit.append(entries)

    def audit_records(self, since_seq: int = 0) -> AsyncIterator[dict]:
        return self._audit.records(since_seq)

    async def audit_for_request(self, request_id: str) -> list[dict]:
        return await self._audit.for_request(request_id)

    # -- review items --------------------------------------------------------------------------
    def _review(self, review_id: str) -> str:
        return self._conn.key("review", review_id)

    def _state(self, state: str) -> str:
        return self._conn.key("reviews", "state", state)

    async def put_review(self, item: ReviewItem) -> None:
        await self._insert("review", self._review(item.id), dumps(asdict(item)), item.id, self._reviews,
                           self._reviews_n, also=self._state(item.state))

    async def get_review(self, review_id: str) -> ReviewItem | None:
        body = await self._conn.run("review read", lambda c: c.get(self._review(review_id)))
        return ReviewItem(**json.loads(body)) if body else None

    async def update_review(self, item: ReviewItem, expected_version: int) -> bool:
        """Compare-and-set on `version`: a stale copy (someone updated it since) changes nothing."""
        item.version = expected_version + 1
        name, body = self._review(item.id), dumps(asdict(item))

        async def attempt(pipe: Pipeline) -> bool:
            raw = await pipe.get(name)
            if raw is None:
                return False
            stored = json.loads(raw)
            if stored.get("version") != expected_version:
                return False
            order = await pipe.zscore(self._reviews, item.id)
            pipe.multi()
            pipe.set(name, body)
            if stored.get("state") != item.state:
                pipe.zrem(self._state(stored["state"]), item.id)
            pipe.zadd(self._state(item.state), {item.id: order or 0})
            await pipe.execute()
            return True
        return await self._conn.optimistic("review update", [name], attempt)

    async def list_reviews(self, state: str | None = None) -> list[ReviewItem]:
        index = self._reviews if state is None else self._state(state)
        return [ReviewItem(**json.loads(b)) for b in await self._ordered(index, self._review)]

    # -- shared values -------------------------------------------------------------------------
    def _value(self, name: str) -> str:
        return self._conn.key("kv", name)

    async def get_value(self, name: str) -> str | None:
        return await self._conn.run("value read", lambda c: c.get(self._value(name)))

    async def set_value_if_absent(self, name: str, value: str) -> str:
        async def work(client: aioredis.Redis) -> str:
            async with client.pipeline(transaction=True) as pipe:
                pipe.set(self._value(name), value, nx=True)
                pipe.get(self._value(name))
                return (await pipe.execute())[1]
        return await self._conn.run("value write", work)

    async def set_value(self, name: str, value: str) -> None:
        await self._conn.run("value write", lambda c: c.set(self._value(name), value))

    # -- the notification outbox ---------------------------------------------------------------
    async def outbox_put(self, entries: Sequence[dict]) -> None:
        await self._outbox.put(entries)

    async def outbox_claim(self, now: float, limit: int, lease: float) -> list[dict]:
        return await self._outbox.claim(now, limit, lease)

    async def outbox_mark(self, entry_id: str, state: str, attempts: int, next_attempt: float,
                          error: str | None = None) -> None:
        await self._outbox.mark(entry_id, state, attempts, next_attempt, error)

    async def outbox_list(self, state: str | None = None) -> list[dict]:
        return await self._outbox.list(state)

    # -- helpers -------------------------------------------------------------------------------
    async def _insert(self, what: str, name: str, body: str, item_id: str, index: str, counter: str,
                      also: str | None = None) -> None:
        """Write a new JSON value and add its id to `index` (and `also`) in creation order, at once;
        an id that exists already is a Conflict, as a primary key would be."""
        async def attempt(pipe: Pipeline) -> None:
            if await pipe.exists(name):
                raise Conflict(f"{what} id already exists")
            order = int(await pipe.incr(counter))
            pipe.multi()
            pipe.set(name, body)
            for zset in (index, also) if also else (index,):
                pipe.zadd(zset, {item_id: order})
            await pipe.execute()
        await self._conn.optimistic(f"{what} write", [name], attempt)

    async def _ordered(self, index: str, name_of: Callable[[str], str]) -> list[str]:
        """The JSON values whose ids `index` holds, in its order."""
        async def work(client: aioredis.Redis) -> list[str | None]:
            ids = await client.zrange(index, 0, -1)
            return await client.mget([name_of(i) for i in ids]) if ids else []
        return [b for b in await self._conn.run(f"read {index}", work) if b is not None]
