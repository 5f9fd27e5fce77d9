"""Conduct summaries per interview, per opportunity and for the whole search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from offergap.analysis.conduct import stage_at, summarize_interview, summarize_opportunity, summarize_search
from offergap.workbook import Event, Opportunity, QuestionAnswer, Workbook, load_workbook

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dana-reyes.json"


def _opportunity(*events: Event, research: str | None = None) -> Opportunity:
    return Opportunity(id="o-1", company="Acme", title="Analyst", company_research=research, events=list(events))


def _event(kind: str, day: int, asked: list[str], answers: list[tuple[str, str]] | None = None) -> Event:
    return Event(
        type=kind,  # type: ignore[arg-type]
        date=date(2026, 9, day),
        questions_i_asked=asked or None,
        questions_asked_of_me=[QuestionAnswer(question=q, my_answer=a) for q, a in answers or []] or None,
    )


def test_an_interview_lists_what_hurt_and_what_helped() -> None:
    event = _event(
        "interview",
        3,
        ["Your annual report says you opened two clinics. How is that going?", "What's the salary range?"],
        [("Tell me about a time you fixed a slow report.", "I rebuilt it. It went from 3 days to 4 hours.")],
    )
    found = summarize_interview(_opportunity(event), event)
    assert found.stage == "interview" and found.asked_research
    assert any("premature" in line and "salary" in line for line in found.hurt)
    assert any("research question" in line for line in found.helped)
    assert any("numbers" in line for line in found.helped)


def test_questions_after_an_offer_are_judged_at_the_offer_stage() -> None:
    offer = _event("offer", 10, [])
    call = _event("follow_up", 12, ["What's the salary range?"])
    opportunity = _opportunity(_event("interview", 3, ["What are the next steps?"]), offer, call)
    assert stage_at(call, opportunity.sorted_events()) == "offer"
    summary = summarize_opportunity(opportunity, date(2026, 11, 1))
    after = summary.interviews[-1]
    assert after.questions[0].verdict == "good" and not after.hurt
    assert summary.outcome == "offer"


def test_search_shares_count_only_questions_before_offers() -> None:
    first = _opportunity(
        _event("screen", 1, ["What's the pay?", "What does success look like?"]),
        _event("interview", 8, ["Did I get the job?", "What are the next steps?"]),
        _event("offer", 9, []),
        _event("follow_up", 10, ["How many vacation days?"]),
    )
    second = Opportunity(
        id="o-2",
        company="Beta",
        title="Analyst",
        events=[_event("interview", 2, ["I read you acquired Gamma Corp in May. How is that going?"])],
    )
    search = summarize_search(
        Workbook(format="offergap.workbook/1", as_of=date(2026, 11, 1), opportunities=[first, second])
    )
    assert search.questions_before_offer == 5
    assert search.premature_before_offer == 1 and search.red_flag_before_offer == 1
    assert search.premature_share == 0.2 and search.red_flag_share == 0.2
    assert search.interviews_with_questions == 3 and search.interviews_without_research == 2
    assert search.no_research_share == round(2 / 3, 3)
    assert any("1 of 5" in line for line in search.hurt)


def test_answer_averages() -> None:
    event = _event(
        "interview",
        3,
        [],
        [
            (
                "Tell me about a time you led a project.",
                "I was asked to fix it. I built a tool. It cut errors 40%.",
            ),
            ("Tell me about a conflict.", "We talked it through."),
        ],
    )
    search = summarize_search(
        Workbook(format="offergap.workbook/1", as_of=date(2026, 11, 1), opportunities=[_opportunity(event)])
    )
    averages = search.answers
    assert averages.answers == 2 and averages.behavioral == 2
    assert averages.quantified_share == 0.5 and averages.we_share == 0.5
    assert averages.quality is not None and 0 < averages.quality < 1


def test_an_opportunity_without_interviews_has_an_empty_summary() -> None:
    summary = summarize_opportunity(_opportunity(_event("applied", 1, [])), date(2026, 11, 1))
    assert summary.interviews == () and summary.hurt == () and summary.helped == ()


def test_the_example_workbook_summarises(tmp_path: Path) -> None:
    search = summarize_search(load_workbook(EXAMPLE))
    assert search.interviews > 10 and search.research_before_offer > 0
    assert 0 < (search.premature_share or 0) < 0.5
    assert set(search.to_json()) >= {
        "premature_share",
        "red_flag_share",
        "no_research_share",
        "answers",
        "hurt",
    }


def test_poor_conduct_stands_out_from_good_conduct(dev_dir: Path) -> None:
    skills = summarize_search(load_workbook(dev_dir / "diagnose" / "dev-skills.json"))
    normal = summarize_search(load_workbook(dev_dir / "diagnose" / "dev-normal.json"))
    assert (skills.premature_share or 0) > 0.5 > (normal.premature_share or 0)
    assert (skills.no_research_share or 0) > 0.5 > (normal.no_research_share or 0)
    assert (skills.answers.quality or 0) < (normal.answers.quality or 0)
