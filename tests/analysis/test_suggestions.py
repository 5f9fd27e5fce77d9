"""Suggested questions for the next interview: built on the real specifics, never premature before an offer."""

from __future__ import annotations

import json
from pathlib import Path

from offergap.analysis.questions import judge_question
from offergap.analysis.suggestions import MAX_SUGGESTIONS, MIN_SUGGESTIONS, suggest_questions

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dana-reyes.json"


def _example_texts(opportunity_id: str) -> tuple[str, str, str]:
    """Posting text, company research and title of one opportunity of the example workbook."""
    data = json.loads(EXAMPLE.read_text())
    opp = next(o for o in data["opportunities"] if o["id"] == opportunity_id)
    return str(opp["posting"]["text"]), str(opp["company_research"]), str(opp["title"])


def test_suggestions_use_the_real_specifics_and_never_premature_before_an_offer() -> None:
    posting, research, title = _example_texts("o-ridgeway-data-engineer")
    found = suggest_questions(posting, research, "interview", title=title)
    assert MIN_SUGGESTIONS <= len(found) <= MAX_SUGGESTIONS
    text = " ".join(s.question for s in found)
    assert "Databricks" in text and "streaming GPS" in text and "data platform team" in text
    assert all(judge_question(s.question).category not in {"premature", "red_flag"} for s in found)
    assert len({s.question for s in found}) == len(found)
    assert any(s.category == "research" for s in found) and any(s.category == "process" for s in found)


def test_offer_stage_suggestions_include_the_terms() -> None:
    posting, research, _ = _example_texts("o-ridgeway-data-engineer")
    found = suggest_questions(posting, research, "offer")
    assert any(s.category == "premature" and "bonus" in s.question for s in found)


def test_suggestions_without_specifics_fall_back_to_good_general_questions() -> None:
    found = suggest_questions(None, None, "screen", title="Cook")
    assert len(found) >= MIN_SUGGESTIONS and all(s.category != "premature" for s in found)
    assert any("interview process" in s.question for s in found)
