"""The `gateway` command: serve, demo, keys, audit, rules, attest. Every command takes --config FILE."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from typing import Any

from gateway import attest_cli, logs, review_cli
from gateway.cli_store import with_store
from gateway.config import Settings, load_settings, parse_duration
from gateway.errors import ConfigError, GatewayError


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args.config)


# -- serve / demo -------------------------------------------------------------------------------
def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from gateway.app import create_app

    settings = _settings(args)
    logs.configure()
    app = create_app(settings)
    gc.freeze()  # the inspection tables live as long as the process: full collections need not walk them
    host = args.host or settings.server.host
    port = args.port if args.port is not None else settings.server.port
    print(f"gateway listening on http://{host}:{port} (store {settings.store.split('://')[0]})", flush=True)
    uvicorn.run(app, host=host, port=port, loop="uvloop", http="httptools", access_log=False,
                proxy_headers=False, log_level="warning", timeout_graceful_shutdown=5)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    settings = _settings(args)
    host = args.host or settings.server.host
    port = args.port if args.port is not None else settings.server.port
    keys = with_store(args, lambda s, store: _issue_demo_keys(s, store))
    print("\nDemo keys (valid 24h):")
    for workflow, key in keys:
        print(f"  {workflow}: {key}")
    workflow, key = keys[0]
    model = settings.workflow(workflow).models[0]
    print(f"\nTry it:\n  curl -s http://{host}:{port}/v1/chat/completions -H 'Authorization: Bearer {key}' "
          f"-H 'Content-Type: application/json' -d '{{\"model\": \"{model}\", \"messages\": "
          "[{\"role\": \"user\", \"content\": \"Summarise ticket 4711\"}]}'")
    print("  (ask it to 'grant admin access' with the high-tier key to see an answer held for review)\n",
          flush=True)
    return cmd_serve(args)


async def _issue_demo_keys(settings: Settings, store: Any) -> list[tuple[str, str]]:
    from gateway.audit import AuditLog
    from gateway.auth import new_key

    out = []
    for workflow in sorted(settings.workflows, key=lambda w: w.risk_tier != "low"):
        secret, record = new_key(settings, workflow.id, now=time.time(), ttl=86400, name="demo")
        await store.put_key(record)
        await AuditLog(store, time.time).record("key_issued", key_id=record.id, workflow=workflow.id,
                                                owner=workflow.owner, name="demo")
        out.append((workflow.id, secret))
    return out


# -- keys ---------------------------------------------------------------------------------------
def cmd_keys(args: argparse.Namespace) -> int:
    from gateway.keys_cli import issue, list_keys, revoke

    action = {"issue": issue, "list": list_keys, "revoke": revoke}[args.keys_action]
    return with_store(args, lambda settings, store: action(args, settings, store))


# -- audit --------------------------------------------------------------------------------------
def cmd_audit(args: argparse.Namespace) -> int:
    from gateway import audit_cli

    action = getattr(audit_cli, args.audit_action)
    return with_store(args, lambda settings, store: action(args, settings, store))


# -- rules --------------------------------------------------------------------------------------
def cmd_rules(args: argparse.Namespace) -> int:
    from gateway.policy import commands

    directory = args.dir or _rules_dir(args)
    if args.rules_action == "check":
        return commands.check(directory)
    if args.rules_action == "test":
        return commands.test(directory, fmt=args.format)
    from gateway.types import DecisionContext

    settings = _settings(args)
    workflow = settings.workflow(args.workflow)
    if workflow is None:
        raise ConfigError(args.config, None, "unknown_workflow", f"no workflow {args.workflow!r}")
    context = DecisionContext(workflow.risk_tier, workflow.id, args.model or workflow.models[0])
    return commands.explain(directory, context, args.file)


def _rules_dir(args: argparse.Namespace) -> str:
    try:
        return _settings(args).rules
    except ConfigError:
        return "rules"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gateway", description="Accountable LLM gateway for identity workflows")
    config = argparse.ArgumentParser(add_help=False)
    config.add_argument("--config", default="config.yaml", help="config file (default ./config.yaml)")
    sub = parser.add_subparsers(dest="command", required=True)

    for name, func, text in (("serve", cmd_serve, "run the gateway"),
                             ("demo", cmd_demo, "issue demo keys, print a curl line, and serve")):
        p = sub.add_parser(name, parents=[config], help=text)
        p.add_argument("--host")
        p.add_argument("--port", type=int)
        p.set_defaults(func=func)

    keys = sub.add_parser("keys", parents=[config], help="issue, list and revoke agent keys")
    keys_sub = keys.add_subparsers(dest="keys_action", required=True)
    issue = keys_sub.add_parser("issue", parents=[config], help="issue a key (printed once, last line)")
    issue.add_argument("--workflow", help="the agent key's workflow")
    issue.add_argument("--principal", help="issue a person key for this principal (reviewer/admin/auditor)")
    issue.add_argument("--ttl", type=parse_duration, help="lifetime, e.g. 15m, 24h (default from config)")
    issue.add_argument("--models", default="", help="comma-separated subset of the workflow's models")
    issue.add_argument("--name", default="")
    issue.add_argument("--on-behalf-of", dest="on_behalf_of", help="the human requester bound to the key")
    keys_sub.add_parser("list", parents=[config], help="list keys (never their secrets)")
    revoke = keys_sub.add_parser("revoke", parents=[config], help="revoke a key by id")
    revoke.add_argument("key_id")
    keys.set_defaults(func=cmd_keys)

    review_cli.add_parsers(sub, config)
    audit = sub.add_parser("audit", parents=[config], help="verify, tail, show and export the audit log")
    audit_sub = audit.add_subparsers(dest="audit_action", required=True)
    audit_sub.add_parser("verify", parents=[config], help="recompute the hash chain")
    tail = audit_sub.add_parser("tail", parents=[config], help="the newest records")
    tail.add_argument("-n", type=int, default=10)
    tail.add_argument("-f", "--follow", action="store_true")
    show = audit_sub.add_parser("show", parents=[config], help="records by record id or request id")
    show.add_argument("id")
    export = audit_sub.add_parser("export", parents=[config], help="export records")
    export.add_argument("--since", help="ISO time or seq number")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    audit.set_defaults(func=cmd_audit)

    rules = sub.add_parser("rules", parents=[config], help="check, test and explain rules")
    rules_sub = rules.add_subparsers(dest="rules_action", required=True)
    for name, text in (("check", "validate rule files"), ("test", "run rule unit tests")):
        p = rules_sub.add_parser(name, parents=[config], help=text)
        p.add_argument("dir", nargs="?")
        if name == "test":
            p.add_argument("--format", choices=["text", "json"], default="text")
    explain = rules_sub.add_parser("explain", parents=[config], help="findings and rule matches for an answer")
    explain.add_argument("--workflow", required=True)
    explain.add_argument("--model")
    explain.add_argument("--dir")
    explain.add_argument("file")
    rules.set_defaults(func=cmd_rules)

    attest_cli.add_parser(sub, config)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "dir"):
        args.dir = None
    try:
        return args.func(args)
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except GatewayError as exc:
        print(f"error: {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
