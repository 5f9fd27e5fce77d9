"""Commands that keep the record: import, export, list, show, add, log, expense, resume, db, schema."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from pydantic import ValidationError
from rich.table import Table

from offergap.cli._common import STATE, console, print_json
from offergap.errors import InvalidInput, Problem
from offergap.ingest.documents import read_document
from offergap.ingest.load import FORMATS, parse_mapping, read_import_file
from offergap.report.listing import list_opportunities, timeline, timeline_json
from offergap.store import ImportReport
from offergap.workbook import (
    EVENT_TYPES,
    EXPENSE_CATEGORIES,
    Event,
    Expense,
    Interviewer,
    Opportunity,
    Posting,
    effective_as_of,
    json_schema,
    workbook_json,
)

SeekerOption = Annotated[str | None, typer.Option("--seeker", help="The seeker, when the database holds several.")]
M = TypeVar("M")
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _validated(model: type[M], where: str, **values: object) -> M:
    """Build a workbook object from command-line values; invalid values become one clear error."""
    try:
        return model(**{k: v for k, v in values.items() if v is not None})
    except ValidationError as error:
        problems = tuple(
            Problem(f"--{str(e['loc'][-1]).replace('_', '-')}" if e["loc"] else where, e["msg"]) for e in error.errors()
        )
        raise InvalidInput(f"invalid {where}", problems=problems) from None


def import_command(
    files: Annotated[list[Path], typer.Argument(help="Workbooks (JSON/YAML) or tracker CSV exports.")],
    fmt: Annotated[str, typer.Option("--format", help="One of: " + ", ".join(FORMATS))] = "auto",
    seeker: SeekerOption = None,
    mapping: Annotated[list[str] | None, typer.Option("--map", help="COLUMN=FIELD for a plain CSV.")] = None,
    skip_bad_rows: Annotated[bool, typer.Option("--skip-bad-rows", help="Import the readable rows.")] = False,
) -> None:
    """Import workbooks or tracker exports (Huntr, Teal, JobSpy, any CSV with --map)."""
    parsed_mapping = parse_mapping(mapping or [])
    batches = [read_import_file(f, fmt, mapping=parsed_mapping or None, skip_bad_rows=skip_bad_rows) for f in files]
    store = STATE.store()
    for batch in batches:
        _print_report(batch.source, batch.format, store.import_batch(batch, seeker=seeker))


def _print_report(source: Path, fmt: str, report: ImportReport) -> None:
    console.print(
        f"{source} ({fmt}) → seeker {report.seeker!r}: {len(report.added)} added, "
        f"{len(report.updated)} updated, {len(report.skipped)} unchanged"
        + (
            f"; resumes: {len(report.resumes_added)} added, {len(report.resumes_updated)} updated"
            if report.resumes_added or report.resumes_updated
            else ""
        ),
        soft_wrap=True,
    )
    for problem in report.problems:
        console.print(f"  skipped {problem.render()}", soft_wrap=True)


def export_command(
    seeker: SeekerOption = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,
) -> None:
    """The seeker's whole search as a workbook (JSON)."""
    text = workbook_json(STATE.store().export_workbook(seeker))
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")


def list_command(seeker: SeekerOption = None, as_json: JsonOption = False) -> None:
    """One row per opportunity: company, title, stage reached, outcome, days since last contact."""
    store = STATE.store()
    rows = list_opportunities(store.export_workbook(seeker), store.fits(seeker))
    if as_json:
        print_json([r.as_json() for r in rows])
        return
    table = Table("company", "title", "stage reached", "outcome", "days since contact", "fit", "id")
    for r in rows:
        days = "" if r.days_since_contact is None else str(r.days_since_contact)
        fit = "" if r.fit_score is None else f"{r.fit_score:.0f} {r.fit_label}"
        table.add_row(r.company, r.title, r.stage_reached, r.outcome, days, fit, r.id)
    console.print(table)


def show_command(
    opportunity_id: Annotated[str, typer.Argument(metavar="ID")],
    seeker: SeekerOption = None,
    as_json: JsonOption = False,
) -> None:
    """The opportunity's timeline."""
    store = STATE.store()
    workbook = store.export_workbook(seeker)
    found = timeline(store.opportunity(opportunity_id, seeker), effective_as_of(workbook))
    if as_json:
        print_json(timeline_json(found))
        return
    row = found.row
    console.print(f"[bold]{row.company}[/] — {row.title}  ({row.id})")
    console.print(f"stage reached: {row.stage_reached}; outcome: {row.outcome}")
    for entry in found.entries:
        console.print(f"{entry.date}  {entry.summary}")
        for line in entry.details:
            console.print(f"            {line}")


def add_opportunity_command(
    company: Annotated[str, typer.Option(help="The employer.")],
    title: Annotated[str, typer.Option(help="The job title.")],
    opportunity_id: Annotated[
        str | None, typer.Option("--id", help="An id (default: made from company and title).")
    ] = None,
    location: Annotated[str | None, typer.Option()] = None,
    source: Annotated[str | None, typer.Option(help="linkedin, referral, recruiter, company site, …")] = None,
    url: Annotated[str | None, typer.Option(help="The posting's address.")] = None,
    posting: Annotated[Path | None, typer.Option(help="A file with the job description.")] = None,
    applied_on: Annotated[str | None, typer.Option("--applied-on", help="YYYY-MM-DD")] = None,
    resume: Annotated[str | None, typer.Option(help="The id of the resume sent.")] = None,
    seeker: SeekerOption = None,
) -> None:
    """Add an opportunity to the record."""
    text = read_document(posting).text if posting else None
    post = _validated(Posting, "posting", text=text, url=url) if text or url else None
    key = opportunity_id or _slug(f"{company} {title}")
    opp = _validated(
        Opportunity,
        "opportunity",
        id=key,
        company=company,
        title=title,
        location=location,
        source=source,
        posting=post,
        applied_on=applied_on,
        resume=resume,
    )
    STATE.store().add_opportunity(opp, seeker)
    console.print(f"added opportunity {key}")


