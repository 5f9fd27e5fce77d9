"""Top-1 accuracy of the diagnosis headline on labelled job searches.

    .venv/bin/python bench/diagnose/eval_diagnose.py [--set DIR ...]

Each DIR holds workbooks and a labels.jsonl of {"file", "cause"}. Default: ../shared/dev/diagnose
and bench/diagnose (cases/). Prints each case's scores and the accuracy per set.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from offergap.analysis.diagnose import CAUSES, diagnose
from offergap.workbook import load_workbook

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SETS = (ROOT.parent / "shared" / "dev" / "diagnose", ROOT / "bench" / "diagnose")


def _workbook_path(folder: Path, name: str) -> Path:
    direct = folder / name
    return direct if direct.exists() else folder / "cases" / name


def evaluate(folder: Path) -> tuple[int, int]:
    right = total = 0
    print(f"\n{folder}")
    print(f"{'case':34} {'label':18} {'headline':18} " + " ".join(f"{c[:8]:>8}" for c in CAUSES))
    for line in (folder / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        result = diagnose(load_workbook(_workbook_path(folder, label["file"])))
        scores = {c.cause: c.score for c in result.causes}
        ok = result.headline.cause == label["cause"]
        right += ok
        total += 1
        mark = "" if ok else "  <- wrong"
        print(
            f"{label['file'][:34]:34} {label['cause']:18} {result.headline.cause:18} "
            + " ".join(f"{scores[c]:8.2f}" for c in CAUSES)
            + mark
        )
    print(f"top-1 accuracy: {right}/{total} = {right / total:.0%}")
    return right, total


def evaluate_generated(count: int, size: int) -> None:
    """Template-generated searches whose generator names the dominant cause (a weaker, third check)."""
    from collections import Counter

    from offergap.examples import generate_workbook

    confusion: Counter[tuple[str, str]] = Counter()
    for seed in range(count):
        workbook = generate_workbook(size, events_per_opportunity=5, seed=seed)
        truth = str((workbook.extra or {})["generator"]["dominant_cause"])
        confusion[(truth, diagnose(workbook).headline.cause)] += 1
    right = sum(n for (truth, got), n in confusion.items() if truth == got)
    print(
        f"\ngenerated searches ({count} x {size} opportunities): top-1 accuracy {right}/{count} = {right / count:.0%}"
    )
    for (truth, got), n in sorted(confusion.items()):
        if truth != got:
            print(f"  {truth} diagnosed as {got}: {n}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", dest="sets", action="append", type=Path)
    parser.add_argument("--generated", type=int, default=40, help="how many generated searches (0: none)")
    args = parser.parse_args()
    for folder in args.sets or DEFAULT_SETS:
        evaluate(folder)
    if args.generated:
        evaluate_generated(args.generated, 12)


if __name__ == "__main__":
    main()
