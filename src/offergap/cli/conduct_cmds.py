"""Interview conduct commands: questions check, questions suggest, answer check, conduct."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.table import Table

from offergap.analysis.answers import AnswerReview, review_answer
from offergap.analysis.conduct import (
    OpportunityConduct,
    SearchConduct,
    summarize_opportunity,
    summarize_search,
)
from offergap.analysis.questions import (
    STAGES,
    EmployerContext,
    QuestionJudgement,
    check_stage,
    judge_questions,
)
from offergap.analysis.suggestions import Suggestion, suggest_questions
from offergap.cli._common import STATE, console, print_json
from offergap.errors import InvalidInput, NotFound
from offergap.ingest.documents import read_document
from offergap.workbook import Opportunity, Workbook, effective_as_of, load_workbook

StageOption = Annotated[str, typer.Option("--stage", help="One of: " + ", ".join(STAGES) + ".")]
OpportunityOption = Annotated[
    str | None, typer.Option("--opportunity", help="An opportunity id from the database (`offergap list`).")
]
PostingOption = Annotated[Path | None, typer.Option("--posting", help="The job posting (PDF, DOCX, TXT, MD).")]
CompanyOption = Annotated[
    Path | None, typer.Option("--company", help="Your research notes on the company (PDF, DOCX, TXT, MD).")
]
SeekerOption = Annotated[str | None, typer.Option("--seeker", help="The seeker, when the database holds several.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
TABLE_ROWS = 500
MAX_ANSWER_BYTES = 1024 * 1024


# --- shared plumbing -------------------------------------------------------------------------------


def _stored_opportunity(opportunity_id: str, seeker: str | None) -> tuple[Opportunity, Workbook]:
    workbook = STATE.store().export_workbook(seeker)
    found = workbook.opportunity(opportunity_id)
    if found is None:
        raise NotFound(f"no opportunity {opportunity_id!r}", hint="`offergap list` shows the ids")
    return found, workbook


def _text_of(path: Path | None) -> str | None:
    return read_document(path).text if path is not None else None


def _employer_texts(
    opportunity_id: str | None, posting: Path | None, company: Path | None, seeker: str | None
) -> tuple[str | None, str | None, Opportunity | None]:
    if opportunity_id and (posting or company):
        raise InvalidInput("use either --opportunity or --posting/--company, not both")
    if opportunity_id:
        found, _ = _stored_opportunity(opportunity_id, seeker)
        return (found.posting.text if found.posting else None), found.company_research, found
    return _text_of(posting), _text_of(company), None


@contextmanager
def _input_lines(path: Path | None) -> Iterator[Iterable[str]]:
    """The lines of FILE, or of standard input; read one at a time, never whole."""
    if path is None:
        yield sys.stdin
        return
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    handle: TextIO
    with path.open(encoding="utf-8", errors="replace") as handle:
        yield handle


# --- questions check ---------------------------------------------------------------------------------


def questions_check_command(
    file: Annotated[Path | None, typer.Argument(help="One question per line (default: standard input).")] = None,
    stage: StageOption = "interview",
    opportunity: OpportunityOption = None,
    posting: PostingOption = None,
    company: CompanyOption = None,
    seeker: SeekerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Judge your own interview questions: research, role, process, premature or red flag."""
    stage = check_stage(stage)
    posting_text, research_text, _ = _employer_texts(opportunity, posting, company, seeker)
    context = EmployerContext.from_texts(posting_text, research_text)
    with _input_lines(file) as lines:
        judgements = judge_questions(lines, stage, context)
        if as_json:
            _stream_json(j.to_json() for j in judgements)
        else:
            _print_judgements(judgements)


def _stream_json(items: Iterable[dict[str, Any]]) -> None:
    """A JSON list written item by item, so that a long input never sits in memory."""
    import json

    out = sys.stdout
    out.write("[")
    for number, item in enumerate(items):
        out.write(("," if number else "") + "\n  " + json.dumps(item, ensure_ascii=False))
    out.write("\n]\n")


