"""Hot reload: a Policy holds the current RuleSet, notices edited rule files (at most once per
interval, on an injectable clock) and swaps in the new set; a set that fails to load is logged
and the old one keeps deciding.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from gateway.errors import ConfigError
from gateway.policy.evaluate import ceiling, decide
from gateway.policy.loader import load_rules
from gateway.policy.model import RuleSet
from gateway.types import Decision, DecisionContext, Finding

Stamp = tuple[tuple[str, int, int], ...]


def file_stamp(directory: Path | str) -> Stamp:
    """Name, mtime (ns) and size of each top-level rule file: cheap to compare, no reading."""
    entries = []
    try:
        with os.scandir(directory) as it:
            for entry in it:
                if entry.name.endswith((".yaml", ".yml")) and entry.is_file():
                    stat = entry.stat()
                    entries.append((entry.name, stat.st_mtime_ns, stat.st_size))
    except OSError:
        return ()
    return tuple(sorted(entries))


class Policy:
    """The rules in force. Build once at start-up (a bad rule set raises ConfigError then);
    `decide` uses whichever RuleSet is current, and each call sees one set from start to end."""

    def __init__(self, directory: Path | str, *, interval: float = 2.0,
                 clock: Callable[[], float] = time.monotonic, auto_reload: bool = True,
                 logger: logging.Logger | None = None) -> None:
        self.directory = Path(directory)
        self.interval = interval
        self.auto_reload = auto_reload
        self._clock = clock
        self._log = logger or logging.getLogger("gateway.policy")
        self._lock = threading.Lock()
        self._stamp = file_stamp(self.directory)
        self._ruleset = load_rules(self.directory)
        self._checked = clock()

    @property
    def ruleset(self) -> RuleSet:
        return self._ruleset

    @property
    def revision(self) -> str:
        return self._ruleset.revision

    def decide(self, findings: Sequence[Finding], ctx: DecisionContext,
               detectors_revision: str = "") -> Decision:
        """Decide with the current rules (checking for edits first when `auto_reload`)."""
        if self.auto_reload:
            self.maybe_reload()
        return decide(self._ruleset, findings, ctx, detectors_revision)

    def ceiling(self, kinds: frozenset[str], ctx: DecisionContext) -> str:
        """The strongest action the current rules could take on findings of these kinds."""
        return ceiling(self._ruleset, kinds, ctx)

    def maybe_reload(self) -> bool:
        """Reload if the interval has passed and the rule files changed; True if a new set is in
        force. Never raises for a bad rule set: it logs a warning and keeps the old one."""
        now = self._clock()
        if now - self._checked < self.interval:
            return False
        if not self._lock.acquire(blocking=False):
            return False  # another thread is checking right now
        try:
            self._checked = now
            stamp = file_stamp(self.directory)
            if stamp == self._stamp:
                return False
            self._stamp = stamp  # a broken edit is reported once, not at every interval
            return self._load()
        finally:
            self._lock.release()

    def reload(self) -> bool:
        """Reload now, whatever the clock says; True if the new set is in force."""
        with self._lock:
            self._stamp = file_stamp(self.directory)
            self._checked = self._clock()
            return self._load()

    def _load(self) -> bool:
        try:
            ruleset = load_rules(self.directory)
        except ConfigError as exc:
            self._log.warning("rules not reloaded, keeping revision %s: %s",
                              self._ruleset.revision[:12], exc)
            return False
        old = self._ruleset
        self._ruleset = ruleset  # one reference swap: calls in flight keep the set they read
        if ruleset.revision != old.revision:
            self._log.info("rules reloaded: revision %s -> %s (%d rules)", old.revision[:12],
                           ruleset.revision[:12], len(ruleset.rules))
        return True
