"""The diagnosis as Markdown, for a note to a counselor or a file beside the workbook."""

from __future__ import annotations

from offergap.analysis.diagnose import Diagnosis
from offergap.analysis.stages import STAGE_LABELS


def _cause_section(diagnosis: Diagnosis) -> list[str]:
    lines = ["## The causes, strongest first", ""]
    for cause in diagnosis.causes:
        lines += [f"### {cause.cause.replace('_', ' ')}: {cause.score:.2f}", ""]
        lines += [f"- {item}" for item in cause.evidence]
        lines += ["", "What to do:", ""] + [f"1. {item}" for item in cause.actions] + [""]
    return lines


def _funnel_section(diagnosis: Diagnosis) -> list[str]:
    lines = ["## The funnel", "", "| stage | reached |", "|---|---|"]
    lines += [f"| {s.label} | {s.reached} |" for s in diagnosis.funnel.stages]
    if diagnosis.funnel.stalls:
        lines += ["", "### Waiting too long: follow up", ""]
        lines += [f"- {s.company} ({s.days_silent} days): {s.follow_up}" for s in diagnosis.funnel.stalls]
    return [*lines, ""]


def _opportunity_table(diagnosis: Diagnosis) -> list[str]:
    lines = [
        "## Opportunities",
        "",
        "| company | title | stage | outcome | fit | risk |",
        "|---|---|---|---|---|---|",
    ]
    for item in diagnosis.opportunities:
        fit = f"{item.fit.score:.0f} {item.fit.label}" if item.fit else "—"
        lines.append(
            f"| {item.opportunity.company} | {item.opportunity.title} | {STAGE_LABELS[item.stage]} | "
            f"{item.outcome} | {fit} | {item.risk.risk} {item.risk.band} |"
        )
    return [*lines, ""]


def render_markdown(diagnosis: Diagnosis) -> str:
    head = diagnosis.headline
    lines = [
        f"# Diagnosis{' for ' + diagnosis.seeker if diagnosis.seeker else ''}, as of {diagnosis.as_of}",
        "",
        f"**{head.cause.replace('_', ' ')}** (confidence: {head.confidence}). {head.summary}",
        "",
    ]
    if diagnosis.missing:
        lines += ["Missing from the record:", ""] + [f"- {m}" for m in diagnosis.missing] + [""]
    lines += _cause_section(diagnosis) + _funnel_section(diagnosis) + _opportunity_table(diagnosis)
    return "\n".join(lines)
