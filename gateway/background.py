"""Background work that runs beside the request path (webhook delivery, escalation sweeps, key
refresh): objects with async start()/stop(), started and stopped by the app's lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

log = logging.getLogger("gateway.background")


class Background(Protocol):
    async def start(self) -> None: ...
    async def stop(self) -> None: ...


class Every:
    """Run `step()` every `interval` seconds until stopped, or sooner when `wake` is set; a failing
    step is logged, not fatal."""

    def __init__(self, name: str, interval: float, step: Callable[[], Awaitable[object]],
                 wake: asyncio.Event | None = None) -> None:
        self.name, self.interval, self.step = name, interval, step
        self.wake = wake
        self._task: asyncio.Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            if self.wake is not None:
                self.wake.clear()  # what sets it from here on is seen after this step
            try:
                await self.step()
            except Exception:  # background work must outlive a store hiccup; it retries next round
                log.exception("background task %s failed", self.name)
            if self.wake is None:
                await asyncio.sleep(self.interval)
            else:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), self.interval)
