"""Corroboration: prose and payload findings in content the learned model does not read as identity
are capped below the holding line; tool calls, credentials and texts the model cannot judge are not."""

from __future__ import annotations

import pytest

from gateway.inspection.corroborate import MIN_KNOWN, corroborate
from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import CAP
from gateway.types import Answer, Choice, Finding

FAMILIES = ("access_change", "lifecycle", "attestation")
TEXT = "Opening hours change next week.\nThe east wing gets access to the reading room.\nThanks."


def finding(kind: str = "access_change", where: str = "content", detector: str = "prose",
            confidence: float = 0.8) -> Finding:
    start = TEXT.index("access")
    span = (start, start + 6) if where == "content" else None
    return Finding(kind=kind, where=where, detector=detector, confidence=confidence, evidence="access",
                   span=span, tool_call=0 if where == "tool_call" else None)


def reader(known: int, p_answer: float, p_lines: float):
    """A stand-in for the model: the whole answer reads p_answer, any shorter text p_lines."""
    def read(choice: Choice) -> tuple[int, float]:
        return (known, p_answer) if choice.content == TEXT else (known, p_lines)
    return read


def check(findings: list[Finding], read) -> list[Finding]:
    return corroborate(Answer.of_text(TEXT), findings, read, FAMILIES)


def test_an_unsupported_prose_finding_is_capped_and_says_why() -> None:
    [capped] = check([finding()], reader(40, 0.02, 0.1))
    assert capped.confidence == CAP
    assert "0.020 in the answer, 0.100 in its lines" in capped.details["uncorroborated"]


@pytest.mark.parametrize("read", [
    reader(40, 0.5, 0.0),              # the answer reads as identity
    reader(40, 0.02, 0.6),             # the finding's own lines do
    reader(MIN_KNOWN - 1, 0.0, 0.0),   # too few known words to judge
])
def test_supported_or_unjudged_findings_stand(read) -> None:
    assert check([finding()], read)[0].confidence == 0.8


@pytest.mark.parametrize("original", [
    finding(where="tool_call"),          # an action: never second-guessed
    finding(kind="credential"),          # not the model's to judge
    finding(detector="tool_calls"),
    finding(confidence=0.4),             # already below the holding line
])
def test_other_findings_are_untouched(original: Finding) -> None:
    assert check([original], reader(40, 0.0, 0.0)) == [original]


def test_payloads_are_syntax_the_model_does_not_judge() -> None:
    payload = finding(detector="structured")
    assert check([payload], reader(40, 0.0, 0.0)) == [payload]


@pytest.fixture(scope="module")
def engine():
    return build_engine(["prose", "learned"])


def held(engine, text: str) -> bool:
    return any(f.confidence >= 0.5 for f in engine.scan(Answer.of_text(text)) if f.kind != "pii")


def test_the_engine_keeps_short_identity_changes(engine) -> None:
    assert held(engine, "Cut off access for the two contractors at 17:00.")


def test_the_engine_caps_a_network_explainer(engine) -> None:
    text = ("A VLAN splits one physical switch into separate broadcast domains. Tag the uplink to the router "
            "as a trunk carrying VLANs 10 (office), 20 (VoIP) and 30 (guest), and set each desk port as an "
            "access port in the right VLAN.")  # corpus_holdout25 h25-bn-vlan-explain, a false hold before
    found = [f for f in engine.scan(Answer.of_text(text)) if f.detector == "prose"]
    assert found and all(f.confidence < 0.5 and "uncorroborated" in f.details for f in found)


def test_learned_corroboration_can_be_switched_off() -> None:
    off = build_engine(["learned"], {"learned": {"corroborate": False}}).detectors[0]
    on = build_engine(["learned"]).detectors[0]
    assert on.version == f"{off.version}+c0.15/0.3"  # the model's digest may itself hold "+c"
    assert off.corroborate(Answer.of_text(TEXT), [finding()]) == [finding()]


@pytest.mark.parametrize("options", [{"corroborate": "no"}, {"answer_floor": 1.5}, {"lines_floor": -0.1}])
def test_bad_corroboration_options_are_refused(options) -> None:
    with pytest.raises(ValueError, match="learned"):
        build_engine(["learned"], {"learned": options})
