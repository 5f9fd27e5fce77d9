"""Pseudo-interview risk on labelled single-opportunity workbooks: ROC-AUC and evidence checks.

Usage:
    .venv/bin/python bench/pseudo/eval_pseudo.py [LABELLED_DIR ...]

Each LABELLED_DIR holds labels.jsonl ({"file", "label": "pseudo|genuine", "why"}) and the workbooks,
either beside it or in a cases/ folder. Default: the shared dev set and this folder.

For each set it prints the ROC-AUC of offergap's risk, of a baseline that uses the posting's age at
application alone, and of offergap with every workbook `signals` flag blanked (notes kept), which
shows how much rests on the seeker's own words; the bands by label; and whether every high-risk
result names its strongest evidence (the first signal that raised the risk carries evidence text).
"""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from offergap.analysis.pseudo import RiskAssessment, application_date, assess_search, posting_start
from offergap.workbook import SIGNAL_NAMES, Opportunity, Workbook, load_workbook

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[2] / "shared" / "dev" / "pseudo"
TARGET = 0.95


@dataclass(frozen=True)
class Case:
    file: str
    pseudo: bool
    workbook: Workbook


def load_cases(folder: Path) -> list[Case]:
    cases = []
    for line in (folder / "labels.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        path = folder / "cases" / label["file"]
        path = path if path.exists() else folder / label["file"]
        cases.append(Case(label["file"], label["label"] == "pseudo", load_workbook(path)))
    return cases


def roc_auc(scores: list[float], positive: list[bool]) -> float:
    """The chance a random pseudo case outscores a random genuine one (ties count half)."""
    pos = [s for s, p in zip(scores, positive, strict=True) if p]
    neg = [s for s, p in zip(scores, positive, strict=True) if not p]
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


def posting_age(opportunity: Opportunity) -> float | None:
    start, applied = posting_start(opportunity), application_date(opportunity)
    return None if start is None or applied is None else float((applied - start).days)


def baseline_scores(cases: list[Case]) -> list[float]:
    """Posting age at application alone; an unknown age gets the median of the known ones."""
    ages = [posting_age(c.workbook.opportunities[0]) for c in cases]
    known = [a for a in ages if a is not None]
    fill = statistics.median(known) if known else 0.0
    return [fill if a is None else a for a in ages]


def without_flags(workbook: Workbook) -> Workbook:
    opportunities = []
    for opp in workbook.opportunities:
        signals = opp.signals.model_copy(update=dict.fromkeys(SIGNAL_NAMES)) if opp.signals else None
        opportunities.append(opp.model_copy(update={"signals": signals}))
    return workbook.model_copy(update={"opportunities": opportunities})


def names_strongest_evidence(assessment: RiskAssessment) -> bool:
    strongest = assessment.strongest
    first_raising = next((s for s in assessment.signals if s.log_odds > 0), None)
    return bool(strongest and strongest.evidence.strip() and first_raising == strongest)


def evaluate(folder: Path) -> bool:
    cases = load_cases(folder)
    labels = [c.pseudo for c in cases]
    assessed = [assess_search(c.workbook)[0] for c in cases]
    blanked = [assess_search(without_flags(c.workbook))[0] for c in cases]
    auc = roc_auc([a.probability for a in assessed], labels)
    base = roc_auc(baseline_scores(cases), labels)
    notes_only = roc_auc([a.probability for a in blanked], labels)
    print(f"\n{folder}  ({sum(labels)} pseudo, {len(labels) - sum(labels)} genuine)")
    print(f"  ROC-AUC offergap:                    {auc:.3f}   (target {TARGET})")
    print(f"  ROC-AUC baseline (posting age only): {base:.3f}")
    print(f"  ROC-AUC offergap, signals flags blanked: {notes_only:.3f}")
    for label, name in ((True, "pseudo"), (False, "genuine")):
        bands = [a.band for a, p in zip(assessed, labels, strict=True) if p is label]
        print(f"  {name:8} bands: " + ", ".join(f"{b} {bands.count(b)}" for b in ("high", "medium", "low")))
    high = [a for a in assessed if a.band == "high"]
    named = sum(names_strongest_evidence(a) for a in high)
    print(f"  high-risk results naming their strongest evidence: {named}/{len(high)}")
    _print_errors(cases, assessed)
    return auc >= TARGET and named == len(high)


def _print_errors(cases: list[Case], assessed: list[RiskAssessment]) -> None:
    lowest_pseudo = min((a.risk, c.file) for c, a in zip(cases, assessed, strict=True) if c.pseudo)
    highest_genuine = max((a.risk, c.file) for c, a in zip(cases, assessed, strict=True) if not c.pseudo)
    print(
        f"  lowest-risk pseudo: {lowest_pseudo[1]} ({lowest_pseudo[0]}); "
        f"highest-risk genuine: {highest_genuine[1]} ({highest_genuine[0]})"
    )


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [f for f in (DEV, HERE) if (f / "labels.jsonl").exists()]
    results = [evaluate(f) for f in folders]
    print("\nall targets met" if all(results) else "\nTARGET NOT MET on at least one set")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
