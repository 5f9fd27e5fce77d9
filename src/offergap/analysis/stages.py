"""How far each opportunity got: the stages of the funnel, from considered to offer."""

from __future__ import annotations

import re
from datetime import date

from offergap.workbook import Event, Opportunity, last_contact

STAGES: tuple[str, ...] = (
    "considered",
    "applied",
    "screen",
    "interview",
    "later_interview",
    "final",
    "offer",
)
STAGE_LABELS = {
    "considered": "considered",
    "applied": "applied",
    "screen": "screen",
    "interview": "first interview",
    "later_interview": "second+ interview",
    "final": "final round",
    "offer": "offer",
}
_FINAL_WORDS = re.compile(r"\bfinal(ist)?s?\b|\blast round\b", re.IGNORECASE)
_DECISION_NEXT = re.compile(r"\b(decision|decide|offer|references?)\b", re.IGNORECASE)


def _is_final(event: Event, events: list[Event]) -> bool:
    """A final round: announced as one, followed only by a decision, or the last round before one."""
    before = [e for e in events if e.date <= event.date and e is not event and e.type != "note"]
    if before and _FINAL_WORDS.search(before[-1].next_step_promised or ""):
        return True
    if _FINAL_WORDS.search(event.notes or "") or _DECISION_NEXT.search(event.next_step_promised or ""):
        return True
    later = [e for e in events if e.date >= event.date and e is not event]
    decided = any(e.type in {"offer", "rejection"} for e in later)
    more_rounds = any(e.type == "interview" for e in later)
    return decided and not more_rounds and (event.round or 1) >= 2


def event_stage(event: Event, events: list[Event]) -> str | None:
    if event.type == "offer":
        return "offer"
    if event.type == "screen":
        return "screen"
    if event.type == "interview":
        if _is_final(event, events):
            return "final"
        return "later_interview" if (event.round or 1) >= 2 else "interview"
    if event.type in {"applied", "assessment"}:
        return "applied" if event.type == "applied" else "screen"
    return None


def stage_reached(opportunity: Opportunity) -> str:
    """The furthest stage the record shows; an application date alone means applied."""
    events = opportunity.sorted_events()
    found = [event_stage(e, events) for e in events]
    if opportunity.applied_on or any(e.type != "note" for e in events):
        found.append("applied")
    reached = [STAGES.index(s) for s in found if s is not None]
    return STAGES[max(reached)] if reached else "considered"


def days_since_contact(opportunity: Opportunity, as_of: date) -> int | None:
    contact = last_contact(opportunity)
    return None if contact is None else (as_of - contact).days
