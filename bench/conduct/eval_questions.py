"""Accuracy of the question classifier, beside a simple keyword baseline.

Prints per-category precision, recall and F1, macro-F1 and the confusion matrix for the shared
development set, offergap's own labelled set (questions.jsonl), the later sets holdout*.jsonl (each
written fresh and measured once before the classifier was changed again; holdout5 is the final check,
measured once and never tuned on), two small development probes (probe6, probe7) and the session-2
sets (holdout6 to holdout11, now trained on; holdout12, the final check; the training-only sets
train_a, train_b and train_c are left out); see README.md for the first-run
figures. Macro-F1 is given over the five question categories and, where the set has `unknown` lines,
over six.

    python bench/conduct/eval_questions.py [FILE.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from offergap.analysis.questions import judge_question

HERE = Path(__file__).resolve().parent
DEFAULT_SETS = [
    HERE.parents[2] / "shared" / "dev" / "questions.jsonl",
    HERE / "questions.jsonl",
    HERE / "holdout.jsonl",
    HERE / "holdout2.jsonl",
    HERE / "holdout3.jsonl",
    HERE / "holdout4.jsonl",
    HERE / "holdout5.jsonl",
    HERE / "probe6.jsonl",
    HERE / "probe7.jsonl",
    HERE / "holdout6.jsonl",
    HERE / "holdout7.jsonl",
    HERE / "holdout8.jsonl",
    HERE / "holdout9.jsonl",
    HERE / "holdout10.jsonl",
    HERE / "holdout11.jsonl",
    HERE / "holdout12.jsonl",
]
LABELS = ("research", "role", "process", "premature", "red_flag", "unknown")
FIVE = LABELS[:5]

# The baseline: the first category with a keyword in the question, else role.
BASELINE_KEYWORDS = {
    "red_flag": ("what does your company do", "did i get", "drug", "background check", "transfer"),
    "premature": ("salary", "pay", "vacation", "benefits", "hours", "remote", "overtime", "bonus", "pto"),
    "process": ("next step", "timeline", "decision", "hear back", "interview"),
    "research": ("i read", "i saw", "your report", "announced", "acquired", "launch"),
}


def keyword_baseline(question: str) -> str:
    lowered = question.lower()
    for category, keywords in BASELINE_KEYWORDS.items():
        if any(k in lowered for k in keywords):
            return category
    return "role"


def offergap(question: str) -> str:
    return judge_question(question).category


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _f1(pairs: Counter[tuple[str, str]], labels: list[str], label: str) -> float:
    tp = pairs[(label, label)]
    fp = sum(pairs[(g, label)] for g in labels if g != label)
    fn = sum(pairs[(label, p)] for p in labels if p != label)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(rows: list[dict[str, str]], classify: Callable[[str], str], name: str) -> float:
    gold = [r["label"] for r in rows]
    predicted = [classify(r["question"]) for r in rows]
    labels = [label for label in LABELS if label in gold or label in predicted]
    pairs = Counter(zip(gold, predicted, strict=True))
    scored = [label for label in FIVE if label in gold]
    print(f"\n  {name}: accuracy {sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(rows):.3f}")
    print(f"  {'category':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>4}")
    f1s = []
    for label in scored:
        tp = pairs[(label, label)]
        fp = sum(pairs[(g, label)] for g in labels if g != label)
        fn = sum(pairs[(label, p)] for p in labels if p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"  {label:<10} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {gold.count(label):>4}")
    macro = sum(f1s) / len(f1s)
    print(f"  macro-F1 over the {len(scored)} question categories: {macro:.3f}")
    if "unknown" in gold:
        unknown_f1 = _f1(pairs, labels, "unknown")
        six = (sum(f1s) + unknown_f1) / 6
        print(f"  unknown F1 {unknown_f1:.3f}; macro-F1 over 6 with unknown: {six:.3f}")
    print("  confusion (rows: gold, columns: predicted)")
    print("  " + " " * 10 + "".join(f"{p[:9]:>10}" for p in labels))
    for g in labels:
        if g in gold:
            print(f"  {g:<10}" + "".join(f"{pairs[(g, p)]:>10}" for p in labels))
    return macro


def show_errors(rows: list[dict[str, str]]) -> None:
    for r in rows:
        judgement = judge_question(r["question"])
        if judgement.category != r["label"]:
            print(f"  {r['id']} gold={r['label']} got={judgement.category}: {r['question']}")
            print(f"      {judgement.why}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    paths = [Path(a) for a in args] or DEFAULT_SETS
    for path in paths:
        rows = load(path)
        print(f"\n=== {path.name} ({len(rows)} questions) ===")
        report(rows, offergap, "offergap")
        report(rows, keyword_baseline, "keyword baseline")
        if "--errors" in sys.argv:
            show_errors(rows)


if __name__ == "__main__":
    main()
