"""The audit chain on Redis: one list of sealed records (index = seq - 1), a head key {seq, hash} and
a list of seqs per request id. Replicas append with WATCH on the head, so the chain never forks."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence

import redis.asyncio as aioredis
from redis.asyncio.client import Pipeline

from gateway.chain import GENESIS, seal
from gateway.store.redis_conn import RedisConn, dumps

PAGE = 500


class RedisAuditChain:
    def __init__(self, conn: RedisConn) -> None:
        self.conn = conn
        self.head, self.log = conn.key("audit", "head"), conn.key("audit", "log")

    def _by_request(self, request_id: str) -> str:
        return self.conn.key("audit", "request", request_id)

    async def append(self, entries: Sequence[dict]) -> list[dict]:
        """Read the head under WATCH, seal in Python (SHA-256 over JCS), then MULTI: RPUSH the
        records, index them, move the head; EXEC. Another replica moving the head first makes EXEC
        fail and the whole append starts again from the new head."""
        if not entries:
            return []

        async def attempt(pipe: Pipeline) -> list[dict]:
            raw = await pipe.get(self.head)
            head = json.loads(raw) if raw else {"seq": 0, "hash": GENESIS}
            seq, prev = int(head["seq"]), str(head["hash"])
            sealed = []
            for entry in entries:
                seq += 1
                record = seal(entry, seq, prev)
                prev = record["hash"]
                sealed.append(record)
            pipe.multi()
            pipe.rpush(self.log, *(dumps(r) for r in sealed))
            for record in sealed:
                if record.get("request_id") is not None:
                    pipe.rpush(self._by_request(str(record["request_id"])), record["seq"])
            pipe.set(self.head, dumps({"seq": seq, "hash": prev}))
            await pipe.execute()
            return sealed

        async with self.conn.chain_lock:
            return await self.conn.optimistic("audit append", [self.head], attempt)

    async def records(self, since_seq: int = 0) -> AsyncIterator[dict]:
        """Records after `since_seq` in chain order, read a page of PAGE at a time."""
        start = max(since_seq, 0)
        while True:
            rows = await self.conn.run("audit read", lambda c, first=start: c.lrange(self.log, first, first + PAGE - 1))
            for row in rows:
                yield json.loads(row)
            start += len(rows)
            if len(rows) < PAGE:
                return

    async def for_request(self, request_id: str) -> list[dict]:
        async def work(client: aioredis.Redis) -> list[str]:
            seqs = await client.lrange(self._by_request(request_id), 0, -1)
            if not seqs:
                return []
            async with client.pipeline(transaction=False) as pipe:
                for seq in seqs:
                    pipe.lindex(self.log, int(seq) - 1)
                return await pipe.execute()
        rows = await self.conn.run("audit read", work)
        return [json.loads(row) for row in rows if row is not None]
