"""The funnel: how many opportunities reached each stage, how they converted, and where they stall.

Conversions are compared with published benchmarks (see docs/diagnose.md for the sources).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from statistics import median

from offergap.analysis.stages import STAGE_LABELS, STAGES, event_stage, stage_reached
from offergap.workbook import Event, Opportunity, Workbook, derived_outcome, effective_as_of, last_contact

STALL_AFTER_DAYS = 14


@dataclass(frozen=True)
class Benchmark:
    low: float
    high: float
    source: str

    def verdict(self, rate: float) -> str:
        if rate < self.low:
            return "below"
        return "above" if rate > self.high else "within"


# Published conversion rates between stages (sources and years in docs/diagnose.md).
BENCHMARKS: dict[tuple[str, str], Benchmark] = {
    ("applied", "interview"): Benchmark(0.03, 0.12, "CareerPlug 2024 (about 3% of applicants reach an interview)"),
    ("interview", "offer"): Benchmark(
        0.20, 0.28, "Jobvite (20-28% of interviews lead to an offer); CareerPlug 2024 (27%)"
    ),
    ("final", "offer"): Benchmark(0.20, 0.40, "Lever 2019 (30-40% onsite-to-offer); 1 in 4-5 finalists"),
}


@dataclass(frozen=True)
class StageCount:
    stage: str
    label: str
    reached: int
    median_days_in_stage: float | None


@dataclass(frozen=True)
class Conversion:
    from_stage: str
    to_stage: str
    rate: float | None
    reached_from: int
    reached_to: int
    benchmark: Benchmark | None
    verdict: str | None


@dataclass(frozen=True)
class Stall:
    opportunity_id: str
    company: str
    title: str
    last_event: str
    last_contact: date
    days_silent: int
    follow_up: str


@dataclass(frozen=True)
class Funnel:
    as_of: date
    stages: tuple[StageCount, ...]
    conversions: tuple[Conversion, ...]
    stalls: tuple[Stall, ...]
    outcomes: dict[str, int]

    def reached(self, stage: str) -> int:
        return next(s.reached for s in self.stages if s.stage == stage)


def _stage_index(opportunity: Opportunity) -> int:
    return STAGES.index(stage_reached(opportunity))


def _entry_dates(opportunity: Opportunity) -> dict[str, date]:
    """The first date the record shows each stage reached."""
    events = opportunity.sorted_events()
    found: dict[str, date] = {}
    if opportunity.applied_on:
        found["applied"] = opportunity.applied_on
    for event in events:
        stage = event_stage(event, events)
        if stage and stage not in found:
            found[stage] = event.date
    return found


def _days_in_stage(opportunities: list[Opportunity], stage: str) -> float | None:
    index = STAGES.index(stage)
    spans: list[int] = []
    for opp in opportunities:
        entries = _entry_dates(opp)
        later = [entries[s] for s in STAGES[index + 1 :] if s in entries]
        if stage in entries and later and min(later) >= entries[stage]:
            spans.append((min(later) - entries[stage]).days)
    return float(median(spans)) if spans else None


def _conversion(counts: dict[str, int], start: str, end: str) -> Conversion:
    base, reached = counts[start], counts[end]
    rate = reached / base if base else None
    benchmark = BENCHMARKS.get((start, end))
    verdict = benchmark.verdict(rate) if benchmark and rate is not None else None
    return Conversion(start, end, rate, base, reached, benchmark, verdict)


def _last_contact_event(opportunity: Opportunity) -> Event | None:
    contacts = [e for e in opportunity.sorted_events() if e.type not in {"follow_up", "no_response", "note"}]
    return contacts[-1] if contacts else None


def _follow_up_text(opportunity: Opportunity, event: Event) -> str:
    who = next((p.name for p in event.interviewers or [] if p.name), None)
    greeting = f"Hello {who}," if who else "Hello,"
    promised = f" You mentioned {event.next_step_promised}." if event.next_step_promised else ""
    return (
        f"{greeting} thank you again for the conversation on {event.date:%B %d} about the {opportunity.title} role."
        f"{promised} I remain very interested; could you share where the process stands and the expected timing?"
    )


def find_stalls(workbook: Workbook, stall_after_days: int = STALL_AFTER_DAYS) -> list[Stall]:
    """Open processes whose last contact was an interview and that have been silent too long."""
    as_of = effective_as_of(workbook)
    stalls = []
    for opp in workbook.opportunities:
        event = _last_contact_event(opp)
        contact = last_contact(opp)
        if event is None or contact is None or event.type not in {"interview", "screen", "assessment"}:
            continue
        silent = (as_of - contact).days
        if silent > stall_after_days and derived_outcome(opp, as_of) in {"open", "ghosted"}:
            stalls.append(
                Stall(opp.id, opp.company, opp.title, event.type, contact, silent, _follow_up_text(opp, event))
            )
    return sorted(stalls, key=lambda s: -s.days_silent)


def build_funnel(workbook: Workbook, stall_after_days: int = STALL_AFTER_DAYS) -> Funnel:
    as_of = effective_as_of(workbook)
    opportunities = list(workbook.opportunities)
    indexes = [_stage_index(o) for o in opportunities]
    counts = {stage: sum(1 for i in indexes if i >= n) for n, stage in enumerate(STAGES)}
    stages = tuple(StageCount(s, STAGE_LABELS[s], counts[s], _days_in_stage(opportunities, s)) for s in STAGES)
    pairs = [*pairwise(STAGES[1:]), ("interview", "offer")]
    outcomes: dict[str, int] = {}
    for opp in opportunities:
        outcome = derived_outcome(opp, as_of)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return Funnel(
        as_of=as_of,
        stages=stages,
        conversions=(
            _conversion(counts, "applied", "interview"),
            *(_conversion(counts, a, b) for a, b in pairs),
        ),
        stalls=tuple(find_stalls(workbook, stall_after_days)),
        outcomes=outcomes,
    )
