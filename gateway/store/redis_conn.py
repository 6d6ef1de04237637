"""The Redis store's connection: one client (pool) per event loop, the key prefix, redis errors
turned into StoreUnavailable, and optimistic transactions (WATCH ... MULTI/EXEC) with bounded retries."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis.asyncio as aioredis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError, WatchError

from gateway.errors import StoreUnavailable

T = TypeVar("T")
DEFAULT_PREFIX = "gateway:"
MAX_TRIES = 100  # optimistic transactions: give up (StoreUnavailable) after this many conflicts


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def split_url(url: str) -> tuple[str, str, str]:
    """(the URL redis-py connects with, the key prefix from `?prefix=`, the URL without its password)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    prefix = next((v for k, v in query if k == "prefix"), DEFAULT_PREFIX)
    rest = urlencode([(k, v) for k, v in query if k != "prefix"])
    connect = urlunsplit(parts._replace(query=rest))
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username or ''}:***@{netloc.rpartition('@')[2]}"
    shown = urlunsplit(parts._replace(netloc=netloc))
    return connect, prefix, shown


class RedisConn:
    """Built once per store; the pool is (re)built lazily for the running event loop, since an
    asyncio connection cannot outlive the loop it was opened on (the CLI runs one loop per command)."""

    def __init__(self, url: str) -> None:
        self._connect_url, self.prefix, self.shown_url = split_url(url)
        parts = urlsplit(self._connect_url)
        self._where = f"{parts.hostname or 'localhost'}:{parts.port or 6379}"
        self._client: aioredis.Redis | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._chain_lock: asyncio.Lock | None = None

    def key(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    @property
    def client(self) -> aioredis.Redis:
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            self._client = aioredis.Redis.from_url(self._connect_url, decode_responses=True,
                                                   socket_connect_timeout=5, socket_timeout=10)
            self._loop, self._chain_lock = loop, asyncio.Lock()
        return self._client

    @property
    def chain_lock(self) -> asyncio.Lock:
        """Serializes this process's own appends, so only other replicas make a WATCH fail."""
        self.client  # noqa: B018 - binds the lock to the running loop
        assert self._chain_lock is not None
        return self._chain_lock

    @asynccontextmanager
    async def guard(self, what: str) -> AsyncIterator[None]:
        try:
            yield
        except WatchError:
            raise
        except (RedisError, OSError) as exc:
            raise StoreUnavailable(f"redis store at {self._where} unavailable ({what}): "
                                   f"{exc.__class__.__name__}") from exc

    async def run(self, what: str, work: Callable[[aioredis.Redis], Awaitable[T]]) -> T:
        async with self.guard(what):
            return await work(self.client)

    async def optimistic(self, what: str, watch: list[str], attempt: Callable[[Pipeline], Awaitable[T]]) -> T:
        """WATCH `watch`, then `attempt(pipe)`: it reads (immediate mode), calls pipe.multi(), queues
        writes and executes. A concurrent change to a watched key retries it from the start."""
        for tries in range(MAX_TRIES):
            async with self.guard(what), self.client.pipeline(transaction=True) as pipe:
                await pipe.watch(*watch)
                try:
                    return await attempt(pipe)
                except WatchError:
                    pass
            await asyncio.sleep(random.uniform(0, min(0.05, 0.0005 * 2 ** min(tries, 10))))
        raise StoreUnavailable(f"redis store at {self._where}: {what} conflicted with other writers "
                               f"{MAX_TRIES} times in a row; gave up")

    async def close(self) -> None:
        client, loop = self._client, self._loop
        self._client = self._loop = self._chain_lock = None
        if client is not None and loop is asyncio.get_running_loop():
            await client.aclose()
