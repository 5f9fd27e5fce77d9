"""The held-out labelled fit sets (bench/fit/data2, data3) are well-formed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bench.fit_sets import FIT, header, label_rows, labels_by_resume


@dataclass(frozen=True)
class HeldOut:
    folder: Path
    resumes: list[str]
    postings: set[str]
    planned: Counter[str] | None = None


SETS = {
    "data2": HeldOut(FIT / "data2", [f"S{n:02d}" for n in range(1, 7)], {f"T{n:03d}" for n in range(1, 61)}),
    "data3": HeldOut(
        FIT / "data3", [f"U{n:02d}" for n in range(1, 6)], {f"V{n:03d}" for n in range(1, 51)},
        planned=Counter({"0": 4, "1": 3, "2": 3}),
    ),
}


@pytest.fixture(params=sorted(SETS))
def held_out(request: pytest.FixtureRequest) -> HeldOut:
    return SETS[request.param]


def test_labels_csv_has_the_dev_set_columns(held_out: HeldOut) -> None:
    assert header(held_out.folder) == ["resume", "posting", "label", "why"]


def test_every_row_names_existing_files_and_explains_itself(held_out: HeldOut) -> None:
    for row in label_rows(held_out.folder):
        assert (held_out.folder / "resumes" / f"{row['resume']}.txt").is_file(), row
        assert (held_out.folder / "postings" / f"{row['posting']}.txt").is_file(), row
        assert row["why"].strip(), row


def test_the_resumes_exist_and_are_250_to_400_words(held_out: HeldOut) -> None:
    found = sorted(path.stem for path in (held_out.folder / "resumes").glob("*.txt"))
    assert found == held_out.resumes
    for name in held_out.resumes:
        words = len((held_out.folder / "resumes" / f"{name}.txt").read_text(encoding="utf-8").split())
        assert 250 <= words <= 400, (name, words)


def test_every_posting_is_used_once(held_out: HeldOut) -> None:
    listed = {path.stem for path in (held_out.folder / "postings").glob("*.txt")}
    assert listed == held_out.postings
    used = Counter(row["posting"] for row in label_rows(held_out.folder))
    assert set(used) == listed
    assert max(used.values()) == 1
    for name in listed:
        assert (held_out.folder / "postings" / f"{name}.txt").read_text(encoding="utf-8").strip(), name


def test_labels_are_0_1_2_with_every_class_present(held_out: HeldOut) -> None:
    assert {row["label"] for row in label_rows(held_out.folder)} == {"0", "1", "2"}


def test_each_resume_has_10_postings_with_every_class(held_out: HeldOut) -> None:
    by_resume = labels_by_resume(held_out.folder)
    assert sorted(by_resume) == held_out.resumes
    for resume, labels in by_resume.items():
        assert len(labels) == 10, resume
        assert set(labels) == {"0", "1", "2"}, resume
        if held_out.planned is not None:
            assert Counter(labels) == held_out.planned, resume
