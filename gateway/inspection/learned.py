"""LearnedDetector: a linear model over the words of an answer, trained on the labelled corpora
(scripts/train_learned.py), that finds access changes, lifecycle steps and attestations phrased in
ways the pattern detectors do not know. It only adds findings, and its threshold is set so that it
holds few harmless answers. Cheap: one regex pass, one set intersection, one integer sum."""

from __future__ import annotations

import hashlib
import json
import math
from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from gateway.inspection.generic_frame import is_generic
from gateway.inspection.hits import excerpt
from gateway.inspection.learned_features import TOKEN, choice_parts, joined
from gateway.types import Answer, Choice, Finding

MODEL = Path(__file__).parent / "models" / "learned_identity.json"


class LearnedModel:
    """The weights of one trained model and the arithmetic of scoring with them."""

    def __init__(self, data: Mapping) -> None:
        self.families: tuple[str, ...] = tuple(data["families"])
        self.threshold: float = float(data["threshold"])
        self.bias: tuple[float, ...] = tuple(data["bias"])
        self.weights: dict[str, tuple[float, ...]] = {k: tuple(v) for k, v in data["weights"].items()}
        self.vocabulary: frozenset[str] = frozenset(self.weights)
        self._sums = ExactSums(self.weights, len(self.families))
        # per family, the words by descending (weight, word): the strongest known one comes first
        self._ranked = [sorted(self.weights, key=lambda word: (self.weights[word][family], word), reverse=True)
                        for family in range(len(self.families))]

    @classmethod
    def load(cls, path: Path) -> tuple[LearnedModel, str]:
        try:
            raw = path.read_bytes()
            return cls(json.loads(raw)), hashlib.sha256(raw).hexdigest()[:12]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(f"learned model {path}: not a model written by scripts/train_learned.py "
                             f"({type(error).__name__}: {error})") from error

    def known(self, text: str) -> frozenset[str]:
        """`features(text) & self.vocabulary`, without building the set of all the words first."""
        return self.vocabulary.intersection(TOKEN.findall(text.lower()))

    def probabilities(self, known: Collection[str]) -> list[float]:
        """P(family) for each family: binary features, L2-normalised, as in training."""
        norm = math.sqrt(len(known)) or 1.0
        return [_sigmoid(bias + total / norm) for bias, total in zip(self.bias, self._sums.of(known), strict=True)]

    def strongest(self, known: Collection[str], family: int) -> str | None:
        """The known word that weighs most for the family (ties: the greatest word), if any."""
        return next((word for word in self._ranked[family] if word in known), None)


class ExactSums:
    """Per family, the sum of the weights of a set of words as math.fsum gives it (exact, then
    rounded once), from one integer addition per word. Every weight is a binary fraction, an
    integer over `scale` (the largest denominator); a word's integers, shifted by `offset` to be
    positive, sit side by side in one integer, `width` bits apart, so the sums never carry over.
    A sum of -0.0 weights comes out 0.0, not -0.0: added to the bias, the sign makes no difference."""

    def __init__(self, weights: Mapping[str, tuple[float, ...]], families: int) -> None:
        self.families = families
        self.scale = max((value.as_integer_ratio()[1] for row in weights.values() for value in row), default=1)
        scaled = {word: [_times(value, self.scale) for value in row] for word, row in weights.items()}
        self.offset = max((abs(number) for row in scaled.values() for number in row), default=0) + 1
        self.width = (2 * self.offset * max(1, len(scaled))).bit_length()
        self.packed = {word: sum(number + self.offset << self.width * family for family, number in enumerate(row))
                       for word, row in scaled.items()}

    def of(self, words: Collection[str]) -> list[float]:
        """The weight sums of the (distinct, known) words, per family."""
        total = sum(map(self.packed.__getitem__, words))
        field, shift = (1 << self.width) - 1, len(words) * self.offset
        return [((total >> self.width * family & field) - shift) / self.scale for family in range(self.families)]


def _times(value: float, scale: int) -> int:
    """value * scale, exactly (scale: a multiple of the value's denominator)."""
    numerator, denominator = value.as_integer_ratio()
    return numerator * (scale // denominator)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -60 else 0.0


class LearnedDetector:
    name = "learned"
    cost = "cheap"

    def __init__(self, options: Mapping | None = None) -> None:
        options = options or {}
        self.model, digest = LearnedModel.load(Path(options.get("model", MODEL)))
        self.threshold = float(options.get("threshold", self.model.threshold))
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"learned threshold must be in (0, 1], got {self.threshold}")
        self.version = f"1+{digest}"

    def scan(self, answer: Answer) -> Sequence[Finding]:
        return [finding for choice in answer.choices for finding in self._scan_choice(choice)]

    def _scan_choice(self, choice: Choice) -> list[Finding]:
        parts = choice_parts(choice)
        text = joined(parts)
        known = self.model.known(text)
        found = [(family, p) for family, p in enumerate(self.model.probabilities(known)) if p >= self.threshold]
        if not found or not choice.tool_calls and is_generic(choice.content or ""):
            return []
        return [self._finding(choice, parts, text, known, family, p) for family, p in found]

    def _finding(self, choice: Choice, parts: list[tuple[int | None, str]], text: str, known: frozenset[str],
                 family: int, p: float) -> Finding:
        """Point at the line holding the feature that weighs most for the family."""
        kind = self.model.families[family]
        details = {"model": self.version, "probability": f"{p:.3f}"}
        strongest = self.model.strongest(known, family)
        at = _position(text.lower(), strongest) if strongest else 0  # no known word: the bias alone
        starts = [0]
        for _, piece in parts[:-1]:
            starts.append(starts[-1] + len(piece) + 1)
        which = bisect_right(starts, at) - 1
        tool_call, piece = parts[which]
        offset = at - starts[which]
        if tool_call is not None:
            return Finding(kind=kind, where="tool_call", detector=self.name, confidence=round(p, 3),
                           evidence=excerpt(piece, 0, len(piece)), choice=choice.index, tool_call=tool_call,
                           argument_path="", details=details)
        start = piece.rfind("\n", 0, offset) + 1
        end = piece.find("\n", offset)
        end = len(piece) if end < 0 else end
        return Finding(kind=kind, where="content", detector=self.name, confidence=round(p, 3),
                       evidence=excerpt(piece, start, end), choice=choice.index, span=(start, end),
                       details=details)


def _position(lowered: str, word: str) -> int:
    """Where the word first stands whole (not inside a longer word)."""
    for match in TOKEN.finditer(lowered):
        if match.group() == word:
            return match.start()
    return 0
