"""The held-out labelled fit set in bench/fit/data3 is well-formed."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "bench" / "fit" / "data3"
RESUMES = [f"U{number:02d}" for number in range(1, 6)]


def _rows() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_labels_csv_has_the_dev_set_columns() -> None:
    with (DATA / "labels.csv").open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == ["resume", "posting", "label", "why"]


def test_every_row_names_existing_files_and_explains_itself() -> None:
    for row in _rows():
        assert (DATA / "resumes" / f"{row['resume']}.txt").is_file(), row
        assert (DATA / "postings" / f"{row['posting']}.txt").is_file(), row
        assert row["why"].strip(), row


def test_the_five_resumes_exist_and_are_250_to_400_words() -> None:
    found = sorted(path.stem for path in (DATA / "resumes").glob("*.txt"))
    assert found == RESUMES
    for name in RESUMES:
        words = len((DATA / "resumes" / f"{name}.txt").read_text(encoding="utf-8").split())
        assert 250 <= words <= 400, (name, words)


def test_postings_are_v001_to_v050_each_used_once() -> None:
    listed = {path.stem for path in (DATA / "postings").glob("*.txt")}
    assert listed == {f"V{number:03d}" for number in range(1, 51)}
    used = Counter(row["posting"] for row in _rows())
    assert set(used) == listed
    assert max(used.values()) == 1
    for name in listed:
        assert (DATA / "postings" / f"{name}.txt").read_text(encoding="utf-8").strip(), name


def test_labels_are_0_1_2_with_every_class_present() -> None:
    labels = [row["label"] for row in _rows()]
    assert set(labels) == {"0", "1", "2"}


def test_each_resume_has_10_postings_with_every_class() -> None:
    by_resume: dict[str, list[str]] = {}
    for row in _rows():
        by_resume.setdefault(row["resume"], []).append(row["label"])
    assert sorted(by_resume) == RESUMES
    for resume, labels in by_resume.items():
        assert len(labels) == 10, resume
        assert set(labels) == {"0", "1", "2"}, resume


def test_each_resume_is_planned_3_good_3_potential_4_no_fit() -> None:
    by_resume: dict[str, Counter[str]] = {}
    for row in _rows():
        by_resume.setdefault(row["resume"], Counter())[row["label"]] += 1
    for resume, counts in by_resume.items():
        assert counts == Counter({"0": 4, "1": 3, "2": 3}), resume
