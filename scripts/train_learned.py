"""Train the learned detector's model from labelled corpora and write it as JSON.

    python scripts/train_learned.py [--out gateway/inspection/models/learned_identity.json]
                                    [--corpus tests/corpus ...] [--c 16] [--threshold 0.55]

A logistic regression per family, and one of any family (the gate), over binary features (words,
tool-name words; L2-normalised), the same features gateway/inspection/learned_features.py
makes when scanning.
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
from gateway.inspection.learned import FORMAT  # noqa: E402
from gateway.inspection.learned_features import MIN_FEATURES, features  # noqa: E402

FAMILIES = ("access_change", "lifecycle", "attestation")
# One more model, of any family against the rest: a family is found only when it agrees. Trained on
# all the identity answers at once, it tells harmless look-alikes apart better than any one family.
GATE = "identity"
# Harmless answers weigh twice: every family model is then pushed away from them more than from the
# other families, whose answers are held anyway (fewer false holds at the same recall on unseen corpora).
BENIGN_WEIGHT = 2.0
DEFAULT_CORPORA = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("corpus*") if p.is_dir())


def normalised(matrix, min_features: int):
    """Rows of binary features divided by their L2 norm, sqrt(features), counted as at least
    `min_features`, as gateway/inspection/learned.py does when scanning."""
    import numpy
    from scipy.sparse import diags

    counts = numpy.asarray(matrix.sum(axis=1)).ravel()
    return diags(1.0 / numpy.sqrt(numpy.maximum(counts, min_features))) @ matrix


def train(corpora: list[str], c: float, threshold: float, min_df: int = 2, min_features: int = MIN_FEATURES,
          benign_weight: float = BENIGN_WEIGHT) -> dict:
    import sklearn
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    items = [item for corpus in corpora for item in load_corpus(ROOT / corpus)]
    choices = [to_answer(item["answer"]).choices[0] for item in items]
    vectorizer = CountVectorizer(analyzer=features, binary=True, min_df=min_df)
    counts = vectorizer.fit_transform(choices)
    counts.sort_indices()  # a row's features come in hash order: sorted, the fit is the same on every run
    matrix = normalised(counts, min_features)
    vocabulary = vectorizer.get_feature_names_out()
    sample_weight = [1.0 if item["labels"] else benign_weight for item in items]
    targets = [[family in item["labels"] for item in items] for family in FAMILIES]
    targets.append([not set(FAMILIES).isdisjoint(item["labels"]) for item in items])
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
                       "benign_weight": benign_weight, "sklearn": sklearn.__version__},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "gateway/inspection/models/learned_identity.json"))
    parser.add_argument("--corpus", action="append", help="corpus directory (repeatable; default: all tests/corpus*)")
    parser.add_argument("--c", type=float, default=16.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.55, help="probability at which a family is found")
    args = parser.parse_args(argv)
    model = train(args.corpus or DEFAULT_CORPORA, args.c, args.threshold)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model['weights'])} features, {model['trained_on']['answers']} answers "
          f"from {', '.join(model['trained_on']['corpora'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
