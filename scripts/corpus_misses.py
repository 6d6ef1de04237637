"""Every miss and false hold over labelled corpora, one sortable line each, to diff before and after a
detection change (a change may fix lines, never add them):

    python scripts/corpus_misses.py [DIR ...] > /tmp/after.txt      # default: every tests/corpus*
    python scripts/corpus_misses.py --credentials [DIR ...]          # credential findings on other answers

Lines: `MISS <id> <family>` (a labelled family not found at confidence >= 0.5), `FH <id> <kinds>` (a harmless
answer the default rules hold at tier medium). With --credentials: `CFP <id> <type>` for each answer not
labelled `credential` that has a credential finding (in prose those only flag, so FH does not show them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.score_corpus import FAMILIES, build_decider, build_engine, load_corpus, to_answer  # noqa: E402


def misses(dirs: list[Path]) -> list[str]:
    engine = build_engine(None)
    held = build_decider(ROOT / "rules", "medium")
    lines = []
    for directory in dirs:
        for item in load_corpus(directory):
            findings = engine.scan(to_answer(item["answer"]), cost=None)
            strong = {f.kind for f in findings if f.confidence >= 0.5}
            labels = set(item["labels"])
            lines += [f"MISS {item['id']} {family}" for family in sorted(labels & set(FAMILIES) - strong)]
            if not labels and held(findings):
                kinds = sorted({f"{f.kind}/{f.detector}" for f in findings if f.confidence >= 0.5})
                lines.append(f"FH {item['id']} {' '.join(kinds)}")
    return lines


def credential_finds(dirs: list[Path]) -> list[str]:
    engine = build_engine(["credentials"])
    lines = []
    for directory in dirs:
        for item in load_corpus(directory):
            if "credential" in item["labels"]:
                continue
            found = [f for f in engine.scan(to_answer(item["answer"])) if f.confidence >= 0.5]
            if found:
                lines.append(f"CFP {item['id']} {found[0].details.get('type')}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--credentials", action="store_true", help="credential findings on other answers")
    args = parser.parse_args(argv)
    dirs = args.dirs or sorted(p for p in (ROOT / "tests").glob("corpus*") if p.is_dir())
    print("\n".join(sorted((credential_finds if args.credentials else misses)(dirs))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
