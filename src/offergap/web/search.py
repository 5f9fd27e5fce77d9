"""A caller's view of one job search: whose it is, and reading or changing it in one transaction.

A seeker reaches only the search their account owns; a counselor only the searches of clients
who invited them, read-only. Anything else is NotFound, exactly as if it did not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from offergap.errors import Conflict, Forbidden, NotFound
from offergap.store import accounts, exporter, importer
from offergap.store import schema as t
from offergap.store.accounts import Account
from offergap.store.seekers import SeekerRef
from offergap.web.cache import search_fingerprint
from offergap.web.context import WebApp
from offergap.workbook import Opportunity, Workbook

T = TypeVar("T")


@dataclass(frozen=True)
class SearchRef:
    seeker: SeekerRef
    # The account that owns the search, when the caller may change it; None for a counselor's view.
    owner_id: int | None

    @property
    def read_only(self) -> bool:
        return self.owner_id is None

    def writable_owner(self) -> int:
        if self.owner_id is None:
            raise Forbidden("a counselor's view of a search is read-only")
        return self.owner_id


def own_search(app: WebApp, who: Account) -> SearchRef:
    with app.transaction() as conn:
        return SearchRef(accounts.own_search(conn, who), owner_id=who.id)


def client_search(app: WebApp, counselor: Account, client_id: int) -> SearchRef:
    with app.transaction() as conn:
        found = accounts.client(conn, counselor, client_id)
    return SearchRef(SeekerRef(found.seeker_id, found.name), owner_id=None)


@dataclass(frozen=True)
class Snapshot:
    """A search as it is now: its fingerprint and its workbook (shared, read-only)."""

    search: SearchRef
    fingerprint: str
    workbook: Workbook

    def derived(self, app: WebApp, kind: str, compute: Callable[[], T]) -> T:
        """A value computed from this workbook, kept until the search changes."""
        return app.cache.get(kind, self.search.seeker.id, self.fingerprint, compute)


def snapshot(app: WebApp, search: SearchRef) -> Snapshot:
    with app.transaction() as conn:
        return _snapshot(app, conn, search)


def own_snapshot(app: WebApp, who: Account) -> Snapshot:
    """The seeker's own search as it is now, in one round trip to the database."""
    with app.transaction() as conn:
        return _snapshot(app, conn, SearchRef(accounts.own_search(conn, who), owner_id=who.id))


def _snapshot(app: WebApp, conn: Connection, search: SearchRef) -> Snapshot:
    seeker_id = search.seeker.id
    fingerprint = search_fingerprint(conn, seeker_id)
    # Read after the fingerprint, so the workbook is never older than the key it is kept under.
    workbook = app.cache.get("workbook", seeker_id, fingerprint, lambda: exporter.export_workbook(conn, seeker_id))
    return Snapshot(search, fingerprint, workbook)


def load_workbook(app: WebApp, search: SearchRef) -> Workbook:
    return snapshot(app, search).workbook


def _opportunity(conn: Connection, search: SearchRef, key: str) -> Opportunity:
    found = exporter.export_opportunities(conn, search.seeker.id, [key])
    if not found:
        raise NotFound(f"no opportunity {key!r}", hint="the board lists the opportunities of this search")
    return found[0]


def load_opportunity(app: WebApp, search: SearchRef, key: str) -> Opportunity:
    with app.transaction() as conn:
        return _opportunity(conn, search, key)


def change_opportunity(
    app: WebApp, search: SearchRef, key: str, change: Callable[[Opportunity], Opportunity]
) -> Opportunity:
    """Read, change and save one opportunity in a single transaction."""
    search.writable_owner()
    with app.transaction() as conn:
        changed = change(_opportunity(conn, search, key))
        importer.import_opportunities(conn, search.seeker, [changed])
    return changed


def new_opportunity_id(conn: Connection, seeker_id: int, company: str, title: str) -> str:
    """A readable id from the company and title, unique within this search."""
    base = re.sub(r"[^a-z0-9]+", "-", f"{company} {title}".lower()).strip("-")[:60] or "opportunity"
    query = select(t.opportunity.c.key).where(
        t.opportunity.c.seeker_id == seeker_id, t.opportunity.c.key.startswith(base, autoescape=True)
    )
    taken = set(conn.execute(query).scalars())
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def add_opportunity(app: WebApp, search: SearchRef, draft: Opportunity) -> Opportunity:
    """Add an opportunity under a new id, unique in this search."""
    search.writable_owner()
    try:
        with app.transaction() as conn:
            key = new_opportunity_id(conn, search.seeker.id, draft.company, draft.title)
            opportunity = draft.model_copy(update={"id": key})
            importer.import_opportunities(conn, search.seeker, [opportunity])
    except IntegrityError:  # the same id added at the same moment by another request
        raise Conflict("this opportunity was just added by another request", hint="reload the board") from None
    return opportunity
