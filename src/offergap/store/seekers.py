"""Seekers: the workspaces every row belongs to, and how a command picks one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from offergap.errors import InvalidInput, NotFound
from offergap.store import schema as t
from offergap.workbook import Seeker, Workbook

DEFAULT_NAME = "me"


@dataclass(frozen=True)
class SeekerRef:
    id: int
    name: str


def _owned(query: Any, owner_id: int | None) -> Any:
    """Scope a seeker query to an account; None is the single-user command line."""
    if owner_id is not None:
        return query.where(t.seeker.c.account_id == owner_id)
    return query


def list_seekers(conn: Connection, owner_id: int | None = None) -> list[SeekerRef]:
    query = _owned(select(t.seeker.c.id, t.seeker.c.name).order_by(t.seeker.c.id), owner_id)
    return [SeekerRef(row.id, row.name) for row in conn.execute(query)]


def find_seeker(conn: Connection, name: str | None, owner_id: int | None = None) -> SeekerRef:
    """The seeker named, or the only one; a clear error when the choice is ambiguous."""
    seekers = list_seekers(conn, owner_id)
    if name is not None:
        match = next((s for s in seekers if s.name == name), None)
        if match is None:
            known = ", ".join(repr(s.name) for s in seekers) or "none yet"
            raise NotFound(f"no seeker named {name!r}", hint=f"seekers in this database: {known}")
        return match
    if len(seekers) == 1:
        return seekers[0]
    if not seekers:
        raise NotFound("the database holds no job search yet", hint="run `offergap import FILE` first")
    names = ", ".join(repr(s.name) for s in seekers)
    raise InvalidInput(f"the database holds several seekers ({names})", hint="pick one with --seeker NAME")


def resolve_seeker_for_import(
    conn: Connection, name: str | None, seeker: Seeker | None, owner_id: int | None = None
) -> SeekerRef:
    """Pick the seeker to import into, creating it when it is new."""
    wanted = name or (seeker.name if seeker else None)
    seekers = list_seekers(conn, owner_id)
    if wanted is None:
        if len(seekers) > 1:
            return find_seeker(conn, None, owner_id)
        if seekers:
            return seekers[0]
        wanted = DEFAULT_NAME
    match = next((s for s in seekers if s.name == wanted), None)
    return match or create_seeker(conn, wanted, owner_id)


def create_seeker(conn: Connection, name: str, owner_id: int | None = None) -> SeekerRef:
    values: dict[str, Any] = {"name": name}
    if owner_id is not None:
        values["account_id"] = owner_id
    new_id: int = conn.execute(insert(t.seeker).returning(t.seeker.c.id), values).scalar_one()
    return SeekerRef(new_id, name)


def update_seeker(conn: Connection, seeker_id: int, workbook: Workbook) -> None:
    """Take the workbook's seeker details, as_of and extra; absent values keep what is stored."""
    values: dict[str, Any] = {}
    if workbook.seeker is not None:
        details = workbook.seeker
        values.update(
            {
                k: getattr(details, k)
                for k in ("target_roles", "location", "years_experience", "extra")
                if getattr(details, k) is not None
            }
        )
    if workbook.as_of is not None:
        values["as_of"] = workbook.as_of
    if workbook.extra is not None:
        values["workbook_extra"] = workbook.extra
    if values:
        conn.execute(update(t.seeker).where(t.seeker.c.id == seeker_id).values(**values))
