"""Tracker exports read into workbook opportunities: Huntr, Teal, JobSpy, or any CSV with `--map`.

What maps to a workbook field is mapped; every other column is kept under the opportunity's
`extra` (``extra[format][column]``), so nothing in the export is lost. A row that cannot be read
is reported with the line of the file it starts on; by default the whole file is refused.
See docs/imports.md for the column-by-column mapping.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from offergap.errors import InvalidInput, Problem
from offergap.ingest.csvfile import (
    BadValue,
    CsvRow,
    CsvTable,
    long_text,
    parse_amount,
    parse_count,
    parse_currency,
    parse_date,
    parse_flag,
    parse_outcome,
    parse_period,
    parse_salary_text,
    read_csv_table,
    trimmed_values,
)
from offergap.workbook import Opportunity, json_path

TRACKER_FORMATS: tuple[str, ...] = ("huntr", "teal", "jobspy")
FORMATS: tuple[str, ...] = (*TRACKER_FORMATS, "csv")

MAP_FIELDS: tuple[str, ...] = (
    "id",
    "company",
    "title",
    "source",
    "location",
    "applied_on",
    "outcome",
    "company_research",
    "referral",
    "posting.text",
    "posting.url",
    "posting.posted_on",
    "posting.first_seen_on",
    "posting.salary_min",
    "posting.salary_max",
    "posting.salary_currency",
    "posting.salary_period",
    "posting.applicant_count",
    "posting.repost_count",
)
EXTRA_PREFIX = "extra."
ALLOWED_FIELDS_TEXT = ", ".join((*MAP_FIELDS, "extra.NAME"))


@dataclass(frozen=True)
class TrackerImport:
    """The opportunities read from one export, and what was left aside."""

    format: str
    opportunities: tuple[Opportunity, ...]
    skipped: tuple[Problem, ...]
    unmapped_columns: tuple[str, ...]


# --- formats: which columns map to which fields ------------------------------------------


def column_key(name: str) -> str:
    """Header names compared loosely: "companyName", "Company Name" and "company_name" are the same."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class _FormatSpec:
    name: str
    label: str
    fields: Mapping[str, tuple[str, ...]]  # workbook field -> header keys that can hold it
    roles: Mapping[str, tuple[str, ...]]  # other columns the format reads (stage, dates, salary text)
    required_keys: frozenset[str]  # detection: all of these ...
    telltale_keys: frozenset[str]  # ... and at least one of these
    stage_word: str = "stage"  # what the tracker calls its stages


_SPECS: dict[str, _FormatSpec] = {
    "huntr": _FormatSpec(
        name="huntr",
        label="Huntr",
        fields={
            "company": ("companyname", "company"),
            "title": ("title", "jobtitle"),
            "location": ("location",),
            "posting.url": ("url",),
            "posting.text": ("htmldescription", "description"),
            "posting.first_seen_on": ("createdat",),
        },
        roles={"id": ("id",), "stage": ("listname",), "moved": ("lastmovedat",), "salary": ("salary",)},
        required_keys=frozenset({"companyname", "listname"}),
        telltale_keys=frozenset({"htmldescription", "lastmovedat", "createdat"}),
        stage_word="list",
    ),
    "teal": _FormatSpec(
        name="teal",
        label="Teal",
        fields={
            "company": ("companyname",),
            "title": ("role", "jobtitle", "title"),
            "location": ("location",),
            "source": ("source",),
            "posting.url": ("url", "joburl"),
            "posting.text": ("description", "jobdescription"),
            "posting.salary_min": ("minsalary",),
            "posting.salary_max": ("maxsalary",),
            "posting.salary_currency": ("salarycurrency",),
            "posting.salary_period": ("salaryperiod", "salarypayperiod"),
            "posting.first_seen_on": ("addedat",),
        },
        roles={
            "stage": ("statusname", "status"),
            "applied": ("appliedat",),
            "moved": ("updatedat",),
            "closed": ("archivedat",),
        },
        required_keys=frozenset({"companyname", "role"}),
        telltale_keys=frozenset({"statusname", "excitement", "addedat", "appliedat", "salarypayperiod"}),
        stage_word="status",
    ),
    "jobspy": _FormatSpec(
        name="jobspy",
        label="JobSpy",
        fields={
            "company": ("company",),
            "title": ("title",),
            "location": ("location",),
            "source": ("site",),
            "posting.url": ("joburl",),
            "posting.text": ("description",),
            "posting.posted_on": ("dateposted",),
            "posting.salary_min": ("minamount",),
            "posting.salary_max": ("maxamount",),
            "posting.salary_currency": ("currency",),
            "posting.salary_period": ("interval",),
        },
        roles={"native_id": ("id",)},
        required_keys=frozenset({"site", "joburl", "company", "title"}),
        telltale_keys=frozenset({"minamount", "maxamount", "interval", "dateposted", "joburldirect"}),
    ),
}

