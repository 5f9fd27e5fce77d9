"""The JSON API under /api/v1: the same access rules as the pages, with Bearer tokens."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from offergap.analysis.stages import STAGE_LABELS, stage_reached
from offergap.report.listing import timeline
from offergap.store import accounts
from offergap.store.importer import ImportReport
from offergap.web import analyses
from offergap.web.api_models import (
    AccountOut,
    ClientOut,
    CounselorOut,
    ImportOut,
    InvitationOut,
    NewAccount,
    OpportunityOut,
    OpportunityRowOut,
    ProblemOut,
    SignIn,
    TokenOut,
    errors,
)
from offergap.web.auth import ApiAccount, ApiCounselor, ApiSeeker, check_credentials, client_address
from offergap.web.context import WebApp, web
from offergap.web.params import RowId
from offergap.web.routes.auth import create_account
from offergap.web.search import (
    SearchRef,
    client_search,
    load_opportunity,
    load_workbook,
    own_search,
    snapshot,
)
from offergap.web.security import new_token
from offergap.web.sharing import accept, invite, summarise
from offergap.web.uploads import import_workbook
from offergap.workbook import Opportunity, Workbook, derived_outcome, effective_as_of, reference_problems
from offergap.workbook import validate_workbook as _validate

router = APIRouter(prefix="/api/v1", tags=["api"])
InvitationCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9 -]{0,38}[A-Za-z0-9]$")]
AUTH_ERRORS = (401, 403)


def _utc(moment: datetime) -> datetime:
    """The store keeps naive UTC times; the API says so."""
    return moment.replace(tzinfo=UTC)


def _account_out(account: accounts.Account) -> AccountOut:
    return AccountOut(id=account.id, email=account.email, role=account.role, name=account.name)


@router.post("/accounts", status_code=201, responses=errors(400, 409, 422))
def create_account_api(request: Request, body: NewAccount) -> AccountOut:
    return _account_out(create_account(web(request), body.email, body.password, body.role, body.name))


@router.post("/tokens", responses=errors(401, 422, 429))
def create_token(request: Request, body: SignIn) -> TokenOut:
    app = web(request)
    account = check_credentials(app, body.email, body.password, client_address(request))
    token = new_token("og_")
    with app.transaction() as conn:
        accounts.create_api_token(conn, account.id, token, app.settings.api_token_ttl)
    return TokenOut(token=token, expires_in=int(app.settings.api_token_ttl.total_seconds()))


@router.delete("/tokens/current", status_code=204, responses=errors(401))
def revoke_token(request: Request, account: ApiAccount) -> Response:
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    with web(request).transaction() as conn:
        accounts.revoke_api_token(conn, token)
    return Response(status_code=204)


@router.get("/account", responses=errors(401))
def who_am_i(account: ApiAccount) -> AccountOut:
    return _account_out(account)


# --- the caller's own search ----------------------------------------------------------------


def _import_out(report: ImportReport) -> ImportOut:
    return ImportOut(
        seeker=report.seeker,
        added=list(report.added),
        updated=list(report.updated),
        skipped=list(report.skipped),
        resumes_added=list(report.resumes_added),
        resumes_updated=list(report.resumes_updated),
        problems=[ProblemOut(where=p.where, reason=p.reason, hint=p.hint) for p in report.problems],
    )


@router.post("/workbooks", status_code=201, responses=errors(*AUTH_ERRORS, 400, 413, 422))
def import_workbook_api(request: Request, account: ApiSeeker, workbook: Workbook) -> ImportOut:
    """Import a workbook into the caller's search: all of it, or (on any error) nothing."""
    if reference_problems(workbook.model_dump(mode="json", exclude_none=True)):
        workbook = _validate(workbook.model_dump(mode="json", exclude_none=True), "the workbook")
    app = web(request)
    return _import_out(import_workbook(app, own_search(app, account), workbook))


@router.get("/workbook", response_model=Workbook, response_model_exclude_none=True, responses=errors(*AUTH_ERRORS))
def export_workbook_api(request: Request, account: ApiSeeker) -> Workbook:
    app = web(request)
    return load_workbook(app, own_search(app, account))


def _row(opportunity: Opportunity, workbook: Workbook) -> dict[str, Any]:
    stage = stage_reached(opportunity)
    found = timeline(opportunity, effective_as_of(workbook))
    return {
        "id": opportunity.id,
        "company": opportunity.company,
        "title": opportunity.title,
        "stage": stage,
        "stage_label": STAGE_LABELS[stage],
        "outcome": derived_outcome(opportunity, effective_as_of(workbook)),
        "days_since_contact": found.row.days_since_contact,
        "applied_on": opportunity.applied_on,
    }


