"""Reading a labelled fit set (resumes/, postings/, labels.csv), shared by the set checks."""

from __future__ import annotations

import csv
from pathlib import Path

FIT = Path(__file__).resolve().parents[2] / "bench" / "fit"


def label_rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "labels.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def header(folder: Path) -> list[str]:
    with (folder / "labels.csv").open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def labels_by_resume(folder: Path) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for row in label_rows(folder):
        grouped.setdefault(row["resume"], []).append(row["label"])
    return grouped
