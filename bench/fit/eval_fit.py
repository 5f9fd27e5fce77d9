"""Score labelled resume/posting sets with offergap's fit and a TF-IDF cosine baseline, side by side.

For each set (a folder with labels.csv: resume,posting,label,why; label 2 good, 1 potential, 0 no fit) it
prints ROC-AUC good vs no_fit, ROC-AUC (good+potential) vs no_fit, ROC-AUC potential vs no_fit (the hard
part), Spearman's rho against the graded labels, the mean per-resume ROC-AUC good vs no_fit (ranking one
resume's postings), and label accuracy with the 3x3 confusion matrix (rows true, columns predicted).

The baseline is TfidfVectorizer (English stop words, fit on the set's own resumes and postings) with the
cosine between a resume and a posting. Its labels come from tertile thresholds of its own scores on that set
(lowest third no_fit, middle third potential, top third good); they are printed but are only a rough guide,
since the sets are not split into equal thirds.

    .venv/bin/python bench/fit/eval_fit.py [--set DIR ...] [--json]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
from sklearn.metrics import confusion_matrix, roc_auc_score  # type: ignore[import-untyped]
from sklearn.metrics.pairwise import cosine_similarity  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SETS = (REPO.parent / "shared" / "dev" / "fit", REPO / "bench" / "fit" / "data")
LABEL_NAMES = ("no_fit", "potential", "good")
LABEL_VALUES = {name: value for value, name in enumerate(LABEL_NAMES)}
TEXT_SUFFIXES = (".txt", ".md")
TARGET_AUC = 0.90
TARGET_MARGIN = 0.10

# A scorer maps (resume text, posting text) to (score, graded label 0/1/2).
Scorer = Callable[[str, str], tuple[float, int]]


@dataclass(frozen=True)
class LabelledPair:
    resume: str
    posting: str
    label: int
    why: str


@dataclass(frozen=True)
class FitSet:
    name: str
    root: Path
    resumes: dict[str, str]
    postings: dict[str, str]
    pairs: tuple[LabelledPair, ...]


@dataclass(frozen=True)
class Metrics:
    pairs: int
    auc_good_vs_no_fit: float
    auc_fit_vs_no_fit: float
    auc_potential_vs_no_fit: float
    spearman: float
    auc_good_vs_no_fit_within_resume: float  # mean over resumes: one resume's postings ranked, as `rank` does
    accuracy: float
    confusion: tuple[tuple[int, ...], ...]  # rows: true no_fit/potential/good; columns: predicted


@dataclass(frozen=True)
class SetReport:
    set_name: str
    method: str
    metrics: Metrics | None
    failures: int
    seconds: float
    note: str


def find_text(root: Path, name: str) -> Path:
    """The file for an id in labels.csv: root/ID.txt, or root/<subfolder>/ID.txt (resumes/, postings/)."""
    candidates = [root / f"{name}{suffix}" for suffix in TEXT_SUFFIXES]
    candidates += [sub / f"{name}{suffix}" for sub in sorted(root.iterdir()) if sub.is_dir()
                   for suffix in TEXT_SUFFIXES]
    for path in candidates:
        if path.is_file():
            return path
    raise FileNotFoundError(f"{root}: no text file for {name!r} (looked for {name}.txt or {name}.md)")


def read_labels(labels_csv: Path) -> tuple[LabelledPair, ...]:
    with labels_csv.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        LabelledPair(row["resume"].strip(), row["posting"].strip(), int(row["label"]), row.get("why") or "")
        for row in rows
    )


def load_set(root: Path) -> FitSet:
    pairs = read_labels(root / "labels.csv")
    resumes = {name: read_text(root, name) for name in {p.resume for p in pairs}}
    postings = {name: read_text(root, name) for name in {p.posting for p in pairs}}
    return FitSet(set_name(root), root, resumes, postings, pairs)


def read_text(root: Path, name: str) -> str:
    return find_text(root, name).read_text(encoding="utf-8")


def set_name(root: Path) -> str:
    resolved = root.resolve()
    for base in (REPO, REPO.parent):
        if resolved.is_relative_to(base):
            return str(resolved.relative_to(base))
    return str(root)


def rank_average(values: NDArray[np.float64]) -> NDArray[np.float64]:
    """Ranks starting at 1, with tied values sharing the mean of their ranks."""
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = np.arange(1, len(values) + 1, dtype=np.float64)
    for value in np.unique(values):
        tied = values == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def spearman_numpy(x: NDArray[np.float64], y: NDArray[np.float64]) -> float:
    rx, ry = rank_average(x), rank_average(y)
    if rx.std() == 0 or ry.std() == 0:
        return float("nan")
    return float(np.corrcoef(rx, ry)[0, 1])


def spearman(x: NDArray[np.float64], y: NDArray[np.float64]) -> float:
    try:
        from scipy.stats import spearmanr  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return spearman_numpy(x, y)
    return float(spearmanr(x, y).statistic)


def auc_between(scores: NDArray[np.float64], labels: NDArray[np.int_], positive: set[int],
                negative: set[int]) -> float:
    keep = np.isin(labels, sorted(positive | negative))
    y_true = np.isin(labels[keep], sorted(positive)).astype(int)
    if y_true.min() == y_true.max():
        return float("nan")
    return float(roc_auc_score(y_true, scores[keep]))


def mean_auc_within_groups(scores: NDArray[np.float64], labels: NDArray[np.int_],
                           groups: Sequence[str]) -> float:
    """Good vs no_fit ROC-AUC inside each group (resume), averaged over groups that have both classes."""
    group_array = np.asarray(groups)
    aucs = [auc_between(scores[group_array == g], labels[group_array == g], {2}, {0})
            for g in sorted(set(groups))]
    usable = [auc for auc in aucs if not np.isnan(auc)]
    return float(np.mean(usable)) if usable else float("nan")


def compute_metrics(scores: Sequence[float], predicted: Sequence[int], truth: Sequence[int],
                    resumes: Sequence[str]) -> Metrics:
    s = np.asarray(scores, dtype=np.float64)
    t = np.asarray(truth, dtype=np.int_)
    p = np.asarray(predicted, dtype=np.int_)
    matrix = confusion_matrix(t, p, labels=[0, 1, 2])
    return Metrics(
        pairs=len(t),
        auc_good_vs_no_fit=auc_between(s, t, {2}, {0}),
        auc_fit_vs_no_fit=auc_between(s, t, {1, 2}, {0}),
        auc_potential_vs_no_fit=auc_between(s, t, {1}, {0}),
        spearman=spearman(s, t.astype(np.float64)),
        auc_good_vs_no_fit_within_resume=mean_auc_within_groups(s, t, resumes),
        accuracy=float((p == t).mean()),
        confusion=tuple(tuple(int(cell) for cell in row) for row in matrix),
    )


def tertile_labels(scores: Sequence[float]) -> list[int]:
    """0/1/2 by the set's own score tertiles: the baseline has no thresholds of its own."""
    low, high = np.quantile(np.asarray(scores, dtype=np.float64), [1 / 3, 2 / 3])
    return [0 if score <= low else 1 if score <= high else 2 for score in scores]