@router.get("/opportunities", responses=errors(*AUTH_ERRORS))
def list_opportunities_api(request: Request, account: ApiSeeker) -> list[OpportunityRowOut]:
    app = web(request)
    workbook = load_workbook(app, own_search(app, account))
    return [OpportunityRowOut(**_row(o, workbook)) for o in workbook.opportunities]


@router.get("/opportunities/{opportunity_id}", responses=errors(*AUTH_ERRORS, 404))
def opportunity_api(request: Request, account: ApiSeeker, opportunity_id: str) -> OpportunityOut:
    app = web(request)
    search = own_search(app, account)
    opportunity = load_opportunity(app, search, opportunity_id)
    workbook = load_workbook(app, search)
    entries = timeline(opportunity, effective_as_of(workbook)).entries
    return OpportunityOut(
        **_row(opportunity, workbook),
        events=[e.model_dump(mode="json", exclude_none=True) for e in opportunity.sorted_events()],
        timeline=[{"date": e.date, "kind": e.kind, "summary": e.summary, "details": list(e.details)} for e in entries],
        opportunity=opportunity.model_dump(mode="json", exclude_none=True),
    )


def _diagnosis(app: WebApp, search: SearchRef) -> Response:
    current = snapshot(app, search)
    # Kept encoded: re-encoding the whole diagnosis on every request cost more than computing it once.
    body = current.derived(
        app, "diagnosis-json-bytes", lambda: json.dumps(analyses.diagnosis_json(current.workbook)).encode()
    )
    return Response(content=body, media_type="application/json")


@router.get("/diagnosis", response_model=dict[str, Any], responses=errors(*AUTH_ERRORS, 503))
def diagnosis_api(request: Request, account: ApiSeeker) -> Response:
    """The same JSON as `offergap diagnose --json`."""
    app = web(request)
    return _diagnosis(app, own_search(app, account))


# --- sharing with counselors ------------------------------------------------------------------


@router.post("/invitations", status_code=201, responses=errors(*AUTH_ERRORS))
def create_invitation_api(request: Request, account: ApiSeeker) -> InvitationOut:
    app = web(request)
    invitation = invite(app, own_search(app, account))
    return InvitationOut(code=invitation.code, expires_at=_utc(invitation.expires_at))


@router.get("/counselors", responses=errors(*AUTH_ERRORS))
def counselors_api(request: Request, account: ApiSeeker) -> list[CounselorOut]:
    app = web(request)
    search = own_search(app, account)
    with app.transaction() as conn:
        found = accounts.list_counselors(conn, search.seeker.id)
    return [CounselorOut(id=c.counselor_id, name=c.name, email=c.email, granted_at=_utc(c.granted_at)) for c in found]


@router.delete("/counselors/{counselor_id}", status_code=204, responses=errors(*AUTH_ERRORS, 404))
def revoke_counselor_api(request: Request, account: ApiSeeker, counselor_id: RowId) -> Response:
    app = web(request)
    search = own_search(app, account)
    with app.transaction() as conn:
        accounts.revoke_access(conn, search.seeker.id, counselor_id)
    return Response(status_code=204)


@router.post("/invitations/{code}/accept", responses=errors(*AUTH_ERRORS, 404, 422))
def accept_invitation_api(request: Request, account: ApiCounselor, code: InvitationCode) -> ClientOut:
    app = web(request)
    return ClientOut(**vars(summarise(app, accept(app, account, code))))


@router.get("/clients", responses=errors(*AUTH_ERRORS))
def clients_api(request: Request, account: ApiCounselor) -> list[ClientOut]:
    app = web(request)
    with app.transaction() as conn:
        found = accounts.list_clients(conn, account)
    return [ClientOut(**vars(summarise(app, c))) for c in found]


@router.get("/clients/{client_id}/diagnosis", response_model=dict[str, Any], responses=errors(*AUTH_ERRORS, 404, 503))
def client_diagnosis_api(request: Request, account: ApiCounselor, client_id: RowId) -> Response:
    app = web(request)
    return _diagnosis(app, client_search(app, account, client_id))


@router.get(
    "/clients/{client_id}/workbook",
    response_model=Workbook,
    response_model_exclude_none=True,
    responses=errors(*AUTH_ERRORS, 404),
)
def client_workbook_api(request: Request, account: ApiCounselor, client_id: RowId) -> Workbook:
    app = web(request)
    return load_workbook(app, client_search(app, account, client_id))
