"""One opportunity: its timeline, the forms to log an event, an expense or signals, and its analyses."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from offergap.errors import NotFound
from offergap.report.listing import timeline
from offergap.web import analyses
from offergap.web.auth import Seeker, csrf_protect
from offergap.web.context import WebApp, web
from offergap.web.forms import event_from_form, expense_from_form, signals_from_form
from offergap.web.pages import FormFields, render, see_other
from offergap.web.search import SearchRef, change_opportunity, load_workbook, own_search
from offergap.workbook import (
    EVENT_TYPES,
    EXPENSE_CATEGORIES,
    SIGNAL_NAMES,
    InterviewFormat,
    effective_as_of,
)

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

FORMATS: tuple[str, ...] = InterviewFormat.__args__  # type: ignore[attr-defined]


def opportunity_context(app: WebApp, search: SearchRef, key: str) -> dict[str, Any]:
    """Everything the opportunity page shows; the same for the seeker and (read-only) a counselor."""
    workbook = load_workbook(app, search)
    opportunity = workbook.opportunity(key)
    if opportunity is None:
        raise NotFound(f"no opportunity {key!r}", hint="the board lists the opportunities of this search")
    return {
        "timeline": timeline(opportunity, effective_as_of(workbook)),
        "opportunity": opportunity,
        "analysis": analyses.opportunity_analyses(workbook, opportunity),
        "read_only": search.read_only,
        "event_types": EVENT_TYPES,
        "interview_formats": FORMATS,
        "expense_categories": EXPENSE_CATEGORIES,
        "signal_names": SIGNAL_NAMES,
        "signals": opportunity.signals.flags() if opportunity.signals else {},
    }


@router.get("/opportunities/{key}")
def show(request: Request, account: Seeker, key: str) -> Response:
    app = web(request)
    return render(request, "opportunity.html", opportunity_context(app, own_search(app, account), key))


@router.post("/opportunities/{key}/events")
def log_event(request: Request, account: Seeker, key: str, form: FormFields) -> Response:
    app = web(request)
    event = event_from_form(form)
    change_opportunity(
        app,
        own_search(app, account),
        key,
        lambda o: o.model_copy(update={"events": [*(o.events or []), event]}),
    )
    return see_other(request, f"/opportunities/{key}", f"Logged the {event.type.replace('_', ' ')}.")


@router.post("/opportunities/{key}/expenses")
def add_expense(request: Request, account: Seeker, key: str, form: FormFields) -> Response:
    app = web(request)
    expense = expense_from_form(form)
    change_opportunity(
        app,
        own_search(app, account),
        key,
        lambda o: o.model_copy(update={"expenses": [*(o.expenses or []), expense]}),
    )
    return see_other(request, f"/opportunities/{key}", "Recorded the expense.")


@router.post("/opportunities/{key}/signals")
def save_signals(request: Request, account: Seeker, key: str, form: FormFields) -> Response:
    app = web(request)
    change_opportunity(
        app,
        own_search(app, account),
        key,
        lambda o: o.model_copy(update={"signals": signals_from_form(form, o.signals)}),
    )
    return see_other(request, f"/opportunities/{key}", "Saved the signals.")
