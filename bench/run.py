"""Gateway benchmark: direct vs through the gateway vs reference proxies, side by side in one run.

    python bench/run.py [--rounds 3] [--quick] [--litellm-proxy]

Starts the fast fake upstream, the gateway (SQLite store, auth, tagging, identity inspection, the
decision, the signed release and the audit write on) in three variants (`gateway`: identity
detectors; `gateway+pii`: with presidio's PII scan, deferred after delivery as the default rules
allow; `gateway+litellm`: litellm imported, to measure its memory), a bare starlette+aiohttp
pass-through (the floor) and optionally LiteLLM's proxy
(installed on first use into bench/.venv-litellm). Servers are pinned to CPU 0, the load generator
and the fake upstream to CPU 1. Prints RPS, p50/p99 latency (and time to first byte for streams)
at concurrency 1, 16 and 64, CPU per request of each proxy, and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
ENV = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "PYTHONUNBUFFERED": "1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pinned(cpu: int, argv: list[str]) -> list[str]:
    return ["taskset", "-c", str(cpu), *argv] if shutil.which("taskset") and os.cpu_count() > 1 else argv


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listening on {port}")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def gateway_config(tmp: Path, upstream_port: int, name: str, with_litellm: bool, pii: bool) -> Path:
    models = [{"model_name": "bench", "litellm_params": {
        "model": "openai/bench", "api_base": f"http://127.0.0.1:{upstream_port}/v1", "api_key": "sk-bench-default"}}]
    if with_litellm:  # never called: only makes the gateway import litellm, to measure its memory
        models.append({"model_name": "claude", "litellm_params": {
            "model": "anthropic/claude-3-5-haiku-latest", "api_base": f"http://127.0.0.1:{upstream_port}",
            "api_key": "unused"}})
    config = {
        "server": {"host": "127.0.0.1", "port": 0},
        "store": f"sqlite:///{tmp}/{name}.db",
        "models": models,
        "credentials": [{"credential_name": "bench-scoped", "credential_values": {"api_key": "sk-bench-workflow"}}],
        "principals": [{"id": "owner", "roles": ["admin"]}],
        "workflows": [{"id": "bench", "owner": "owner", "risk_tier": "low", "models": ["bench"],
                       "credentials": {"bench": "bench-scoped"}}],
        "rules": str(ROOT / "rules"),
        # identity detectors always; presidio's PII scan (deferred after delivery in this tier) on request
        "inspection": {} if pii else {"detectors": ["tool_calls", "structured", "prose", "credentials"]},
    }
    path = tmp / f"{name}.yaml"
    path.write_text(json.dumps(config))  # JSON is YAML
    return path


def issue_key(config: Path) -> str:
    out = subprocess.run([PY, "-m", "gateway.cli", "keys", "issue", "--config", str(config), "--workflow", "bench",
                          "--ttl", "2h"], capture_output=True, text=True, check=True, env=ENV, cwd=ROOT)
    return out.stdout.strip().splitlines()[-1]


def litellm_proxy(tmp: Path, port: int, upstream_port: int) -> list[str]:
    venv = HERE / ".venv-litellm"
    if not (venv / "bin" / "litellm").exists():
        print("installing litellm[proxy] into bench/.venv-litellm (first run only)...", flush=True)
        subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "litellm[proxy]"], check=True)
    config = tmp / "litellm.yaml"
    config.write_text(json.dumps({"model_list": [{"model_name": "bench", "litellm_params": {
        "model": "openai/bench", "api_base": f"http://127.0.0.1:{upstream_port}/v1", "api_key": "sk-x"}}],
        "litellm_settings": {"telemetry": False},
        "general_settings": {"master_key": "sk-bench-master-key-0123456789abcdef"}}))
    return [str(venv / "bin" / "litellm"), "--config", str(config), "--port", str(port), "--num_workers", "1"]


def measure(url: str, key: str, concurrency: int, total: int, stream: bool, pid: int | None) -> dict:
    before = cpu_seconds(pid) if pid else 0.0
    argv = [PY, str(HERE / "load.py"), url, key, str(concurrency), str(total)] + (["--stream"] if stream else [])
    argv = pinned(1, argv)
    result = json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)
    if pid:
        result["cpu_ms_per_request"] = (cpu_seconds(pid) - before) * 1000 / (result["requests"] + min(20, total))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians are printed")
    parser.add_argument("--quick", action="store_true", help="fewer requests (a smoke run)")
    parser.add_argument("--litellm-proxy", action="store_true", help="include LiteLLM's proxy as a reference")
    args = parser.parse_args()
    counts = {1: 150, 16: 600, 64: 1000} if args.quick else {1: 500, 16: 2000, 64: 4000}

    tmp = Path(tempfile.mkdtemp(prefix="gateway-bench-"))
    procs: list[subprocess.Popen] = []
    targets: dict[str, tuple[str, str, int | None]] = {}

    def start(name: str, argv: list[str], port: int, cpu: int, url: str, key: str) -> None:
        with open(tmp / f"{name}.log", "w") as log:  # the child keeps its own handle
            proc = subprocess.Popen(pinned(cpu, argv), stdout=log, stderr=subprocess.STDOUT, env=ENV, cwd=ROOT)
        procs.append(proc)
        wait_port(port)
        targets[name] = (url, key, proc.pid if name != "direct" else None)

    try:
        up = free_port()
        upstream_url = f"http://127.0.0.1:{up}/v1/chat/completions"
        start("direct", [PY, str(HERE / "fake_upstream.py"), str(up)], up, 1, upstream_url, "x")
        port = free_port()
        start("passthrough", [PY, str(HERE / "passthrough.py"), str(port), upstream_url],
              port, 0, f"http://127.0.0.1:{port}/v1/chat/completions", "x")
        for variant, with_litellm, pii in (("gateway", False, False), ("gateway+pii", False, True),
                                           ("gateway+litellm", True, False)):
            config = gateway_config(tmp, up, variant.replace("+", "-"), with_litellm, pii)
            key, port = issue_key(config), free_port()
            start(variant, [PY, "-m", "gateway.cli", "serve", "--config", str(config), "--port", str(port)], port, 0,
                  f"http://127.0.0.1:{port}/v1/chat/completions", key)
        if args.litellm_proxy:
            port = free_port()
            start("litellm-proxy", litellm_proxy(tmp, port, up), port, 0, f"http://127.0.0.1:{port}/chat/completions",
                  "sk-bench-master-key-0123456789abcdef")
        results: dict[tuple[str, bool, int], list[dict]] = {}
        for _ in range(args.rounds):
            for stream in (False, True):
                for concurrency, total in counts.items():
                    for name, (url, key, pid) in targets.items():
                        results.setdefault((name, stream, concurrency), []).append(
                            measure(url, key, concurrency, total, stream, pid))
        report(results, targets, counts)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(10)


def report(results: dict, targets: dict, counts: dict) -> None:
    def med(rows: list[dict], field: str) -> float:
        values = [r[field] for r in rows if field in r]
        return statistics.median(values) if values else float("nan")

    print(f"\n{'target':<16}{'mode':<8}{'conc':>5}{'rps':>9}{'p50 ms':>9}{'p99 ms':>9}{'ttfb50':>9}"
          f"{'cpu ms/req':>11}{'errors':>8}")
    for (name, stream, concurrency), rows in results.items():
        print(f"{name:<16}{'stream' if stream else 'json':<8}{concurrency:>5}{med(rows, 'rps'):>9.0f}"
              f"{med(rows, 'p50_ms'):>9.2f}{med(rows, 'p99_ms'):>9.2f}{med(rows, 'ttfb_p50_ms'):>9.2f}"
              f"{med(rows, 'cpu_ms_per_request'):>11.3f}{sum(r['errors'] for r in rows):>8}")
    print("\nadded p50 at concurrency 1 (vs direct):")
    for stream in (False, True):
        direct = med(results[("direct", stream, 1)], "p50_ms")
        for name in targets:
            if name != "direct":
                print(f"  {name:<16}{'stream' if stream else 'json':<8}"
                      f"{med(results[(name, stream, 1)], 'p50_ms') - direct:+.2f} ms")
    print("\npeak RSS:")
    for name, (_, _, pid) in targets.items():
        if pid:
            print(f"  {name:<16}{peak_rss_mb(pid):.0f} MB")


if __name__ == "__main__":
    main()
