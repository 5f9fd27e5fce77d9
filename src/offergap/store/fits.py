"""Each stored opportunity's fit against the resume that was sent, cached in the database.

The cache key hashes the resume text, the posting text and the scorer itself (its source and its
data files), so an entry is recomputed exactly when one of them changes, an upgrade included.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sqlalchemy import Connection, delete, insert, select

from offergap.store import schema as t
from offergap.workbook import Opportunity, Workbook

SCORER_VERSION = "fit-2"
_SCORER_FILES = (
    ("offergap.analysis", ("fit.py", "postings.py", "resumes.py", "skills.py")),
    ("offergap", ("data/lexicon.yaml", "data/role_families.yaml")),
)


@cache
def scorer_fingerprint() -> str:
    digest = hashlib.sha256(SCORER_VERSION.encode())
    for package, names in _SCORER_FILES:
        for name in names:
            digest.update(resources.files(package).joinpath(name).read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class StoredFit:
    opportunity_id: str
    score: float
    label: str
    summary: str | None
    cached: bool


def input_hash(resume_text: str, posting_text: str) -> str:
    data = "\x00".join((scorer_fingerprint(), resume_text, posting_text)).encode()
    return hashlib.sha256(data).hexdigest()


def _inputs(workbook: Workbook, opportunity: Opportunity) -> tuple[str, str] | None:
    resume = workbook.resume_text_for(opportunity)
    posting = opportunity.posting.text if opportunity.posting else None
    if not resume or not posting:
        return None
    return resume, posting


def _compute(conn: Connection, seeker_id: int, key: str, digest: str, texts: tuple[str, str]) -> StoredFit | None:
    from offergap.analysis.fit import score_fit
    from offergap.errors import OffergapError

    try:
        result = score_fit(*texts)
    except OffergapError:
        return None
    conn.execute(delete(t.fit_cache).where(t.fit_cache.c.seeker_id == seeker_id, t.fit_cache.c.opportunity_key == key))
    conn.execute(
        insert(t.fit_cache),
        {
            "seeker_id": seeker_id,
            "opportunity_key": key,
            "input_hash": digest,
            "score": round(result.score, 2),
            "label": result.label,
            "summary": result.summary,
        },
    )
    return StoredFit(key, round(result.score, 2), result.label, result.summary, cached=False)


def stored_fits(conn: Connection, seeker_id: int, workbook: Workbook) -> dict[str, StoredFit]:
    """The fit of every opportunity that has a posting and a resume text, from the cache or computed."""
    cached = {
        row.opportunity_key: row
        for row in conn.execute(select(t.fit_cache).where(t.fit_cache.c.seeker_id == seeker_id))
    }
    fits: dict[str, StoredFit] = {}
    for opportunity in workbook.opportunities:
        texts = _inputs(workbook, opportunity)
        if texts is None:
            continue
        digest = input_hash(*texts)
        row = cached.get(opportunity.id)
        if row is not None and row.input_hash == digest:
            fits[opportunity.id] = StoredFit(opportunity.id, float(row.score), row.label, row.summary, cached=True)
        elif (found := _compute(conn, seeker_id, opportunity.id, digest, texts)) is not None:
            fits[opportunity.id] = found
    return fits
