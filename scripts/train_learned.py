"""Train the learned detector's model from labelled corpora and write it as JSON.

    python scripts/train_learned.py [--out gateway/inspection/models/learned_identity.json]
                                    [--corpus tests/corpus ...] [--c 16] [--threshold 0.55]
                                    [--section-weight 0]

A logistic regression per family, and one of any family (the gate), over binary features (words,
tool-name words; L2-normalised), the same features gateway/inspection/learned_features.py
makes when scanning. With --section-weight, each section of a long harmless answer, as the detector cuts a long
answer when it reads it section by section (learned.py), is also a harmless row of its own, at that weight.
Needs scikit-learn (the `dev` extra); scanning needs only the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.score_corpus import load_corpus, to_answer  # noqa: E402
from gateway.inspection.learned import FORMAT, MIN_SECTIONED, sections  # noqa: E402
from gateway.inspection.learned_features import MIN_FEATURES, features  # noqa: E402
from gateway.types import Choice  # noqa: E402

FAMILIES = ("access_change", "lifecycle", "attestation")
# One more model, of any family against the rest: a family is found only when it agrees. Trained on
# all the identity answers at once, it tells harmless look-alikes apart better than any one family.
GATE = "identity"
# Harmless answers weigh twice: every family model is then pushed away from them more than from the
# other families, whose answers are held anyway (fewer false holds at the same recall on unseen corpora).
BENIGN_WEIGHT = 2.0
# A long answer is also read section by section, and a section of a harmless report read alone ("added a second
# gateway", "the admin role in the game") must not read as identity: each section of a long harmless answer can be
# one more harmless row, at this weight (its words are already those of the whole answer's row). Off: measured in
# session 15 (C=16, weights 0.25, 0.5 and 1 against none), it changed nothing on unseen answers. Trained without
# rounds 100-109 and scored on them with the code of their day, every variant was within 3 answers of the committed
# model in every family and in false holds (40-42 of 1,333) at thresholds 0.5-0.65; trained on all 110 corpora and
# scored on four new blind rounds (1,410 answers), it caught 5-8 more of 655 access/lifecycle/attestation labels and
# held 2-3 more of 539 harmless answers (the committed model at a lower threshold trades alike), while it added 22-48
# misses and false holds on the training corpora (where the pattern detectors' look-alike checks were fitted to the
# committed model's readings).
SECTION_WEIGHT = 0.0
DEFAULT_CORPORA = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("corpus*") if p.is_dir())


def normalised(matrix, min_features: int):
    """Rows of binary features divided by their L2 norm, sqrt(features), counted as at least
    `min_features`, as gateway/inspection/learned.py does when scanning."""
    import numpy
    from scipy.sparse import diags

    counts = numpy.asarray(matrix.sum(axis=1)).ravel()
    return diags(1.0 / numpy.sqrt(numpy.maximum(counts, min_features))) @ matrix


def train(corpora: list[str], c: float, threshold: float, min_df: int = 2, min_features: int = MIN_FEATURES,
          benign_weight: float = BENIGN_WEIGHT, section_weight: float = SECTION_WEIGHT) -> dict:
    import sklearn
    from scipy.sparse import vstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    items = [item for corpus in corpora for item in load_corpus(ROOT / corpus)]
    choices = [to_answer(item["answer"]).choices[0] for item in items]
    vectorizer = CountVectorizer(analyzer=features, binary=True, min_df=min_df)
    counts = vectorizer.fit_transform(choices)  # the vocabulary is that of whole answers, sections or not
    sample_weight = [1.0 if item["labels"] else benign_weight for item in items]
    targets = [[family in item["labels"] for item in items] for family in FAMILIES]
    targets.append([not set(FAMILIES).isdisjoint(item["labels"]) for item in items])
    parts = harmless_sections(items, choices) if section_weight > 0 else []
    if parts:
        counts = vstack([counts, vectorizer.transform(parts)]).tocsr()
        sample_weight += [section_weight] * len(parts)
        for target in targets:
            target += [False] * len(parts)
    counts.sort_indices()  # a row's features come in hash order: sorted, the fit is the same on every run
    matrix = normalised(counts, min_features)
    vocabulary = vectorizer.get_feature_names_out()
    bias, columns = [], []
    for labels in targets:
        model = LogisticRegression(C=c, max_iter=10000, class_weight="balanced").fit(matrix, labels, sample_weight)
        bias.append(round(float(model.intercept_[0]), 4))
        columns.append(model.coef_[0])
    weights = {str(word): [round(float(column[i]), 4) for column in columns] for i, word in enumerate(vocabulary)}
    return {
        "format": FORMAT,
        "families": list(FAMILIES),
        "gate": GATE,
        "threshold": threshold,
        "min_features": min_features,
        "bias": bias,
        "weights": weights,
        "trained_on": {"corpora": corpora, "answers": len(items), "c": c, "min_df": min_df,
                       "benign_weight": benign_weight, "section_weight": section_weight, "sections": len(parts),
                       "sklearn": sklearn.__version__},
    }


def harmless_sections(items: list[dict], choices: list[Choice]) -> list[Choice]:
    """Each section of each long harmless answer's content, as a choice of its own (no tool calls: a section is
    read from the content alone)."""
    out = []
    for item, choice in zip(items, choices, strict=True):
        content = choice.content or ""
        if item["labels"] or len(content) < MIN_SECTIONED:
            continue
        out += [Choice(choice.index, content[start:end]) for start, end in sections(content)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "gateway/inspection/models/learned_identity.json"))
    parser.add_argument("--corpus", action="append", help="corpus directory (repeatable; default: all tests/corpus*)")
    parser.add_argument("--c", type=float, default=16.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.55, help="probability at which a family is found")
    parser.add_argument("--section-weight", type=float, default=SECTION_WEIGHT,
                        help="weight of each section of a long harmless answer as a harmless row (0: none)")
    args = parser.parse_args(argv)
    model = train(args.corpus or DEFAULT_CORPORA, args.c, args.threshold, section_weight=args.section_weight)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model['weights'])} features, {model['trained_on']['answers']} answers "
          f"from {', '.join(model['trained_on']['corpora'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
