"""The audit log on a real SQLite file: records are sealed onto one chain, and `gateway audit
verify` exits 0 on an intact chain and 1 naming the first bad record after the file is tampered
with directly (an edit, an insertion, a reordering, a deletion in the middle)."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

from gateway.audit import SCHEMA_VERSION, AuditLog, utc_iso
from gateway.chain import seal
from gateway.cli import main
from gateway.store.sqlite import SqliteStore

CONFIG = """\
store: sqlite:///{db}
models: [{{model_name: demo, litellm_params: {{model: demo/identity-assistant}}}}]
principals: [{{id: dan}}]
workflows: [{{id: ticket-summary, owner: dan, risk_tier: low, models: [demo]}}]
"""


@pytest.fixture
def chain(tmp_path):
    """A config and a SQLite file holding six audit records; returns (config path, db path, records)."""
    db = tmp_path / "audit.db"
    config = tmp_path / "config.yaml"
    config.write_text(CONFIG.format(db=db))

    async def fill() -> list[dict]:
        store = SqliteStore(f"sqlite:///{db}")
        audit = AuditLog(store, lambda: 1_700_000_000.0)
        try:
            return [await audit.record("call", request_id=f"req_{i}", workflow="ticket-summary", status=200)
                    for i in range(1, 7)]
        finally:
            await store.close()
    return config, db, asyncio.run(fill())


def verify(config, capsys) -> tuple[int, str, str]:
    code = main(["audit", "verify", "--config", str(config)])
    out = capsys.readouterr()
    return code, out.out, out.err


def rows(db) -> list[tuple[int, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT seq, body FROM audit ORDER BY seq").fetchall()


def execute(db, *statements: tuple[str, tuple]) -> None:
    conn = sqlite3.connect(db)
    with conn:
        for sql, args in statements:
            conn.execute(sql, args)
    conn.close()


def test_records_are_sealed_in_order(chain):
    _, db, records = chain

    assert [r["seq"] for r in records] == [1, 2, 3, 4, 5, 6]
    assert all(b["prev_hash"] == a["hash"] for a, b in zip(records, records[1:], strict=False))
    assert records[0]["schema_version"] == SCHEMA_VERSION and records[0]["ts"] == "2023-11-14T22:13:20.000000Z"
    assert [json.loads(body) for _, body in rows(db)] == records


def test_entries_leave_out_empty_fields():
    entry = AuditLog(None, lambda: 0.0).entry("key_issued", key_id="k1", models=None)

    assert set(entry) == {"schema_version", "id", "ts", "event", "key_id"}
    assert utc_iso(0.5) == "1970-01-01T00:00:00.500000Z"


def test_an_intact_chain_verifies(chain, capsys):
    config, _, records = chain
    code, out, _ = verify(config, capsys)

    assert code == 0
    assert out.strip() == f"ok: 6 records, chain intact, head {records[-1]['hash']}"


def test_an_edit_is_named(chain, capsys):
    config, db, records = chain
    edited = dict(records[2], status=403)
    execute(db, ("UPDATE audit SET body = ? WHERE seq = 3", (json.dumps(edited),)))

    code, _, err = verify(config, capsys)
    assert code == 1
    assert f"seq=3 id={records[2]['id']}" in err and "edited" in err


def test_an_insertion_is_named(chain, capsys):
    config, db, records = chain
    forged = seal({"schema_version": 1, "id": "forged", "ts": records[2]["ts"], "event": "call",
                   "request_id": "req_forged"}, 3, records[1]["hash"])  # a forgery that links to record 2
    execute(db, *[("UPDATE audit SET seq = ? WHERE seq = ?", (seq + 1, seq)) for seq in range(6, 2, -1)],
            ("INSERT INTO audit VALUES (3, 'forged', 'req_forged', ?)", (json.dumps(forged),)))

    code, _, err = verify(config, capsys)
    assert code == 1
    assert f"seq=3 id={records[2]['id']}" in err  # the first record the forgery displaced


def test_a_reordering_is_named(chain, capsys):
    config, db, records = chain
    third, fourth = rows(db)[2][1], rows(db)[3][1]
    execute(db, ("UPDATE audit SET body = ? WHERE seq = 3", (fourth,)),
            ("UPDATE audit SET body = ? WHERE seq = 4", (third,)))

    code, _, err = verify(config, capsys)
    assert code == 1
    assert f"seq=4 id={records[3]['id']}" in err and "expected 3" in err


def test_a_deletion_in_the_middle_is_named(chain, capsys):
    config, db, records = chain
    execute(db, ("DELETE FROM audit WHERE seq = 3", ()))

    code, _, err = verify(config, capsys)
    assert code == 1
    assert f"seq=4 id={records[3]['id']}" in err and "deleted" in err


def test_appends_after_verify_continue_the_chain(chain, capsys):
    config, db, records = chain

    async def append() -> dict:
        store = SqliteStore(f"sqlite:///{db}")
        try:
            return await AuditLog(store, lambda: 1_700_000_001.0).record("key_revoked", key_id="k")
        finally:
            await store.close()
    record = asyncio.run(append())

    assert (record["seq"], record["prev_hash"]) == (7, records[-1]["hash"])
    assert verify(config, capsys)[0] == 0
