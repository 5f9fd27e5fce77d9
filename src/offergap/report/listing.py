"""The rows of `offergap list` and the timeline of `offergap show`, as data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from offergap.analysis.stages import STAGE_LABELS, days_since_contact, stage_reached
from offergap.store.fits import StoredFit
from offergap.workbook import Event, Opportunity, Workbook, derived_outcome, effective_as_of


@dataclass(frozen=True)
class OpportunityRow:
    id: str
    company: str
    title: str
    stage_reached: str
    outcome: str
    days_since_contact: int | None
    fit_score: float | None = None
    fit_label: str | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TimelineEntry:
    date: date
    kind: str
    summary: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Timeline:
    row: OpportunityRow
    entries: tuple[TimelineEntry, ...]
    opportunity: Opportunity


def opportunity_row(opportunity: Opportunity, as_of: date) -> OpportunityRow:
    return OpportunityRow(
        id=opportunity.id,
        company=opportunity.company,
        title=opportunity.title,
        stage_reached=STAGE_LABELS[stage_reached(opportunity)],
        outcome=derived_outcome(opportunity, as_of),
        days_since_contact=days_since_contact(opportunity, as_of),
    )


def list_opportunities(workbook: Workbook, fits: Mapping[str, StoredFit] | None = None) -> list[OpportunityRow]:
    """One row per opportunity; with `fits`, each row carries the stored fit of the resume sent."""
    as_of = effective_as_of(workbook)
    rows = [opportunity_row(o, as_of) for o in workbook.opportunities]
    if not fits:
        return rows
    return [
        replace(row, fit_score=fits[row.id].score, fit_label=fits[row.id].label) if row.id in fits else row
        for row in rows
    ]


def _event_summary(event: Event) -> str:
    parts = [event.type.replace("_", " ")]
    if event.round:
        parts.append(f"round {event.round}")
    if event.format:
        parts.append(event.format.replace("_", " "))
    if event.actual_minutes or event.scheduled_minutes:
        parts.append(f"{event.actual_minutes or '?'} of {event.scheduled_minutes or '?'} min")
    return ", ".join(parts)


def _event_details(event: Event) -> tuple[str, ...]:
    lines = [f"with {p.name or '?'} ({p.role or 'role unknown'})" for p in event.interviewers or []]
    lines += [f"I asked: {q}" for q in event.questions_i_asked or []]
    lines += [f"Asked of me: {qa.question}" for qa in event.questions_asked_of_me or []]
    if event.next_step_promised:
        lines.append(f"Next step promised: {event.next_step_promised}")
    if event.notes:
        lines.append(f"Notes: {event.notes}")
    return tuple(lines)


def timeline(opportunity: Opportunity, as_of: date) -> Timeline:
    entries = [TimelineEntry(e.date, e.type, _event_summary(e), _event_details(e)) for e in opportunity.sorted_events()]
    if opportunity.applied_on and not any(e.type == "applied" for e in opportunity.events or []):
        entries.append(TimelineEntry(opportunity.applied_on, "applied", "applied"))
    if opportunity.posting and opportunity.posting.posted_on:
        entries.append(TimelineEntry(opportunity.posting.posted_on, "posted", "posting published"))
    for item in opportunity.expenses or []:
        if item.date:
            paid = "reimbursed" if item.reimbursed else "paid"
            entries.append(
                TimelineEntry(item.date, "expense", f"{item.category} {item.amount} {item.currency} ({paid})")
            )
    entries.sort(key=lambda e: e.date)
    return Timeline(opportunity_row(opportunity, as_of), tuple(entries), opportunity)


def timeline_json(found: Timeline) -> dict[str, Any]:
    return {
        **found.row.as_json(),
        "timeline": [
            {"date": e.date.isoformat(), "kind": e.kind, "summary": e.summary, "details": list(e.details)}
            for e in found.entries
        ],
        "opportunity": found.opportunity.model_dump(mode="json", exclude_none=True),
    }
