from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from offergap.analysis.diagnose import CAUSES, diagnose
from offergap.workbook import Workbook, load_workbook, validate_workbook


def _labels(dev_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (dev_dir / "diagnose" / "labels.jsonl").read_text().splitlines()]


def test_the_headline_is_right_on_every_dev_workbook(dev_dir: Path) -> None:
    for label in _labels(dev_dir):
        result = diagnose(load_workbook(dev_dir / "diagnose" / label["file"]))
        assert result.headline.cause == label["cause"], label["file"]


def test_json_has_all_four_causes_highest_first(dev_dir: Path) -> None:
    data = diagnose(load_workbook(dev_dir / "diagnose" / "dev-pseudo.json")).as_json()
    assert {c["cause"] for c in data["causes"]} == set(CAUSES)
    scores = [c["score"] for c in data["causes"]]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)
    assert all(c["evidence"] and c["actions"] for c in data["causes"])
    assert {"as_of", "headline", "funnel", "opportunities"} <= set(data)
    first = data["opportunities"][0]
    assert {"id", "stage_reached", "outcome", "fit", "pseudo_risk", "conduct"} <= set(first)
    json.dumps(data)


def _search(opportunities: list[dict[str, Any]]) -> Workbook:
    return validate_workbook(
        {
            "format": "offergap.workbook/1",
            "as_of": "2026-06-01",
            "resumes": [{"id": "r", "text": "Data analyst. SQL, Tableau, Python. 2019-2026."}],
            "opportunities": opportunities,
        }
    )


def test_an_empty_search_is_too_early_to_tell() -> None:
    for workbook in (
        _search([]),
        _search(
            [
                {
                    "id": "o",
                    "company": "A",
                    "title": "Analyst",
                    "events": [{"type": "applied", "date": "2026-05-01"}],
                }
            ]
        ),
    ):
        result = diagnose(workbook)
        assert result.headline.confidence == "none"
        assert "Too early to tell" in result.headline.summary


def _interviews(questions: list[str]) -> list[dict[str, Any]]:
    return [
        {
            "id": f"o{n}",
            "company": f"Company {n}",
            "title": "Data Analyst",
            "resume": "r",
            "posting": {"text": "Data Analyst. Required: SQL and Tableau. 3+ years of experience."},
            "events": [
                {"type": "interview", "date": "2026-04-01", "round": 1, "questions_i_asked": questions},
                {"type": "rejection", "date": "2026-04-20"},
            ],
        }
        for n in range(4)
    ]


def test_premature_questions_raise_the_interview_skills_score() -> None:
    polite = diagnose(_search(_interviews(["What would success look like in the first 90 days?"])))
    premature = diagnose(_search(_interviews(["How much vacation do I get?", "What's the salary?"])))
    assert premature.cause("interview_skills").score > polite.cause("interview_skills").score
    assert any("premature" in line for line in premature.cause("interview_skills").evidence)


def test_offers_in_the_record_mean_nothing_is_wrong() -> None:
    opportunities = _interviews(["What would success look like?"])
    opportunities[0]["events"][1] = {"type": "offer", "date": "2026-04-20"}
    assert diagnose(_search(opportunities)).headline.cause == "normal_odds"


def test_missing_postings_are_named() -> None:
    opportunities = _interviews(["What would success look like?"])
    for opp in opportunities:
        del opp["posting"]
    result = diagnose(_search(opportunities))
    assert any("no fit" in line for line in result.missing)
    assert result.headline.confidence != "high"


@pytest.mark.parametrize("cause", CAUSES)
def test_every_cause_has_a_summary(cause: str) -> None:
    from offergap.analysis.diagnose import SUMMARIES

    assert len(SUMMARIES[cause]) > 40
