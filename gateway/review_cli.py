"""`gateway review list|show|approve|reject` against a running gateway (a person key, stdlib
HTTP), and `gateway workflows suspend|resume` (the kill switch, straight to the store, audited)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

DEFAULT_URL = "http://127.0.0.1:8080"


class CliError(Exception):
    """A clear one-line failure: printed as `error: ...`, exit status 1."""


def call(args: argparse.Namespace, method: str, path: str, body: dict | None = None) -> dict:
    key = args.key or os.environ.get("GATEWAY_KEY")
    if not key:
        raise CliError("no person key: pass --key or set GATEWAY_KEY (`gateway keys issue --principal ID` issues one)")
    url = args.url.rstrip("/") + path
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "authorization": f"Bearer {key}", "content-type": "application/json", "accept": "application/json"})
    host = urllib.parse.urlsplit(url).hostname or ""
    handlers = [urllib.request.ProxyHandler({})] if host in ("127.0.0.1", "localhost", "::1") else []
    try:
        with urllib.request.build_opener(*handlers).open(request, timeout=args.timeout) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        try:
            error = json.loads(exc.read()).get("error") or {}
        except ValueError:
            error = {}
        raise CliError(f"{exc.code} {error.get('code', 'http_error')}: {error.get('message', exc.reason)}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise CliError(f"cannot reach the gateway at {args.url}: {reason}") from None


def _row(item: dict) -> str:
    flags = ",".join(f for f, on in (("escalated", item.get("escalated")), ("sla", item.get("sla_breached"))) if on)
    approvals = f"{len(item.get('approvals') or [])}/{item.get('approvals_required', 1)}"
    return (f"{item['id']:<26}{item['status']:<10}{item['workflow']:<22}{item.get('risk_tier') or '':<8}"
            f"{approvals:<6}{int(item.get('age_seconds') or 0):>8}s  {item.get('requester') or '-':<12}{flags}")


def review_list(args: argparse.Namespace) -> int:
    query = {k: v for k, v in (("status", args.status), ("workflow", args.workflow), ("tier", args.tier),
                               ("age", args.age), ("sla_breached", "true" if args.sla_breached else None)) if v}
    items = call(args, "GET", "/v1/reviews" + ("?" + urllib.parse.urlencode(query) if query else ""))["data"]
    if args.json:
        print(json.dumps(items, indent=2))
        return 0
    print(f"{'ID':<26}{'STATUS':<10}{'WORKFLOW':<22}{'TIER':<8}{'APPR':<6}{'AGE':>9}  {'REQUESTER':<12}FLAGS")
    for item in items:
        print(_row(item))
    return 0


def review_show(args: argparse.Namespace) -> int:
    print(json.dumps(call(args, "GET", f"/v1/reviews/{args.review_id}"), indent=2, ensure_ascii=False))
    return 0


def review_decide(args: argparse.Namespace) -> int:
    if not args.justification:
        raise CliError(f"{args.review_action} needs --justification TEXT")
    body: dict[str, Any] = {"justification": args.justification}
    if args.review_action == "approve" and args.digest:
        body["answer_digest"] = args.digest
    item = call(args, "POST", f"/v1/reviews/{args.review_id}/{args.review_action}", body)
    print(f"{item['id']}: {item['status']} ({len(item.get('approvals') or [])}/"
          f"{item.get('approvals_required', 1)} approvals)")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    action = {"list": review_list, "show": review_show, "approve": review_decide, "reject": review_decide}
    args.url = args.url or _url_from_config(args.config)
    try:
        return action[args.review_action](args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _url_from_config(path: str) -> str:
    """The gateway's own address from its config (public_url, else host:port), if the file exists."""
    from gateway.config import load_settings

    if not os.path.exists(path):
        return DEFAULT_URL
    server = load_settings(path).server
    return (server.public_url or f"http://{server.host}:{server.port}").rstrip("/")


def cmd_workflows(args: argparse.Namespace) -> int:
    from gateway.audit import AuditLog
    from gateway.config import load_settings
    from gateway.review.suspend import set_suspended
    from gateway.store import open_store

    settings = load_settings(args.config)
    actor = f"cli:{getpass.getuser()}"

    async def run() -> dict:
        import time

        store = open_store(settings.store)
        try:
            return await set_suspended(settings, store, AuditLog(store, time.time), args.workflow,
                                       suspended=args.workflows_action == "suspend", actor=actor, reason=args.reason)
        finally:
            await store.close()
    state = asyncio.run(run())
    print(f"workflow {state['workflow']} {'suspended' if state['suspended'] else 'resumed'} by {actor}")
    return 0


def add_parsers(sub: Any, config: argparse.ArgumentParser) -> None:
    remote = argparse.ArgumentParser(add_help=False)
    remote.add_argument("--url", default=os.environ.get("GATEWAY_URL"),
                        help="the running gateway (default $GATEWAY_URL, else server.public_url or "
                             f"host:port from --config, else {DEFAULT_URL})")
    remote.add_argument("--key", help="a person key (default $GATEWAY_KEY)")
    remote.add_argument("--timeout", type=float, default=30.0)
    review = sub.add_parser("review", help="list, show, approve and reject held answers on a running gateway")
    actions = review.add_subparsers(dest="review_action", required=True)
    remote = argparse.ArgumentParser(add_help=False, parents=[remote, config])
    listing = actions.add_parser("list", parents=[remote], help="review items you may see")
    listing.add_argument("--status", choices=["pending", "approved", "rejected", "expired"])
    listing.add_argument("--workflow")
    listing.add_argument("--tier", choices=["low", "medium", "high"])
    listing.add_argument("--age", help="only items older than this, e.g. 30m")
    listing.add_argument("--sla-breached", action="store_true", dest="sla_breached")
    listing.add_argument("--json", action="store_true")
    show = actions.add_parser("show", parents=[remote], help="one item: prompt, answer, findings, approvals")
    show.add_argument("review_id")
    for name in ("approve", "reject"):
        decide = actions.add_parser(name, parents=[remote], help=f"{name} an item (a justification is required)")
        decide.add_argument("review_id")
        decide.add_argument("--justification", "-j", required=False)
        if name == "approve":
            decide.add_argument("--digest", help="the answer_digest you reviewed (refused if it changed)")
    review.set_defaults(func=cmd_review)

    workflows = sub.add_parser("workflows", parents=[config], help="the kill switch: suspend or resume a workflow")
    switch = workflows.add_subparsers(dest="workflows_action", required=True)
    for name, text in (("suspend", "refuse every key of the workflow and release nothing"),
                       ("resume", "lift a suspension")):
        p = switch.add_parser(name, parents=[config], help=text)
        p.add_argument("workflow")
        p.add_argument("--reason", default="")
    workflows.set_defaults(func=cmd_workflows)
