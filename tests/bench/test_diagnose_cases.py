"""The labelled diagnosis cases in bench/diagnose: valid workbooks, balanced labels, no give-aways."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from offergap.workbook import Workbook, derived_outcome, load_workbook

BENCH = Path(__file__).resolve().parents[2] / "bench" / "diagnose"
CASES = BENCH / "cases"
LABELS = BENCH / "labels.jsonl"
CAUSES = ("resume_targeting", "interview_skills", "pseudo_interviews", "normal_odds")
# Words that would hand a diagnosis program its answer if they appeared in a workbook.
GIVEAWAYS = (*CAUSES, "pseudo", "targeting")
CASE_FILES = sorted(CASES.glob("*.json"))


def read_labels() -> list[dict[str, Any]]:
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def labels() -> list[dict[str, Any]]:
    return read_labels()


def test_there_are_enough_cases() -> None:
    assert len(CASE_FILES) >= 16


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_case_is_a_full_synthetic_search(path: Path) -> None:
    workbook = load_workbook(path)
    assert isinstance(workbook, Workbook)
    assert workbook.as_of is not None and workbook.as_of.year == 2026
    assert 8 <= len(workbook.opportunities) <= 12
    assert workbook.extra == {"synthetic": True}
    for resume in workbook.resumes:
        assert 250 <= len((resume.text or "").split()) <= 450, resume.id


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_case_has_realistic_noise(path: Path) -> None:
    workbook = load_workbook(path)
    assert workbook.as_of is not None
    outcomes = Counter(derived_outcome(o, workbook.as_of) for o in workbook.opportunities)
    silent = {"applied", "no_response"}
    never_heard_back = [o for o in workbook.opportunities if {e.type for e in o.events or []} <= silent]
    assert outcomes["withdrawn"] >= 1
    assert outcomes["rejected"] >= 1
    assert never_heard_back, "expected at least one cold application with no reply"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_case_text_never_names_a_cause(path: Path) -> None:
    text = path.read_text(encoding="utf-8").lower()
    found = [word for word in GIVEAWAYS if word in text]
    assert not found, f"{path.name} contains {found}"


def test_every_case_is_labelled_once(labels: list[dict[str, Any]]) -> None:
    labelled = [entry["file"] for entry in labels]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == [p.name for p in CASE_FILES]
    for name in labelled:
        assert (CASES / name).is_file(), name


def test_labels_use_the_cause_ids(labels: list[dict[str, Any]]) -> None:
    for entry in labels:
        assert set(entry) == {"file", "cause", "secondary", "why"}
        assert entry["cause"] in CAUSES
        assert entry["secondary"] is None or entry["secondary"] in CAUSES
        assert entry["secondary"] != entry["cause"]
        assert len(entry["why"]) > 80


def test_each_cause_has_four_cases_and_a_nearly_balanced_one(labels: list[dict[str, Any]]) -> None:
    per_cause = Counter(entry["cause"] for entry in labels)
    balanced = Counter(entry["cause"] for entry in labels if entry["secondary"])
    for cause in CAUSES:
        assert per_cause[cause] >= 4, cause
        assert balanced[cause] >= 1, cause


def test_each_case_is_a_different_seeker() -> None:
    seekers = [load_workbook(p).seeker for p in CASE_FILES]
    names = [s.name for s in seekers if s is not None]
    assert len(names) == len(CASE_FILES)
    assert len(set(names)) == len(names)
