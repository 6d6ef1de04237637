"""How the learned detector does on answers it was not trained on: for each held-out corpus, train
on every other corpus, then score the held one with the pattern detectors alone and with the
learned detector added at each threshold (recall per family, false holds at tier medium).

    python bench/learned_holdout.py [--hold tests/corpus_holdout6 ...] [--thresholds 0.8,0.9]

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


def score(items: list[dict], findings: list[list[Finding]], held) -> tuple[dict[str, float], int, int]:
    """Recall per family, then (false holds, benign answers)."""
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
    return {f: caught[f] / total[f] for f in SCORED if total[f]}, false_holds, benign


def line(name: str, recall: dict[str, float], false_holds: int, benign: int) -> str:
    families = "  ".join(f"{f[:6]} {r:.3f}" for f, r in recall.items())
    return f"  {name:<18} {families}  false holds {false_holds}/{benign} ({false_holds / benign:.1%})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", action="append", help="corpus to hold out (repeatable)")
    parser.add_argument("--thresholds", default="0.8,0.9")
    parser.add_argument("--c", type=float, default=16.0)
    args = parser.parse_args(argv)
    held = build_decider(ROOT / "rules", "medium")
    patterns = build_engine(PATTERNS)
    pooled: dict[str, list[int]] = {}
    for hold in args.hold or BLIND_ROUNDS:
        items = load_corpus(ROOT / hold)
        answers = [to_answer(item["answer"]) for item in items]
        base = [patterns.scan(answer) for answer in answers]
        print(f"{hold}: {len(items)} answers")
        recall, fh, n = score(items, base, held)
        print(line("patterns only", recall, fh, n))
        pooled.setdefault("patterns only", [0, 0])
        pooled["patterns only"][0] += fh
        pooled["patterns only"][1] += n
        training = [c for c in DEFAULT_CORPORA if Path(c) != Path(hold)]
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "model.json"
            model.write_text(json.dumps(train(training, args.c, 0.9)), encoding="utf-8")
            for threshold in (float(t) for t in args.thresholds.split(",")):
                learned = build_engine(["learned"], {"learned": {"model": model, "threshold": threshold}})
                found = [b + learned.scan(answer) for b, answer in zip(base, answers, strict=True)]
                recall, fh, n = score(items, found, held)
                name = f"+ learned {threshold}"
                print(line(name, recall, fh, n))
                pooled.setdefault(name, [0, 0])
                pooled[name][0] += fh
                pooled[name][1] += n
    print("false holds pooled: " + ", ".join(f"{k} {fh}/{n} ({fh / n:.1%})" for k, (fh, n) in pooled.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
