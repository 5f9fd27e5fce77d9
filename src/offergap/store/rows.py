"""Converting between workbook objects and table rows, both ways, with nothing lost."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from offergap.workbook import (
    SIGNAL_NAMES,
    Event,
    Expense,
    Opportunity,
    Posting,
    Signals,
)

POSTING_FIELDS = tuple(name for name in Posting.model_fields if name != "extra")
SIGNAL_FIELDS = (*SIGNAL_NAMES, "notes")
EVENT_SCALARS = (
    "type",
    "date",
    "round",
    "format",
    "scheduled_minutes",
    "actual_minutes",
    "self_rating",
    "next_step_promised",
    "notes",
)
EVENT_LISTS = ("interviewers", "questions_i_asked", "questions_asked_of_me")
OPPORTUNITY_SCALARS = (
    "company",
    "title",
    "source",
    "referral",
    "location",
    "company_research",
    "applied_on",
    "outcome",
)
OPPORTUNITY_LISTS = ("events", "expenses")
EXPENSE_FIELDS = ("date", "category", "amount", "currency", "reimbursed", "note")


def content_hash(opportunity: Opportunity) -> str:
    data = opportunity.model_dump(mode="json", exclude_none=True)
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def empty_lists(model: Any, names: Iterable[str]) -> list[str] | None:
    empty = [name for name in names if getattr(model, name) == []]
    return empty or None


def _pick(model: Any, names: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(model, name) for name in names}


def opportunity_row(opp: Opportunity, resume_id: int | None) -> dict[str, Any]:
    return {
        "key": opp.id,
        **_pick(opp, OPPORTUNITY_SCALARS),
        "resume_id": resume_id,
        "extra": opp.extra,
        "empty_lists": empty_lists(opp, OPPORTUNITY_LISTS),
        "content_hash": content_hash(opp),
    }


def posting_row(posting: Posting) -> dict[str, Any]:
    return {**_pick(posting, POSTING_FIELDS), "extra": posting.extra}


def signals_row(found: Signals) -> dict[str, Any]:
    return {**_pick(found, SIGNAL_FIELDS), "extra": found.extra}


def event_row(event: Event, position: int) -> dict[str, Any]:
    return {
        **_pick(event, EVENT_SCALARS),
        "position": position,
        "extra": event.extra,
        "empty_lists": empty_lists(event, EVENT_LISTS),
    }


def expense_row(item: Expense, position: int) -> dict[str, Any]:
    return {**_pick(item, EXPENSE_FIELDS), "position": position, "extra": item.extra}


# --- rows back to workbook data --------------------------------------------------------


def without_nulls(row: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: row[name] for name in names if row.get(name) is not None}


def with_extra(data: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    if row.get("extra") is not None:
        data["extra"] = row["extra"]
    return data


def restore_empty_lists(data: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    for name in row.get("empty_lists") or ():
        data.setdefault(name, [])
    return data