def _slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.lower()).split()
    return "o-" + "-".join(words)[:60]


def log_command(
    event_type: Annotated[str, typer.Argument(metavar="EVENT_TYPE", help=", ".join(EVENT_TYPES))],
    opportunity_id: Annotated[str, typer.Argument(metavar="OPPORTUNITY_ID")],
    on: Annotated[str, typer.Option("--date", help="YYYY-MM-DD (default: today)")] = "",
    round_: Annotated[int | None, typer.Option("--round", help="Interview round, 1 = first.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="phone, video, onsite, panel, take_home")] = None,
    scheduled: Annotated[int | None, typer.Option("--scheduled-minutes")] = None,
    actual: Annotated[int | None, typer.Option("--actual-minutes")] = None,
    interviewer: Annotated[list[str] | None, typer.Option("--interviewer", help="'Name (role)'")] = None,
    asked: Annotated[list[str] | None, typer.Option("--asked", help="A question you asked.")] = None,
    rating: Annotated[int | None, typer.Option("--self-rating", help="1-5")] = None,
    next_step: Annotated[str | None, typer.Option("--next-step", help="What they promised next.")] = None,
    notes: Annotated[str | None, typer.Option()] = None,
    seeker: SeekerOption = None,
) -> None:
    """Log an event (screen, interview, rejection, …) on an opportunity."""
    event = _validated(
        Event,
        "event",
        type=event_type,
        date=on or date.today().isoformat(),
        round=round_,
        format=fmt,
        scheduled_minutes=scheduled,
        actual_minutes=actual,
        questions_i_asked=asked or None,
        interviewers=[_interviewer(text) for text in interviewer] if interviewer else None,
        self_rating=rating,
        next_step_promised=next_step,
        notes=notes,
    )
    STATE.store().add_event(opportunity_id, event, seeker)
    console.print(f"logged {event.type} on {event.date} for {opportunity_id}")


def _interviewer(text: str) -> Interviewer:
    name, _, role = text.partition("(")
    return Interviewer(name=name.strip() or None, role=role.rstrip(") ").strip() or None)


def expense_command(
    opportunity_id: Annotated[str, typer.Argument(metavar="OPPORTUNITY_ID")],
    amount: Annotated[str, typer.Argument(metavar="AMOUNT")],
    category: Annotated[str, typer.Option(help=", ".join(EXPENSE_CATEGORIES))],
    currency: Annotated[str, typer.Option(help="ISO 4217 code")] = "USD",
    on: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD")] = None,
    reimbursed: Annotated[bool, typer.Option("--reimbursed", help="The employer paid it back.")] = False,
    note: Annotated[str | None, typer.Option()] = None,
    seeker: SeekerOption = None,
) -> None:
    """Record what an interview cost you."""
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise InvalidInput(f"AMOUNT {amount!r} is not a number", hint="for example 312.40") from None
    item = _validated(
        Expense,
        "expense",
        category=category,
        amount=value,
        currency=currency.upper(),
        date=on or date.today().isoformat(),
        reimbursed=reimbursed,
        note=note,
    )
    STATE.store().add_expense(opportunity_id, item, seeker)
    console.print(f"recorded {item.category} {item.amount} {item.currency} for {opportunity_id}")


def resume_add_command(
    file: Annotated[Path, typer.Argument(help="PDF, DOCX, TXT or MD.")],
    label: Annotated[str | None, typer.Option(help="A label, e.g. 'BI-targeted'.")] = None,
    resume_id: Annotated[str | None, typer.Option("--id", help="Add as a new version of this resume.")] = None,
    seeker: SeekerOption = None,
) -> None:
    """Store a resume: the original file and its text."""
    added = STATE.store().add_resume(read_document(file), key=resume_id, label=label, seeker=seeker)
    console.print(f"stored resume {added.key} version {added.version} ({added.characters} characters of text)")


def db_upgrade_command() -> None:
    """Bring the database to the newest schema (also done automatically on first use)."""
    STATE.store()
    console.print("the database is up to date")


def schema_command() -> None:
    """Print the workbook format's JSON Schema."""
    typer.echo(json.dumps(json_schema(), indent=2))


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
    app.command("export")(export_command)
    app.command("list")(list_command)
    app.command("show")(show_command)
    app.command("log")(log_command)
    app.command("expense")(expense_command)
    app.command("schema")(schema_command)
    add = typer.Typer(help="Add to the record.", no_args_is_help=True)
    add.command("opportunity")(add_opportunity_command)
    app.add_typer(add, name="add")
    resume = typer.Typer(help="Resumes.", no_args_is_help=True)
    resume.command("add")(resume_add_command)
    app.add_typer(resume, name="resume")
    db = typer.Typer(help="The database.", no_args_is_help=True)
    db.command("upgrade")(db_upgrade_command)
    app.add_typer(db, name="db")
