"""SQLite store (WAL): the embedded default for one gateway process.

Writes go to one writer thread that commits whatever is queued in a single transaction (group
commit), so concurrent calls share a commit; reads use the caller's own connection. The chain
head is read inside the write transaction (BEGIN IMMEDIATE), so a CLI appending at the same time
as the server cannot fork the chain.
"""

from __future__ import annotations

import asyncio
import json
import queue
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any

from gateway.chain import GENESIS, seal
from gateway.errors import StoreUnavailable
from gateway.store.base import KeyRecord, ReviewItem

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, request_id TEXT,
    body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_request ON audit(request_id);
CREATE TABLE IF NOT EXISTS keys (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reviews (id TEXT PRIMARY KEY, request_id TEXT, state TEXT,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reviews_state ON reviews(state);
CREATE TABLE IF NOT EXISTS kv (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (id TEXT PRIMARY KEY, state TEXT NOT NULL, next_attempt REAL NOT NULL,
    body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox(state, next_attempt);
"""
_STOP = object()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SqliteStore:
    def __init__(self, url: str) -> None:
        self.url = url
        path, _, query = url.removeprefix("sqlite:///").partition("?")
        self.path = Path(path)
        self.synchronous = "FULL" if "synchronous=full" in query.lower() else "NORMAL"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._connect() as conn:
            conn.executescript(_SCHEMA)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write_loop, name="sqlite-writer", daemon=True)
        self._writer.start()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={self.synchronous}")
        conn.execute("PRAGMA busy_timeout=10000")
        return conn

    def _reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._reader().execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"store read failed: {exc.__class__.__name__}") from exc

    # -- the writer thread -------------------------------------------------------------------
    async def _write(self, job: Callable[[sqlite3.Connection], Any]) -> Any:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put((job, future, loop))
        return await future

    def _write_loop(self) -> None:
        conn = self._connect()
        while True:
            batch = [self._queue.get()]
            while not self._queue.empty() and len(batch) < 256:
                batch.append(self._queue.get_nowait())
            stop = any(item is _STOP for item in batch)
            jobs = [item for item in batch if item is not _STOP]
            if jobs:
                self._run_batch(conn, jobs)
            if stop:
                conn.close()
                return

    def _run_batch(self, conn: sqlite3.Connection, jobs: list) -> None:
        results: list[tuple[Any, BaseException | None]] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            for job, _, _ in jobs:
                conn.execute("SAVEPOINT job")
                try:
                    results.append((job(conn), None))
                    conn.execute("RELEASE job")
                except Exception as exc:  # one failed job must not sink the batch or the thread
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                    results.append((None, exc))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            results = [(None, exc)] * len(jobs)
        by_loop: dict[asyncio.AbstractEventLoop, list] = {}
        for (_, future, loop), (value, error) in zip(jobs, results, strict=True):
            by_loop.setdefault(loop, []).append((future, value, error))
        for loop, settled in by_loop.items():  # one wake-up per loop and batch, not one per call
            loop.call_soon_threadsafe(_settle_all, settled)

    # -- Store protocol ------------------------------------------------------------------------
    async def ping(self) -> None:
        self._read("SELECT 1")
        if not self._writer.is_alive():
            raise StoreUnavailable("store writer stopped")

    async def close(self) -> None:
        self._queue.put(_STOP)
        await asyncio.to_thread(self._writer.join, 5)

    async def put_key(self, key: KeyRecord) -> None:
        body = _dumps(key.to_json())
        await self._write(lambda c: c.execute("INSERT INTO keys VALUES (?, ?)", (key.id, body)))

    async def get_key(self, key_id: str) -> KeyRecord | None:
        rows = self._read("SELECT body FROM keys WHERE id = ?", (key_id,))
        return KeyRecord.from_json(json.loads(rows[0][0])) if rows else None

    async def list_keys(self) -> list[KeyRecord]:
        return [KeyRecord.from_json(json.loads(b)) for (b,) in self._read("SELECT body FROM keys")]

    async def revoke_key(self, key_id: str, at: float) -> bool:
        def job(conn: sqlite3.Connection) -> bool:
            row = conn.execute("SELECT body FROM keys WHERE id = ?", (key_id,)).fetchone()
            if not row:
                return False
            body = json.loads(row[0])
            if body.get("revoked") is None:
                body["revoked"] = at
                conn.execute("UPDATE keys SET body = ? WHERE id = ?", (_dumps(body), key_id))
            return True
        return await self._write(job)

    async def append_audit(self, entries: Sequence[dict]) -> list[dict]:
        def job(conn: sqlite3.Connection) -> list[dict]:
            row = conn.execute("SELECT seq, body FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            seq, prev = (row[0], json.loads(row[1])["hash"]) if row else (0, GENESIS)
            sealed = []
            for entry in entries:
                seq += 1
                record = seal(entry, seq, prev)
                prev = record["hash"]
                conn.execute("INSERT INTO audit VALUES (?, ?, ?, ?)",
                             (seq, record["id"], record.get("request_id"), _dumps(record)))
                sealed.append(record)
            return sealed
        return await self._write(job)

    async def audit_records(self, since_seq: int = 0) -> AsyncIterator[dict]:
        last = since_seq
        while True:
            rows = self._read("SELECT seq, body FROM audit WHERE seq > ? ORDER BY seq LIMIT 500", (last,))
            for seq, body in rows:
                last = seq
                yield json.loads(body)
            if len(rows) < 500:
                return

    async def audit_for_request(self, request_id: str) -> list[dict]:
        rows = self._read("SELECT body FROM audit WHERE request_id = ? ORDER BY seq", (request_id,))
        return [json.loads(b) for (b,) in rows]

    async def put_review(self, item: ReviewItem) -> None:
        body = _dumps(_review_json(item))
        await self._write(lambda c: c.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?)",
                                              (item.id, item.request_id, item.state, item.version, body)))

    async def get_review(self, review_id: str) -> ReviewItem | None:
        rows = self._read("SELECT body FROM reviews WHERE id = ?", (review_id,))
        return ReviewItem(**json.loads(rows[0][0])) if rows else None

    async def update_review(self, item: ReviewItem, expected_version: int) -> bool:
        item.version = expected_version + 1
        body = _dumps(_review_json(item))

        def job(conn: sqlite3.Connection) -> bool:
            cur = conn.execute("UPDATE reviews SET state = ?, version = ?, body = ? WHERE id = ? AND version = ?",
                               (item.state, item.version, body, item.id, expected_version))
            return cur.rowcount == 1
        return await self._write(job)

    async def list_reviews(self, state: str | None = None) -> list[ReviewItem]:
        if state is None:
            rows = self._read("SELECT body FROM reviews ORDER BY rowid")
        else:
            rows = self._read("SELECT body FROM reviews WHERE state = ? ORDER BY rowid", (state,))
        return [ReviewItem(**json.loads(b)) for (b,) in rows]

    async def get_value(self, name: str) -> str | None:
        rows = self._read("SELECT value FROM kv WHERE name = ?", (name,))
        return rows[0][0] if rows else None

    async def set_value_if_absent(self, name: str, value: str) -> str:
        def job(conn: sqlite3.Connection) -> str:
            conn.execute("INSERT OR IGNORE INTO kv VALUES (?, ?)", (name, value))
            return conn.execute("SELECT value FROM kv WHERE name = ?", (name,)).fetchone()[0]
        return await self._write(job)

    async def set_value(self, name: str, value: str) -> None:
        await self._write(lambda c: c.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (name, value)))

    async def outbox_put(self, entries: Sequence[dict]) -> None:
        rows = [(e["id"], e.get("state", "pending"), e.get("next_attempt", 0.0),
                 _dumps({"attempts": 0, "error": None, **e, "state": e.get("state", "pending")})) for e in entries]
        await self._write(lambda c: c.executemany("INSERT INTO outbox VALUES (?, ?, ?, ?)", rows))

    async def outbox_claim(self, now: float, limit: int, lease: float) -> list[dict]:
        def job(conn: sqlite3.Connection) -> list[dict]:
            rows = conn.execute("SELECT id, body FROM outbox WHERE state = 'pending' AND next_attempt <= ? "
                                "ORDER BY next_attempt LIMIT ?", (now, limit)).fetchall()
            claimed = []
            for entry_id, body in rows:
                entry = json.loads(body)
                conn.execute("UPDATE outbox SET next_attempt = ?, body = ? WHERE id = ?",
                             (now + lease, _dumps({**entry, "next_attempt": now + lease}), entry_id))
                claimed.append(entry)
            return claimed
        return await self._write(job)

    async def outbox_mark(self, entry_id: str, state: str, attempts: int, next_attempt: float,
                          error: str | None = None) -> None:
        def job(conn: sqlite3.Connection) -> None:
            row = conn.execute("SELECT body FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            if row:
                entry = json.loads(row[0]) | {"state": state, "attempts": attempts, "next_attempt": next_attempt,
                                              "error": error}
                conn.execute("UPDATE outbox SET state = ?, next_attempt = ?, body = ? WHERE id = ?",
                             (state, next_attempt, _dumps(entry), entry_id))
        await self._write(job)

    async def outbox_list(self, state: str | None = None) -> list[dict]:
        if state is None:
            rows = self._read("SELECT body FROM outbox ORDER BY rowid")
        else:
            rows = self._read("SELECT body FROM outbox WHERE state = ? ORDER BY rowid", (state,))
        return [json.loads(b) for (b,) in rows]


def _review_json(item: ReviewItem) -> dict:
    return {"id": item.id, "request_id": item.request_id, "state": item.state, "created": item.created,
            "workflow": item.workflow, "data": item.data, "updated": item.updated, "version": item.version}


def _settle_all(settled: list[tuple[asyncio.Future, Any, BaseException | None]]) -> None:
    for future, value, error in settled:
        if future.done():
            continue
        if error is not None:
            future.set_exception(StoreUnavailable(f"store write failed: {error.__class__.__name__}"))
        else:
            future.set_result(value)
