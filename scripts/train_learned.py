"""Train the learned detector's model from labelled corpora and write it as JSON.

    python scripts/train_learned.py [--out gateway/inspection/models/learned_identity.json]
                                    [--corpus tests/corpus ...] [--c 16] [--threshold 0.8]

A logistic regression per family over binary word features (L2-normalised), the
same features gateway/inspection/learned_features.py makes when scanning. Needs scikit-learn
(the `dev` extra); scanning needs only the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.score_corpus import load_corpus, to_answer  # noqa: E402
from gateway.inspection.learned_features import choice_parts, features, joined  # noqa: E402

FAMILIES = ("access_change", "lifecycle", "attestation")
DEFAULT_CORPORA = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("corpus*") if p.is_dir())


def train(corpora: list[str], c: float, threshold: float, min_df: int = 2) -> dict:
    import sklearn
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    items = [item for corpus in corpora for item in load_corpus(ROOT / corpus)]
    texts = [joined(choice_parts(to_answer(item["answer"]).choices[0])) for item in items]
    vectorizer = CountVectorizer(analyzer=features, binary=True, min_df=min_df)
    matrix = normalize(vectorizer.fit_transform(texts))
    vocabulary = vectorizer.get_feature_names_out()
    bias, columns = [], []
    for family in FAMILIES:
        labels = [family in item["labels"] for item in items]
        model = LogisticRegression(C=c, max_iter=10000, class_weight="balanced").fit(matrix, labels)
        bias.append(round(float(model.intercept_[0]), 4))
        columns.append(model.coef_[0])
    weights = {str(word): [round(float(column[i]), 4) for column in columns] for i, word in enumerate(vocabulary)}
    return {
        "format": 1,
        "families": list(FAMILIES),
        "threshold": threshold,
        "bias": bias,
        "weights": weights,
        "trained_on": {"corpora": corpora, "answers": len(items), "c": c, "min_df": min_df,
                       "sklearn": sklearn.__version__},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "gateway/inspection/models/learned_identity.json"))
    parser.add_argument("--corpus", action="append", help="corpus directory (repeatable; default: all tests/corpus*)")
    parser.add_argument("--c", type=float, default=16.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.8, help="probability at which a family is found")
    args = parser.parse_args(argv)
    model = train(args.corpus or DEFAULT_CORPORA, args.c, args.threshold)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model['weights'])} features, {model['trained_on']['answers']} answers "
          f"from {', '.join(model['trained_on']['corpora'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
