"""A seeker shares their search with a counselor: one-time invitation codes, access, revocation,
and what the counselor's client list shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from offergap.errors import InvalidInput
from offergap.store import accounts
from offergap.store.accounts import Account, Client
from offergap.store.seekers import SeekerRef
from offergap.web import analyses
from offergap.web.context import WebApp
from offergap.web.search import SearchRef, snapshot
from offergap.web.security import new_invitation_code, normalise_invitation_code
from offergap.workbook import Workbook


@dataclass(frozen=True)
class Invitation:
    code: str
    expires_at: datetime


@dataclass(frozen=True)
class ClientSummary:
    id: int
    name: str
    headline: str | None
    last_activity: date | None
    opportunities: int


def invite(app: WebApp, search: SearchRef) -> Invitation:
    """A new one-time code; only its digest is stored, so it is shown to the seeker once."""
    search.writable_owner()
    code = new_invitation_code()
    with app.transaction() as conn:
        expires = accounts.create_invitation(conn, search.seeker.id, code, app.settings.invitation_ttl)
    return Invitation(code, expires)


def accept(app: WebApp, counselor: Account, code: str) -> Client:
    cleaned = normalise_invitation_code(code)
    if not cleaned or len(cleaned) > 40:
        raise InvalidInput("enter the invitation code the seeker gave you", hint="it looks like ABCD-EFGH-JKLM")
    with app.transaction() as conn:
        return accounts.accept_invitation(conn, cleaned, counselor)


def last_activity(workbook: Workbook) -> date | None:
    """The latest date anywhere in the record: an event, an application or an expense."""
    dates: list[date] = []
    for opportunity in workbook.opportunities:
        dates += [e.date for e in opportunity.events or []]
        dates += [x.date for x in opportunity.expenses or [] if x.date]
        if opportunity.applied_on:
            dates.append(opportunity.applied_on)
    return max(dates, default=None)


def summarise(app: WebApp, client: Client) -> ClientSummary:
    current = snapshot(app, SearchRef(SeekerRef(client.seeker_id, client.name), owner_id=None))
    workbook = current.workbook
    return ClientSummary(
        id=client.seeker_id,
        name=client.name,
        headline=current.derived(app, "headline", lambda: analyses.headline(workbook)),
        last_activity=last_activity(workbook),
        opportunities=len(workbook.opportunities),
    )


def client_summaries(app: WebApp, counselor: Account) -> list[ClientSummary]:
    with app.transaction() as conn:
        clients = accounts.list_clients(conn, counselor)
    return [summarise(app, c) for c in clients]
