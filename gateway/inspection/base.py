"""The detector protocol: a detector turns an Answer into Findings and never decides anything.

`cost` says where it may run: "cheap" detectors run on the request's path before the decision;
"expensive" ones (presidio PII) may run after delivery when their findings can only flag.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

from gateway.types import Answer, Finding

Cost = Literal["cheap", "expensive"]


class Detector(Protocol):
    name: str
    cost: Cost
    version: str

    def scan(self, answer: Answer) -> Sequence[Finding]:
        """Every finding in every choice of the answer (content and tool calls)."""
        ...
