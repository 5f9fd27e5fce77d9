from __future__ import annotations

from typing import Any

from offergap.analysis.funnel import build_funnel, find_stalls
from offergap.analysis.stages import stage_reached
from offergap.workbook import Opportunity, validate_workbook


def opp(oid: str, events: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"id": oid, "company": f"Co {oid}", "title": "Analyst", "events": events, **fields}


def ev(kind: str, day: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "date": day, **fields}


def stage_of(events: list[dict[str, Any]], **fields: Any) -> str:
    return stage_reached(Opportunity.model_validate(opp("o", events, **fields)))


def test_stages_from_the_record() -> None:
    assert stage_of([]) == "considered"
    assert stage_of([], applied_on="2026-01-01") == "applied"
    assert stage_of([ev("screen", "2026-01-02")]) == "screen"
    assert stage_of([ev("interview", "2026-01-03", round=1)]) == "interview"
    assert stage_of([ev("interview", "2026-01-03", round=2)]) == "later_interview"
    assert stage_of([ev("offer", "2026-02-01")]) == "offer"


def test_a_final_round_is_recognised() -> None:
    announced = [
        ev("interview", "2026-01-03", round=1, next_step_promised="final round with the VP"),
        ev("interview", "2026-01-10", round=2),
    ]
    assert stage_of(announced) == "final"
    decided = [
        ev("interview", "2026-01-03", round=1),
        ev("interview", "2026-01-10", round=2),
        ev("rejection", "2026-01-20"),
    ]
    assert stage_of(decided) == "final"
    first_only = [ev("interview", "2026-01-03", round=1), ev("rejection", "2026-01-20")]
    assert stage_of(first_only) == "interview"


def _workbook(*opportunities: dict[str, Any], as_of: str = "2026-03-01") -> Any:
    return validate_workbook(
        {
            "format": "offergap.workbook/1",
            "as_of": as_of,
            "resumes": [{"id": "r", "text": "x"}],
            "opportunities": list(opportunities),
        }
    )


def test_funnel_counts_are_cumulative_and_conversions_compare_with_benchmarks() -> None:
    workbook = _workbook(
        opp("a", [ev("applied", "2026-01-01")]),
        opp(
            "b",
            [
                ev("applied", "2026-01-01"),
                ev("interview", "2026-01-08", round=1),
                ev("rejection", "2026-01-20"),
            ],
        ),
        opp(
            "c",
            [
                ev("applied", "2026-01-01"),
                ev("interview", "2026-01-05", round=1),
                ev("interview", "2026-01-12", round=2),
                ev("offer", "2026-01-30"),
            ],
        ),
    )
    funnel = build_funnel(workbook)
    assert funnel.reached("applied") == 3 and funnel.reached("interview") == 2 and funnel.reached("offer") == 1
    to_offer = next(c for c in funnel.conversions if (c.from_stage, c.to_stage) == ("interview", "offer"))
    assert to_offer.rate == 0.5 and to_offer.verdict == "above"
    assert funnel.outcomes == {"ghosted": 1, "rejected": 1, "offer": 1}


def test_stalls_are_interviews_followed_by_silence() -> None:
    silent = opp(
        "s",
        [
            ev(
                "interview",
                "2026-02-01",
                round=1,
                next_step_promised="decision next week",
                interviewers=[{"name": "Kim", "role": "hiring manager"}],
            )
        ],
    )
    recent = opp("r", [ev("interview", "2026-02-25", round=1)])
    stalls = find_stalls(_workbook(silent, recent, as_of="2026-03-01"))
    assert [s.opportunity_id for s in stalls] == ["s"]
    assert stalls[0].days_silent == 28
    assert "Hello Kim" in stalls[0].follow_up and "decision next week" in stalls[0].follow_up
    assert find_stalls(_workbook(silent, as_of="2026-02-10")) == []
