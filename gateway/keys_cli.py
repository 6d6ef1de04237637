"""`gateway keys issue|list|revoke`: agent keys from the command line, each action audited."""

from __future__ import annotations

import argparse
import time

from gateway.audit import AuditLog, utc_iso
from gateway.auth import new_key
from gateway.config import Settings
from gateway.errors import BadRequest
from gateway.store import Store


async def issue(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    if getattr(args, "principal", None):
        return await issue_person(args, settings, store)
    if not args.workflow:
        raise BadRequest("--workflow is required for an agent key (or --principal for a person key)")
    models = tuple(m.strip() for m in args.models.split(",") if m.strip())
    secret, record = new_key(settings, args.workflow, now=time.time(), ttl=args.ttl, models=models,
                             name=args.name, on_behalf_of=args.on_behalf_of)
    await store.put_key(record)
    workflow = settings.workflow(args.workflow)
    await AuditLog(store, time.time).record(
        "key_issued", key_id=record.id, workflow=record.workflow, owner=workflow.owner, name=record.name,
        models=list(record.models) or None, requester=record.on_behalf_of, expires=utc_iso(record.expires))
    print(f"issued key {record.id} for workflow {record.workflow} (owner {workflow.owner}), "
          f"expires {utc_iso(record.expires)}; it is shown only once:")
    print(secret)
    return 0


async def issue_person(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    """A person key for a reviewer, admin or auditor: it can decide, and can never call a model."""
    principal = settings.principal(args.principal)
    if principal is None or principal.kind != "person":
        raise BadRequest(f"{args.principal!r} is not a configured person principal", code="unknown_principal")
    secret, record = new_key(settings, "-", now=time.time(), ttl=args.ttl, name=args.name or principal.id,
                             kind="person", principal=principal.id)
    await store.put_key(record)
    await AuditLog(store, time.time).record(
        "key_issued", key_id=record.id, kind="person", principal=principal.id, roles=list(principal.roles),
        name=record.name, expires=utc_iso(record.expires))
    print(f"issued person key {record.id} for {principal.id} (roles {', '.join(principal.roles) or 'none'}), "
          f"expires {utc_iso(record.expires)}; it is shown only once:")
    print(secret)
    return 0


async def list_keys(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    now = time.time()
    print(f"{'ID':<14}{'WORKFLOW':<24}{'NAME':<20}{'STATE':<9}EXPIRES")
    for key in sorted(await store.list_keys(), key=lambda k: k.created):
        state = "revoked" if key.revoked else "expired" if key.expires <= now else "active"
        print(f"{key.id:<14}{key.workflow:<24}{key.name[:19]:<20}{state:<9}{utc_iso(key.expires)}")
    return 0


async def revoke(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    key = await store.get_key(args.key_id)
    if key is None or not await store.revoke_key(args.key_id, time.time()):
        print(f"no key {args.key_id!r}")
        return 1
    await AuditLog(store, time.time).record("key_revoked", key_id=key.id, workflow=key.workflow)
    print(f"revoked key {key.id}")
    return 0
