"""Fuzzed equivalence for the prose detector: scan_prose over thousands of texts cut and stitched from
the labelled corpora (random slices and concatenations, some upper-cased, title-cased or swapped, with
odd punctuation, breaks and case-folding letters spliced in), so a speed change can prove its hits
byte-identical beyond the corpus answers themselves. Write with the tree before the change on
PYTHONPATH, compare with the tree after it:

    PYTHONPATH=/path/to/before python bench/prose_equivalence.py write /tmp/prose.json [--count 20000] [--big]
    PYTHONPATH=. python bench/prose_equivalence.py compare /tmp/prose.json [--count 20000] [--big]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: the tree under test provides `gateway`

from bench.inspection_speed import corpus_texts  # noqa: E402

ODD = [*".;!?:,`'\"|*-\n\t ()[]>#", "...", ". ", "; ", "\n\n", "\n- ", "\n1. ", "```", " \u2014 ", "\u0130", "\u00df",
       "\ufb01", "\u00c9", "\u212a", "\u03a3", "\u0391\u03a3 ", "\u017f", "\u0131"]
SEPARATORS = [" ", ". ", "; ", "\n", "\n\n", "", " - ", "? ", "! ", ".", ";", "\n* ", "\n| ", " Dr. ", " M. "]


def _mutated(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.1:
        text = text.upper()
    elif roll < 0.15:
        text = text.title()
    elif roll < 0.2:
        text = text.swapcase()
    if rng.random() < 0.4:
        chars = list(text)
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(chars) + 1)
            if rng.random() < 0.5 and at < len(chars):
                chars[at] = rng.choice(ODD)
            else:
                chars.insert(at, rng.choice(ODD))
        text = "".join(chars)
    return text


def cases(count: int, big: bool, seed: int = 11) -> list[str]:
    texts = corpus_texts()
    rng = random.Random(seed + big)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(20, 80) if big else rng.choice([1, 2, 3, 5, 8, 12])):
            text = rng.choice(texts)
            if rng.random() < 0.6 and len(text) > 10:
                start = rng.randrange(len(text))
                text = text[start: rng.randrange(start, min(len(text), start + rng.choice([40, 200, 800, 3000])) + 1)]
            parts.append(_mutated(rng, text))
        out.append("".join(part + rng.choice(SEPARATORS) for part in parts))
    return out


def hits(count: int, big: bool) -> list[list[list]]:
    import gateway
    from gateway.inspection.prose import scan_prose

    print(f"scan_prose of {Path(gateway.__file__).parent.parent}")

    return [[[h.kind, h.start, h.end, h.confidence, h.action, h.target, h.principal, h.privilege, h.rule]
             for h in scan_prose(text)] for text in cases(count, big)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("write", "compare"))
    parser.add_argument("path")
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--big", action="store_true", help="long texts (20 to 80 pieces each)")
    args = parser.parse_args(argv)
    current = hits(args.count, args.big)
    if args.mode == "write":
        Path(args.path).write_text(json.dumps(current), encoding="utf-8")
        print(f"wrote {sum(map(len, current))} hits of {len(current)} texts")
        return 0
    before = json.loads(Path(args.path).read_text(encoding="utf-8"))
    differing = [index for index, (old, new) in enumerate(zip(before, current, strict=False)) if old != new]
    print(f"{len(differing)} of {len(current)} texts differ{': ' + str(differing[:10]) if differing else ''}")
    return 1 if differing or len(before) != len(current) else 0


if __name__ == "__main__":
    raise SystemExit(main())
