"""The inspection engine: registry lookup, cost filtering, dedup, fail-closed errors, revision."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.engine import REGISTRY, InspectionEngine, InspectionFailed, build_engine, dedupe
from gateway.types import Answer, Finding


def _finding(detector: str = "fake", span: tuple[int, int] = (0, 1), **details: str) -> Finding:
    return Finding(kind="credential", where="content", detector=detector, confidence=0.9, evidence="x",
                   span=span, details=details)


@dataclass
class FakeDetector:
    name: str = "fake"
    cost: str = "cheap"
    version: str = "1"
    findings: Sequence[Finding] = ()
    error: Exception | None = None
    seen: list = field(default_factory=list)

    def scan(self, answer: Answer) -> Sequence[Finding]:
        self.seen.append(answer)
        if self.error is not None:
            raise self.error
        return self.findings


def test_registry_entries_are_module_class_strings() -> None:
    assert list(REGISTRY) == ["tool_calls", "structured", "prose", "credentials", "learned", "pii"]
    for target in REGISTRY.values():
        module, sep, attr = target.partition(":")
        assert sep and module.startswith("gateway.inspection.") and attr[0].isupper()


@pytest.mark.parametrize("name", [n for n, t in REGISTRY.items()
                                  if importlib.util.find_spec(t.partition(":")[0]) is not None])
def test_registered_detectors_build_and_match_their_names(name: str) -> None:
    (detector,) = build_engine([name]).detectors
    assert detector.name == name
    assert detector.cost in ("cheap", "expensive")
    assert isinstance(detector.version, str) and detector.version


def test_unknown_detector_is_a_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="'nope'"):
        build_engine(["credentials", "nope"])


def test_options_for_unknown_detector_rejected() -> None:
    with pytest.raises(ValueError, match="'typo'"):
        build_engine(["credentials"], {"typo": {}})


def test_options_reach_the_detector() -> None:
    (detector,) = build_engine(["credentials"], {"credentials": {"min_confidence": 0.9}}).detectors
    assert isinstance(detector, CredentialDetector) and detector.min_confidence == 0.9


def test_revision_is_stable_short_hex_and_changes_with_detectors() -> None:
    one = InspectionEngine([FakeDetector("a"), FakeDetector("b")])
    same = InspectionEngine([FakeDetector("a"), FakeDetector("b")])
    other = InspectionEngine([FakeDetector("a"), FakeDetector("b", version="2")])
    assert one.revision == same.revision != other.revision
    assert len(one.revision) == 16 and int(one.revision, 16) >= 0
    assert build_engine(["credentials"]).revision == build_engine(["credentials"]).revision


def test_scan_filters_by_cost() -> None:
    cheap = FakeDetector("cheap", findings=[_finding("cheap")])
    expensive = FakeDetector("exp", cost="expensive", findings=[_finding("exp")])
    engine = InspectionEngine([cheap, expensive])
    answer = Answer.of_text("x")
    assert [f.detector for f in engine.scan(answer, "cheap")] == ["cheap"]
    assert [f.detector for f in engine.scan(answer, "expensive")] == ["exp"]
    assert [f.detector for f in engine.scan(answer)] == ["cheap", "exp"]


def test_identical_findings_are_deduplicated() -> None:
    a = FakeDetector("a", findings=[_finding(type="jwt"), _finding(type="jwt"), _finding(span=(2, 3), type="jwt")])
    findings = InspectionEngine([a]).scan(Answer.of_text("x"))
    assert [f.span for f in findings] == [(0, 1), (2, 3)]
    assert dedupe([_finding(type="a"), _finding(type="b")]) == [_finding(type="a"), _finding(type="b")]


def test_failing_detector_raises_inspection_failed() -> None:
    boom = RuntimeError("regex exploded")
    engine = InspectionEngine([FakeDetector("ok"), FakeDetector("bad", error=boom)])
    with pytest.raises(InspectionFailed) as caught:
        engine.scan(Answer.of_text("x"))
    assert caught.value.detector == "bad" and caught.value.error is boom
    assert caught.value.__cause__ is boom and "bad" in str(caught.value)
    assert issubclass(InspectionFailed, Exception)


def test_scan_text_uses_cheap_text_detectors_only() -> None:
    engine = InspectionEngine([FakeDetector("no_text_scan"), CredentialDetector()])
    findings = engine.scan_text("use ghp_16C7e42F292c6912E7710c838347Ae178B4a for the clone")
    assert [(f.where, f.details["type"]) for f in findings] == [("prompt", "github_token")]


def test_scan_text_failure_is_inspection_failed() -> None:
    class Broken(FakeDetector):
        def scan_text(self, text: str) -> list[Finding]:
            raise ValueError("nope")

    with pytest.raises(InspectionFailed):
        InspectionEngine([Broken("broken")]).scan_text("x")


def test_credentials_through_the_engine() -> None:
    engine = build_engine(["credentials"])
    findings = engine.scan(Answer.of_text("PASSWORD: hunter2"), "cheap")
    assert [f.kind for f in findings] == ["credential"]
    assert engine.scan(Answer.of_text("PASSWORD: hunter2"), "expensive") == []
