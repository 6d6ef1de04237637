"""Ops logs: one JSON line per call on stdout. Everything logged passes `redact()`, so no key,
credential or secret reaches the logs."""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any

_SECRETS = re.compile(
    r"gwk_[0-9a-f]{12}_[A-Za-z0-9_-]+"  # our agent keys
    r"|(?i:bearer)\s+[A-Za-z0-9._~+/=-]{8,}"
    r"|sk-[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}"
    r"|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"
    r"|(?<=://)[^/\s:@]+:[^/\s@]+(?=@)"
)


def redact(text: str) -> str:
    """Mask anything that looks like a credential."""
    return _SECRETS.sub("[REDACTED]", text)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def call_line(fields: dict) -> None:
    """Write the call's one ops log line."""
    sys.stdout.write(json.dumps(_clean(fields), separators=(",", ":")) + "\n")
    sys.stdout.flush()


class RedactingFormatter(logging.Formatter):
    """JSON log lines for the gateway's other loggers, passed through `redact()`; tracebacks
    stay in the log (never in a client response)."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        if record.exc_info:
            line["traceback"] = self.formatException(record.exc_info)
        return redact(json.dumps(line))


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter())
    root = logging.getLogger("gateway")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
