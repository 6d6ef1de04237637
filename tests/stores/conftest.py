"""The store contract's backends: SQLite on a fresh file, and Redis on a real redis-server started
once per session on a free port with persistence off (skipped, saying why, only where the
redis-server binary is missing) and flushed before each test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
import redis
from processes import stop

from gateway.store import Store, open_store
from gateway.store.sqlite import SqliteStore


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`redis://127.0.0.1:PORT` of a redis-server this session owns (no /DB: tests pick one)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (scripts/test installs it with apt-get); "
                    "the Redis store is untested here")
    directory: Path = tmp_path_factory.mktemp("redis")
    port = free_port()
    log = (directory / "redis.log").open("wb")
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(directory)],
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while not _answers_ping(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start:\n{(directory / 'redis.log').read_text()}")
            time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}"
    finally:
        stop(process)
        log.close()


def sqlite_backend(request: pytest.FixtureRequest, tmp_path) -> Callable[[], Store]:
    url = f"sqlite:///{tmp_path / 'contract.db'}"
    return lambda: SqliteStore(url)


def redis_backend(request: pytest.FixtureRequest, tmp_path) -> Callable[[], Store]:
    url = f"{request.getfixturevalue('redis_server')}/0"
    with redis.Redis.from_url(url) as client:
        client.flushdb()
    return lambda: open_store(url)


BACKENDS = {"sqlite": sqlite_backend, "redis": redis_backend}


@pytest_asyncio.fixture(params=sorted(BACKENDS), name="open_store")
async def open_handles(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[Callable[[], Store]]:
    """Opens handles on one fresh backend (several handles share it, like replicas or the CLI)."""
    opener = BACKENDS[request.param](request, tmp_path)
    handles: list[Store] = []

    def open_() -> Store:
        handles.append(opener())
        return handles[-1]
    yield open_
    for handle in handles:
        await handle.close()


@pytest.fixture
def store(open_store) -> Store:
    return open_store()
