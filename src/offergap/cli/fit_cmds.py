"""Commands for resume targeting: fit, rank and target."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from offergap.analysis.fit import (
    PostingInput,
    RankedPosting,
    postings_from_csv,
    rank_postings,
    score_fit,
    target_resume,
)
from offergap.cli._common import STATE, console, err_console, print_json
from offergap.errors import InvalidInput, NotFound, OffergapError
from offergap.ingest.documents import read_document

if TYPE_CHECKING:
    from offergap.workbook import Workbook

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".pdf", ".docx"}
PROGRESS_FROM = 200  # postings; fewer finish before a bar would be worth drawing


def register(app: typer.Typer) -> None:
    app.command("fit")(fit_command)
    app.command("rank")(rank_command)
    app.command("target")(target_command)


# --- reading RESUME and POSTING arguments ----------------------------------------------------------


def _document_text(path: Path) -> str:
    return read_document(path).text


def _load_workbook(path: Path) -> Workbook:
    from offergap.workbook import load_workbook  # only --workbook needs pydantic's models: start fast without

    return load_workbook(path)


def _stored_workbook(reference: str) -> Workbook:
    """The stored search, to look up an argument that is not a file."""
    try:
        return STATE.store().export_workbook(None)
    except OffergapError as error:
        reason = error.message
    except Exception as error:  # the store is optional for these commands: say what failed, briefly
        reason = f"the store could not be opened ({error.__class__.__name__})"
    raise NotFound(
        f"{reference!r} is not a file, and it cannot be looked up in the store: {reason}",
        hint="give a PDF, DOCX, TXT or MD file, or import your search first",
    ) from None


def resume_text(reference: str, workbook: Workbook | None = None, base: Path | None = None) -> str:
    """A resume from a file, or else by resume id from the given workbook or the store."""
    path = Path(reference)
    if path.exists():
        if path.is_dir():
            raise InvalidInput(f"{path}: is a folder; give one resume file")
        return _document_text(path)
    workbook = workbook or _stored_workbook(reference)
    resume = workbook.resume(reference)
    if resume is None:
        raise NotFound(
            f"no resume file or stored resume {reference!r}",
            hint="give a PDF, DOCX, TXT or MD file, or a resume id from `offergap export`",
        )
    if resume.text:
        return resume.text
    if resume.path:
        return _document_text((base or Path.cwd()) / resume.path)
    raise InvalidInput(f"stored resume {reference!r} has no text")


def posting_text(reference: str) -> str:
    path = Path(reference)
    if path.exists():
        if path.is_dir():
            raise InvalidInput(f"{path}: is a folder; `offergap rank` takes folders of postings")
        return _document_text(path)
    opportunity = _stored_workbook(reference).opportunity(reference)
    if opportunity is None:
        raise NotFound(
            f"no posting file or stored opportunity {reference!r}",
            hint="give a PDF, DOCX, TXT or MD file, or an opportunity id from `offergap list`",
        )
    if opportunity.posting is None or not opportunity.posting.text:
        raise InvalidInput(
            f"opportunity {reference!r} has no posting text",
            hint="add the job description to the opportunity first",
        )
    return opportunity.posting.text


# --- fit ------------------------------------------------------------------------------------------------


def fit_command(
    resume: Annotated[str, typer.Argument(help="Resume file (PDF, DOCX, TXT, MD) or stored resume id.")],
    posting: Annotated[str, typer.Argument(help="Posting file or stored opportunity id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """How well a resume fits one posting: score, label and the lines behind them."""
    result = score_fit(resume_text(resume), posting_text(posting))
    if as_json:
        print_json(result.to_dict())
        return
    colour = {"good": "green", "potential": "yellow", "no_fit": "red"}[result.label]
    console.print(
        f"[bold]{result.posting_title or posting}[/]: [bold {colour}]{result.label}[/] ({result.score:.0f}/100)"
    )
    console.print(result.summary)
    for line in result.explanation:
        console.print(f"  - {line}", soft_wrap=True)


# --- rank -----------------------------------------------------------------------------------------------


def _gather(
    postings: list[str], csv_file: Path | None, text_column: str | None, id_column: str | None
) -> tuple[list[PostingInput], list[str]]:
    """The postings, plus errors for arguments that could not even be read (reported and skipped)."""
    items: list[PostingInput] = []
    problems: list[str] = []
    if csv_file is not None:
        items.extend(postings_from_csv(csv_file, text_column, id_column))
    elif text_column or id_column:
        raise InvalidInput("--text-column and --id-column go with --csv FILE")
    for reference in postings:
        path = Path(reference)
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES) if path.is_dir() else [path]
        for file in files:
            name = str(file) if path.exists() else reference
            try:
                items.append(PostingInput(name, posting_text(str(file) if path.exists() else reference)))
            except OffergapError as error:
                problems.append(f"{name}: {error.message}")
    return items, problems


def rank_command(
    resume: Annotated[str, typer.Argument(help="Resume file or stored resume id.")],
    postings: Annotated[list[str] | None, typer.Argument(help="Posting files, folders or opportunity ids.")] = None,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="A CSV of postings (a JobSpy export or any CSV).")
    ] = None,
    text_column: Annotated[str | None, typer.Option(help="CSV column with the posting text.")] = None,
    id_column: Annotated[str | None, typer.Option(help="CSV column with the posting id.")] = None,
    top: Annotated[int | None, typer.Option(min=1, help="Show only the N best (the table; JSON keeps all).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON list, in input order.")] = False,
) -> None:
    """Score many postings for one resume; bad postings are reported and skipped."""
    if not postings and csv_file is None:
        raise InvalidInput("no postings given", hint="name posting files or folders, or use --csv FILE")
    text = resume_text(resume)
    items, problems = _gather(list(postings or []), csv_file, text_column, id_column)
    results = _rank_with_progress(text, items)
    problems += [f"{r.posting}: {r.error}" for r in results if r.error]
    scored = [r for r in results if r.error is None]
    for problem in problems:
        err_console.print(f"[yellow]skipped[/] {problem}", highlight=False, soft_wrap=True)
    if not scored:
        raise InvalidInput("no posting could be scored", hint="see the reasons above")
    if as_json:
        print_json([_rank_json(r) for r in scored])
        return
    best = sorted(scored, key=lambda r: -(r.score or 0.0))
    _print_ranking(best[:top] if top else best)


def _rank_with_progress(text: str, items: list[PostingInput]) -> list[RankedPosting]:
    if len(items) < PROGRESS_FROM:
        return rank_postings(text, items)
    columns = (TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("rank", total=len(items))
        return rank_postings(text, items, on_progress=lambda done: progress.update(task, completed=done))


def _rank_json(ranked: RankedPosting) -> dict[str, object]:
    return {
        "posting": ranked.posting,
        "score": ranked.score,
        "label": ranked.label,
        "title": ranked.title,
        "summary": ranked.summary,
        "missing_must_haves": list(ranked.missing_must_haves),
    }


def _print_ranking(rows: list[RankedPosting]) -> None:
    table = Table("score", "label", "posting", "title", "why")
    table.columns[2].overflow = "fold"
    for row in rows:
        shown = Path(row.posting).name if Path(row.posting).is_file() else row.posting
        table.add_row(f"{row.score or 0:.0f}", row.label or "", shown, row.title, row.summary)
    console.print(table)


# --- target ---------------------------------------------------------------------------------------------


def target_command(
    resume: Annotated[str, typer.Argument(help="Resume file or stored resume id.")],
    workbook: Annotated[
        Path | None,
        typer.Option(help="Read the applied-to postings from this workbook file instead of the store."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """The role families this resume fits best, and must-haves it lacks that recur in applied-to postings."""
    searched = _load_workbook(workbook) if workbook is not None else None
    text = resume_text(resume, searched, workbook.parent if workbook is not None else None)
    items = _applied_postings(resume, searched)
    report = target_resume(text, items)
    if as_json:
        print_json(report.to_dict())
        return
    console.print(
        f"Resume: {report.level}, {report.total_years:g} years; {report.focus_label} (focus {report.focus:.2f})"
    )
    families = Table("role family", "fit")
    for name, score in report.families:
        families.add_row(name, f"{score:.2f}")
    console.print(families)
    if report.occupations:
        console.print("Nearest ESCO occupations: " + ", ".join(n for n, _ in report.occupations))
    if not report.postings_checked:
        console.print("No applied-to postings with text were found, so no recurring gaps to show.")
        return
    gaps = Table("missing must-have", "postings", "e.g.")
    for gap in report.recurring_gaps:
        gaps.add_row(gap.requirement, str(gap.postings), ", ".join(gap.examples))
    console.print(f"Across {report.postings_checked} applied-to postings:")
    console.print(gaps)


def _applied_postings(resume: str, searched: Workbook | None) -> list[PostingInput]:
    """Postings of the opportunities this resume was sent to (all of them for a resume file)."""
    if searched is not None:
        workbook = searched
    elif Path(resume).exists():
        try:
            workbook = _stored_workbook(resume)
        except OffergapError:
            return []  # a resume file and no stored search: the profile alone
    else:
        workbook = _stored_workbook(resume)
    stored_resume = workbook.resume(resume)
    chosen = [
        o
        for o in workbook.opportunities
        if o.posting and o.posting.text and (stored_resume is None or o.resume in (None, stored_resume.id))
    ]
    return [PostingInput(o.id, o.posting.text) for o in chosen if o.posting and o.posting.text]
