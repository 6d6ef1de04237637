"""The webhook outbox on Redis: one JSON value per entry, a sorted set in insertion order and a
sorted set of pending entries by due time; a claim leases entries inside one WATCH/MULTI."""

from __future__ import annotations

import json
from collections.abc import Sequence

import redis.asyncio as aioredis
from redis.asyncio.client import Pipeline

from gateway.errors import Conflict
from gateway.store.redis_conn import RedisConn, dumps


class RedisOutbox:
    def __init__(self, conn: RedisConn) -> None:
        self.conn = conn
        self.order, self.due, self.counter = conn.key("outbox"), conn.key("outbox", "due"), conn.key("outbox", "n")

    def _entry(self, entry_id: str) -> str:
        return self.conn.key("outbox", "entry", entry_id)

    async def put(self, entries: Sequence[dict]) -> None:
        if not entries:
            return
        rows = [{"attempts": 0, "error": None, **e, "state": e.get("state", "pending")} for e in entries]
        keys = [self._entry(row["id"]) for row in rows]

        async def attempt(pipe: Pipeline) -> None:
            if await pipe.exists(*keys):
                raise Conflict("outbox entry id already exists")
            last = int(await pipe.incrby(self.counter, len(rows)))
            pipe.multi()
            for n, (key, row) in enumerate(zip(keys, rows, strict=True)):
                pipe.set(key, dumps(row))
                pipe.zadd(self.order, {row["id"]: last - len(rows) + n + 1})
                if row["state"] == "pending":
                    pipe.zadd(self.due, {row["id"]: float(row.get("next_attempt", 0.0))})
            await pipe.execute()
        await self.conn.optimistic("outbox put", keys, attempt)

    async def claim(self, now: float, limit: int, lease: float) -> list[dict]:
        """Pending entries due at `now`, oldest first, each leased until now + lease; returned as
        they were before the lease. Two deliverers claiming at once: one EXEC wins, one retries."""
        async def attempt(pipe: Pipeline) -> list[dict]:
            ids = await pipe.zrangebyscore(self.due, "-inf", now, start=0, num=limit)
            if not ids:
                return []
            keys = [self._entry(i) for i in ids]
            await pipe.watch(self.due, *keys)
            bodies = await pipe.mget(keys)
            pipe.multi()
            claimed = []
            for entry_id, key, body in zip(ids, keys, bodies, strict=True):
                entry = json.loads(body) if body else None
                if entry is None or entry.get("state") != "pending":
                    pipe.zrem(self.due, entry_id)
                    continue
                pipe.zadd(self.due, {entry_id: now + lease})
                pipe.set(key, dumps({**entry, "next_attempt": now + lease}))
                claimed.append(entry)
            await pipe.execute()
            return claimed
        return await self.conn.optimistic("outbox claim", [self.due], attempt)

    async def mark(self, entry_id: str, state: str, attempts: int, next_attempt: float,
                   error: str | None = None) -> None:
        key = self._entry(entry_id)

        async def attempt(pipe: Pipeline) -> None:
            body = await pipe.get(key)
            if body is None:
                return
            entry = json.loads(body) | {"state": state, "attempts": attempts, "next_attempt": next_attempt,
                                        "error": error}
            pipe.multi()
            pipe.set(key, dumps(entry))
            if state == "pending":
                pipe.zadd(self.due, {entry_id: next_attempt})
            else:
                pipe.zrem(self.due, entry_id)
            await pipe.execute()
        await self.conn.optimistic("outbox mark", [key], attempt)

    async def list(self, state: str | None = None) -> list[dict]:
        async def work(client: aioredis.Redis) -> list[str | None]:
            ids = await client.zrange(self.order, 0, -1)
            return await client.mget([self._entry(i) for i in ids]) if ids else []
        entries = [json.loads(b) for b in await self.conn.run("outbox read", work) if b is not None]
        return entries if state is None else [e for e in entries if e.get("state") == state]