def tfidf_scores(fit_set: FitSet) -> list[float]:
    names = sorted(fit_set.resumes) + sorted(fit_set.postings)
    texts = [fit_set.resumes.get(name) or fit_set.postings[name] for name in names]
    vectorizer = TfidfVectorizer(stop_words="english")
    matrix = vectorizer.fit_transform(texts)
    row = {name: index for index, name in enumerate(names)}
    return [float(cosine_similarity(matrix[row[p.resume]], matrix[row[p.posting]])[0, 0])
            for p in fit_set.pairs]


def evaluate_baseline(fit_set: FitSet) -> SetReport:
    started = time.perf_counter()
    scores = tfidf_scores(fit_set)
    truth = [p.label for p in fit_set.pairs]
    metrics = compute_metrics(scores, tertile_labels(scores), truth, [p.resume for p in fit_set.pairs])
    return SetReport(fit_set.name, "tfidf-cosine", metrics, 0, time.perf_counter() - started,
                     "labels from tertiles of its own scores")


def load_offergap_scorer() -> tuple[Scorer | None, str]:
    # Imported by name so that this script runs (baseline only) before the scorer module exists.
    try:
        score_fit = importlib.import_module("offergap.analysis.fit").score_fit
    except Exception as error:  # any failure to import means: report the baseline alone
        return None, f"offergap.analysis.fit is not importable ({error.__class__.__name__}: {error})"

    def scorer(resume: str, posting: str) -> tuple[float, int]:
        result = score_fit(resume, posting)
        return float(result.score), LABEL_VALUES[str(result.label)]

    return scorer, ""


