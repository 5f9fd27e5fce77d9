"""Files sent through the web app: a workbook or tracker export to import, or a resume.

Everything is read from the uploaded bytes and checked by content, not by name. A workbook sent
over the web may not point at files on the server: its resumes must carry their text.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath, PureWindowsPath

from offergap.errors import InvalidInput, Problem
from offergap.ingest.documents import extract_text
from offergap.ingest.load import FORMATS
from offergap.store import importer
from offergap.store.importer import ImportReport, ResumeAdded
from offergap.web.context import WebApp
from offergap.web.search import SearchRef
from offergap.workbook import Opportunity, Workbook, parse_document, validate_workbook


@dataclass(frozen=True)
class UploadedImport:
    """An uploaded file, read and validated, before anything is written."""

    format: str
    workbook: Workbook | None = None
    opportunities: tuple[Opportunity, ...] = ()
    skipped: tuple[Problem, ...] = ()


def safe_file_name(name: str | None, default: str = "upload") -> str:
    """Only the last part of whatever name the browser sent, kept short."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name.strip()
    return (base or default)[:200]


def _looks_like_workbook(data: bytes, file_name: str) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"{", b"[")) or file_name.lower().endswith((".json", ".yaml", ".yml"))


def read_import_upload(
    data: bytes,
    file_name: str,
    fmt: str = "auto",
    *,
    mapping: dict[str, str] | None = None,
    skip_bad_rows: bool = False,
) -> UploadedImport:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}", hint="one of: " + ", ".join(FORMATS))
    if not data.strip():
        raise InvalidInput(f"{file_name}: the file is empty")
    if fmt == "workbook" or (fmt == "auto" and not mapping and _looks_like_workbook(data, file_name)):
        return UploadedImport("workbook", workbook=validate_workbook(parse_document(data, file_name), file_name))
    from offergap.ingest.trackers import read_tracker_csv

    result = read_tracker_csv(
        data, file_name, fmt=None if fmt == "auto" else fmt, mapping=mapping, skip_bad_rows=skip_bad_rows
    )
    return UploadedImport(result.format, opportunities=result.opportunities, skipped=result.skipped)


def check_no_server_files(workbook: Workbook) -> None:
    """Refuse resumes that would make the server read one of its own files."""
    problems = []
    for index, resume in enumerate(workbook.resumes):
        if resume.path is None:
            continue
        path = Path(resume.path)
        if path.is_absolute() or ".." in path.parts or not resume.text:
            problems.append(
                Problem(
                    f"$.resumes[{index}].path",
                    "a workbook sent to the web app cannot point at a file",
                    "include the resume's text in the workbook, or upload the file on the Resumes page",
                )
            )
    if problems:
        raise InvalidInput("the workbook refers to resume files; nothing was written", problems=tuple(problems))


def import_into(app: WebApp, search: SearchRef, upload: UploadedImport) -> ImportReport:
    """Write the upload into the search in one transaction: all of it, or (on any error) nothing."""
    if upload.workbook is not None:
        return import_workbook(app, search, upload.workbook)
    search.writable_owner()
    with app.transaction() as conn:
        report = importer.import_opportunities(conn, search.seeker, upload.opportunities)
    return replace(report, problems=upload.skipped)


def import_workbook(app: WebApp, search: SearchRef, workbook: Workbook) -> ImportReport:
    check_no_server_files(workbook)
    owner_id = search.writable_owner()
    # Relative resume paths resolve into an empty folder, so only the workbook's own text is used.
    with tempfile.TemporaryDirectory() as nowhere, app.transaction() as conn:
        return importer.import_workbook(
            conn, workbook, seeker_name=search.seeker.name, base_dir=Path(nowhere), owner_id=owner_id
        )


def add_resume_upload(
    app: WebApp, search: SearchRef, content: bytes, file_name: str, *, key: str | None, label: str | None
) -> ResumeAdded:
    search.writable_owner()
    document = extract_text(content, safe_file_name(file_name, "resume"))
    with app.transaction() as conn:
        return importer.add_resume_document(conn, search.seeker.id, document, key=key, label=label)
