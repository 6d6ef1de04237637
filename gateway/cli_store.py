"""The command line's way to the store: load the config, open its store, run one coroutine with
both, close the store (used by `keys`, `audit`, `attest` and `demo`)."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from gateway.config import Settings, load_settings
from gateway.store import Store, open_store


def with_store(args: argparse.Namespace, work: Callable[[Settings, Store], Awaitable[Any]]) -> Any:
    settings = load_settings(args.config)

    async def run() -> Any:
        store = open_store(settings.store)
        try:
            return await work(settings, store)
        finally:
            await store.close()
    return asyncio.run(run())