# Plain CSVs: a column named like a field maps to it without --map.
_PLAIN_ALIASES: dict[str, str] = {
    **{column_key(name): name for name in MAP_FIELDS},
    **{column_key(name.split(".", 1)[1]): name for name in MAP_FIELDS if name.startswith("posting.")},
    "companyname": "company",
    "employer": "company",
    "jobtitle": "title",
    "role": "title",
    "position": "title",
    "description": "posting.text",
    "jobdescription": "posting.text",
    "link": "posting.url",
    "joburl": "posting.url",
    "dateapplied": "applied_on",
    "applieddate": "applied_on",
}
_PLAIN_ALIASES.pop("text")


def _detect(header: Sequence[str]) -> str | None:
    keys = {column_key(name) for name in header}
    for spec in _SPECS.values():
        if spec.required_keys <= keys and spec.telltale_keys & keys:
            return spec.name
    return None


def detect_format(data: bytes) -> str | None:
    """ "huntr", "teal" or "jobspy" from the header row's columns; None for a plain CSV or not a CSV."""
    try:
        table = read_csv_table(data, "file")
    except InvalidInput:
        return None
    return _detect(table.header)


@dataclass(frozen=True)
class _Plan:
    """Which column feeds which field, for one file."""

    fmt: str
    label: str
    fields: tuple[tuple[str, int], ...]
    roles: Mapping[str, int]

    def mapped_columns(self) -> frozenset[int]:
        return frozenset(index for _, index in self.fields)

    def column_of(self, field_name: str) -> int | None:
        return next((index for name, index in self.fields if name == field_name), None)


def _first_column(header: Sequence[str], keys: Iterable[str], taken: set[int]) -> int | None:
    by_key: dict[str, int] = {}
    for index, name in enumerate(header):
        by_key.setdefault(column_key(name), index)
    return next((by_key[key] for key in keys if key in by_key and by_key[key] not in taken), None)


def _tracker_plan(spec: _FormatSpec, header: Sequence[str]) -> _Plan:
    taken: set[int] = set()
    fields: list[tuple[str, int]] = []
    for name, keys in spec.fields.items():
        index = _first_column(header, keys, taken)
        if index is not None:
            fields.append((name, index))
            taken.add(index)
    roles = {
        role: index for role, keys in spec.roles.items() if (index := _first_column(header, keys, set())) is not None
    }
    return _Plan(spec.name, spec.label, tuple(fields), roles)


def _csv_plan(header: Sequence[str], mapping: Mapping[str, str]) -> _Plan:
    problems: list[Problem] = []
    fields: list[tuple[str, int]] = []
    for column, field_name in mapping.items():
        index = _mapped_column(header, column)
        problem = _mapping_problem(column, field_name.strip(), index, header, fields)
        if problem:
            problems.append(problem)
        elif index is not None:
            fields.append((field_name.strip(), index))
    if problems:
        raise InvalidInput(
            f"--map: {len(problems)} mapping problem{'s' * (len(problems) != 1)}",
            problems=tuple(problems),
            hint=f"fields allowed: {ALLOWED_FIELDS_TEXT}",
        )
    fields += _automatic_fields(header, fields)
    _require_fields(header, fields)
    return _Plan("csv", "CSV", tuple(fields), {})


def _mapped_column(header: Sequence[str], column: str) -> int | None:
    if column in header:
        return header.index(column)
    wanted = column.strip().casefold()
    return next((index for index, name in enumerate(header) if name.strip().casefold() == wanted), None)


def _mapping_problem(
    column: str, field_name: str, index: int | None, header: Sequence[str], fields: list[tuple[str, int]]
) -> Problem | None:
    where = f"--map {column}={field_name}"
    if index is None:
        return Problem(where, f"column {column!r} is not in the file's header", f"its columns are: {', '.join(header)}")
    if not _is_allowed_field(field_name):
        return Problem(where, f"unknown field {field_name!r}", f"fields allowed: {ALLOWED_FIELDS_TEXT}")
    if field_name == "extra.csv":
        return Problem(where, "extra.csv holds the unmapped columns", "choose another name after extra.")
    if any(name == field_name for name, _ in fields):
        return Problem(where, f"another column is already mapped to {field_name!r}", "map one column per field")
    return None