def evaluate_scorer(fit_set: FitSet, method: str, scorer: Scorer) -> SetReport:
    """Pairs the scorer fails on are left out of the metrics and counted, never given a made-up score."""
    scores: list[float] = []
    predicted: list[int] = []
    truth: list[int] = []
    resumes: list[str] = []
    failures: list[str] = []
    started = time.perf_counter()
    for pair in fit_set.pairs:
        try:
            score, label = scorer(fit_set.resumes[pair.resume], fit_set.postings[pair.posting])
        except Exception as error:
            failures.append(f"{pair.resume}/{pair.posting}: {error.__class__.__name__}: {error}")
            continue
        scores.append(score)
        predicted.append(label)
        truth.append(pair.label)
        resumes.append(pair.resume)
    seconds = time.perf_counter() - started
    metrics = compute_metrics(scores, predicted, truth, resumes) if scores else None
    note = ("; ".join(failures[:3]) + (" ..." if len(failures) > 3 else "")) if failures else ""
    return SetReport(fit_set.name, method, metrics, len(failures), seconds, note)


def format_number(value: float) -> str:
    return "  n/a" if np.isnan(value) else f"{value:5.3f}"


def print_report(report: SetReport) -> None:
    print(f"  {report.method}  ({report.seconds:.2f} s{'; ' + report.note if report.note else ''})")
    if report.failures:
        print(f"    WARNING: {report.failures} pair(s) failed and are excluded from the figures below")
    m = report.metrics
    if m is None:
        print("    no pair could be scored")
        return
    rows = [
        ("pairs scored", str(m.pairs)),
        ("ROC-AUC good vs no_fit", format_number(m.auc_good_vs_no_fit)),
        ("ROC-AUC good+potential vs no_fit", format_number(m.auc_fit_vs_no_fit)),
        ("ROC-AUC potential vs no_fit", format_number(m.auc_potential_vs_no_fit)),
        ("Spearman rho (graded labels)", format_number(m.spearman)),
        ("ROC-AUC good vs no_fit, per resume", format_number(m.auc_good_vs_no_fit_within_resume)),
        ("label accuracy", format_number(m.accuracy)),
    ]
    for name, value in rows:
        print(f"    {name:<36} {value}")
    print("    confusion (rows true, cols predicted: no_fit potential good)")
    for name, row in zip(LABEL_NAMES, m.confusion, strict=True):
        print(f"      {name:<9} " + " ".join(f"{cell:9d}" for cell in row))


def print_target(ours: SetReport, baseline: SetReport) -> None:
    if ours.metrics is None or baseline.metrics is None:
        return
    auc, base = ours.metrics.auc_good_vs_no_fit, baseline.metrics.auc_good_vs_no_fit
    met = auc >= TARGET_AUC and auc - base >= TARGET_MARGIN
    print(f"  target (AUC good vs no_fit >= {TARGET_AUC:.2f} and >= {TARGET_MARGIN:.2f} above TF-IDF): "
          f"{'MET' if met else 'NOT MET'} ({auc:.3f} vs {base:.3f}, margin {auc - base:+.3f})")


def describe(fit_set: FitSet) -> str:
    counts = [sum(1 for p in fit_set.pairs if p.label == value) for value in range(3)]
    return (f"== set {fit_set.name} ({fit_set.root}): {len(fit_set.resumes)} resumes, "
            f"{len(fit_set.postings)} postings, {len(fit_set.pairs)} pairs "
            f"(good {counts[2]}, potential {counts[1]}, no_fit {counts[0]})")


def run(set_dirs: Sequence[Path], as_json: bool) -> list[SetReport]:
    notes = sys.stderr if as_json else sys.stdout
    scorer, why_missing = load_offergap_scorer()
    if scorer is None:
        print(f"NOTE: {why_missing}; printing the TF-IDF baseline only.\n", file=notes)
    reports: list[SetReport] = []
    for root in set_dirs:
        if not (root / "labels.csv").is_file():
            print(f"== set {root}: skipped, no labels.csv there\n", file=notes)
            continue
        fit_set = load_set(root)
        baseline = evaluate_baseline(fit_set)
        ours = evaluate_scorer(fit_set, "offergap.score_fit", scorer) if scorer else None
        reports += [report for report in (ours, baseline) if report is not None]
        if not as_json:
            print(describe(fit_set))
            for report in (ours, baseline):
                if report is not None:
                    print_report(report)
            if ours is not None:
                print_target(ours, baseline)
            print()
    return reports


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="sets", action="append", type=Path, metavar="DIR",
                        help="a labelled set (folder with labels.csv); repeatable; default: the dev set "
                             "and bench/fit/data")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON list")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    reports = run(args.sets or list(DEFAULT_SETS), args.json)
    if args.json:
        print(json.dumps([asdict(report) for report in reports], indent=2, default=str))
    return 0 if reports else 1


if __name__ == "__main__":
    sys.exit(main())
