"""Writing a workbook (or tracker rows) into the store, in one transaction.

Opportunities and resumes are matched by their id within the seeker: an unchanged one is
skipped, a changed one updated in place (its events and expenses replaced), a new one added.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from offergap.errors import InvalidInput, Problem
from offergap.ingest.documents import Document, read_document
from offergap.store import rows
from offergap.store import schema as t
from offergap.store.seekers import SeekerRef, resolve_seeker_for_import, update_seeker
from offergap.workbook import Opportunity, Resume, Workbook


@dataclass(frozen=True)
class ImportReport:
    seeker: str
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    resumes_added: tuple[str, ...] = ()
    resumes_updated: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ResumeInput:
    """A resume with its text settled and, when it came from a file, the file itself."""

    resume: Resume
    text: str
    document: Document | None = None


def read_resume_files(workbook: Workbook, base_dir: Path | None) -> list[ResumeInput]:
    """Read every resume file before anything is written, so a bad file aborts the import."""
    problems: list[Problem] = []
    inputs = [_read_resume(r, i, base_dir, problems) for i, r in enumerate(workbook.resumes)]
    if problems:
        raise InvalidInput("a resume file could not be read; nothing was written", problems=tuple(problems))
    return [item for item in inputs if item is not None]


def _read_resume(resume: Resume, index: int, base_dir: Path | None, problems: list[Problem]) -> ResumeInput | None:
    document = None
    if resume.path:
        path = Path(resume.path)
        path = path if path.is_absolute() or base_dir is None else base_dir / path
        if path.is_file():
            try:
                document = read_document(path)
            except InvalidInput as error:
                problems.append(Problem(f"$.resumes[{index}].path", error.message, error.hint))
                return None
        elif not resume.text:
            problems.append(
                Problem(
                    f"$.resumes[{index}].path",
                    f"no such file: {path}",
                    "paths are relative to the workbook file; or give the resume's text",
                )
            )
            return None
    text = resume.text or (document.text if document else "")
    return ResumeInput(resume=resume, text=text, document=document)


def import_workbook(
    conn: Connection,
    workbook: Workbook,
    *,
    seeker_name: str | None = None,
    base_dir: Path | None = None,
    owner_id: int | None = None,
) -> ImportReport:
    resumes = read_resume_files(workbook, base_dir)
    ref = resolve_seeker_for_import(conn, seeker_name, workbook.seeker, owner_id=owner_id)
    update_seeker(conn, ref.id, workbook)
    added_r, updated_r = _upsert_resumes(conn, ref.id, resumes)
    report = import_opportunities(conn, ref, workbook.opportunities)
    return ImportReport(
        seeker=ref.name,
        added=report.added,
        updated=report.updated,
        skipped=report.skipped,
        resumes_added=added_r,
        resumes_updated=updated_r,
    )


# --- resumes -----------------------------------------------------------------------------


def _upsert_resumes(
    conn: Connection, seeker_id: int, inputs: Sequence[ResumeInput]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    existing = {r.key: r for r in conn.execute(select(t.resume).where(t.resume.c.seeker_id == seeker_id))}
    position = len(existing)
    added: list[str] = []
    updated: list[str] = []
    for item in inputs:
        row = existing.get(item.resume.id)
        if row is None:
            add_resume(conn, seeker_id, item, position)
            position += 1
            added.append(item.resume.id)
        elif _update_resume(conn, seeker_id, row._mapping, item):
            updated.append(item.resume.id)
    return tuple(added), tuple(updated)


def add_resume(conn: Connection, seeker_id: int, item: ResumeInput, position: int) -> int:
    resume_id: int = conn.execute(
        insert(t.resume).returning(t.resume.c.id),
        {
            "seeker_id": seeker_id,
            "key": item.resume.id,
            "position": position,
            "label": item.resume.label,
            "path": item.resume.path,
            "extra": item.resume.extra,
        },
    ).scalar_one()
    _add_version(conn, seeker_id, resume_id, item, 1)
    return resume_id


def _add_version(conn: Connection, seeker_id: int, resume_id: int, item: ResumeInput, version: int) -> None:
    document = item.document
    conn.execute(
        insert(t.resume_version),
        {
            "resume_id": resume_id,
            "seeker_id": seeker_id,
            "version": version,
            "text": item.text,
            "file_name": document.file_name if document else None,
            "media_type": document.media_type if document else None,
            "content": document.content if document else None,
        },
    )


@dataclass(frozen=True)
class ResumeAdded:
    key: str
    version: int
    characters: int


def add_resume_document(
    conn: Connection, seeker_id: int, document: Document, *, key: str | None, label: str | None
) -> ResumeAdded:
    """A new resume, or a new version of the resume with that key."""
    key = key or _slug(Path(document.file_name).stem)
    found = conn.execute(select(t.resume).where(t.resume.c.seeker_id == seeker_id, t.resume.c.key == key)).first()
    item = ResumeInput(Resume(id=key, label=label, path=document.file_name), document.text, document)
    if found is None:
        position = conn.execute(
            select(func.count()).select_from(t.resume).where(t.resume.c.seeker_id == seeker_id)
        ).scalar_one()
        add_resume(conn, seeker_id, item, int(position))
        return ResumeAdded(key, 1, len(document.text))
    if label is not None:
        conn.execute(update(t.resume).where(t.resume.c.id == found.id).values(label=label))
    version = latest_version(conn, found.id).version + 1
    _add_version(conn, seeker_id, found.id, item, version)
    return ResumeAdded(key, version, len(document.text))


def _slug(text: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")
    return "r-" + "-".join(part for part in slug.split("-") if part)[:60]


def latest_version(conn: Connection, resume_id: int) -> Any:
    return conn.execute(
        select(t.resume_version)
        .where(t.resume_version.c.resume_id == resume_id)
        .order_by(t.resume_version.c.version.desc())
        .limit(1)
    ).first()


def _update_resume(conn: Connection, seeker_id: int, row: Any, item: ResumeInput) -> bool:
    changed = False
    fields = {"label": item.resume.label, "path": item.resume.path, "extra": item.resume.extra}
    if any(row[k] != v for k, v in fields.items()):
        conn.execute(update(t.resume).where(t.resume.c.id == row["id"]).values(**fields))
        changed = True
    current = latest_version(conn, row["id"])
    new_bytes = item.document.content if item.document else None
    if current is None or current.text != item.text or (new_bytes is not None and current.content != new_bytes):
        _add_version(conn, seeker_id, row["id"], item, (current.version if current else 0) + 1)
        changed = True
    return changed


# --- opportunities ------------------------------------------------------------------------


def import_opportunities(conn: Connection, ref: SeekerRef, opportunities: Sequence[Opportunity]) -> ImportReport:
    """Add new opportunities, update changed ones and skip identical ones; children in bulk."""
    resume_ids = _resume_ids(conn, ref.id)
    _check_resume_references(opportunities, resume_ids)
    existing = {
        r.key: (r.id, r.content_hash)
        for r in conn.execute(
            select(t.opportunity.c.key, t.opportunity.c.id, t.opportunity.c.content_hash).where(
                t.opportunity.c.seeker_id == ref.id
            )
        )
    }
    new = [o for o in opportunities if o.id not in existing]
    changed = [o for o in opportunities if o.id in existing and existing[o.id][1] != rows.content_hash(o)]
    changed_ids = {o.id for o in changed}
    skipped = tuple(o.id for o in opportunities if o.id in existing and o.id not in changed_ids)
    ids = _insert_opportunities(conn, ref.id, new, resume_ids)
    ids += _update_opportunities(conn, changed, existing, resume_ids)
    insert_children(conn, ref.id, list(zip(ids, [*new, *changed], strict=True)))
    return ImportReport(
        seeker=ref.name,
        added=tuple(o.id for o in new),
        updated=tuple(o.id for o in changed),
        skipped=skipped,
    )


def _resume_ids(conn: Connection, seeker_id: int) -> dict[str, int]:
    query = select(t.resume.c.key, t.resume.c.id).where(t.resume.c.seeker_id == seeker_id)
    return {key: rid for key, rid in conn.execute(query)}


def _check_resume_references(opportunities: Sequence[Opportunity], resume_ids: dict[str, int]) -> None:
    problems = tuple(
        Problem(f"opportunity {o.id!r}", f"resume id {o.resume!r} does not exist", "add that resume first")
        for o in opportunities
        if o.resume is not None and o.resume not in resume_ids
    )
    if problems:
        raise InvalidInput("unknown resume id; nothing was written", problems=problems)


def _next_position(conn: Connection, seeker_id: int) -> int:
    query = select(func.coalesce(func.max(t.opportunity.c.position), -1)).where(t.opportunity.c.seeker_id == seeker_id)
    return int(conn.execute(query).scalar_one()) + 1


def _insert_opportunities(
    conn: Connection, seeker_id: int, new: Sequence[Opportunity], resume_ids: dict[str, int]
) -> list[int]:
    if not new:
        return []
    start = _next_position(conn, seeker_id)
    params = [
        {
            **rows.opportunity_row(o, resume_ids.get(o.resume or "")),
            "seeker_id": seeker_id,
            "position": start + i,
        }
        for i, o in enumerate(new)
    ]
    result = conn.execute(insert(t.opportunity).returning(t.opportunity.c.id, sort_by_parameter_order=True), params)
    return [row.id for row in result]


def _update_opportunities(
    conn: Connection,
    changed: Sequence[Opportunity],
    existing: dict[str, tuple[int, str]],
    resume_ids: dict[str, int],
) -> list[int]:
    ids = [existing[o.id][0] for o in changed]
    for opp_id, opp in zip(ids, changed, strict=True):
        values = {**rows.opportunity_row(opp, resume_ids.get(opp.resume or "")), "updated_at": func.now()}
        conn.execute(update(t.opportunity).where(t.opportunity.c.id == opp_id).values(**values))
    delete_children(conn, ids)
    return ids


def delete_children(conn: Connection, opportunity_ids: Sequence[int]) -> None:
    if not opportunity_ids:
        return
    event_ids = select(t.event.c.id).where(t.event.c.opportunity_id.in_(opportunity_ids))
    for table in (t.interviewer, t.question_asked, t.question_answered):
        conn.execute(delete(table).where(table.c.event_id.in_(event_ids)))
    for table in (t.event, t.expense, t.posting, t.signals):
        conn.execute(delete(table).where(table.c.opportunity_id.in_(opportunity_ids)))


def insert_children(conn: Connection, seeker_id: int, pairs: Sequence[tuple[int, Opportunity]]) -> None:
    """Insert postings, signals, expenses and events (with their lists) for saved opportunities."""
    owned = {"seeker_id": seeker_id}
    _bulk(
        conn,
        t.posting,
        [{**rows.posting_row(o.posting), "opportunity_id": i, **owned} for i, o in pairs if o.posting is not None],
    )
    _bulk(
        conn,
        t.signals,
        [{**rows.signals_row(o.signals), "opportunity_id": i, **owned} for i, o in pairs if o.signals is not None],
    )
    _bulk(
        conn,
        t.expense,
        [
            {**rows.expense_row(x, n), "opportunity_id": i, **owned}
            for i, o in pairs
            for n, x in enumerate(o.expenses or [])
        ],
    )
    _insert_events(conn, seeker_id, pairs)


def _insert_events(conn: Connection, seeker_id: int, pairs: Sequence[tuple[int, Opportunity]]) -> None:
    events = [(i, n, e) for i, o in pairs for n, e in enumerate(o.events or [])]
    if not events:
        return
    params = [{**rows.event_row(e, n), "opportunity_id": i, "seeker_id": seeker_id} for i, n, e in events]
    result = conn.execute(insert(t.event).returning(t.event.c.id, sort_by_parameter_order=True), params)
    saved = list(zip([r.id for r in result], [e for _, _, e in events], strict=True))
    owned = {"seeker_id": seeker_id}
    _bulk(
        conn,
        t.interviewer,
        [
            {"event_id": eid, "position": n, "name": p.name, "role": p.role, "extra": p.extra, **owned}
            for eid, e in saved
            for n, p in enumerate(e.interviewers or [])
        ],
    )
    _bulk(
        conn,
        t.question_asked,
        [
            {"event_id": eid, "position": n, "text": q, **owned}
            for eid, e in saved
            for n, q in enumerate(e.questions_i_asked or [])
        ],
    )
    _bulk(
        conn,
        t.question_answered,
        [
            {
                "event_id": eid,
                "position": n,
                "question": qa.question,
                "my_answer": qa.my_answer,
                "extra": qa.extra,
                **owned,
            }
            for eid, e in saved
            for n, qa in enumerate(e.questions_asked_of_me or [])
        ],
    )


def _bulk(conn: Connection, table: Table, params: Iterable[dict[str, Any]]) -> None:
    batch = list(params)
    if batch:
        conn.execute(insert(table), batch)
