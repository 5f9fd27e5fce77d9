"""The job-search store: SQLite by default, PostgreSQL for a career-services office.

`Store` is the library's face of the database; every method is scoped to one seeker.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from offergap.errors import Conflict, NotFound, OffergapError
from offergap.ingest.documents import Document
from offergap.ingest.load import ImportBatch
from offergap.store import exporter, importer, migrate
from offergap.store.engine import make_engine, resolve_url
from offergap.store.fits import StoredFit, stored_fits
from offergap.store.importer import ImportReport, ResumeAdded
from offergap.store.seekers import (
    DEFAULT_NAME,
    SeekerRef,
    create_seeker,
    find_seeker,
    list_seekers,
    resolve_seeker_for_import,
)
from offergap.workbook import Event, Expense, Opportunity, Workbook

__all__ = ["ImportReport", "ResumeAdded", "SeekerRef", "Store", "open_store"]


class DatabaseUnavailable(OffergapError):
    exit_code = 7
    http_status = 503
    code = "database_unavailable"


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def seekers(self) -> list[SeekerRef]:
        with self.transaction() as conn:
            return list_seekers(conn)

    def seeker(self, name: str | None = None) -> SeekerRef:
        with self.transaction() as conn:
            return find_seeker(conn, name)

    def import_workbook(
        self, workbook: Workbook, *, seeker: str | None = None, base_dir: Path | None = None
    ) -> ImportReport:
        """Import in one transaction: on any error nothing is written."""
        with self.transaction() as conn:
            return importer.import_workbook(conn, workbook, seeker_name=seeker, base_dir=base_dir)

    def import_batch(self, batch: ImportBatch, *, seeker: str | None = None) -> ImportReport:
        if batch.workbook is not None:
            return self.import_workbook(batch.workbook, seeker=seeker, base_dir=batch.source.parent)
        with self.transaction() as conn:
            ref = resolve_seeker_for_import(conn, seeker, None)
            report = importer.import_opportunities(conn, ref, batch.opportunities)
        return replace(report, problems=batch.skipped)

    def export_workbook(self, seeker: str | None = None) -> Workbook:
        with self.transaction() as conn:
            return exporter.export_workbook(conn, find_seeker(conn, seeker).id)

    def fits(self, seeker: str | None = None) -> dict[str, StoredFit]:
        """Each opportunity's fit against the resume sent: cached, recomputed when either text changes."""
        with self.transaction() as conn:
            ref = find_seeker(conn, seeker)
            return stored_fits(conn, ref.id, exporter.export_workbook(conn, ref.id))

    def opportunity(self, key: str, seeker: str | None = None) -> Opportunity:
        with self.transaction() as conn:
            found = exporter.export_opportunities(conn, find_seeker(conn, seeker).id, [key])
        if not found:
            raise NotFound(f"no opportunity {key!r}", hint="`offergap list` shows the ids")
        return found[0]

    def save_opportunity(self, opportunity: Opportunity, seeker: str | None = None) -> ImportReport:
        """Add the opportunity, or replace the stored one with the same id."""
        with self.transaction() as conn:
            return importer.import_opportunities(conn, find_seeker(conn, seeker), [opportunity])

    def add_opportunity(self, opportunity: Opportunity, seeker: str | None = None) -> ImportReport:
        with self.transaction() as conn:
            ref = find_seeker(conn, seeker) if seeker or list_seekers(conn) else create_seeker(conn, DEFAULT_NAME)
            if exporter.export_opportunities(conn, ref.id, [opportunity.id]):
                raise Conflict(f"an opportunity with id {opportunity.id!r} exists", hint="choose another --id")
            return importer.import_opportunities(conn, ref, [opportunity])

    def add_event(self, key: str, event: Event, seeker: str | None = None) -> Opportunity:
        current = self.opportunity(key, seeker)
        changed = current.model_copy(update={"events": [*(current.events or []), event]})
        self.save_opportunity(changed, seeker)
        return changed

    def add_expense(self, key: str, expense: Expense, seeker: str | None = None) -> Opportunity:
        current = self.opportunity(key, seeker)
        changed = current.model_copy(update={"expenses": [*(current.expenses or []), expense]})
        self.save_opportunity(changed, seeker)
        return changed

    def add_resume(
        self,
        document: Document,
        *,
        key: str | None = None,
        label: str | None = None,
        seeker: str | None = None,
    ) -> ResumeAdded:
        """Store a resume file (original bytes and extracted text) as a new resume or a new version."""
        with self.transaction() as conn:
            ref = find_seeker(conn, seeker) if seeker or list_seekers(conn) else create_seeker(conn, DEFAULT_NAME)
            return importer.add_resume_document(conn, ref.id, document, key=key, label=label)


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """Open the database at `url` (or OFFERGAP_DB, or the default file) and migrate it."""
    engine = make_engine(url)
    try:
        if upgrade:
            migrate.upgrade(engine)
    except OperationalError as error:
        engine.dispose()
        raise DatabaseUnavailable(
            f"cannot open the database {resolve_url(url)!r}: {error.orig}",
            hint="check the --db URL or OFFERGAP_DB, and that the server is running",
        ) from None
    return Store(engine)
