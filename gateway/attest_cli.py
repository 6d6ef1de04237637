"""`gateway attest verify|rotate|jwks`: check a signed release against an answer, rotate the
signing key, print the public keys. Verify exits 0 when valid, 1 when not (saying why), 2 on bad input."""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from gateway.cli_store import with_store


def add_parser(sub: Any, config: argparse.ArgumentParser) -> None:
    """The `attest` command group, added to the `gateway` parser."""
    attest = sub.add_parser("attest", parents=[config], help="verify signed releases, rotate and show signing keys")
    attest_sub = attest.add_subparsers(dest="attest_action", required=True)
    verify = attest_sub.add_parser("verify", parents=[config], help="check an attestation against an answer")
    verify.add_argument("--answer", required=True, help="the completion as received: JSON body or SSE transcript")
    verify.add_argument("--attestation", required=True, help="the x-gateway-attestation token, or @FILE")
    verify.add_argument("--jwks", help="JWKS URL or file (default: the keys of --config's gateway)")
    attest_sub.add_parser("rotate", parents=[config], help="make a new active signing key; old ones stay published")
    attest_sub.add_parser("jwks", parents=[config], help="print the published public keys (JWKS)")
    attest.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return {"verify": verify, "rotate": rotate, "jwks": show_jwks}[args.attest_action](args)


def read_answer(path: str) -> dict:
    """A completion body, or the completion assembled from an SSE transcript (`data: ...` lines)."""
    from gateway.completion import assemble

    text = Path(path).read_text(encoding="utf-8")
    if text.lstrip().startswith("data:"):
        chunks = [json.loads(line[5:]) for line in text.splitlines()
                  if line.startswith("data:") and line[5:].strip() != "[DONE]"]
        return assemble(chunks)
    return json.loads(text)


def load_jwks(source: str) -> dict:
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=10) as response:
            return json.loads(response.read())
    return json.loads(Path(source).read_text(encoding="utf-8"))


def verify(args: argparse.Namespace) -> int:
    from gateway.review.attestation import AttestationError, verify_attestation

    token = args.attestation
    try:
        if token.startswith("@"):
            token = Path(token[1:]).read_text(encoding="utf-8").strip()
        answer = read_answer(args.answer)
        jwks = load_jwks(args.jwks) if args.jwks else _with_attestor(args, lambda a: a.jwks())
    except (OSError, ValueError) as exc:
        print(f"error: cannot read input: {exc}", file=sys.stderr)
        return 2
    try:
        claims = verify_attestation(token, answer, jwks)
    except AttestationError as exc:
        print(f"invalid: {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    reviewers = ", ".join(claims.get("reviewers") or []) or "none"
    print(f"valid: request {claims.get('request_id')} workflow {claims.get('workflow')} owner {claims.get('owner')} "
          f"decision {claims.get('decision')} reviewers {reviewers} rules {claims.get('rules_revision') or '-'}")
    return 0


def rotate(args: argparse.Namespace) -> int:
    from gateway.audit import AuditLog
    from gateway.review.keyring import rotate as rotate_keys

    async def work(settings: Any, store: Any) -> int:
        try:
            ring = await rotate_keys(store, settings.attestation, time.time)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        await AuditLog(store, time.time).record("attestation_key_rotated", kid=ring.active.kid,
                                                published=[k.kid for k in ring.keys])
        print(f"active signing key {ring.active.kid}; published: {', '.join(k.kid for k in ring.keys)}")
        return 0
    return with_store(args, work)


def show_jwks(args: argparse.Namespace) -> int:
    print(json.dumps(_with_attestor(args, lambda a: a.jwks()), indent=2))
    return 0


def _with_attestor(args: argparse.Namespace, use: Any) -> Any:
    from gateway.review.attestation import Attestor

    async def work(settings: Any, store: Any) -> Any:
        attestor = Attestor(store, settings.attestation, time.time)
        await attestor.start()
        return use(attestor)
    return with_store(args, work)
