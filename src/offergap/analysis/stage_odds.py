"""Published benchmarks for the chance that a candidate at a given stage gets the offer.

These are employer-side funnel averages (offers divided by candidates at the stage), across real and
not-so-real requisitions alike. They are used as P(offer | the job is real, stage); because some of the
requisitions behind them were never going to hire, they slightly understate the odds for a real job,
which keeps the next-round advice on the cautious side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from offergap.errors import InvalidInput
from offergap.workbook import Opportunity

Stage = Literal["screen", "first_interview", "second_interview", "final_round"]
STAGES: tuple[Stage, ...] = ("screen", "first_interview", "second_interview", "final_round")


@dataclass(frozen=True)
class StageOdds:
    stage: Stage
    label: str
    p_offer: float
    source: str


STAGE_ODDS: dict[Stage, StageOdds] = {
    o.stage: o
    for o in (
        StageOdds(
            "screen",
            "a first screen",
            0.10,
            "Jobvite, The Recruiting Funnel Deconstructed (2014 data): about 12% of applicants are "
            "interviewed and 1.2 offers are made per 7 interviewed (~17%); judged that about half of "
            "screened candidates reach an interview, so ~10%.",
        ),
        StageOdds(
            "first_interview",
            "a first interview",
            0.20,
            "Jobvite Recruiting Benchmark Reports: 17% (2015), 20% (2016) and 28% (2017, reported 2018) of "
            "interviews led to an offer; 20% is used for a first round.",
        ),
        StageOdds(
            "second_interview",
            "a second interview",
            0.28,
            "Jobvite 2018 Recruiting Benchmark Report: 28% of interviews led to an offer, with about 3.5 "
            "candidates interviewed per hire.",
        ),
        StageOdds(
            "final_round",
            "a final or onsite round",
            0.35,
            "Lever, 2019 Talent Benchmarks: about 30-40% of onsite interviews should lead to an offer; the "
            "midpoint is used.",
        ),
    )
}


def stage_odds(stage: str) -> StageOdds:
    for known in STAGES:
        if known == stage:
            return STAGE_ODDS[known]
    raise InvalidInput(f"unknown stage {stage!r}", hint="use one of: " + ", ".join(STAGES))


def next_stage(opportunity: Opportunity) -> Stage:
    """The stage of the coming round, from the screens and interviews already behind the seeker."""
    events = opportunity.sorted_events()
    interviews = sum(1 for e in events if e.type == "interview")
    if interviews >= 2:
        return "final_round"
    if interviews == 1:
        return "second_interview"
    if any(e.type in ("screen", "assessment") for e in events):
        return "first_interview"
    return "screen"