def _is_allowed_field(field_name: str) -> bool:
    if field_name in MAP_FIELDS:
        return True
    return field_name.startswith(EXTRA_PREFIX) and len(field_name) > len(EXTRA_PREFIX)


def _automatic_fields(header: Sequence[str], explicit: list[tuple[str, int]]) -> list[tuple[str, int]]:
    used_fields = {name for name, _ in explicit}
    used_columns = {index for _, index in explicit}
    automatic: list[tuple[str, int]] = []
    for index, name in enumerate(header):
        target = _PLAIN_ALIASES.get(column_key(name))
        if target and target not in used_fields and index not in used_columns:
            automatic.append((target, index))
            used_fields.add(target)
    return automatic


def _require_fields(header: Sequence[str], fields: list[tuple[str, int]]) -> None:
    missing = [name for name in ("company", "title") if all(f != name for f, _ in fields)]
    if missing:
        raise InvalidInput(
            f"no column is mapped to {' or '.join(missing)}; the file's columns are: {', '.join(header)}",
            hint=f"map them with --map 'Column name={missing[0]}' (fields allowed: {ALLOWED_FIELDS_TEXT})",
        )


# --- one row into one opportunity ---------------------------------------------------------


@dataclass(frozen=True)
class _Stage:
    event: str | None
    after_applying: bool  # reaching this stage means the seeker had applied
    outcome: str | None = None
    closing: bool = False  # the stage ends the opportunity (Teal's archive date is its date)


_STAGES: dict[str, _Stage] = {
    **dict.fromkeys(("wishlist", "wish list", "bookmarked", "saved", "applying", "archived"), _Stage(None, False)),
    "applied": _Stage("applied", True),
    **dict.fromkeys(("screen", "phone screen", "screening"), _Stage("screen", True)),
    **dict.fromkeys(("interview", "interviewing", "interviews"), _Stage("interview", True)),
    **dict.fromkeys(("offer", "offered", "negotiating"), _Stage("offer", True)),
    "accepted": _Stage("offer", True, outcome="accepted"),
    **dict.fromkeys(("rejected", "not selected"), _Stage("rejection", True, closing=True)),
    **dict.fromkeys(("withdrawn", "withdrew", "i withdrew"), _Stage("withdrawn", False, closing=True)),
    **dict.fromkeys(("no response", "ghosted"), _Stage(None, True, outcome="ghosted", closing=True)),
}
_NO_STAGE = _Stage(None, False)


