"""The audit log: builds the record of every event and appends it to the store's hash chain
(durable before the caller goes on); verifies and exports the chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable

from gateway.chain import Break, verify
from gateway.ids import new_id
from gateway.store import Store

SCHEMA_VERSION = 1


def utc_iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class AuditLog:
    def __init__(self, store: Store, clock: Callable[[], float]) -> None:
        self.store, self.clock = store, clock

    def entry(self, event: str, **fields: object) -> dict:
        """A record before sealing: the store adds seq, prev_hash and hash."""
        record = {"schema_version": SCHEMA_VERSION, "id": new_id("rec"), "ts": utc_iso(self.clock()),
                  "event": event}
        record.update({k: v for k, v in fields.items() if v is not None})
        return record

    async def record(self, event: str, **fields: object) -> dict:
        (sealed,) = await self.store.append_audit([self.entry(event, **fields)])
        return sealed

    def records(self, since_seq: int = 0) -> AsyncIterator[dict]:
        return self.store.audit_records(since_seq)

    async def verify(self) -> tuple[int, Break | None]:
        return verify([r async for r in self.store.audit_records()])
