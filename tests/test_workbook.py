from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from offergap.errors import InvalidInput
from offergap.workbook import (
    Opportunity,
    derived_outcome,
    json_schema,
    load_workbook,
    validate_workbook,
)


def minimal(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "format": "offergap.workbook/1",
        "resumes": [{"id": "r1", "text": "Analyst"}],
        "opportunities": [{"id": "o1", "company": "Acme", "title": "Analyst", "resume": "r1"}],
    }
    raw.update(changes)
    return raw


def problems_of(raw: Any) -> dict[str, str]:
    with pytest.raises(InvalidInput) as caught:
        validate_workbook(raw)
    return {p.where: p.reason for p in caught.value.problems}


def test_a_minimal_workbook_loads() -> None:
    workbook = validate_workbook(minimal())
    assert workbook.opportunities[0].company == "Acme"


def test_every_problem_is_reported_at_once_with_its_path() -> None:
    raw = minimal(
        opportunities=[
            {
                "id": "o1",
                "company": "A",
                "title": "T",
                "resume": "missing",
                "colour": "red",
                "events": [{"type": "lunch", "date": "2026-02-30"}],
                "expenses": [{"category": "travel", "amount": -5, "currency": "USD"}],
            },
            {"id": "o1", "company": "B", "title": "T"},
        ]
    )
    found = problems_of(raw)
    assert found["$.opportunities[0].colour"] == "unknown key"
    assert "$.opportunities[0].events[0].type" in found
    assert "$.opportunities[0].events[0].date" in found
    assert "greater than or equal to 0" in found["$.opportunities[0].expenses[0].amount"]
    assert "does not exist" in found["$.opportunities[0].resume"]
    assert "duplicate id" in found["$.opportunities[1].id"]


def test_unknown_keys_are_allowed_under_extra() -> None:
    raw = minimal(extra={"anything": {"nested": [1, None]}})
    raw["opportunities"][0]["extra"] = {"huntr": {"list": "Dream jobs"}}
    workbook = validate_workbook(raw)
    assert workbook.extra == {"anything": {"nested": [1, None]}}


@pytest.mark.parametrize("field, value", [("format", "offergap.workbook/2"), ("as_of", "next tuesday")])
def test_wrong_values_are_refused(field: str, value: str) -> None:
    assert f"$.{field}" in problems_of(minimal(**{field: value}))


def test_a_workbook_without_resumes_still_loads() -> None:
    assert validate_workbook(minimal(resumes=[], opportunities=[])).resumes == []


def test_strict_booleans_and_counts() -> None:
    raw = minimal()
    raw["opportunities"][0]["signals"] = {"internal_candidate": "yes"}
    raw["opportunities"][0]["posting"] = {"repost_count": "2"}
    found = problems_of(raw)
    assert "$.opportunities[0].signals.internal_candidate" in found
    assert "$.opportunities[0].posting.repost_count" in found


def test_yaml_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "search.yaml"
    path.write_text(
        "format: offergap.workbook/1\nas_of: 2026-11-20\nresumes:\n  - id: r1\n    text: hi\n"
        "opportunities:\n  - id: o1\n    company: Acme\n    title: Analyst\n"
    )
    assert load_workbook(path).as_of == date(2026, 11, 20)


@pytest.mark.parametrize(
    "content, message",
    [
        (b'{"format": "offergap.workbook/1",\n "resumes": [}', "malformed JSON at line 2"),
        (b"format: [unclosed\n", "malformed YAML"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"\xff\xfe\xfa not utf8", "not UTF-8"),
    ],
)
def test_malformed_files_name_the_place(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        load_workbook(path)


def test_a_file_over_50_mb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(InvalidInput, match="over the 50 MB limit"):
        load_workbook(path)


def _opportunity(events: list[dict[str, Any]], outcome: str | None = None) -> Opportunity:
    return Opportunity.model_validate(
        {"id": "o", "company": "A", "title": "T", "events": events, "outcome": outcome}
    )


def test_outcome_is_derived_from_the_last_decisive_event() -> None:
    events = [
        {"type": "interview", "date": "2026-01-10"},
        {"type": "rejection", "date": "2026-01-20"},
        {"type": "offer", "date": "2026-02-01"},
        {"type": "note", "date": "2026-03-01"},
    ]
    assert derived_outcome(_opportunity(events), date(2026, 6, 1)) == "offer"


def test_silence_after_21_days_is_ghosted_but_not_before() -> None:
    opp = _opportunity(
        [{"type": "interview", "date": "2026-01-10"}, {"type": "no_response", "date": "2026-01-25"}]
    )
    assert derived_outcome(opp, date(2026, 1, 31)) == "open"
    assert derived_outcome(opp, date(2026, 2, 1)) == "ghosted"


def test_a_recorded_outcome_wins() -> None:
    assert derived_outcome(_opportunity([], "withdrawn"), date(2026, 1, 1)) == "withdrawn"


def test_schema_describes_the_format() -> None:
    schema = json_schema()
    assert schema["properties"]["format"]["const"] == "offergap.workbook/1"
    assert "Opportunity" in schema["$defs"]
    json.dumps(schema)
