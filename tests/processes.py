"""Real server processes in tests: wait until one is ready, stop one for good."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import httpx


def wait_ready(process: subprocess.Popen, url: str, log: Path, timeout: float = 60) -> None:
    """Until `url/readyz` answers 200; fail with the process's log if it exits or never gets there."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gateway exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"gateway did not become ready:\n{log.read_text()}")


def stop(process: subprocess.Popen) -> None:
    """Terminate, and kill if it does not exit within 10 s."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
