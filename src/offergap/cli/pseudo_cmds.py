"""Commands on pseudo-interview risk and what the search costs: risk, costs, next-round."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from offergap.analysis.costs import (
    CostLedger,
    HourlyRate,
    NextRoundAdvice,
    cost_ledger,
    money,
    next_round_advice,
)
from offergap.analysis.pseudo import RiskAssessment, as_of_warning, assess_search
from offergap.analysis.stage_odds import STAGES
from offergap.cli._common import STATE, console, err_console, print_json
from offergap.errors import InvalidInput, NotFound
from offergap.workbook import Workbook, effective_as_of, load_workbook

SeekerOption = Annotated[str | None, typer.Option("--seeker", help="The seeker, when the database holds several.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
WorkbookArgument = Annotated[
    Path | None, typer.Argument(help="A workbook file (JSON/YAML); without it, the search in the database.")
]


def _search(path: Path | None, seeker: str | None) -> Workbook:
    return load_workbook(path) if path is not None else STATE.store().export_workbook(seeker)


def _only(workbook: Workbook, opportunity_id: str) -> Workbook:
    found = workbook.opportunity(opportunity_id)
    if found is None:
        raise NotFound(f"no opportunity {opportunity_id!r}", hint="`offergap list` shows the ids")
    return workbook.model_copy(update={"opportunities": [found]})


def _amount(text: str | None, option: str) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise InvalidInput(f"{option}: {text!r} is not an amount", hint="write a number, e.g. 350 or 1200.50") from None
    if not value.is_finite() or value < 0:
        raise InvalidInput(f"{option}: {text!r} must be a non-negative amount")
    return value


def _warn(lines: list[str]) -> None:
    for line in dict.fromkeys(lines):
        err_console.print(f"[yellow]note:[/] {line}", highlight=False, soft_wrap=True)


# --- risk ---------------------------------------------------------------------------------


def risk_command(
    workbook: WorkbookArgument = None,
    opportunity: Annotated[str | None, typer.Option("--opportunity", help="Only this opportunity (its id).")] = None,
    seeker: SeekerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Pseudo-interview risk per opportunity (0-100), with the evidence behind it."""
    search = _search(workbook, seeker)
    assessments = assess_search(_only(search, opportunity) if opportunity else search)
    _warn([w for a in assessments for w in a.warnings])
    if as_json:
        print_json({"opportunities": [a.to_json() for a in assessments]})
        return
    if not assessments:
        console.print("no opportunities to assess")
    for assessment in assessments:
        _print_risk(assessment)


_BAND_STYLE = {"low": "green", "medium": "yellow", "high": "bold red"}


def _print_risk(assessment: RiskAssessment) -> None:
    style = _BAND_STYLE[assessment.band]
    console.print(
        f"\n[bold]{assessment.company}[/] - {assessment.title} ({assessment.opportunity_id}): "
        f"risk [{style}]{assessment.risk} ({assessment.band})[/]"
    )
    strongest = assessment.strongest
    if strongest:
        console.print(f"strongest evidence: {strongest.evidence}", soft_wrap=True)
    table = Table("signal", "effect", "evidence", show_lines=False)
    for signal in assessment.signals:
        table.add_row(signal.name, f"{signal.effect:+.1f}", signal.evidence)
    if assessment.signals:
        console.print(table)
    else:
        console.print("no signals either way: the risk is the base rate")


# --- costs --------------------------------------------------------------------------------


def costs_command(
    workbook: WorkbookArgument = None,
    rate: Annotated[
        str | None, typer.Option("--rate", help="Value your time at this hourly rate, e.g. '35 USD'.")
    ] = None,
    seeker: SeekerOption = None,
    as_json: JsonOption = False,
) -> None:
    """What the search cost: money by category (reimbursed or not, per currency) and time."""
    ledger = cost_ledger(_search(workbook, seeker), HourlyRate.parse(rate) if rate else None)
    if as_json:
        print_json(ledger.to_json())
        return
    _warn(list(ledger.warnings))
    _print_ledger(ledger)


def _print_ledger(ledger: CostLedger) -> None:
    table = Table("opportunity", "risk", "spent", "reimbursed", "out of pocket", "hours", title="Per opportunity")
    for row in ledger.opportunities:
        band = f"{row.risk.risk} ({row.risk.band})" if row.risk else ""
        table.add_row(
            f"{row.company} ({row.opportunity_id})",
            band,
            row.spent.render(),
            row.reimbursed.render(),
            row.out_of_pocket.render(),
            f"{row.time.hours}",
        )
    console.print(table)
    categories = Table("category", "spent", "reimbursed", "out of pocket", title="Whole search by category")
    for line in ledger.categories:
        categories.add_row(
            line.category,
            money(line.spent, line.currency),
            money(line.reimbursed, line.currency),
            money(line.out_of_pocket, line.currency),
        )
    console.print(categories)
    time = ledger.time
    console.print(
        f"spent: {ledger.spent.render()}; reimbursed: {ledger.reimbursed.render()}; "
        f"out of pocket: {ledger.out_of_pocket.render()}"
    )
    console.print(
        f"time: {time.hours} hours ({time.interview_minutes} interview minutes, "
        f"{time.travel_days} travel days)"
        + (
            f", worth {money(ledger.time_value, ledger.hourly_rate.currency)}"
            if ledger.time_value is not None and ledger.hourly_rate
            else ""
        )
    )
    console.print(
        f"out of pocket on high-risk opportunities ({len(ledger.high_risk)}): {ledger.high_risk_out_of_pocket.render()}"
    )


# --- next round ---------------------------------------------------------------------------


def next_round_command(
    opportunity_id: Annotated[str, typer.Argument(metavar="OPPORTUNITY_ID")],
    cost: Annotated[str | None, typer.Option("--cost", help="What the coming round will cost you.")] = None,
    offer_value: Annotated[
        str | None, typer.Option("--offer-value", help="What getting this offer is worth to you.")
    ] = None,
    currency: Annotated[str | None, typer.Option("--currency", help="The currency of the amounts, e.g. USD.")] = None,
    stage: Annotated[
        str | None,
        typer.Option("--stage", help="The coming round: " + ", ".join(STAGES) + " (default: from the record)."),
    ] = None,
    workbook: Annotated[Path | None, typer.Option("--workbook", help="Read from this workbook file.")] = None,
    seeker: SeekerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Is the next round worth its cost? Go, go but ask first, or decline, with the arithmetic."""
    search = _search(workbook, seeker)
    found = _only(search, opportunity_id).opportunities[0]
    day = effective_as_of(search)
    advice = next_round_advice(
        found,
        day,
        cost=_amount(cost, "--cost"),
        offer_value=_amount(offer_value, "--offer-value"),
        currency=currency.upper() if currency else None,
        stage=stage,
    )
    _warn(([as_of_warning(day)] if search.as_of is None else []) + list(advice.risk.warnings))
    if as_json:
        print_json(advice.to_json())
        return
    _print_advice(advice)


def _print_advice(advice: NextRoundAdvice) -> None:
    console.print(
        f"[bold]{advice.headline}[/] ({advice.opportunity_id}: risk {advice.risk.risk}, "
        f"{advice.risk.band}; next: {advice.stage.label})"
    )
    for line in advice.arithmetic():
        console.print(f"  {line}")
    for ask in advice.asks:
        console.print(f"  - {ask}")
    for note in (advice.offer_value.note, advice.cost.note, f"stage odds: {advice.stage.source}"):
        console.print(f"[dim]{note}[/]", soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("risk")(risk_command)
    app.command("costs")(costs_command)
    app.command("next-round")(next_round_command)
