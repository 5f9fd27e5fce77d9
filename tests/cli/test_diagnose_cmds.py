from __future__ import annotations

import json
from pathlib import Path

import pytest

from offergap.cli import main


def test_diagnose_a_workbook_as_json(dev_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", str(dev_dir / "diagnose" / "dev-skills.json"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"]["cause"] == "interview_skills"
    assert len(data["causes"]) == 4


def test_diagnose_the_store_and_write_markdown(
    db_url: str, dev_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "import", str(dev_dir / "diagnose" / "dev-targeting.json")]) == 0
    report = tmp_path / "diagnosis.md"
    assert main(["--db", db_url, "diagnose", "--markdown", str(report)]) == 0
    out = capsys.readouterr().out
    assert "resume targeting" in out
    assert report.read_text().startswith("# Diagnosis") and "## The causes" in report.read_text()


def test_diagnose_a_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", str(tmp_path / "nope.json")]) == 2
    assert "no such file" in capsys.readouterr().err
