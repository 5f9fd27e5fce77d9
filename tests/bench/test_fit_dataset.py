"""The labelled fit set in bench/fit/data is well-formed, and the evaluation script's metric helpers hold."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tests.bench.fit_sets import FIT, header, label_rows, labels_by_resume

DATA = FIT / "data"
EVAL_SCRIPT = FIT / "eval_fit.py"


def _rows() -> list[dict[str, str]]:
    return label_rows(DATA)


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_fit_eval_fit", EVAL_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_labels_csv_has_the_dev_set_columns() -> None:
    assert header(DATA) == ["resume", "posting", "label", "why"]


def test_every_row_names_existing_files_and_explains_itself() -> None:
    for row in _rows():
        assert (DATA / "resumes" / f"{row['resume']}.txt").is_file(), row
        assert (DATA / "postings" / f"{row['posting']}.txt").is_file(), row
        assert row["why"].strip(), row


def test_labels_are_graded_0_1_2_and_every_class_is_present() -> None:
    labels = [row["label"] for row in _rows()]
    assert set(labels) == {"0", "1", "2"}


def test_each_resume_has_at_least_8_postings_with_every_class() -> None:
    by_resume = labels_by_resume(DATA)
    assert len(by_resume) >= 10
    for resume, labels in by_resume.items():
        assert len(labels) >= 8, resume
        assert set(labels) == {"0", "1", "2"}, resume


def test_pairs_are_unique_and_each_posting_belongs_to_one_resume() -> None:
    rows = _rows()
    postings = Counter(row["posting"] for row in rows)
    assert [name for name, count in postings.items() if count > 1] == []
    listed = {path.stem for path in (DATA / "postings").glob("*.txt")}
    assert listed == set(postings)


def test_resumes_are_250_to_450_words() -> None:
    resumes = sorted((DATA / "resumes").glob("*.txt"))
    assert len(resumes) >= 10
    for path in resumes:
        words = len(path.read_text(encoding="utf-8").split())
        assert 250 <= words <= 450, (path.name, words)


def test_numpy_spearman_matches_scipy_with_ties() -> None:
    stats = pytest.importorskip("scipy.stats")
    eval_fit = _eval_module()
    rng = np.random.default_rng(7)
    scores = rng.integers(0, 5, size=40).astype(np.float64)
    labels = rng.integers(0, 3, size=40).astype(np.float64)
    expected = float(stats.spearmanr(scores, labels).statistic)
    assert eval_fit.spearman_numpy(scores, labels) == pytest.approx(expected)


def test_tertile_labels_split_scores_in_thirds() -> None:
    eval_fit = _eval_module()
    assert eval_fit.tertile_labels([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) == [0, 0, 1, 1, 2, 2]


def test_a_failing_pair_is_counted_and_left_out(tmp_path: Path) -> None:
    eval_fit = _eval_module()
    (tmp_path / "R1.txt").write_text("welder", encoding="utf-8")
    for name in ("P1", "P2", "P3"):
        (tmp_path / f"{name}.txt").write_text(name, encoding="utf-8")
    (tmp_path / "labels.csv").write_text(
        "resume,posting,label,why\nR1,P1,2,a\nR1,P2,0,b\nR1,P3,1,c\n", encoding="utf-8"
    )

    def scorer(resume: str, posting: str) -> tuple[float, int]:
        if posting == "P3":
            raise ValueError("unreadable")
        return (90.0, 2) if posting == "P1" else (10.0, 0)

    report = eval_fit.evaluate_scorer(eval_fit.load_set(tmp_path), "stub", scorer)
    assert report.failures == 1
    assert report.metrics.pairs == 2
    assert report.metrics.auc_good_vs_no_fit == 1.0
    assert report.metrics.accuracy == 1.0
