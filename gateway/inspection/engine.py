"""The inspection engine: detectors chosen by name from an explicit registry, run over an answer
(or a prompt), their findings deduplicated; a detector that fails raises `InspectionFailed`.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Mapping, Sequence

from gateway.inspection.base import Detector
from gateway.inspection.implied import IMPLIED_VERSION, implied_access
from gateway.types import Answer, Finding

REGISTRY: Mapping[str, str] = {
    "tool_calls": "gateway.inspection.tool_calls:ToolCallDetector",
    "structured": "gateway.inspection.structured:StructuredDetector",
    "prose": "gateway.inspection.prose:ProseDetector",
    "credentials": "gateway.inspection.credentials:CredentialDetector",
    "learned": "gateway.inspection.learned:LearnedDetector",
    "pii": "gateway.inspection.pii:PiiDetector",
}


class InspectionFailed(Exception):
    """A detector raised: the caller must fail closed (hold or refuse), never pass unchecked."""

    def __init__(self, detector: str, error: BaseException) -> None:
        super().__init__(f"detector {detector!r} failed: {type(error).__name__}: {error}")
        self.detector = detector
        self.error = error


def _load(name: str) -> type:
    target = REGISTRY.get(name)
    if target is None:
        raise ValueError(f"unknown detector {name!r}; known: {', '.join(REGISTRY)}")
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def _key(finding: Finding) -> tuple:
    return (finding.kind, finding.where, finding.detector, finding.choice, finding.span, finding.tool_call,
            finding.argument_path, finding.action, finding.principal, finding.target, finding.privilege,
            finding.evidence, tuple(sorted(finding.details.items())))


def dedupe(findings: Sequence[Finding]) -> list[Finding]:
    """Drop findings identical to an earlier one, keeping order."""
    seen: set[tuple] = set()
    out = []
    for finding in findings:
        key = _key(finding)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


class InspectionEngine:
    """Runs a fixed list of detectors; `revision` names that list for the audit record."""

    def __init__(self, detectors: Sequence[Detector]) -> None:
        self.detectors: tuple[Detector, ...] = tuple(detectors)
        names = "\n".join([*(f"{d.name}@{d.version}" for d in self.detectors), f"implied@{IMPLIED_VERSION}"])
        self.revision = hashlib.sha256(names.encode()).hexdigest()[:16]

    def _run(self, detector: Detector, call) -> list[Finding]:
        try:
            return list(call())
        except Exception as error:  # any detector failure becomes a fail-closed signal
            raise InspectionFailed(detector.name, error) from error

    def scan(self, answer: Answer, cost: str | None = None) -> list[Finding]:
        """Findings of every detector of the given cost ("cheap" | "expensive" | None = all)."""
        findings: list[Finding] = []
        for detector in self.detectors:
            if cost is None or detector.cost == cost:
                findings.extend(self._run(detector, lambda d=detector: d.scan(answer)))
        for detector in self.detectors:  # a detector that checks the others' findings (learned.py)
            check = getattr(detector, "corroborate", None)
            if check is not None and (cost is None or detector.cost == cost):
                findings = self._run(detector, lambda c=check, f=findings: c(answer, f))
        return dedupe(implied_access(answer, findings))

    def scan_text(self, text: str) -> list[Finding]:
        """Findings in a prompt (where="prompt") from the cheap detectors that can scan plain text:
        used to mask secrets before they reach the provider."""
        findings: list[Finding] = []
        for detector in self.detectors:
            scan_text = getattr(detector, "scan_text", None)
            if scan_text is not None and detector.cost == "cheap":
                findings.extend(self._run(detector, lambda f=scan_text: f(text)))
        return dedupe(findings)


def build_engine(names: Sequence[str] | None = None,
                 options: Mapping[str, Mapping] | None = None) -> InspectionEngine:
    """Build the detectors named (None: every registered one, in registry order) with their options."""
    options = options or {}
    chosen = list(REGISTRY) if names is None else list(names)
    unknown = [name for name in chosen if name not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown detector {unknown[0]!r}; known: {', '.join(REGISTRY)}")
    extra = [name for name in options if name not in REGISTRY]
    if extra:
        raise ValueError(f"options for unknown detector {extra[0]!r}; known: {', '.join(REGISTRY)}")
    return InspectionEngine([_load(name)(options.get(name)) for name in chosen])
