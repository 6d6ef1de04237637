"""Stores behind one protocol, chosen by URL scheme: sqlite:/// (embedded) or redis:// (replicas)."""

from __future__ import annotations

from gateway.store.base import KeyRecord, ReviewItem, Store

__all__ = ["KeyRecord", "ReviewItem", "Store", "open_store"]


def open_store(url: str) -> Store:
    if url.startswith("sqlite:///"):
        from gateway.store.sqlite import SqliteStore

        return SqliteStore(url)
    if url.startswith(("redis://", "rediss://")):
        from gateway.store.redis import RedisStore

        return RedisStore(url)
    raise ValueError(f"unsupported store URL {url!r}: use sqlite:///PATH or redis://HOST:PORT/DB")
