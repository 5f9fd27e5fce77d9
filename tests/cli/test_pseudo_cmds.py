"""`offergap risk`, `costs` and `next-round`, run as a seeker runs them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from offergap.cli import main

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _opportunity(key: str, **extra: Any) -> dict[str, Any]:
    return {"id": key, "company": f"{key} Inc", "title": "Analyst", "applied_on": "2026-03-02", **extra}


@pytest.fixture
def search(tmp_path: Path) -> Path:
    data = {
        "format": "offergap.workbook/1",
        "as_of": "2026-06-01",
        "resumes": [{"id": "r", "text": "resume"}],
        "opportunities": [
            _opportunity(
                "o-risky",
                signals={
                    "internal_candidate": True,
                    "notes": "The acting manager has basically been doing the job.",
                },
                posting={
                    "posted_on": "2025-10-01",
                    "salary_min": 60000,
                    "salary_max": 66000,
                    "salary_currency": "USD",
                    "salary_period": "year",
                },
                events=[
                    {"type": "interview", "date": "2026-05-20", "scheduled_minutes": 60, "actual_minutes": 20}
                ],
                expenses=[
                    {"date": "2026-05-20", "category": "travel", "amount": 180, "currency": "USD"},
                    {"date": "2026-05-20", "category": "meals", "amount": 22, "currency": "EUR"},
                ],
            ),
            _opportunity(
                "o-fine",
                signals={"budget_approved": True},
                expenses=[
                    {
                        "date": "2026-04-02",
                        "category": "travel",
                        "amount": 12.5,
                        "currency": "USD",
                        "reimbursed": True,
                    }
                ],
            ),
        ],
    }
    path = tmp_path / "search.json"
    path.write_text(json.dumps(data))
    return path


def test_risk_json_has_exactly_the_promised_shape(run: Run, search: Path) -> None:
    code, out, _ = run("risk", str(search), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"opportunities"}
    risky, fine = data["opportunities"]
    assert set(risky) == {"id", "risk", "band", "signals"} and risky["id"] == "o-risky"
    assert risky["band"] == "high" and fine["band"] == "low" and risky["risk"] > fine["risk"]
    assert {"name", "effect", "evidence"} == set(risky["signals"][0])
    assert risky["signals"][0]["effect"] > 0 and "internal_candidate" in {s["name"] for s in risky["signals"]}


def test_risk_for_one_opportunity_as_a_table(run: Run, search: Path) -> None:
    code, out, _ = run("risk", str(search), "--opportunity", "o-risky")
    assert code == 0 and "o-risky" in out and "o-fine" not in out
    assert "strongest evidence" in out and "high" in out


def test_an_unknown_opportunity_is_not_found(run: Run, search: Path) -> None:
    code, _, err = run("risk", str(search), "--opportunity", "o-nope")
    assert code == 3 and "no opportunity 'o-nope'" in err


def test_a_missing_workbook_file_is_a_clear_error(run: Run, tmp_path: Path) -> None:
    code, _, err = run("risk", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err and "Traceback" not in err


def test_costs_json_keeps_currencies_apart(run: Run, search: Path) -> None:
    code, out, _ = run("costs", str(search), "--json", "--rate", "30 USD")
    assert code == 0
    data = json.loads(out)
    assert data["spent"] == {"EUR": 22.0, "USD": 192.5}
    assert data["out_of_pocket"] == {"EUR": 22.0, "USD": 180.0}
    assert data["high_risk_ids"] == ["o-risky"] and data["high_risk_out_of_pocket"] == {
        "EUR": 22.0,
        "USD": 180.0,
    }
    assert data["time_value"] == pytest.approx(10.0)


def test_costs_table_and_notes(run: Run, search: Path) -> None:
    code, out, err = run("costs", str(search))
    assert code == 0 and "Whole search by category" in out and "EUR 22.00" in out
    assert "never added together" in err


def test_a_rate_needing_a_currency_is_a_clear_error(run: Run, search: Path) -> None:
    code, _, err = run("costs", str(search), "--rate", "30")
    assert code == 2 and "needs a currency" in err


def test_next_round_shows_its_arithmetic(run: Run, search: Path) -> None:
    code, out, _ = run(
        "next-round",
        "o-risky",
        "--workbook",
        str(search),
        "--cost",
        "180",
        "--offer-value",
        "5500",
        "--currency",
        "USD",
    )
    assert code == 0
    assert "P(real) = 1 - risk" in out and "expected value" in out and "USD 180.00" in out
    assert any(word in out for word in ("Go.", "Go, but ask first.", "Decline politely."))


def test_next_round_json(run: Run, search: Path) -> None:
    code, out, _ = run(
        "next-round", "o-fine", "--workbook", str(search), "--cost", "50", "--offer-value", "4000", "--json"
    )
    data = json.loads(out)
    assert code == 0 and data["decision"] == "go" and data["stage"] == "screen"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--cost", "ten"), "is not an amount"),
        (("--cost", "-5"), "non-negative"),
        (("--stage", "lunch"), "unknown stage"),
    ],
)
def test_next_round_bad_options(run: Run, search: Path, args: tuple[str, ...], message: str) -> None:
    code, _, err = run("next-round", "o-fine", "--workbook", str(search), "--offer-value", "100", *args)
    assert code == 2 and message in err


def test_commands_read_the_store(run: Run, search: Path) -> None:
    assert run("import", str(search))[0] == 0
    code, out, _ = run("risk", "--opportunity", "o-risky", "--json")
    assert code == 0 and [o["id"] for o in json.loads(out)["opportunities"]] == ["o-risky"]
    code, out, _ = run("costs", "--json")
    assert code == 0 and json.loads(out)["spent"]["USD"] == 192.5
    code, out, _ = run("next-round", "o-fine", "--cost", "10", "--offer-value", "1000")
    assert code == 0 and "expected value" in out
    code, _, err = run("next-round", "o-nope", "--offer-value", "1")
    assert code == 3 and "no opportunity" in err


def test_the_dev_set_runs_through_every_command(run: Run, dev_dir: Path) -> None:
    for path in sorted((dev_dir / "pseudo").glob("dev-*.json")):
        assert run("risk", str(path), "--json")[0] == 0
        assert run("costs", str(path), "--json")[0] == 0


def test_bad_dates_and_a_missing_as_of_are_noted_not_crashed(run: Run, tmp_path: Path) -> None:
    data = {
        "format": "offergap.workbook/1",
        "resumes": [{"id": "r", "text": "resume"}],
        "opportunities": [
            _opportunity("o-odd", events=[{"type": "interview", "date": "2026-01-05"}]),
        ],
    }
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data))
    code, out, err = run("risk", str(path), "--json")
    assert code == 0 and json.loads(out)["opportunities"][0]["id"] == "o-odd"
    assert "judged as of today" in err and "before the application" in err
