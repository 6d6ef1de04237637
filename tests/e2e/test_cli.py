"""The `gateway` command against the running gateway's store: keys issue/list/revoke, the audit
commands, and config errors exiting 2 with `path:line: code: message`."""

from __future__ import annotations

import json
import subprocess
import sys

import openai
import pytest


@pytest.fixture
def cli(gateway):
    """Run `gateway ...` as its own process with the gateway's environment (in-process capture
    would also catch other in-process servers' ops lines); returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        argv = ([*args[:2], "--config", str(gateway.config), *args[2:]] if args[0] in ("keys", "audit")
                else [*args, "--config", str(gateway.config)])
        done = subprocess.run([sys.executable, "-m", "gateway.cli", *argv], env=gateway.env,
                              capture_output=True, text=True, timeout=60)
        return done.returncode, done.stdout, done.stderr
    return run


def issued_key(stdout: str) -> str:
    return stdout.strip().splitlines()[-1]


def test_keys_issue_prints_a_working_key_on_its_last_line(gateway, cli):
    code, out, _ = cli("keys", "issue", "--workflow", "access-review", "--name", "reviewer-bot")

    assert code == 0
    key = issued_key(out)
    assert key.startswith("gwk_")
    assert "access-review" in out and "alice" in out  # the workflow and its owner
    assert sorted(m.id for m in gateway.client(key).models.list()) == ["demo", "wire"]
    gateway.secrets.append(key)


def test_keys_issue_with_models_ttl_and_requester(gateway, cli, nonce):
    code, out, _ = cli("keys", "issue", "--workflow", "ticket-summary", "--models", "wire-mini,demo",
                       "--ttl", "15m", "--on-behalf-of", "bob")
    key = issued_key(out)
    gateway.secrets.append(key)

    assert code == 0
    assert sorted(m.id for m in gateway.client(key).models.list()) == ["demo", "wire-mini"]
    raw = gateway.client(key).chat.completions.with_raw_response.create(
        model="demo", messages=[{"role": "user", "content": nonce}])
    (record,) = gateway.audit_for(raw.headers["x-gateway-request-id"])
    assert record["requester"] == "bob"


@pytest.mark.parametrize("args", [["--workflow", "no-such-workflow"],
                                  ["--workflow", "triage", "--models", "claude"],
                                  ["--workflow", "triage", "--on-behalf-of", "mallory"]])
def test_keys_issue_refuses_what_the_config_does_not_allow(cli, args):
    code, out, err = cli("keys", "issue", *args)

    assert code == 1
    assert err.startswith("error: ")
    assert "gwk_" not in out


def test_keys_list_never_shows_secrets(gateway, cli):
    key, record = gateway.issue()
    code, out, _ = cli("keys", "list")

    assert code == 0
    assert record.id in out
    assert key not in out and record.secret_hash not in out
    for secret in gateway.secrets:
        assert secret[len("gwk_000000000000_"):] not in out


def test_keys_revoke_makes_the_key_fail_with_401(gateway, cli):
    key, record = gateway.issue()
    assert gateway.client(key).models.list().data

    code, out, _ = cli("keys", "revoke", record.id)
    assert code == 0 and record.id in out
    with pytest.raises(openai.AuthenticationError):
        gateway.client(key).models.list()
    _, listing, _ = cli("keys", "list")
    assert next(line for line in listing.splitlines() if line.startswith(record.id)).split()[3] == "revoked"


def test_keys_revoke_unknown_key_fails(cli):
    code, out, _ = cli("keys", "revoke", "000000000000")

    assert code == 1 and "no key" in out


def test_key_issue_and_revoke_are_audited(gateway, cli):
    _, out, _ = cli("keys", "issue", "--workflow", "triage")
    key = issued_key(out)
    gateway.secrets.append(key)
    key_id = key.split("_")[1]
    cli("keys", "revoke", key_id)

    events = [(r["event"], r.get("workflow"), r.get("owner")) for r in gateway.audit_records()
              if r.get("key_id") == key_id]
    assert events == [("key_issued", "triage", "carol"), ("key_revoked", "triage", None)]
    assert all(key not in json.dumps(r) for r in gateway.audit_records())


def test_audit_show_tail_and_export(gateway, cli, client, nonce):
    text = f"{nonce} ticket\u2028text\u2029with JavaScript line separators"
    raw = client.chat.completions.with_raw_response.create(model="wire", messages=[{"role": "user", "content": text}])
    request_id = raw.headers["x-gateway-request-id"]

    code, out, _ = cli("audit", "show", request_id)
    first, _ = json.JSONDecoder().raw_decode(out)  # the call's records, the call record first
    assert code == 0 and (first["request_id"], first["event"]) == (request_id, "call")
    code, out, _ = cli("audit", "tail", "-n", "2")
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = cli("audit", "export", "--format", "jsonl")
    exported = [json.loads(line) for line in out.splitlines()]  # one record a line, even for U+2028
    assert any(r.get("prompt", {}).get("messages", [{}])[-1].get("content") == text for r in exported)
    assert code == 0 and [r["seq"] for r in exported] == list(range(1, len(exported) + 1))
    code, out, _ = cli("audit", "export", "--since", str(len(exported) - 1))
    assert [json.loads(line)["seq"] for line in out.splitlines()] == [len(exported)]
    assert cli("audit", "show", "req_unknown")[0] == 1


def test_config_error_exits_2_naming_file_and_line(gateway, tmp_path):
    bad = tmp_path / "config.yaml"
    bad.write_text(gateway.config.read_text().replace("    owner: carol\n", ""))

    result = subprocess.run([sys.executable, "-m", "gateway.cli", "keys", "list", "--config", str(bad)],
                            env=gateway.env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    line = bad.read_text().splitlines().index("  - id: triage") + 1
    assert result.stderr.strip() == f"{bad}:{line}: missing_field: workflows.1.owner: Field required"
