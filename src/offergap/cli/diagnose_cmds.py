"""`offergap diagnose`: the main job, in the terminal, as JSON, HTML or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.panel import Panel
from rich.table import Table

from offergap.analysis.diagnose import Diagnosis, diagnose
from offergap.analysis.stages import STAGE_LABELS
from offergap.cli._common import STATE, console, print_json
from offergap.workbook import Workbook, load_workbook


def _workbook(path: Path | None, seeker: str | None) -> Workbook:
    return load_workbook(path) if path else STATE.store().export_workbook(seeker)


def _print_causes(diagnosis: Diagnosis) -> None:
    for cause in diagnosis.causes:
        bar = "█" * round(cause.score * 20)
        console.print(f"\n[bold]{cause.cause}[/] {cause.score:.2f} {bar}")
        for line in cause.evidence:
            console.print(f"  • {line}", soft_wrap=False)
        for line in cause.actions:
            console.print(f"  → {line}")


def _print_opportunities(diagnosis: Diagnosis) -> None:
    table = Table("company", "title", "stage", "outcome", "fit", "risk", title="Opportunities")
    for item in diagnosis.opportunities:
        fit = f"{item.fit.score:.0f} {item.fit.label}" if item.fit else "—"
        table.add_row(
            item.opportunity.company,
            item.opportunity.title,
            STAGE_LABELS[item.stage],
            item.outcome,
            fit,
            f"{item.risk.risk} {item.risk.band}",
        )
    console.print(table)


def _print(diagnosis: Diagnosis) -> None:
    head = diagnosis.headline
    console.print(
        Panel(
            f"[bold]{head.cause.replace('_', ' ')}[/] (confidence: {head.confidence})\n{head.summary}",
            title=f"Diagnosis as of {diagnosis.as_of}",
        )
    )
    for line in diagnosis.missing:
        console.print(f"[yellow]missing:[/] {line}")
    _print_causes(diagnosis)
    for stall in diagnosis.funnel.stalls:
        console.print(f"\n[bold]Follow up[/] with {stall.company} ({stall.days_silent} days silent): {stall.follow_up}")
    _print_opportunities(diagnosis)


def diagnose_command(
    workbook: Annotated[Path | None, typer.Argument(help="A workbook file; default: the search in the store.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    html: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    markdown: Annotated[Path | None, typer.Option("--markdown", help="Write the diagnosis as Markdown.")] = None,
    seeker: Annotated[str | None, typer.Option("--seeker", help="The seeker, when the store holds several.")] = None,
) -> None:
    """Why the search brings interviews but no offers, with the evidence and what to do next."""
    diagnosis = diagnose(_workbook(workbook, seeker))
    if html:
        from offergap.report.html import render_html

        html.write_text(render_html(diagnosis), encoding="utf-8")
    if markdown:
        from offergap.report.markdown import render_markdown

        markdown.write_text(render_markdown(diagnosis), encoding="utf-8")
    if as_json:
        print_json(diagnosis.as_json())
    else:
        _print(diagnosis)


def register(app: typer.Typer) -> None:
    app.command("diagnose")(diagnose_command)
