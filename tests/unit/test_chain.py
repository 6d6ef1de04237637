"""The hash chain's arithmetic: sealing links records; verify names the first broken one."""

from __future__ import annotations

import pytest

from gateway.canonical import digest
from gateway.chain import GENESIS, seal, verify


def chain(n: int) -> list[dict]:
    records, prev = [], GENESIS
    for i in range(1, n + 1):
        record = seal({"schema_version": 1, "id": f"r{i}", "event": "call", "n": i}, i, prev)
        prev = record["hash"]
        records.append(record)
    return records


def test_seal_sets_seq_prev_and_the_hash_of_the_rest():
    record = seal({"id": "a", "hash": "stale"}, 1, GENESIS)

    assert (record["seq"], record["prev_hash"]) == (1, GENESIS)
    assert record["hash"] == digest({k: v for k, v in record.items() if k != "hash"})


def test_an_intact_chain_verifies():
    assert verify(chain(5)) == (5, None)
    assert verify([]) == (0, None)


def test_an_edit_is_named():
    records = chain(5)
    records[2] = dict(records[2], n=99)

    count, broken = verify(records)
    assert (count, broken.seq, broken.record_id) == (3, 3, "r3")
    assert "edited" in broken.reason


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link():
    records = chain(5)
    records[2] = seal(dict(records[2], n=99), 3, records[1]["hash"])

    _, broken = verify(records)
    assert (broken.seq, broken.record_id) == (4, "r4")
    assert "prev_hash" in broken.reason


def test_a_deletion_is_named():
    records = chain(5)
    del records[2]

    _, broken = verify(records)
    assert (broken.seq, broken.record_id) == (4, "r4")
    assert "deleted" in broken.reason


def test_a_reordering_is_named():
    records = chain(5)
    records[1], records[2] = records[2], records[1]

    _, broken = verify(records)
    assert (broken.seq, broken.record_id) == (3, "r3")


def test_an_insertion_is_named():
    records = chain(5)
    forged = seal({"schema_version": 1, "id": "forged", "event": "call"}, 3, records[1]["hash"])
    records.insert(2, forged)

    _, broken = verify(records)
    assert (broken.seq, broken.record_id) == (3, "r3")  # the forgery links; the record after it does not


def test_a_first_record_not_linked_to_genesis_is_named():
    records = chain(3)[1:]
    _, broken = verify(records)
    assert broken.record_id == "r2"


@pytest.mark.parametrize("field", ["hash", "prev_hash", "seq"])
def test_a_missing_field_is_a_break(field):
    records = chain(3)
    del records[1][field]
    assert verify(records)[1].record_id == "r2"
