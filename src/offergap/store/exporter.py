"""Reading a seeker's search back out of the store as a workbook, with nothing lost."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Select, Table, select

from offergap.store import rows
from offergap.store import schema as t
from offergap.workbook import FORMAT, Opportunity, Workbook

Data = dict[str, Any]


def export_workbook(conn: Connection, seeker_id: int) -> Workbook:
    seeker = conn.execute(select(t.seeker).where(t.seeker.c.id == seeker_id)).one()._mapping
    data: Data = {"format": FORMAT}
    if seeker["as_of"] is not None:
        data["as_of"] = seeker["as_of"]
    data["seeker"] = _seeker_data(seeker)
    data["resumes"] = _resumes(conn, seeker_id)
    data["opportunities"] = opportunity_data(conn, seeker_id)
    if seeker["workbook_extra"] is not None:
        data["extra"] = seeker["workbook_extra"]
    return Workbook.model_validate(data)


def export_opportunities(conn: Connection, seeker_id: int, keys: Sequence[str]) -> list[Opportunity]:
    found = opportunity_data(conn, seeker_id, keys)
    return [Opportunity.model_validate(item) for item in found]


def _seeker_data(row: Any) -> Data:
    data = rows.without_nulls(dict(row), ("name", "target_roles", "location", "years_experience"))
    return rows.with_extra(data, row)


def _resumes(conn: Connection, seeker_id: int) -> list[Data]:
    versions = select(t.resume_version.c.resume_id, t.resume_version.c.text, t.resume_version.c.version)
    latest: dict[int, str] = {}
    for row in conn.execute(versions.where(t.resume_version.c.seeker_id == seeker_id).order_by("version")):
        latest[row.resume_id] = row.text
    query = select(t.resume).where(t.resume.c.seeker_id == seeker_id).order_by(t.resume.c.position)
    return [_resume_data(row._mapping, latest.get(row.id)) for row in conn.execute(query)]


def _resume_data(row: Any, text: str | None) -> Data:
    data: Data = {"id": row["key"], **rows.without_nulls(dict(row), ("label",))}
    if text:
        data["text"] = text
    if row["path"] is not None:
        data["path"] = row["path"]
    return rows.with_extra(data, row)


def _rows_by(conn: Connection, query: Select[Any], key: str) -> dict[int, list[Data]]:
    grouped: dict[int, list[Data]] = defaultdict(list)
    for row in conn.execute(query):
        grouped[row._mapping[key]].append(dict(row._mapping))
    return grouped


def opportunity_data(conn: Connection, seeker_id: int, keys: Sequence[str] | None = None) -> list[Data]:
    """Every opportunity of the seeker (or those with the given ids), as workbook data."""
    query = (
        select(t.opportunity, t.resume.c.key.label("resume_key"))
        .outerjoin(t.resume, t.resume.c.id == t.opportunity.c.resume_id)
        .where(t.opportunity.c.seeker_id == seeker_id)
    )
    if keys is not None:
        query = query.where(t.opportunity.c.key.in_(list(keys)))
    opportunities = [dict(r._mapping) for r in conn.execute(query.order_by(t.opportunity.c.position))]
    children = _children(conn, seeker_id, [o["id"] for o in opportunities] if keys is not None else None)
    return [_opportunity(o, children) for o in opportunities]


def _scoped(table: Table, seeker_id: int, opportunity_ids: list[int] | None) -> Select[Any]:
    query = select(table).where(table.c.seeker_id == seeker_id)
    if opportunity_ids is not None:
        query = query.where(table.c.opportunity_id.in_(opportunity_ids))
    return query


def _children(conn: Connection, seeker_id: int, opportunity_ids: list[int] | None) -> dict[str, Any]:
    events = _rows_by(conn, _scoped(t.event, seeker_id, opportunity_ids).order_by(t.event.c.position), "opportunity_id")
    event_ids = [e["id"] for group in events.values() for e in group] if opportunity_ids is not None else None
    return {
        "posting": _rows_by(conn, _scoped(t.posting, seeker_id, opportunity_ids), "opportunity_id"),
        "signals": _rows_by(conn, _scoped(t.signals, seeker_id, opportunity_ids), "opportunity_id"),
        "expenses": _rows_by(
            conn,
            _scoped(t.expense, seeker_id, opportunity_ids).order_by(t.expense.c.position),
            "opportunity_id",
        ),
        "events": events,
        **{name: _event_lists(conn, table, seeker_id, event_ids) for name, table in _EVENT_LIST_TABLES.items()},
    }


_EVENT_LIST_TABLES = {
    "interviewers": t.interviewer,
    "questions_i_asked": t.question_asked,
    "questions_asked_of_me": t.question_answered,
}


def _event_lists(conn: Connection, table: Table, seeker_id: int, event_ids: list[int] | None) -> dict[int, list[Data]]:
    query = select(table).where(table.c.seeker_id == seeker_id)
    if event_ids is not None:
        query = query.where(table.c.event_id.in_(event_ids))
    return _rows_by(conn, query.order_by(table.c.position), "event_id")


def _opportunity(row: Data, children: dict[str, Any]) -> Data:
    data: Data = {"id": row["key"], "company": row["company"], "title": row["title"]}
    if row["resume_key"] is not None:
        data["resume"] = row["resume_key"]
    data.update(rows.without_nulls(row, ("source", "referral", "location")))
    for name, fields in (("posting", rows.POSTING_FIELDS), ("signals", rows.SIGNAL_FIELDS)):
        found = children[name].get(row["id"])
        if found:
            data[name] = rows.with_extra(rows.without_nulls(found[0], fields), found[0])
    data.update(rows.without_nulls(row, ("company_research", "applied_on")))
    events = [_event(e, children) for e in children["events"].get(row["id"], [])]
    expenses = [_expense(x) for x in children["expenses"].get(row["id"], [])]
    if events:
        data["events"] = events
    if expenses:
        data["expenses"] = expenses
    data.update(rows.without_nulls(row, ("outcome",)))
    return rows.restore_empty_lists(rows.with_extra(data, row), row)


def _event(row: Data, children: dict[str, Any]) -> Data:
    data = rows.without_nulls(row, rows.EVENT_SCALARS)
    people = children["interviewers"].get(row["id"])
    if people:
        data["interviewers"] = [rows.with_extra(rows.without_nulls(p, ("name", "role")), p) for p in people]
    asked = children["questions_i_asked"].get(row["id"])
    if asked:
        data["questions_i_asked"] = [q["text"] for q in asked]
    answered = children["questions_asked_of_me"].get(row["id"])
    if answered:
        data["questions_asked_of_me"] = [
            rows.with_extra(rows.without_nulls(q, ("question", "my_answer")), q) for q in answered
        ]
    return rows.restore_empty_lists(rows.with_extra(data, row), row)


def _expense(row: Data) -> Data:
    return rows.with_extra(rows.without_nulls(row, rows.EXPENSE_FIELDS), row)
