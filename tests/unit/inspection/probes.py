"""What the inspection tests ask of a detector, in one place: the secrets, personal entities or
finding kinds it reports at the holding confidence (0.5) for a text or one tool call."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.pii import PiiDetector
from gateway.inspection.structured import StructuredDetector
from gateway.inspection.tool_calls import ToolCallDetector
from gateway.types import Answer, Choice, ToolCall

HELD = 0.5


def one_call(name: str, arguments: dict[str, Any], content: str = "") -> tuple[Answer, str]:
    raw = json.dumps(arguments)
    return Answer((Choice(0, content, (ToolCall("call-1", name, raw),)),)), raw


def secrets(detector: CredentialDetector, text: str) -> list[str]:
    return [text[hit.start:hit.end] for hit in detector.hits(text) if hit.confidence >= HELD]


def call_secrets(detector: CredentialDetector, name: str, arguments: dict[str, Any]) -> list[str]:
    answer, raw = one_call(name, arguments)
    return [raw[f.span[0]:f.span[1]] for f in detector.scan(answer) if f.confidence >= HELD]


def entities(detector: PiiDetector, text: str) -> set[str]:
    return {entity for _, _, entity, score in detector.spans(text) if score >= HELD}


def found(detector: PiiDetector, text: str, entity: str) -> list[str]:
    return [text[start:end] for start, end, kind, score in detector.spans(text) if kind == entity and score >= HELD]


def engine_kinds(engine: Any, answer: Answer | str, detector: str | None = None) -> set[str]:
    """The kinds an engine finds in an answer (or a text) at the holding confidence, by one detector or by
    all (None)."""
    answer = answer if isinstance(answer, Answer) else Answer.of_text(answer)
    return {f.kind for f in engine.scan(answer, cost=None)
            if f.confidence >= HELD and (detector is None or f.detector == detector)}


def answer_kinds(engine: Any, content: str) -> set[str]:
    """The kinds an engine finds in an answer of this content."""
    return {f.kind for f in engine.scan(Answer.of_text(content)) if f.confidence >= HELD}


def kinds(text: str) -> set[tuple[str, str | None]]:
    """(kind, action) of what the structured detector finds in the text."""
    return {(f.kind, f.action) for f in StructuredDetector().scan(Answer.of_text(text)) if f.confidence >= HELD}


def call_kinds(name: str, args: dict[str, Any], content: str = "Done.") -> set[str]:
    answer, _ = one_call(name, args, content)
    return {f.kind for f in ToolCallDetector().scan(answer) if f.confidence >= HELD}


def engine_call_kinds(engine: Any, name: str, arguments: dict[str, Any], content: str = "Done.") -> set[str]:
    """The kinds an engine finds in an answer of one tool call (and this content)."""
    return engine_kinds(engine, one_call(name, arguments, content)[0])


def train_module() -> ModuleType:
    """scripts/train_learned.py, loaded as a module (scripts/ is not a package)."""
    path = Path(__file__).resolve().parents[3] / "scripts" / "train_learned.py"
    spec = importlib.util.spec_from_file_location("train_learned", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tiny_training_module(root: Path, harmless: list[str]) -> ModuleType:
    """train_module() reading ROOT=`root`, where tests/corpus_tiny holds six answers of each identity family and
    the `harmless` ones: a corpus small enough to train on in a test."""
    examples = {"access_change": "grant user{} the admin role", "lifecycle": "disable the account of user{} today",
                "attestation": "certify that access of user{} is appropriate"}
    items = [{"id": f"{kind}{i}", "labels": [kind], "answer": {"content": text.format(i)}}
             for kind, text in examples.items() for i in range(6)]
    items += [{"id": f"b{i}", "labels": [], "answer": {"content": text}} for i, text in enumerate(harmless)]
    corpus = root / "tests" / "corpus_tiny"
    corpus.mkdir(parents=True)
    (corpus / "items.yaml").write_text(yaml.safe_dump(items), encoding="utf-8")
    module = train_module()
    module.ROOT = root
    return module


def full_kinds(engine: Any, content: str, *calls: ToolCall) -> set[str]:
    """engine_kinds of an answer of content and tool calls."""
    return engine_kinds(engine, Answer((Choice(0, content, calls),)))


def rule_kinds(engine: Any, content: str, *calls: ToolCall) -> set[str]:
    """The kinds found at the holding confidence by every detector but the learned model."""
    answer = Answer((Choice(0, content, calls),))
    return set().union(*(engine_kinds(engine, answer, name)
                         for name in ("prose", "structured", "tool_calls", "credentials")))


def named_call(name: str, **arguments: object) -> ToolCall:
    return ToolCall(id="call_1", name=name, arguments=json.dumps(arguments))
