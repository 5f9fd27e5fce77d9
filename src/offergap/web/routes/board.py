"""The pipeline board: a column per stage; add a card, move a card forward."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from markupsafe import Markup

from offergap.analysis.stages import STAGE_LABELS, STAGES
from offergap.web import analyses
from offergap.web.auth import Seeker, csrf_protect
from offergap.web.boardview import Board, build_board, move_to_stage
from offergap.web.context import WebApp, web
from offergap.web.forms import opportunity_from_form
from offergap.web.pages import FormFields, render, see_other
from offergap.web.search import add_opportunity, change_opportunity, own_search, own_snapshot

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


LATER_STAGES = {s: [(later, STAGE_LABELS[later]) for later in STAGES[i + 1 :]] for i, s in enumerate(STAGES)}


def _columns_html(app: WebApp, board: Board) -> Markup:
    """The columns: the same for every request until the search changes (no per-session token in them;
    every card's Move button submits the one form above them)."""
    return Markup(app.templates.get_template("_board.html").render(board=board, later=LATER_STAGES))


@router.get("/board")
def board(request: Request, account: Seeker) -> Response:
    app = web(request)
    current = own_snapshot(app, account)
    built = current.derived(app, "board", lambda: build_board(current.workbook, analyses.card_badges))
    columns = current.derived(app, "board-html", lambda: _columns_html(app, built))
    return render(
        request,
        "board.html",
        {"board": built, "board_html": columns, "seeker_name": current.search.seeker.name},
    )


@router.post("/opportunities")
def add_card(request: Request, account: Seeker, form: FormFields) -> Response:
    app = web(request)
    draft = opportunity_from_form(form)
    added = add_opportunity(app, own_search(app, account), draft)
    return see_other(request, f"/opportunities/{added.id}", f"Added {added.company}: {added.title}.")


@router.post("/board/move")
def move_card(request: Request, account: Seeker, form: FormFields) -> Response:
    """A card's Move button: `move` names the card, `stage:<id>` the stage chosen for it."""
    key = str(form.get("move") or "")
    stage = str(form.get(f"stage:{key}") or "")
    app = web(request)
    moved = change_opportunity(app, own_search(app, account), key, lambda o: move_to_stage(o, stage, date.today()))
    label = STAGE_LABELS.get(stage, stage)
    return see_other(request, "/board", f"Moved {moved.company} to {label}.")
