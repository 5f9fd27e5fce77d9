"""Reading a search's resumes with their versions (the text extracted from each uploaded file)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from offergap.errors import NotFound
from offergap.store import schema as t
from offergap.web.context import WebApp
from offergap.web.search import SearchRef


@dataclass(frozen=True)
class ResumeVersion:
    version: int
    file_name: str | None
    media_type: str | None
    size: int | None
    text: str
    created_at: datetime


@dataclass(frozen=True)
class ResumeView:
    key: str
    label: str | None
    versions: tuple[ResumeVersion, ...]

    @property
    def latest(self) -> ResumeVersion | None:
        return self.versions[-1] if self.versions else None


def list_resumes(app: WebApp, search: SearchRef, key: str | None = None) -> list[ResumeView]:
    resumes = select(t.resume.c.id, t.resume.c.key, t.resume.c.label).where(t.resume.c.seeker_id == search.seeker.id)
    if key is not None:
        resumes = resumes.where(t.resume.c.key == key)
    versions = (
        select(
            t.resume_version.c.resume_id,
            t.resume_version.c.version,
            t.resume_version.c.file_name,
            t.resume_version.c.media_type,
            t.resume_version.c.text,
            t.resume_version.c.created_at,
            t.resume_version.c.content,
        )
        .where(t.resume_version.c.seeker_id == search.seeker.id)
        .order_by(t.resume_version.c.version)
    )
    with app.transaction() as conn:
        found = list(conn.execute(resumes.order_by(t.resume.c.position)))
        by_resume: dict[int, list[ResumeVersion]] = {}
        for row in conn.execute(versions):
            size = len(row.content) if row.content is not None else None
            by_resume.setdefault(row.resume_id, []).append(
                ResumeVersion(row.version, row.file_name, row.media_type, size, row.text, row.created_at)
            )
    return [ResumeView(r.key, r.label, tuple(by_resume.get(r.id, []))) for r in found]


def one_resume(app: WebApp, search: SearchRef, key: str) -> ResumeView:
    found = list_resumes(app, search, key)
    if not found:
        raise NotFound(f"no resume {key!r}", hint="the Resumes page lists them")
    return found[0]
