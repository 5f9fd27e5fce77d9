"""Reading any file `offergap import` accepts: a workbook, or a tracker's CSV export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from offergap.errors import InvalidInput, Problem
from offergap.workbook import Opportunity, Workbook, parse_document, read_bytes_checked, validate_workbook

FORMATS = ("auto", "workbook", "huntr", "teal", "jobspy", "csv")


@dataclass(frozen=True)
class ImportBatch:
    """What one file holds, read and validated, before anything is written."""

    source: Path
    format: str
    workbook: Workbook | None = None
    opportunities: tuple[Opportunity, ...] = ()
    skipped: tuple[Problem, ...] = field(default_factory=tuple)


def _looks_like_workbook(data: bytes, path: Path) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"{", b"[")) or path.suffix.lower() in {".json", ".yaml", ".yml"}


def read_import_file(
    path: Path,
    fmt: str = "auto",
    *,
    mapping: dict[str, str] | None = None,
    skip_bad_rows: bool = False,
) -> ImportBatch:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown --format {fmt!r}", hint="one of: " + ", ".join(FORMATS))
    data = read_bytes_checked(path)
    if fmt == "workbook" or (fmt == "auto" and not mapping and _looks_like_workbook(data, path)):
        workbook = validate_workbook(parse_document(data, str(path)), str(path))
        return ImportBatch(source=path, format="workbook", workbook=workbook)
    from offergap.ingest.trackers import read_tracker_csv

    result = read_tracker_csv(
        data, path.name, fmt=None if fmt == "auto" else fmt, mapping=mapping, skip_bad_rows=skip_bad_rows
    )
    return ImportBatch(source=path, format=result.format, opportunities=result.opportunities, skipped=result.skipped)


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """`--map column=field` options into a mapping, with a clear error for a malformed one."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise InvalidInput(f"--map {pair!r} is not COLUMN=FIELD", hint="for example --map 'Job Title=title'")
        mapping[column.strip()] = target.strip()
    return mapping