_VERDICT_STYLE = {"good": "green", "avoid": "bold red", "unclear": "yellow"}


def _print_judgements(judgements: Iterator[QuestionJudgement]) -> None:
    """A table for a short list; past TABLE_ROWS questions, one line each as they come."""
    first: list[QuestionJudgement] = []
    for judgement in judgements:
        first.append(judgement)
        if len(first) > TABLE_ROWS:
            break
    if len(first) <= TABLE_ROWS:
        _judgement_table(first)
        return
    for judgement in (*first, *judgements):
        sys.stdout.write(
            f"{judgement.verdict:<7} {judgement.category:<9} {judgement.question}\n        {judgement.why}\n"
        )


def _judgement_table(judgements: list[QuestionJudgement]) -> None:
    if not judgements:
        console.print("no questions (empty lines are skipped)")
        return
    table = Table(show_lines=True)
    for name in ("verdict", "category", "question", "why"):
        table.add_column(name)
    for j in judgements:
        style = _VERDICT_STYLE[j.verdict]
        table.add_row(f"[{style}]{j.verdict}[/]", j.category, j.question, j.why)
    console.print(table)


# --- questions suggest --------------------------------------------------------------------------------


def questions_suggest_command(
    opportunity: OpportunityOption = None,
    posting: PostingOption = None,
    company: CompanyOption = None,
    stage: StageOption = "interview",
    seeker: SeekerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Questions to ask at the next stage, built on the posting and your company research."""
    if not opportunity and posting is None:
        raise InvalidInput("give --opportunity ID, or --posting FILE (and optionally --company FILE)")
    posting_text, research_text, found = _employer_texts(opportunity, posting, company, seeker)
    suggestions = suggest_questions(
        posting_text,
        research_text,
        stage,
        title=found.title if found else None,
        company=found.company if found else None,
    )
    if as_json:
        print_json([s.to_json() for s in suggestions])
        return
    _print_suggestions(suggestions)


def _print_suggestions(suggestions: tuple[Suggestion, ...]) -> None:
    table = Table(show_lines=True)
    for name in ("#", "question", "category", "based on"):
        table.add_column(name)
    for number, s in enumerate(suggestions, 1):
        table.add_row(str(number), s.question, s.category, s.based_on)
    console.print(table)


# --- answer check -----------------------------------------------------------------------------------


def answer_check_command(
    question: Annotated[str, typer.Option("--question", help="The question you were asked.")],
    file: Annotated[Path | None, typer.Argument(help="Your answer (default: standard input).")] = None,
    posting: PostingOption = None,
    as_json: JsonOption = False,
) -> None:
    """Review one answer: STAR parts, a number in the result, I vs we, length, fillers, job terms."""
    answer = _read_answer(file)
    review = review_answer(question, answer, _text_of(posting))
    if as_json:
        print_json(review.to_json())
        return
    _print_review(review)


def _read_answer(path: Path | None) -> str:
    with _input_lines(path) as lines:
        text, size = [], 0
        for line in lines:
            size += len(line)
            if size > MAX_ANSWER_BYTES:
                raise InvalidInput("the answer is over 1 MB; give one interview answer at a time")
            text.append(line)
    answer = "".join(text).strip()
    if not answer:
        raise InvalidInput("no answer text", hint="give the answer in FILE or on standard input")
    return answer


def _print_review(review: AnswerReview) -> None:
    table = Table(show_header=False)
    table.add_column("part")
    table.add_column("finding")
    for part in review.star:
        table.add_row(part.part, part.sentence if part.present else "[yellow]not shown[/]")
    table.add_row("number in result", ", ".join(review.quantities) or "[yellow]none[/]")
    table.add_row("I / we", f"{review.i_count} / {review.we_count} ({review.ownership})")
    table.add_row("length", f"{review.word_count} words, about {review.speaking_seconds} s ({review.length})")
    fillers = ", ".join(f"{k} x{v}" for k, v in review.fillers.items())
    table.add_row("fillers", fillers or "none")
    table.add_row("negativity", "; ".join(review.negativity) or "none")
    table.add_row("job terms used", ", ".join(review.terms_used) or "-")
    table.add_row("job terms missing", ", ".join(review.terms_missing) or "-")
    console.print(table)
    for note in review.notes:
        console.print(f"- {note}")


# --- conduct ------------------------------------------------------------------------------------------


def conduct_command(
    workbook: Annotated[Path | None, typer.Argument(help="A workbook file (default: the database).")] = None,
    opportunity: OpportunityOption = None,
    seeker: SeekerOption = None,
    as_json: JsonOption = False,
) -> None:
    """How your interviews went: what hurt and what helped, per interview and for the whole search."""
    if workbook is not None and opportunity:
        raise InvalidInput("give either a WORKBOOK file or --opportunity ID, not both")
    if opportunity:
        found, stored = _stored_opportunity(opportunity, seeker)
        summary = summarize_opportunity(found, effective_as_of(stored))
        if as_json:
            print_json({**summary.to_json(), "hurt": list(summary.hurt), "helped": list(summary.helped)})
        else:
            _print_opportunity(summary)
        return
    source = load_workbook(workbook) if workbook is not None else STATE.store().export_workbook(seeker)
    search = summarize_search(source)
    if as_json:
        print_json(search.to_json())
    else:
        _print_search(search)


def _print_lines(title: str, lines: Iterable[str], style: str) -> None:
    found = list(lines)
    console.print(f"[bold]{title}[/]" + ("" if found else ": nothing recorded"))
    for line in found:
        console.print(f"  [{style}]-[/] {line}", soft_wrap=True)


def _interview_table(summaries: Iterable[OpportunityConduct]) -> Table:
    table = Table()
    for name in ("date", "company", "stage", "asked (good/avoid)", "answers", "hurt most"):
        table.add_column(name)
    for summary in summaries:
        for i in summary.interviews:
            good = sum(q.verdict == "good" for q in i.questions)
            avoid = sum(q.verdict == "avoid" for q in i.questions)
            quality = "-" if i.answer_quality is None else f"{i.answer_quality:.2f}"
            table.add_row(str(i.date), i.company, i.stage, f"{good}/{avoid}", quality, i.hurt[0] if i.hurt else "")
    return table


def _print_search(search: SearchConduct) -> None:
    console.print(
        f"[bold]{search.interviews} interviews[/] as of {search.as_of}: "
        f"premature {_pct(search.premature_share)}, red flags {_pct(search.red_flag_share)} of "
        f"{search.questions_before_offer} questions before an offer; no research question in "
        f"{_pct(search.no_research_share)} of interviews; answer quality {_num(search.answers.quality)}"
    )
    _print_lines("What hurt", search.hurt, "red")
    _print_lines("What helped", search.helped, "green")
    console.print(_interview_table(search.opportunities))


def _print_opportunity(summary: OpportunityConduct) -> None:
    console.print(f"[bold]{summary.company} - {summary.title}[/] ({summary.outcome})")
    _print_lines("What hurt", summary.hurt, "red")
    _print_lines("What helped", summary.helped, "green")
    console.print(_interview_table([summary]))


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def register(app: typer.Typer) -> None:
    questions = typer.Typer(help="Your own interview questions: judge them, or get better ones.", no_args_is_help=True)
    questions.command("check")(questions_check_command)
    questions.command("suggest")(questions_suggest_command)
    app.add_typer(questions, name="questions")
    answer = typer.Typer(help="Your interview answers.", no_args_is_help=True)
    answer.command("check")(answer_check_command)
    app.add_typer(answer, name="answer")
    app.command("conduct")(conduct_command)
