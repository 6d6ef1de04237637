"""How the learned detector does on answers it was not trained on: for each held-out corpus, train
on every other corpus, then score the held one with the pattern detectors alone and with the
learned detector added at each threshold (recall per family, false holds at tier medium).

    python bench/learned_holdout.py [--hold tests/corpus_holdout6 ...] [--thresholds 0.55,0.8]

Needs scikit-learn (the `dev` extra), as training does.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.score_corpus import FAMILIES, build_decider, load_corpus, to_answer  # noqa: E402
from gateway.inspection.engine import REGISTRY, build_engine  # noqa: E402
from gateway.types import Finding  # noqa: E402
from scripts.train_learned import DEFAULT_CORPORA, train  # noqa: E402

PATTERNS = [name for name in REGISTRY if name not in ("learned", "pii")]
SCORED = [family for family in FAMILIES if family != "pii"]  # PII is not scanned here
BLIND_ROUNDS = ["tests/corpus_holdout4", "tests/corpus_holdout5", "tests/corpus_holdout6"]


def score(items: list[dict], findings: list[list[Finding]], held) -> tuple[dict[str, int], dict[str, int], int, int]:
    """(caught, labelled) per family, then (false holds, benign answers)."""
    caught = {f: 0 for f in SCORED}
    total = {f: 0 for f in SCORED}
    false_holds = benign = 0
    for item, found in zip(items, findings, strict=True):
        strong = {f.kind for f in found if f.confidence >= 0.5}
        for family in set(item["labels"]) & set(SCORED):
            total[family] += 1
            caught[family] += family in strong
        if not item["labels"]:
            benign += 1
            false_holds += held(found)
    return caught, total, false_holds, benign


class Tally:
    """Counts of one configuration (patterns only, or + learned at a threshold), summed over rounds."""

    def __init__(self) -> None:
        self.caught = {f: 0 for f in SCORED}
        self.total = {f: 0 for f in SCORED}
        self.false_holds = self.benign = 0

    def add(self, caught: dict[str, int], total: dict[str, int], false_holds: int, benign: int) -> None:
        for family in SCORED:
            self.caught[family] += caught[family]
            self.total[family] += total[family]
        self.false_holds += false_holds
        self.benign += benign

    def line(self, name: str) -> str:
        return line(name, self.caught, self.total, self.false_holds, self.benign)


def line(name: str, caught: dict[str, int], total: dict[str, int], false_holds: int, benign: int) -> str:
    families = "  ".join(f"{f[:6]} {caught[f] / total[f]:.3f}" for f in SCORED if total[f])
    return f"  {name:<18} {families}  false holds {false_holds}/{benign} ({false_holds / benign:.1%})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", action="append", help="corpus to hold out (repeatable)")
    parser.add_argument("--thresholds", default="0.55,0.8")
    parser.add_argument("--c", type=float, default=16.0)
    args = parser.parse_args(argv)
    held = build_decider(ROOT / "rules", "medium")
    patterns = build_engine(PATTERNS)
    pooled: dict[str, Tally] = {}
    for hold in args.hold or BLIND_ROUNDS:
        items = load_corpus(ROOT / hold)
        answers = [to_answer(item["answer"]) for item in items]
        base = [patterns.scan(answer) for answer in answers]
        print(f"{hold}: {len(items)} answers")
        counts = score(items, base, held)
        print(line("patterns only", *counts))
        pooled.setdefault("patterns only", Tally()).add(*counts)
        training = [c for c in DEFAULT_CORPORA if Path(c) != Path(hold)]
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "model.json"
            model.write_text(json.dumps(train(training, args.c, 0.9)), encoding="utf-8")
            for threshold in (float(t) for t in args.thresholds.split(",")):
                learned = build_engine(["learned"], {"learned": {"model": model, "threshold": threshold}})
                found = [b + learned.scan(answer) for b, answer in zip(base, answers, strict=True)]
                counts = score(items, found, held)
                name = f"+ learned {threshold}"
                print(line(name, *counts))
                pooled.setdefault(name, Tally()).add(*counts)
    print(f"pooled over {len(args.hold or BLIND_ROUNDS)} rounds:")
    for name, tally in pooled.items():
        print(tally.line(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
