"""`gateway audit verify|tail|show|export`: read the chain the way auditors and ops do."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from gateway.chain import verify as verify_chain
from gateway.config import Settings
from gateway.store import Store


def _line(record: dict) -> str:
    """One JSONL line; U+2028/U+2029 escaped, as line-splitting readers (str.splitlines, JS) break on them."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


async def verify(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    records = [r async for r in store.audit_records()]
    count, broken = verify_chain(records)
    if broken is None:
        head = records[-1]["hash"] if records else "-"
        print(f"ok: {count} records, chain intact, head {head}")
        return 0
    print(f"BROKEN at {broken}", file=sys.stderr)
    return 1


async def tail(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    records = [r async for r in store.audit_records()]
    last = records[-1]["seq"] if records else 0
    for record in records[-args.n:] if args.n > 0 else []:
        print(_line(record), flush=True)
    while args.follow:
        await asyncio.sleep(0.5)
        async for record in store.audit_records(last):
            print(_line(record), flush=True)
            last = record["seq"]
    return 0


async def show(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    found = await store.audit_for_request(args.id)
    if not found:
        found = [r async for r in store.audit_records() if r.get("id") == args.id]
    for record in found:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    if not found:
        print(f"no audit record {args.id!r}", file=sys.stderr)
        return 1
    return 0


async def export(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    since = args.since or ""
    since_seq = int(since) if since.isdigit() else 0
    async for record in store.audit_records(since_seq):
        if since and not since.isdigit() and record.get("ts", "") < since:
            continue
        sys.stdout.write(_line(record) + "\n")
    return 0
