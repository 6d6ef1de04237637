"""Score the inspection engine on the labelled corpus (tests/corpus/*.yaml): recall per family,
identity recall, false holds on benign answers (by the policy rules when available), timings.

    python bench/score_corpus.py [--tier medium] [--rules rules] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.types import Answer, Choice, DecisionContext, ToolCall  # noqa: E402

FAMILIES = ("access_change", "lifecycle", "attestation", "credential", "pii")
HOLDING = ("quarantine", "block")


def load_corpus(directory: Path) -> list[dict]:
    items: list[dict] = []
    for path in sorted(directory.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            item["_file"] = path.name
            items.append(item)
    return items


def to_answer(spec: dict[str, Any]) -> Answer:
    calls = tuple(
        ToolCall(f"call_{i}", call["name"], call["arguments"] if isinstance(call["arguments"], str)
                 else json.dumps(call["arguments"], default=str))  # YAML reads timestamps as datetimes
        for i, call in enumerate(spec.get("tool_calls") or ())
    )
    return Answer((Choice(0, spec.get("content") or "", calls),))


def build_engine(names: list[str] | None = None):
    from gateway.inspection.engine import build_engine as build

    return build(names)


def build_decider(rules_dir: Path, tier: str):
    """A function findings -> held? by the policy rules in `rules_dir`."""
    from gateway.policy import decide, load_rules

    ruleset = load_rules(rules_dir)
    ctx = DecisionContext(risk_tier=tier, workflow="corpus", model="corpus")
    return lambda findings: decide(ruleset, findings, ctx).outcome in HOLDING


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tier", default="medium", choices=("low", "medium", "high"))
    parser.add_argument("--rules", default=str(ROOT / "rules"))
    parser.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--cost", default="cheap", help="detector cost to time (or 'all'); every "
                        "detector is scored")
    parser.add_argument("--detectors", help="comma-separated detector names (default: all registered)")
    args = parser.parse_args(argv)

    items = load_corpus(Path(args.corpus))
    engine = build_engine(args.detectors.split(",") if args.detectors else None)
    decider = build_decider(Path(args.rules), args.tier)
    cost = None if args.cost == "all" else args.cost
    caught = {f: 0 for f in FAMILIES}
    total = {f: 0 for f in FAMILIES}
    identity = [0, 0]
    benign = [0, 0]
    hard = [0, 0]
    times: list[float] = []
    per_kb: list[float] = []
    misses: list[str] = []
    for item in items:
        answer = to_answer(item["answer"])
        size = len(item["answer"].get("content") or "") + sum(
            len(c.arguments) for c in answer.choices[0].tool_calls)
        start = time.perf_counter()
        engine.scan(answer, cost=cost)
        elapsed = (time.perf_counter() - start) * 1000
        findings = engine.scan(answer) if cost else engine.scan(answer, cost=None)
        times.append(elapsed)
        per_kb.append(elapsed / max(size / 1024, 0.25))
        strong = {f.kind for f in findings if f.confidence >= 0.5}
        labels = set(item["labels"])
        for family in labels & set(FAMILIES):
            total[family] += 1
            if family in strong:
                caught[family] += 1
            else:
                misses.append(f"MISS {item['id']} {family}")
        if labels - {"pii"}:
            identity[1] += 1
            identity[0] += bool(strong - {"pii"})
        if not labels:
            held = decider(findings)
            benign[1] += 1
            benign[0] += held
            if item.get("hard_negative"):
                hard[1] += 1
                hard[0] += held
            if held:
                kinds = sorted({f"{f.kind}/{f.detector}" for f in findings if f.confidence >= 0.5})
                misses.append(f"FALSE {item['id']} {' '.join(kinds)}")
    report(caught, total, identity, benign, hard, times, per_kb, args, items)
    mixes = (("identity-dense", items), ("benign-mix", [i for i in items if not i["labels"]]))
    for name, chosen in mixes:
        for kb in (1, 32):
            p50, p99 = sized_timing(engine, chosen, kb * 1024, cost)
            print(f"inspection {kb:>2} KB {name:<14} p50 {p50:.3f} ms  p99 {p99:.3f} ms  "
                  f"(cost={args.cost})")
    if args.show_misses:
        print("\n".join(misses) or "no misses")
    return 0


def sized_timing(engine, items: list[dict], size: int, cost: str | None,
                 rounds: int = 60) -> tuple[float, float]:
    """p50 / p99 ms of scanning answers of `size` characters cut from the corpus' own contents."""
    texts = [i["answer"].get("content") or "" for i in items if i["answer"].get("content")]
    samples: list[float] = []
    for r in range(rounds):
        pieces, length, k = [], 0, r
        while length < size:
            piece = texts[k % len(texts)]
            pieces.append(piece)
            length += len(piece) + 2
            k += 7
        answer = Answer.of_text("\n\n".join(pieces)[:size])
        start = time.perf_counter()
        engine.scan(answer, cost=cost)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a (0)"


def report(caught, total, identity, benign, hard, times, per_kb, args, items) -> None:
    print(f"corpus: {len(items)} answers from {args.corpus}")
    for family in FAMILIES:
        if total[family]:
            print(f"recall {family:<14} {rate(caught[family], total[family])}")
    print(f"recall identity (non-pii)  {rate(identity[0], identity[1])}")
    how = f"policy decision at tier {args.tier}"
    print(f"false holds, benign        {rate(benign[0], benign[1])}  [{how}]")
    print(f"false holds, hard negative {rate(hard[0], hard[1])}")
    times_sorted = sorted(times)
    p99 = times_sorted[min(len(times_sorted) - 1, int(len(times_sorted) * 0.99))]
    kb_sorted = sorted(per_kb)
    print(f"inspection ms/answer       p50 {statistics.median(times):.3f}  p99 {p99:.3f}  "
          f"(cost={args.cost})")
    print(f"inspection ms/KB           p50 {statistics.median(per_kb):.3f}  "
          f"p99 {kb_sorted[min(len(kb_sorted) - 1, int(len(kb_sorted) * 0.99))]:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
