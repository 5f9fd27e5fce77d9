"""The fit, rank and target commands, including every bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfWriter

from offergap.cli import main

RESUME = """LEO MARCHETTI
EXPERIENCE
Software Developer (Python), Three Rivers Scheduling (Jan 2023-present)
- Build features in Django and Django REST Framework backed by PostgreSQL.
- Deploy with Docker and GitHub Actions to AWS.
EDUCATION
B.S., Computer Science, University of Pittsburgh, 2022
"""
GOOD = """Python Developer (Django)
Requirements:
- 2+ years of professional Python experience
- Experience with Django or another Python web framework
"""
NO_FIT = """Python Developer
Requirements:
- Python and Django
- Active CompTIA Security+ certification (required)
"""
SPANISH = (
    "Desarrollador Python\nBuscamos un desarrollador con experiencia en Django y bases de datos para el "
    "equipo de producto. Es necesario tener dos años de experiencia y un título universitario.\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return {
        "resume": write(tmp_path, "resume.txt", RESUME),
        "good": write(tmp_path, "good.txt", GOOD),
        "no_fit": write(tmp_path, "no_fit.md", NO_FIT),
    }


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_fit_prints_label_score_and_lines(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, _ = run(capsys, "fit", str(files["resume"]), str(files["good"]))
    assert code == 0
    assert "good" in out and "posting line" in out and "resume line" in out


def test_fit_json(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, _ = run(capsys, "fit", str(files["resume"]), str(files["no_fit"]), "--json")
    data = json.loads(out)
    assert code == 0 and data["label"] == "no_fit" and data["missing_gates"]
    assert {"score", "label", "explanation", "must_haves", "seniority", "domain"} <= set(data)


def test_rank_json_keeps_input_order(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, _ = run(
        capsys, "rank", str(files["resume"]), str(files["no_fit"]), str(files["good"]), "--json"
    )
    rows = json.loads(out)
    assert code == 0
    assert [Path(r["posting"]).name for r in rows] == ["no_fit.md", "good.txt"]
    assert rows[0]["label"] == "no_fit" and rows[1]["label"] == "good"
    assert rows[1]["score"] > rows[0]["score"]


def test_rank_reads_folders_and_skips_a_bad_posting(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "postings"
    folder.mkdir()
    write(folder, "a.txt", GOOD)
    write(folder, "b.txt", "   ")
    write(folder, "c.txt", SPANISH)
    code, out, err = run(capsys, "rank", str(files["resume"]), str(folder), "--json")
    rows = json.loads(out)
    assert code == 0
    assert [Path(r["posting"]).name for r in rows] == ["a.txt"]
    assert "b.txt" in err and "empty" in err
    assert "c.txt" in err and "Spanish" in err


def test_rank_table_top(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, _ = run(
        capsys, "rank", str(files["resume"]), str(files["no_fit"]), str(files["good"]), "--top", "1"
    )
    assert code == 0 and "good.txt" in out and "no_fit.md" not in out


def jobspy_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_rank_a_jobspy_csv(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    table = jobspy_csv(
        tmp_path / "jobs.csv",
        [
            {
                "id": "in-1",
                "title": "Python Developer (Django)",
                "company": "Keystone",
                "description": GOOD.split("\n", 1)[1],
            },
            {
                "id": "in-2",
                "title": "Python Developer",
                "company": "Acme",
                "description": NO_FIT.split("\n", 1)[1],
            },
            {"id": "in-3", "title": "Vacío", "company": "X", "description": ""},
        ],
    )
    code, out, err = run(capsys, "rank", str(files["resume"]), "--csv", str(table), "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["posting"] for r in rows] == ["in-1", "in-2"]
    assert rows[0]["label"] == "good" and "in-3" in err


def test_rank_csv_with_named_columns(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    table = jobspy_csv(tmp_path / "mine.csv", [{"ref": "A7", "body": GOOD}])
    code, out, _ = run(
        capsys,
        "rank",
        str(files["resume"]),
        "--csv",
        str(table),
        "--text-column",
        "body",
        "--id-column",
        "ref",
        "--json",
    )
    assert code == 0 and json.loads(out)[0]["posting"] == "A7"


def test_rank_csv_without_the_named_column(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    table = jobspy_csv(tmp_path / "mine.csv", [{"ref": "A7", "body": GOOD}])
    code, _, err = run(
        capsys, "rank", str(files["resume"]), "--csv", str(table), "--text-column", "description"
    )
    assert code == 2
    assert "no column named 'description'" in err and "ref, body" in err


def test_rank_needs_postings(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, _, err = run(capsys, "rank", str(files["resume"]))
    assert code == 2 and "no postings" in err


def test_rank_fails_when_nothing_can_be_scored(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "rank", str(files["resume"]), str(write(tmp_path, "es.txt", SPANISH)))
    assert code == 2 and "no posting could be scored" in err


def test_empty_resume(capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path) -> None:
    code, _, err = run(capsys, "fit", str(write(tmp_path, "empty.txt", "\n\n")), str(files["good"]))
    assert code == 2 and "empty" in err


def test_empty_posting(capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path) -> None:
    code, _, err = run(capsys, "fit", str(files["resume"]), str(write(tmp_path, "empty.md", " ")))
    assert code == 2 and "empty" in err


def test_scanned_pdf_resume(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    scan = tmp_path / "scan.pdf"
    with scan.open("wb") as handle:
        writer.write(handle)
    code, _, err = run(capsys, "fit", str(scan), str(files["good"]))
    assert code == 2 and "scan" in err


def test_unreadable_docx_posting(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    broken = tmp_path / "posting.docx"
    broken.write_bytes(b"PK\x03\x04word/" + b"\x00garbage" * 50)
    code, _, err = run(capsys, "fit", str(files["resume"]), str(broken))
    assert code == 2 and "cannot be read" in err


def test_posting_over_one_megabyte(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    huge = write(
        tmp_path, "huge.txt", "Engineer\n" + "Build reliable services with Python and care. " * 25_000
    )
    code, _, err = run(capsys, "fit", str(files["resume"]), str(huge))
    assert code == 2 and "1 MB" in err


def test_non_english_posting(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "fit", str(files["resume"]), str(write(tmp_path, "es.txt", SPANISH)))
    assert code == 2 and "Spanish" in err and "will not guess" in err


def test_unknown_id_is_not_found(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'store.db'}"
    code, _, err = run(capsys, "--db", database, "fit", str(files["resume"]), "o-nowhere")
    assert code == 3 and "'o-nowhere' is not a file" in err


def test_target_with_a_workbook(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    workbook = {
        "format": "offergap.workbook/1",
        "resumes": [{"id": "r1", "text": RESUME}],
        "opportunities": [
            {
                "id": f"o{i}",
                "company": "Acme",
                "title": "Developer",
                "resume": "r1",
                "posting": {"text": text},
            }
            for i, text in enumerate([NO_FIT, NO_FIT.replace("Python Developer", "Backend Developer"), GOOD])
        ],
    }
    path = write(tmp_path, "search.json", json.dumps(workbook))
    code, out, _ = run(capsys, "target", str(files["resume"]), "--workbook", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["postings_checked"] == 3
    assert data["families"][0][0] == "Software engineering"
    top_gap = data["recurring_gaps"][0]
    assert "Security+" in top_gap["requirement"] and top_gap["postings"] == 2


def test_target_table(capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path) -> None:
    empty = write(
        tmp_path,
        "w.json",
        json.dumps({"format": "offergap.workbook/1", "resumes": [{"id": "r", "text": "x"}]}),
    )
    code, out, _ = run(capsys, "target", str(files["resume"]), "--workbook", str(empty))
    assert code == 0 and "Software engineering" in out and "No applied-to postings" in out
