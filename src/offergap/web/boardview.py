"""The pipeline board: a column per stage, a card per opportunity, and moving a card forward.

The stage of an opportunity is derived from what its record shows (offergap.analysis.stages),
so moving a card means recording what happened: moving it to "screen" logs a screen today.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from offergap.analysis.stages import STAGE_LABELS, STAGES, days_since_contact, stage_reached
from offergap.errors import InvalidInput
from offergap.web.analyses import Badge
from offergap.workbook import Event, Opportunity, Workbook, derived_outcome, effective_as_of

CLOSED = {"rejected", "withdrawn", "ghosted", "accepted"}


@dataclass(frozen=True)
class Card:
    id: str
    company: str
    title: str
    stage: str
    outcome: str
    days_since_contact: int | None
    badges: tuple[Badge, ...]

    @property
    def closed(self) -> bool:
        return self.outcome in CLOSED


@dataclass(frozen=True)
class BoardColumn:
    stage: str
    label: str
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Board:
    columns: tuple[BoardColumn, ...]
    as_of: date

    @property
    def total(self) -> int:
        return sum(len(c.cards) for c in self.columns)


BadgeMaker = Callable[[Workbook, Opportunity], tuple[Badge, ...]]


def card(workbook: Workbook, opportunity: Opportunity, as_of: date, badges: BadgeMaker) -> Card:
    return Card(
        id=opportunity.id,
        company=opportunity.company,
        title=opportunity.title,
        stage=stage_reached(opportunity),
        outcome=derived_outcome(opportunity, as_of),
        days_since_contact=days_since_contact(opportunity, as_of),
        badges=badges(workbook, opportunity),
    )


def build_board(workbook: Workbook, badges: BadgeMaker) -> Board:
    as_of = effective_as_of(workbook)
    cards = [card(workbook, o, as_of, badges) for o in workbook.opportunities]
    columns = tuple(
        BoardColumn(stage, STAGE_LABELS[stage], tuple(c for c in cards if c.stage == stage)) for stage in STAGES
    )
    return Board(columns=columns, as_of=as_of)


def _next_round(opportunity: Opportunity) -> int:
    rounds = [e.round or 1 for e in opportunity.events or [] if e.type == "interview"]
    return max(rounds, default=0) + 1


def _event_for(stage: str, opportunity: Opportunity, day: date) -> Event:
    if stage == "screen":
        return Event(type="screen", date=day)
    if stage == "offer":
        return Event(type="offer", date=day)
    if stage == "interview":
        return Event(type="interview", date=day, round=1)
    round_no = max(_next_round(opportunity), 2)
    if stage == "final":
        return Event(type="interview", date=day, round=round_no, notes="final round")
    return Event(type="interview", date=day, round=round_no)


def move_to_stage(opportunity: Opportunity, stage: str, day: date) -> Opportunity:
    """Record what moving the card to `stage` means; a card moves forward only."""
    if stage not in STAGES:
        raise InvalidInput(f"unknown stage {stage!r}", hint="one of: " + ", ".join(STAGES))
    current = stage_reached(opportunity)
    if STAGES.index(stage) <= STAGES.index(current):
        raise InvalidInput(
            f"{opportunity.company} is already at {STAGE_LABELS[current]}; a card moves forward only",
            hint="to correct the record, edit the events on the opportunity's page",
        )
    if stage == "applied":
        return opportunity.model_copy(update={"applied_on": day})
    applied = {} if opportunity.applied_on or opportunity.events else {"applied_on": day}
    events = [*(opportunity.events or []), _event_for(stage, opportunity, day)]
    return opportunity.model_copy(update={"events": events, **applied})