def stage_of(name: str) -> _Stage | None:
    return _STAGES.get(" ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split()))


_Parser = Callable[[str], Any]


def _single_line(value: str) -> str:
    return " ".join(value.split())


def _field_parsers(today: date) -> dict[str, _Parser]:
    def as_date(value: str) -> date:
        return parse_date(value, today)

    parsers: dict[str, _Parser] = {
        "id": _single_line,
        "company": _single_line,
        "title": _single_line,
        "source": _single_line,
        "location": _single_line,
        "posting.url": _single_line,
        "company_research": long_text,
        "posting.text": long_text,
        "applied_on": as_date,
        "posting.posted_on": as_date,
        "posting.first_seen_on": as_date,
        "posting.salary_min": parse_amount,
        "posting.salary_max": parse_amount,
        "posting.salary_currency": parse_currency,
        "posting.salary_period": parse_period,
        "posting.applicant_count": parse_count,
        "posting.repost_count": parse_count,
        "referral": parse_flag,
        "outcome": parse_outcome,
    }
    return parsers


def _shorten(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass
class _Row:
    """One row's cells, and every problem found while reading them."""

    header: tuple[str, ...]
    values: tuple[str, ...]
    parsers: Mapping[str, _Parser]
    problems: list[str] = field(default_factory=list)

    def text(self, index: int | None) -> str | None:
        if index is None:
            return None
        return self.values[index].strip() or None

    def read(self, index: int | None, parser: _Parser) -> Any:
        value = self.text(index)
        if value is None or index is None:
            return None
        try:
            return parser(value)
        except BadValue as error:
            self.problems.append(f"{self.header[index]} {_shorten(value)!r} {error}")
            return None


@dataclass
class _Draft:
    """The opportunity being assembled, as workbook data."""

    data: dict[str, Any] = field(default_factory=dict)
    posting: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    currency_hint: str | None = None
    period_factor: int = 1

    def set(self, field_name: str, value: Any) -> None:
        if value is None:
            return
        if field_name.startswith(EXTRA_PREFIX):
            self.extra[field_name.removeprefix(EXTRA_PREFIX)] = value
        elif field_name.startswith("posting."):
            self._set_posting(field_name.removeprefix("posting."), value)
        else:
            self.data[field_name] = value

    def _set_posting(self, name: str, value: Any) -> None:
        if name in {"salary_min", "salary_max"}:
            amount, currency = value
            self.posting[name] = amount
            self.currency_hint = self.currency_hint or currency
        elif name == "salary_period":
            self.posting[name], self.period_factor = value
        else:
            self.posting[name] = value


def _read_fields(row: _Row, plan: _Plan, draft: _Draft) -> None:
    for field_name, index in plan.fields:
        parser = row.parsers.get(field_name, str.strip)
        draft.set(field_name, row.read(index, parser))
    for required in ("company", "title"):
        if required not in draft.data:
            column = plan.column_of(required)
            where = f" (column {row.header[column]!r})" if column is not None else ""
            row.problems.append(f"{required} is empty{where}")


def _finish_salary(draft: _Draft, as_written: dict[str, Any]) -> None:
    posting = draft.posting
    if draft.period_factor != 1:
        posting["extra"] = {"salary_as_written": as_written}
        for name in ("salary_min", "salary_max"):
            if name in posting:
                posting[name] = posting[name] * draft.period_factor
    has_amount = bool({"salary_min", "salary_max"} & posting.keys())
    if draft.currency_hint and has_amount and "salary_currency" not in posting:
        posting["salary_currency"] = draft.currency_hint


def _salary_as_written(row: _Row, plan: _Plan) -> dict[str, Any]:
    names = ("posting.salary_min", "posting.salary_max", "posting.salary_period")
    written = {name.removeprefix("posting."): row.text(plan.column_of(name)) for name in names}
    return {key: value for key, value in written.items() if value is not None}


def _apply_salary_text(draft: _Draft, text: str | None) -> None:
    salary = parse_salary_text(text) if text else None
    if salary is None or {"salary_min", "salary_max"} & draft.posting.keys():
        return
    draft.posting.update(salary_min=salary.minimum, salary_max=salary.maximum)
    if salary.currency:
        draft.posting["salary_currency"] = salary.currency
    if salary.period:
        draft.posting["salary_period"] = salary.period


_BOARDS = (
    "linkedin",
    "indeed",
    "glassdoor",
    "ziprecruiter",
    "monster",
    "dice",
    "wellfound",
    "simplyhired",
    "careerbuilder",
    "usajobs",
    "otta",
    "builtin",
)


def _board_of(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    return next((board for board in _BOARDS if board in host), None)


def _infer_source(draft: _Draft) -> None:
    if "source" not in draft.data and (board := _board_of(draft.posting.get("url"))):
        draft.data["source"] = board
    if "referral" not in draft.data and str(draft.data.get("source", "")).lower() == "referral":
        draft.data["referral"] = True


@dataclass(frozen=True)
class _Timeline:
    events: tuple[dict[str, Any], ...]
    applied_on: date | None
    outcome: str | None


def _timeline(
    stage: _Stage,
    label: str,
    *,
    applied: date | None,
    first_seen: date | None,
    moved: date | None,
    today: date,
) -> _Timeline:
    """Events implied by the tracker's stage, dated from the tracker's dates (the import day if none)."""
    needs_applied = applied is not None or stage.after_applying or stage.event == "applied"
    stage_date = moved or applied or first_seen
    applied_date = applied or (stage_date if stage.event == "applied" else first_seen) or stage_date
    events: list[dict[str, Any]] = []
    if needs_applied:
        events.append(_event("applied", applied_date, today, label))
    if stage.event and stage.event != "applied":
        when = stage_date or applied_date
        if when and applied_date and needs_applied and when < applied_date:
            when = applied_date
        events.append(_event(stage.event, when, today, label))
    applied_on = events[0]["date"] if needs_applied else None
    return _Timeline(tuple(events), applied_on, stage.outcome)


def _event(kind: str, when: date | None, today: date, label: str) -> dict[str, Any]:
    notes = f"imported from {label}"
    if when is None:
        notes += "; the tracker gave no date, so this is the day of the import"
    return {"type": kind, "date": when or today, "notes": notes}


def _apply_stage(row: _Row, plan: _Plan, draft: _Draft, today: date) -> None:
    as_date = row.parsers["applied_on"]
    stage_name = row.text(plan.roles.get("stage"))
    explicit_applied = row.read(plan.roles.get("applied"), as_date)
    if stage_name is None and explicit_applied is None:
        return
    stage = (stage_of(stage_name) if stage_name else None) or _NO_STAGE
    closed = row.read(plan.roles.get("closed"), as_date) if stage.closing else None
    moved = closed or row.read(plan.roles.get("moved"), as_date)
    label = f"{plan.label} {_SPECS[plan.fmt].stage_word} {stage_name!r}" if stage_name else plan.label
    first_seen = draft.posting.get("first_seen_on")
    timeline = _timeline(stage, label, applied=explicit_applied, first_seen=first_seen, moved=moved, today=today)
    if timeline.events:
        draft.data["events"] = list(timeline.events)
    draft.set("applied_on", timeline.applied_on)
    draft.set("outcome", timeline.outcome)


def _applied_event(draft: _Draft) -> None:
    """A plain CSV's application date is also the "applied" event, as in every workbook."""
    applied_on = draft.data.get("applied_on")
    if applied_on:
        draft.data["events"] = [{"type": "applied", "date": applied_on, "notes": "imported from CSV"}]


def _keep_unmapped(row: _Row, plan: _Plan, draft: _Draft) -> None:
    """Every column not mapped to a field goes to extra[format], under its own header name."""
    mapped = plan.mapped_columns()
    kept = {
        row.header[index]: value.strip()
        for index, value in enumerate(row.values)
        if index not in mapped and value.strip()
    }
    if kept:
        draft.extra[plan.fmt] = kept


def _build(row: _Row, plan: _Plan, today: date) -> _Draft:
    draft = _Draft()
    _read_fields(row, plan, draft)
    _finish_salary(draft, _salary_as_written(row, plan))
    if plan.fmt == "huntr":
        _apply_salary_text(draft, row.text(plan.roles.get("salary")))
    if plan.fmt in {"huntr", "teal"}:
        _apply_stage(row, plan, draft, today)
        _infer_source(draft)
    elif plan.fmt == "csv":
        _applied_event(draft)
    _keep_unmapped(row, plan, draft)
    return draft


# --- ids ----------------------------------------------------------------------------------


def slugify(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug or "opportunity"


def short_hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:8]


def _base_id(row: _Row, plan: _Plan, draft: _Draft) -> str:
    """A stable id: the tracker's own (Huntr), else a slug of company and title and a hash of the url."""
    given = draft.data.get("id")
    if given:
        return str(given)
    native = row.text(plan.roles.get("id"))
    if native:
        return f"{plan.fmt}-{slugify(native, 64)}"
    slug = slugify(f"{draft.data.get('company', '')} {draft.data.get('title', '')}")
    return f"{plan.fmt}-{slug}-{short_hash(*_identity(row, plan, draft))}"


def _identity(row: _Row, plan: _Plan, draft: _Draft) -> tuple[str, ...]:
    url = draft.posting.get("url") or row.text(plan.roles.get("native_id"))
    if url:
        return (url,)
    # Without a url: what does not change as the seeker moves the job along, so a later export of
    # the same job (new status, new notes, an application date filled in) keeps its id.
    texts = (str(draft.data.get(key, "")) for key in ("company", "title", "location"))
    dates = (str(draft.posting.get(key) or "") for key in ("first_seen_on", "posted_on"))
    return (*texts, *dates)


def _unique(ids: Sequence[str]) -> list[str]:
    """Ids made unique in order of appearance: a repeated id gets -2, -3, ..."""
    bases = set(ids)
    used: set[str] = set()
    last_number: dict[str, int] = {}
    unique: list[str] = []
    for base in ids:
        candidate = base
        if candidate in used:
            number = last_number.get(base, 1)
            while candidate in used or candidate in bases:
                number += 1
                candidate = f"{base}-{number}"
            last_number[base] = number
        used.add(candidate)
        unique.append(candidate)
    return unique


# --- the whole file -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Read:
    line: int
    draft: _Draft
    base_id: str


def _shape_problem(row: CsvRow, width: int) -> str | None:
    count = len(trimmed_values(row, width))
    if count == width:
        return None
    reason = f"{count} value{'s' * (count != 1)}, but the header has {width} columns"
    if row.end_line > row.line:
        reason += f" (the row runs to line {row.end_line}: check for a missing or extra quote)"
    return reason


def _resolve_format(table: CsvTable, fmt: str | None, mapping: Mapping[str, str] | None, source: str) -> str:
    if fmt is not None and fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}", hint=f"formats: {', '.join(FORMATS)}")
    if mapping and fmt in TRACKER_FORMATS:
        raise InvalidInput(
            f"--map applies to plain CSV files; {source} is read as a {_SPECS[fmt].label} export",
            hint="use --format csv to map every column yourself",
        )
    if mapping or fmt == "csv":
        return "csv"
    return fmt or _detect(table.header) or "csv"


def _plan_for(fmt: str, table: CsvTable, mapping: Mapping[str, str] | None, source: str) -> _Plan:
    if fmt != "csv":
        plan = _tracker_plan(_SPECS[fmt], table.header)
        missing = [name for name in ("company", "title") if plan.column_of(name) is None]
        if missing:
            raise InvalidInput(
                f"{source}: no {' or '.join(missing)} column for a {_SPECS[fmt].label} export",
                hint="check the file, or use --format csv with --map",
            )
        return plan
    try:
        return _csv_plan(table.header, mapping or {})
    except InvalidInput as error:
        if mapping:
            raise
        raise InvalidInput(
            f"{source}: not a Huntr, Teal or JobSpy export, and {error.message}", hint=error.hint
        ) from None


def _read_rows(table: CsvTable, plan: _Plan, today: date) -> tuple[list[_Read], list[tuple[int, str]]]:
    parsers = _field_parsers(today)
    width = len(table.header)
    good: list[_Read] = []
    bad: list[tuple[int, str]] = []
    for csv_row in table.rows:
        if shape := _shape_problem(csv_row, width):
            bad.append((csv_row.line, shape))
            continue
        row = _Row(table.header, trimmed_values(csv_row, width), parsers)
        draft = _build(row, plan, today)
        if row.problems:
            bad.append((csv_row.line, "; ".join(row.problems)))
        else:
            good.append(_Read(csv_row.line, draft, _base_id(row, plan, draft)))
    return good, bad


def _validated(reads: list[_Read]) -> tuple[list[Opportunity], list[tuple[int, str]]]:
    opportunities: list[Opportunity] = []
    bad: list[tuple[int, str]] = []
    for read, opportunity_id in zip(reads, _unique([r.base_id for r in reads]), strict=True):
        data = {**read.draft.data, "id": opportunity_id}
        if read.draft.posting:
            data["posting"] = read.draft.posting
        if read.draft.extra:
            data["extra"] = read.draft.extra
        try:
            opportunities.append(Opportunity.model_validate(data))
        except ValidationError as error:
            reasons = [f"{json_path(e['loc'])}: {e['msg']}" for e in error.errors()]
            bad.append((read.line, "; ".join(reasons)))
    return opportunities, bad


def read_tracker_csv(
    data: bytes,
    source: str,
    *,
    fmt: str | None = None,
    mapping: dict[str, str] | None = None,
    skip_bad_rows: bool = False,
    today: date | None = None,
) -> TrackerImport:
    """Opportunities from a tracker's CSV export (format detected from the header unless given).

    `today` dates relative dates ("3 days ago") and stage events the tracker left undated.
    Bad rows refuse the whole file (InvalidInput listing each with its line), unless
    `skip_bad_rows`, which returns the good rows and lists the skipped ones.
    """
    table = read_csv_table(data, source)
    resolved = _resolve_format(table, fmt, mapping, source)
    plan = _plan_for(resolved, table, mapping, source)
    good, bad = _read_rows(table, plan, today or date.today())
    opportunities, invalid = _validated(good)
    problems = tuple(Problem(f"{source} line {line}", reason) for line, reason in sorted(bad + invalid))
    if problems and not skip_bad_rows:
        raise InvalidInput(
            f"{source}: {len(problems)} row{'s' * (len(problems) != 1)} cannot be read; nothing was imported",
            problems=problems,
            hint="fix these rows, or run again with --skip-bad-rows to import the others",
        )
    mapped = plan.mapped_columns() | set(plan.roles.values())
    unmapped = tuple(name for index, name in enumerate(table.header) if index not in mapped)
    return TrackerImport(resolved, tuple(opportunities), problems, unmapped)
