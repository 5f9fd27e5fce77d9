"""Train the question model that backs up the cue lists, and write its weights into the package.

A multinomial logistic regression (scikit-learn, at development time only) over the features of
`offergap.analysis.question_model.features`, on the labelled sets named below; the regularisation
is chosen by 5-fold cross-validation on the training sets alone. The weights are written as JSON to
`src/offergap/data/question_model.json`, which offergap reads with no scikit-learn at run time.

    python bench/conduct/train_question_model.py [--train FILE ...] [--test FILE ...] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from offergap.analysis.question_model import features
from offergap.analysis.questions import model_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "src" / "offergap" / "data" / "question_model.json"
# The shared development set is left out, so that its figure stays a held-out one.
TRAINING = [
    *(HERE / f"{name}.jsonl" for name in ("questions", "holdout", "holdout2", "holdout3", "holdout4")),
    *(HERE / f"{name}.jsonl" for name in ("holdout5", "probe6", "probe7", "holdout6", "holdout7")),
    # The labelling conventions of README.md written as examples, so the model learns them too.
    HERE / "conventions.jsonl",
    # Training sets written for the model (session 2): hard wordings of premature and red-flag questions.
    HERE / "train_a.jsonl",
    HERE / "train_b.jsonl",
    HERE / "train_c.jsonl",
    HERE / "holdout8.jsonl",
    HERE / "holdout9.jsonl",
    HERE / "holdout10.jsonl",
    HERE / "holdout11.jsonl",
    HERE / "holdout12.jsonl",
    HERE / "holdout13.jsonl",
    HERE / "holdout14.jsonl",
    HERE / "holdout15.jsonl",
    # written for the model (session 3): everyday words in innocent questions, and near neighbours
    HERE / "train_d.jsonl",
    HERE / "train_e.jsonl",
    HERE / "holdout16.jsonl",
    HERE / "train_f.jsonl",
]
FIVE = ("research", "role", "process", "premature", "red_flag")
C_GRID = (3.0, 10.0, 30.0, 100.0, 300.0)
# Weights smaller than this change no decision and only make the file bigger.
PRUNE = 0.02


def load(paths: list[Path]) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for path in paths:
        for line in path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                if row["label"] in FIVE:
                    texts.append(model_text(row["question"]))
                    labels.append(row["label"])
    return texts, labels


def fit(c: float, matrix: object, labels: list[str]) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)


def choose_c(matrix: object, labels: list[str]) -> float:
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scores = {}
    for c in C_GRID:
        predicted = cross_val_predict(LogisticRegression(C=c, max_iter=5000), matrix, labels, cv=folds)
        scores[c] = f1_score(labels, predicted, average="macro")
        print(f"  C={c:<5} cross-validated macro-F1 {scores[c]:.3f}")
    return max(scores, key=lambda c: scores[c])


def export(model: LogisticRegression, vectorizer: DictVectorizer) -> dict[str, object]:
    order = [list(model.classes_).index(c) for c in FIVE]
    coef = model.coef_[order]
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(w), 4) for w in coef[:, j]]
        for j, name in enumerate(names)
        if np.abs(coef[:, j]).max() >= PRUNE
    }
    return {
        "classes": list(FIVE),
        "intercepts": [round(float(x), 4) for x in model.intercept_[order]],
        "weights": weights,
    }


def recall(gold: list[str], predicted: list[str], category: str) -> float:
    hits = [p == category for g, p in zip(gold, predicted, strict=True) if g == category]
    return sum(hits) / len(hits) if hits else float("nan")


def leave_one_file_out(paths: list[Path], c: float) -> None:
    """The model alone on each file, trained on all the others: an honest figure per file."""
    for held in paths:
        texts, labels = load([p for p in paths if p != held])
        test_texts, test_labels = load([held])
        vectorizer = DictVectorizer()
        model = fit(c, vectorizer.fit_transform(features(t) for t in texts), labels)
        predicted = list(model.predict(vectorizer.transform(features(t) for t in test_texts)))
        print(
            f"  {held.name:<16} macro-F1 {f1_score(test_labels, predicted, average='macro'):.3f}  "
            f"premature recall {recall(test_labels, predicted, 'premature'):.3f}  "
            f"red_flag recall {recall(test_labels, predicted, 'red_flag'):.3f}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, help="the regularisation, instead of choosing it by cross-validation")
    parser.add_argument("--train", nargs="*", type=Path, default=TRAINING)
    parser.add_argument("--test", nargs="*", type=Path, default=[])
    parser.add_argument("--leave-one-file-out", action="store_true", help="also score each file unseen")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    parser.add_argument("--dry-run", action="store_true", help="report, but do not write the weights")
    args = parser.parse_args(argv)
    texts, labels = load(args.train)
    print(f"training on {len(texts)} questions from {len(args.train)} files")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features(t) for t in texts)
    c = args.c or choose_c(matrix, labels)
    model = fit(c, matrix, labels)
    data = export(model, vectorizer)
    print(f"chose C={c}; {len(data['weights'])} of {len(vectorizer.vocabulary_)} features kept")  # type: ignore[arg-type]
    if args.leave_one_file_out:
        print("leave one file out (the model alone, trained on the other files):")
        leave_one_file_out(args.train, c)
    for path in args.test:
        test_texts, test_labels = load([path])
        predicted = model.predict(vectorizer.transform(features(t) for t in test_texts))
        print(
            f"  {path.name}: model alone macro-F1 {f1_score(test_labels, predicted, average='macro'):.3f}  "
            f"premature recall {recall(test_labels, list(predicted), 'premature'):.3f}  "
            f"red_flag recall {recall(test_labels, list(predicted), 'red_flag'):.3f}"
        )
    if not args.dry_run:
        args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
