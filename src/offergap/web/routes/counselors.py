"""Sharing with counselors: the seeker's invitations and revocations, and the counselor's clients
(read-only: the diagnosis, the opportunities) with the counselor's own private notes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from offergap.errors import InvalidInput
from offergap.report.listing import list_opportunities
from offergap.store import accounts
from offergap.web.auth import Counselor, Seeker, csrf_protect
from offergap.web.context import web
from offergap.web.pages import render, see_other
from offergap.web.params import RowId
from offergap.web.routes.diagnosis import diagnosis_context
from offergap.web.routes.opportunities import opportunity_context
from offergap.web.search import client_search, own_search
from offergap.web.sharing import accept, client_summaries, invite

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


def _sharing_page(request: Request, account: Seeker, code: str | None = None) -> Response:
    app = web(request)
    search = own_search(app, account)
    with app.transaction() as conn:
        counselors = accounts.list_counselors(conn, search.seeker.id)
    return render(request, "sharing.html", {"counselors": counselors, "code": code})


@router.get("/sharing")
def sharing(request: Request, account: Seeker) -> Response:
    return _sharing_page(request, account)


@router.post("/sharing/invitations")
def new_invitation(request: Request, account: Seeker) -> Response:
    invitation = invite(web(request), own_search(web(request), account))
    return _sharing_page(request, account, invitation.code)


@router.post("/sharing/counselors/{counselor_id}/revoke")
def revoke(request: Request, account: Seeker, counselor_id: RowId) -> Response:
    app = web(request)
    search = own_search(app, account)
    with app.transaction() as conn:
        accounts.revoke_access(conn, search.seeker.id, counselor_id)
    return see_other(request, "/sharing", "Access revoked: that counselor no longer sees your search.")


@router.get("/clients")
def clients(request: Request, account: Counselor) -> Response:
    return render(request, "clients.html", {"clients": client_summaries(web(request), account)})


@router.post("/clients/accept")
def accept_invitation(request: Request, account: Counselor, code: Annotated[str, Form(max_length=100)]) -> Response:
    added = accept(web(request), account, code)
    return see_other(request, f"/clients/{added.seeker_id}", f"{added.name} is now one of your clients.")


@router.get("/clients/{client_id}")
def client(request: Request, account: Counselor, client_id: RowId) -> Response:
    app = web(request)
    search = client_search(app, account, client_id)
    context = diagnosis_context(app, search)
    with app.transaction() as conn:
        notes = accounts.list_notes(conn, account, client_id)
    context.update(client_id=client_id, notes=notes, rows=list_opportunities(context["workbook"]))
    return render(request, "client.html", context)


@router.get("/clients/{client_id}/opportunities/{key}")
def client_opportunity(request: Request, account: Counselor, client_id: RowId, key: str) -> Response:
    app = web(request)
    context = opportunity_context(app, client_search(app, account, client_id), key)
    context["client_id"] = client_id
    return render(request, "opportunity.html", context)


@router.post("/clients/{client_id}/notes")
def add_note(
    request: Request,
    account: Counselor,
    client_id: RowId,
    body: Annotated[str, Form(min_length=1, max_length=20000)],
) -> Response:
    if not body.strip():
        raise InvalidInput("the note is empty")
    with web(request).transaction() as conn:
        accounts.add_note(conn, account, client_id, body.strip())
    return see_other(request, f"/clients/{client_id}#notes", "Note saved. Only you can see it.")


@router.post("/clients/{client_id}/notes/{note_id}/delete")
def delete_note(request: Request, account: Counselor, client_id: RowId, note_id: RowId) -> Response:
    with web(request).transaction() as conn:
        accounts.delete_note(conn, account, client_id, note_id)
    return see_other(request, f"/clients/{client_id}#notes", "Note deleted.")
