"""The learned detector: scoring, where its findings point, options, and that the committed model
is what scripts/train_learned.py makes from the committed corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.inspection.learned import MODEL, LearnedDetector
from gateway.types import Answer, Choice, ToolCall
from tests.unit.inspection.probes import tiny_training_module, train_module

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def detector() -> LearnedDetector:
    return LearnedDetector()


@pytest.mark.parametrize("text, kind", [
    ("Recommendation: approve. Grant Priya write permission on the billing repository and add her to "
     "the release-managers team.", "access_change"),
    ("Offboarding for Tom Becker: disable his account at 17:00 on Friday, reset his MFA and delete the "
     "mailbox after 30 days.", "lifecycle"),
    ("Quarterly recertification: I reviewed every entitlement of the payments team and certify that the "
     "access is appropriate; all 12 are retained.", "attestation"),
])
def test_identity_answers_are_found(detector: LearnedDetector, text: str, kind: str) -> None:
    kinds = {f.kind for f in detector.scan(Answer.of_text(text))}
    assert kind in kinds


@pytest.mark.parametrize("text", [
    "The research grant from the foundation covers two PhD students for three years.",
    "Here is a haiku about the sea: waves fold into foam, the gull leans on the wind, salt on the harbour wall.",
    "To count tokens for the prompt, use tiktoken and take the length of the encoded list.",
])
def test_harmless_answers_are_not(detector: LearnedDetector, text: str) -> None:
    assert detector.scan(Answer.of_text(text)) == []


def test_a_content_finding_points_at_its_line(detector: LearnedDetector) -> None:
    text = "Thanks for the details.\nPlease revoke Omar's admin role in Okta and remove him from the VPN group.\nCheers"
    finding = next(f for f in detector.scan(Answer.of_text(text)) if f.kind == "access_change")
    start, end = finding.span
    assert finding.where == "content" and text[start:end].startswith("Please revoke")
    assert finding.detector == "learned" and 0.5 <= finding.confidence <= 1
    assert finding.details["model"] == detector.version


def test_a_tool_call_finding_points_at_the_call(detector: LearnedDetector) -> None:
    calls = (ToolCall("c0", "search_docs", json.dumps({"query": "vacation policy"})),
             ToolCall("c1", "execute", json.dumps({"command": "grant the role admin to user bob and add him to "
                                                              "the wheel group"})))
    answer = Answer((Choice(0, "Done.", calls),))
    finding = next(f for f in detector.scan(answer) if f.kind == "access_change")
    assert finding.where == "tool_call" and finding.tool_call == 1


def test_threshold_option(detector: LearnedDetector) -> None:
    strict = LearnedDetector({"threshold": 1.0})
    assert strict.scan(Answer.of_text("Grant Priya admin access to the billing repository.")) == []
    assert strict.version == detector.version


def test_training_writes_a_model_the_detector_loads(tmp_path: Path) -> None:
    train = tiny_training_module(tmp_path, [f"the weather is sunny on day {i}" for i in range(6)])
    model = train.train(["tests/corpus_tiny"], c=16.0, threshold=0.6)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    tiny = LearnedDetector({"model": str(path)})
    assert {f.kind for f in tiny.scan(Answer.of_text("grant carol the admin role"))} == {"access_change"}
    assert tiny.scan(Answer.of_text("sunny weather today")) == []


def test_the_committed_model_is_reproducible() -> None:
    committed = json.loads(MODEL.read_text(encoding="utf-8"))
    meta = committed["trained_on"]
    again = train_module().train(meta["corpora"], c=meta["c"], threshold=committed["threshold"],
                                  min_df=meta["min_df"], benign_weight=meta["benign_weight"],
                                  section_weight=meta.get("section_weight", 0.0))
    assert again["weights"].keys() == committed["weights"].keys()
    drift = max(abs(a - b) for word in committed["weights"]
                for a, b in zip(again["weights"][word], committed["weights"][word], strict=True))
    assert drift < 0.05, "retrain the model: scripts/train_learned.py"


def test_a_bad_model_or_threshold_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "model.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="learned model .*model.json"):
        LearnedDetector({"model": str(broken)})
    with pytest.raises(ValueError, match="learned model"):
        LearnedDetector({"model": str(tmp_path / "missing.json")})
    with pytest.raises(ValueError, match="threshold"):
        LearnedDetector({"threshold": 1.5})


def test_a_bad_inspection_config_stops_start_up_with_a_config_error(tmp_path: Path) -> None:
    from gateway.config import load_settings
    from gateway.errors import ConfigError
    from gateway.services import build_judge

    settings = load_settings(ROOT / "config.yaml").model_copy(
        update={"inspection": {"learned": {"model": str(tmp_path / "missing.json")}}})
    with pytest.raises(ConfigError, match="invalid_inspection: learned model"):
        build_judge(settings)


def test_an_answer_with_no_known_word_is_placed_at_its_start() -> None:
    anything = LearnedDetector({"threshold": 0.0001})
    finding = anything.scan(Answer.of_text("qqqzz xxyyzz"))[0]
    assert finding.span == (0, len("qqqzz xxyyzz"))


def test_features_are_words_and_tool_name_words() -> None:
    from gateway.inspection.learned_features import features

    choice = Choice(0, "Suppression des droits", (ToolCall("c0", "okta_grant", json.dumps({"user": "bob"})),))
    assert {"suppression", "des", "droits", "user", "bob", "t:okta", "t:grant", "t:*"} == features(choice)


def _tiny_model(tmp_path: Path, weights: dict[str, list[float]], **changes) -> str:
    model = {"format": 2, "families": ["access_change", "lifecycle", "attestation"], "gate": "identity",
             "threshold": 0.5, "min_features": 1, "bias": [-5.0, -5.0, -5.0, 5.0],
             "weights": {feature: [*family_weights, 0.0] for feature, family_weights in weights.items()}} | changes
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    return str(path)


def test_a_finding_points_at_a_whole_word_or_a_tool_name(tmp_path: Path) -> None:
    word = LearnedDetector({"model": _tiny_model(tmp_path, {"revoke": [20.0, 0.0, 0.0]})})
    text = "Thanks, revoked is past.\nI revoke bob's access now."
    start, end = word.scan(Answer.of_text(text))[0].span
    assert text[start:end].startswith("I revoke")
    tool = LearnedDetector({"model": _tiny_model(tmp_path, {"t:grant": [20.0, 0.0, 0.0]})})
    answer = Answer((Choice(0, "I grant you that.", (ToolCall("c0", "search", "{}"), ToolCall("c1", "grant", "{}"))),))
    finding = tool.scan(answer)[0]
    assert finding.where == "tool_call" and finding.tool_call == 1


def test_a_short_answer_counts_as_min_features_long(tmp_path: Path) -> None:
    weights = {"grant": [12.0, 0.0, 0.0]}
    assert LearnedDetector({"model": _tiny_model(tmp_path, weights)}).scan(Answer.of_text("grant it"))
    assert not LearnedDetector({"model": _tiny_model(tmp_path, weights, min_features=16)}).scan(
        Answer.of_text("grant it"))


def test_a_model_of_another_format_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format 1, this scanner reads format 2"):
        LearnedDetector({"model": _tiny_model(tmp_path, {}, format=1)})


def test_a_family_is_found_only_when_the_gate_agrees(tmp_path: Path) -> None:
    closed = _tiny_model(tmp_path, {"grant": [20.0, 0.0, 0.0]}, bias=[-5.0, -5.0, -5.0, -5.0])
    assert LearnedDetector({"model": closed}).scan(Answer.of_text("grant it")) == []
