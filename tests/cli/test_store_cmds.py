"""The record-keeping commands, run as a user runs them, against a real database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from offergap.cli import main


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_import_list_show_export(run, dev_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = dev_dir / "diagnose" / "dev-targeting.json"
    code, out, _ = run("import", str(source))
    assert code == 0 and "9 added" in out
    code, out, _ = run("import", str(source))
    assert "0 added, 0 updated, 9 unchanged" in out
    code, out, _ = run("list", "--json")
    rows = json.loads(out)
    assert len(rows) == 9 and {"company", "title", "stage_reached", "outcome", "days_since_contact"} <= set(
        rows[0]
    )
    code, out, _ = run("show", rows[0]["id"], "--json")
    assert code == 0 and json.loads(out)["timeline"]
    exported = tmp_path / "b.json"
    assert run("export", "-o", str(exported))[0] == 0
    assert json.loads(exported.read_text())["opportunities"][0]["id"] == rows[0]["id"]


def test_keeping_the_record_from_the_command_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    posting = tmp_path / "posting.txt"
    posting.write_text("Data Analyst. Required: SQL, Tableau.")
    assert (
        run("add", "opportunity", "--company", "Acme", "--title", "Data Analyst", "--posting", str(posting))[
            0
        ]
        == 0
    )
    code, _, err = run(
        "log",
        "interview",
        "o-acme-data-analyst",
        "--date",
        "2026-10-02",
        "--round",
        "1",
        "--asked",
        "What does success look like?",
        "--interviewer",
        "Kim (hiring manager)",
    )
    assert code == 0, err
    assert (
        run("expense", "o-acme-data-analyst", "312.40", "--category", "travel", "--date", "2026-10-02")[0]
        == 0
    )
    code, out, _ = run("show", "o-acme-data-analyst", "--json")
    shown = json.loads(out)["opportunity"]
    assert shown["events"][0]["questions_i_asked"] == ["What does success look like?"]
    assert shown["events"][0]["interviewers"] == [{"name": "Kim", "role": "hiring manager"}]
    assert shown["expenses"][0]["amount"] == 312.4
    assert shown["posting"]["text"].startswith("Data Analyst")


@pytest.mark.parametrize(
    "args, message",
    [
        (("log", "lunch", "o-x", "--date", "2026-01-01"), "invalid event"),
        (("log", "interview", "o-x", "--date", "2026-13-01"), "invalid event"),
        (("expense", "o-x", "abc", "--category", "travel"), "not a number"),
        (("expense", "o-x", "5", "--category", "snacks"), "invalid expense"),
        (("show", "nope"), "no opportunity 'nope'"),
    ],
)
def test_bad_input_is_a_clear_error(run, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    run("add", "opportunity", "--company", "X", "--title", "Y", "--id", "o-x")
    code, out, err = run(*args)
    assert code != 0
    assert message in err and "Traceback" not in err + out


def test_a_bad_workbook_changes_nothing(run, tmp_path: Path, dev_dir: Path) -> None:  # type: ignore[no-untyped-def]
    run("import", str(dev_dir / "diagnose" / "dev-normal.json"))
    before = run("export")[1]
    raw = json.loads((dev_dir / "diagnose" / "dev-skills.json").read_text())
    raw["opportunities"][3]["events"][0]["date"] = "someday"
    raw["opportunities"][5]["expenses"] = [{"category": "travel", "amount": -1, "currency": "USD"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw))
    code, _, err = run("import", str(bad))
    assert code == 2
    assert "$.opportunities[3].events[0].date" in err and "$.opportunities[5].expenses[0].amount" in err
    assert run("export")[1] == before


def test_resume_add_refuses_a_scan(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfWriter

    scan = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    with scan.open("wb") as handle:
        writer.write(handle)
    code, _, err = run("resume", "add", str(scan))
    assert code == 2 and "no extractable text" in err and "text PDF" in err


def test_resume_add_reads_docx(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_paragraph("Dana Reyes — Data Analyst")
    document.add_paragraph("SQL, Tableau, Python")
    path = tmp_path / "dana.docx"
    document.save(str(path))
    code, out, _ = run("resume", "add", str(path), "--label", "general")
    assert code == 0 and "r-dana" in out
    exported = json.loads(run("export")[1])
    assert "Tableau" in exported["resumes"][0]["text"]


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("offergap workbook")


def test_debug_shows_the_traceback(db_url: str) -> None:
    from offergap.errors import NotFound

    with pytest.raises(NotFound):
        main(["--db", db_url, "--debug", "show", "nothing"])


DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"


def test_importing_a_tracker_export_twice_adds_nothing(run) -> None:  # type: ignore[no-untyped-def]
    source = next(DATA.glob("huntr*.csv"))
    code, out, err = run("import", str(source))
    assert code == 0, err
    added = int(out.split(" added")[0].rsplit(" ", 1)[-1])
    assert added > 0
    assert f"0 added, 0 updated, {added} unchanged" in run("import", str(source))[1]


def test_bad_rows_refuse_the_whole_file_unless_skipped(run) -> None:  # type: ignore[no-untyped-def]
    bad = next(p for p in DATA.glob("*.csv") if "bad" in p.name)
    code, out, err = run("import", str(bad))
    assert code == 2 and "line" in err and "Traceback" not in err
    assert run("list", "--json")[0] != 0 or json.loads(run("list", "--json")[1]) == []
    code, out, err = run("import", "--skip-bad-rows", str(bad))
    assert code == 0 and "skipped" in out


def test_a_binary_file_is_not_a_csv(run) -> None:  # type: ignore[no-untyped-def]
    binary = next(p for p in DATA.iterdir() if "binary" in p.name)
    code, _, err = run("import", str(binary))
    assert code == 2 and "Traceback" not in err
