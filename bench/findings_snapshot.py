"""Snapshot every finding of the inspection engine over all labelled corpora plus the sized
answers of the speed benchmark, so a speed change can prove it left findings byte-identical.

    python bench/findings_snapshot.py write /tmp/before.json [--cost cheap|expensive|all]
    python bench/findings_snapshot.py compare /tmp/before.json [--cost ...]   # exit 1 on a difference
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.inspection_speed import answers, corpus_texts  # noqa: E402
from bench.score_corpus import load_corpus, to_answer  # noqa: E402
from gateway.inspection.engine import build_engine  # noqa: E402


def snapshot(cost: str | None) -> dict[str, list[dict]]:
    engine = build_engine()
    out: dict[str, list[dict]] = {}
    for corpus in sorted(p for p in (ROOT / "tests").glob("corpus*") if p.is_dir()):
        for item in load_corpus(corpus):
            findings = engine.scan(to_answer(item["answer"]), cost=cost)
            out[f"{corpus.name}/{item['id']}"] = [f.to_json() for f in findings]
    texts = corpus_texts()
    for size in (1024, 8 * 1024, 32 * 1024):
        for i, answer in enumerate(answers(texts, size, 8, seed=7)):
            out[f"sized/{size}/{i}"] = [f.to_json() for f in engine.scan(answer, cost=cost)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("write", "compare"))
    parser.add_argument("path")
    parser.add_argument("--cost", default="all", choices=("cheap", "expensive", "all"))
    args = parser.parse_args(argv)
    current = snapshot(None if args.cost == "all" else args.cost)
    if args.mode == "write":
        Path(args.path).write_text(json.dumps(current, indent=1, sort_keys=True), encoding="utf-8")
        print(f"wrote {sum(map(len, current.values()))} findings of {len(current)} answers")
        return 0
    before = json.loads(Path(args.path).read_text(encoding="utf-8"))
    changed = sorted(k for k in before.keys() | current.keys() if before.get(k) != current.get(k))
    for key in changed[:20]:
        print(f"DIFF {key}\n  before: {before.get(key)}\n  now:    {current.get(key)}")
    print(f"{len(changed)} of {len(current)} answers differ")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
