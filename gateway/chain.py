"""The audit hash chain's arithmetic: seal a record onto the chain and check a sequence of them.

hash = SHA-256 over the JCS form of the record without its `hash` field; `prev_hash` links it to
the record before (GENESIS for the first), `seq` counts from 1 with no gaps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gateway.canonical import digest

GENESIS = "0" * 64


def seal(entry: dict, seq: int, prev_hash: str) -> dict:
    """The entry as the chain's next record, with seq, prev_hash and hash set."""
    record = dict(entry)
    record["seq"] = seq
    record["prev_hash"] = prev_hash
    record.pop("hash", None)
    record["hash"] = digest(record)
    return record


@dataclass(frozen=True)
class Break:
    seq: int
    record_id: str
    reason: str

    def __str__(self) -> str:
        return f"record seq={self.seq} id={self.record_id}: {self.reason}"


def verify(records: Iterable[dict]) -> tuple[int, Break | None]:
    """Walk the chain in stored order; return (records checked, the first break or None)."""
    expected_seq, prev = 1, GENESIS
    count = 0
    for record in records:
        count += 1
        seq, rid = record.get("seq"), str(record.get("id"))
        body = {k: v for k, v in record.items() if k != "hash"}
        if digest(body) != record.get("hash"):
            return count, Break(seq, rid, "hash does not match the record's content (edited)")
        if seq != expected_seq:
            what = "missing records before it (deleted)" if isinstance(seq, int) and seq > expected_seq \
                else "out of order (inserted or reordered)"
            return count, Break(seq, rid, f"seq {seq}, expected {expected_seq}: {what}")
        if record.get("prev_hash") != prev:
            return count, Break(seq, rid, "prev_hash does not link to the record before (inserted, "
                                           "reordered or deleted)")
        expected_seq, prev = seq + 1, record["hash"]
    return count, None
