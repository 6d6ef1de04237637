"""Inspection speed per detector: p50 / p99 ms on 1 KB and 32 KB answers built (with a fixed
seed) from the contents of the labelled corpora, for each cheap detector, the whole cheap engine,
engine + policy decision with the default rules, and the expensive PII detector on its own.

    python bench/inspection_speed.py [--rounds 200] [--seed 7] [--sizes 1,32] [--no-pii]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.inspection.engine import build_engine  # noqa: E402
from gateway.types import Answer, DecisionContext  # noqa: E402

CORPORA = ("corpus", "corpus_holdout", "corpus_holdout2")  # never the blind holdout3


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for name in CORPORA:
        for path in sorted((ROOT / "tests" / name).glob("*.yaml")):
            for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                content = (item.get("answer") or {}).get("content")
                if content:
                    texts.append(content)
    return texts


def answers(texts: list[str], size: int, count: int, seed: int) -> list[Answer]:
    """`count` answers of exactly `size` characters, each a shuffled run of corpus contents."""
    rng = random.Random(seed * 1000 + size)
    out = []
    for _ in range(count):
        pieces, length = [], 0
        while length < size:
            piece = rng.choice(texts)
            pieces.append(piece)
            length += len(piece) + 2
        out.append(Answer.of_text("\n\n".join(pieces)[:size]))
    return out


def timed(call: Callable[[Answer], object], samples: list[Answer], rounds: int) -> tuple[float, float]:
    for answer in samples[:3]:  # warm caches and lazy imports
        call(answer)
    times = []
    for r in range(rounds):
        answer = samples[r % len(samples)]
        start = time.perf_counter()
        call(answer)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sizes", default="1,32", help="answer sizes in KB, comma-separated")
    parser.add_argument("--samples", type=int, default=50, help="distinct answers per size")
    parser.add_argument("--no-pii", action="store_true", help="skip the expensive PII detector")
    args = parser.parse_args(argv)

    from gateway.policy import decide, load_rules

    engine = build_engine()
    ruleset = load_rules(ROOT / "rules")
    gc.freeze()  # as `gateway serve` does once the app is built
    ctx = DecisionContext(risk_tier="medium", workflow="bench", model="bench")
    cheap = [d for d in engine.detectors if d.cost == "cheap"]
    rows: list[tuple[str, Callable[[Answer], object]]] = [(d.name, d.scan) for d in cheap]
    rows.append(("engine (cheap)", lambda a: engine.scan(a, cost="cheap")))
    rows.append(("engine+decision", lambda a: decide(ruleset, engine.scan(a, cost="cheap"), ctx,
                                                     engine.revision)))
    if not args.no_pii:
        rows += [(f"{d.name} (expensive)", d.scan) for d in engine.detectors if d.cost == "expensive"]

    texts = corpus_texts()
    print(f"{len(texts)} corpus contents, seed {args.seed}, {args.rounds} rounds, "
          f"{args.samples} answers per size")
    for kb in (int(s) for s in args.sizes.split(",")):
        samples = answers(texts, kb * 1024, args.samples, args.seed)
        rounds = args.rounds if kb <= 4 else max(20, args.rounds // 4)
        for name, call in rows:
            p50, p99 = timed(call, samples, rounds)
            print(f"{kb:>3} KB  {name:<22} p50 {p50:8.3f} ms   p99 {p99:8.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
