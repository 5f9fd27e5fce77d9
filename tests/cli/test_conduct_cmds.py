"""The conduct commands, run as a user runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from offergap.cli import main
from offergap.cli.conduct_cmds import TABLE_ROWS

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dana-reyes.json"


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr("sys.stdin", io.StringIO(stdin))
                code = main(["--db", db_url, *args])
        else:
            code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_questions_check_json_in_input_order_skipping_empty_lines(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "q.txt"
    source.write_text("What's the salary range?\n\n   \nWhat are the next steps?\nblah blah.\n")
    code, out, _ = run("questions", "check", "--json", str(source))
    rows = json.loads(out)
    assert code == 0 and [r["category"] for r in rows] == ["premature", "process", "unknown"]
    assert all(set(r) == {"question", "category", "verdict", "why"} for r in rows)
    assert rows[0]["verdict"] == "avoid"


def test_questions_check_reads_standard_input_and_takes_a_stage(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        "questions", "check", "--stage", "offer", "--json", stdin="How much PTO would I get?\n"
    )
    assert code == 0 and json.loads(out)[0]["verdict"] == "good"
    code, out, _ = run("questions", "check", stdin="Did I get the job?\n")
    assert code == 0 and "red_flag" in out and "avoid" in out


def test_a_long_input_is_printed_line_by_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "many.txt"
    source.write_text("What are the next steps?\n" * (TABLE_ROWS + 5))
    code, out, _ = run("questions", "check", str(source))
    assert code == 0 and out.count("good    process   What are the next steps?") == TABLE_ROWS + 5


def test_bad_options_are_clear_errors(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("questions", "check", str(tmp_path / "missing.txt"))[0] == 2
    code, _, err = run("questions", "check", "--stage", "lunch", stdin="What's next?\n")
    assert code == 2 and "unknown stage" in err
    code, _, err = run("questions", "suggest")
    assert code == 2 and "--opportunity" in err


def test_opportunity_options_use_the_database(run) -> None:  # type: ignore[no-untyped-def]
    assert run("import", str(EXAMPLE))[0] == 0
    question = "How far along is the move from nightly batches to streaming GPS data?\n"
    code, out, _ = run(
        "questions", "check", "--opportunity", "o-ridgeway-data-engineer", "--json", stdin=question
    )
    assert code == 0 and json.loads(out)[0]["category"] == "research"
    code, out, _ = run("questions", "suggest", "--opportunity", "o-glenmoor-bi-analyst", "--json")
    suggestions = json.loads(out)
    assert code == 0 and 5 <= len(suggestions) <= 8
    assert any("Power BI" in s["question"] for s in suggestions)
    assert all(s["category"] != "premature" for s in suggestions)
    code, _, err = run("questions", "check", "--opportunity", "o-nowhere", stdin="What's next?\n")
    assert code == 3 and "no opportunity 'o-nowhere'" in err
    code, out, _ = run("conduct", "--opportunity", "o-hollister-analytics-manager", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["company"] == "Hollister & Grant" and summary["hurt"]
    code, out, _ = run("conduct", "--json")
    assert code == 0 and json.loads(out)["interviews"] > 10


def test_questions_suggest_from_files(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Line Cook\nOur kitchen team is expanding the catering menu.\nWhat you'll do:\n"
        "- Prepare dishes on the grill and saute stations\n- Keep the walk-in organized\n"
    )
    research = tmp_path / "research.txt"
    research.write_text("They opened a second location in Dayton in May.")
    code, out, _ = run(
        "questions", "suggest", "--posting", str(posting), "--company", str(research), "--json"
    )
    found = json.loads(out)
    assert code == 0 and any("Dayton" in s["question"] for s in found)
    assert {"question", "category", "based_on"} == set(found[0])


def test_answer_check(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    posting = tmp_path / "posting.txt"
    posting.write_text("Analyst\n- Build reports in Tableau and Snowflake\n")
    answer = "I was asked to fix the report. I rebuilt it in Tableau. It went from 3 days to 4 hours."
    code, out, _ = run(
        "answer",
        "check",
        "--question",
        "Tell me about a time you sped something up.",
        "--posting",
        str(posting),
        "--json",
        stdin=answer,
    )
    review = json.loads(out)
    assert code == 0 and review["result_quantified"] and review["terms_used"] == ["Tableau"]
    assert review["star"]["action"]["present"] and review["terms_missing"] == ["Snowflake"]
    code, out, _ = run("answer", "check", "--question", "Why us?", stdin="I like your products.")
    assert code == 0 and "situation" in out
    assert run("answer", "check", "--question", "Why us?", stdin="  \n")[0] == 2


def test_conduct_on_a_workbook_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("conduct", str(EXAMPLE), "--json")
    data = json.loads(out)
    assert code == 0 and {"premature_share", "red_flag_share", "no_research_share", "answers"} <= set(data)
    code, out, _ = run("conduct", str(EXAMPLE))
    assert code == 0 and "What hurt" in out and "What helped" in out
    assert run("conduct", str(EXAMPLE), "--opportunity", "o-x")[0] == 2
