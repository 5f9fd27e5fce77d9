"""The one place the web app calls offergap's analyses: fit, pseudo-interview risk, the question
check and suggestions, the resume's skills, the diagnosis and its HTML report."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from offergap.analysis.conduct import summarize_opportunity
from offergap.analysis.diagnose import diagnose
from offergap.analysis.fit import FitResult, score_fit
from offergap.analysis.pseudo import RiskAssessment, assess_risk
from offergap.analysis.skills import find_concepts
from offergap.analysis.stages import stage_reached
from offergap.analysis.suggestions import suggest_questions
from offergap.errors import OffergapError
from offergap.report.html import report_fragment
from offergap.workbook import Opportunity, Workbook, effective_as_of


@dataclass(frozen=True)
class Badge:
    kind: str
    label: str
    level: str  # good, warn, bad or neutral: the badge's colour, always with words beside it
    title: str


@dataclass(frozen=True)
class Section:
    """One analysis on the opportunity page: a headline, its points, or why it is not shown."""

    title: str
    level: str = "neutral"
    summary: str | None = None
    points: tuple[str, ...] = ()
    missing: str | None = None
    points_open: bool = False  # the points are the content (suggestions), not evidence to unfold


@dataclass(frozen=True)
class ReportView:
    available: bool
    html: Markup | None = None
    missing: str | None = None


# --- fit ------------------------------------------------------------------------------------------

FIT_LEVELS = {"good": "good", "potential": "warn", "no_fit": "bad"}
FIT_WORDS = {"good": "good fit", "potential": "potential fit", "no_fit": "no fit"}


def resume_text_for(workbook: Workbook, opportunity: Opportunity) -> str | None:
    """The resume sent for this opportunity, or the only resume when none is named."""
    chosen = workbook.resume(opportunity.resume) if opportunity.resume else None
    if chosen is None and len(workbook.resumes) == 1 and not opportunity.resume:
        chosen = workbook.resumes[0]
    return chosen.text if chosen and chosen.text else None


@functools.lru_cache(maxsize=4096)
def _fit(resume_text: str, posting_text: str) -> FitResult:
    return score_fit(resume_text, posting_text)


def _fit_or_reason(workbook: Workbook, opportunity: Opportunity) -> tuple[FitResult | None, str | None]:
    posting = opportunity.posting.text if opportunity.posting else None
    resume = resume_text_for(workbook, opportunity)
    if not posting:
        return None, "No posting text to compare with: add the posting's text to see the fit."
    if not resume:
        return None, "No resume with text is linked to this opportunity."
    try:
        return _fit(resume, posting), None
    except OffergapError as error:
        return None, error.message


def fit_section(workbook: Workbook, opportunity: Opportunity) -> Section:
    found, reason = _fit_or_reason(workbook, opportunity)
    if found is None:
        return Section("Resume fit", missing=reason)
    summary = f"{found.score:.0f}/100, {FIT_WORDS.get(found.label, found.label)}. {found.summary}"
    return Section("Resume fit", FIT_LEVELS.get(found.label, "neutral"), summary, tuple(found.explanation))


# --- pseudo-interview risk ------------------------------------------------------------------------

RISK_LEVELS = {"low": "good", "medium": "warn", "high": "bad"}


def _risk(workbook: Workbook, opportunity: Opportunity) -> RiskAssessment:
    return assess_risk(opportunity, effective_as_of(workbook), as_of_assumed=workbook.as_of is None)


def risk_section(workbook: Workbook, opportunity: Opportunity) -> Section:
    found = _risk(workbook, opportunity)
    title = "Pseudo-interview risk"
    ranked = sorted(found.signals, key=lambda s: -abs(s.effect))
    points = tuple(f"{s.evidence} ({s.effect:+.0f} points)" for s in ranked) + tuple(found.warnings)
    summary = f"{found.risk}% ({found.band}) that the interviews were not meant to hire."
    return Section(title, RISK_LEVELS.get(found.band, "neutral"), summary, points)


# --- questions ------------------------------------------------------------------------------------


def question_section(workbook: Workbook, opportunity: Opportunity) -> Section:
    """The questions asked and answered in each interview, judged at its stage: what hurt, what helped."""
    title = "Question check"
    conduct = summarize_opportunity(opportunity, effective_as_of(workbook))
    judged = [q for interview in conduct.interviews for q in interview.questions]
    answers = sum(len(interview.answers) for interview in conduct.interviews)
    if not judged and not answers:
        return Section(title, missing="No questions asked or answered are recorded yet; log them with each interview.")
    avoid = sum(q.verdict == "avoid" for q in judged)
    points = tuple(f"Hurt: {line}" for line in conduct.hurt) + tuple(f"Helped: {line}" for line in conduct.helped)
    summary = (
        f"{len(judged)} question{'s' * (len(judged) != 1)} you asked, {avoid} to avoid at that stage; "
        f"{answers} answer{'s' * (answers != 1)} reviewed."
    )
    return Section(title, "bad" if avoid else "good", summary, points)


NEXT_STAGE = {
    "considered": "screen",
    "applied": "screen",
    "screen": "interview",
    "interview": "interview",
    "later_interview": "interview",
    "final": "final",
    "offer": "offer",
}


def suggestion_section(opportunity: Opportunity) -> Section:
    title = "Questions to ask next"
    stage = NEXT_STAGE[stage_reached(opportunity)]
    posting = opportunity.posting.text if opportunity.posting else None
    suggested = suggest_questions(
        posting, opportunity.company_research, stage, title=opportunity.title, company=opportunity.company
    )
    points = tuple(f"{item.question} (from {item.based_on})" for item in suggested)
    summary = f"For the {stage} stage." if points else None
    return Section(title, "neutral", summary, points, None if points else "No suggestion for this opportunity.")


# --- what the pages call --------------------------------------------------------------------------


def card_badges(workbook: Workbook, opportunity: Opportunity) -> tuple[Badge, ...]:
    badges = []
    fit, _ = _fit_or_reason(workbook, opportunity)
    if fit is not None:
        words = FIT_WORDS.get(fit.label, fit.label)
        badges.append(Badge("fit", f"fit {fit.score:.0f}: {words}", FIT_LEVELS.get(fit.label, "neutral"), fit.summary))
    risk = _risk(workbook, opportunity)
    strongest = f"; strongest sign: {risk.strongest.evidence}" if risk.strongest else ""
    badges.append(
        Badge(
            "risk",
            f"risk {risk.risk}%: {risk.band}",
            RISK_LEVELS.get(risk.band, "neutral"),
            f"Pseudo-interview risk {risk.risk}%{strongest}",
        )
    )
    return tuple(badges)


def opportunity_analyses(workbook: Workbook, opportunity: Opportunity) -> tuple[Section, ...]:
    return (
        fit_section(workbook, opportunity),
        risk_section(workbook, opportunity),
        question_section(workbook, opportunity),
        suggestion_section(opportunity),
    )


def resume_skills(text: str) -> list[str] | None:
    """The skills the taxonomy finds in a resume; None when the taxonomy cannot be loaded."""
    try:
        return [concept.name for concept in find_concepts(text)]
    except OffergapError:
        return None


def diagnosis_json(workbook: Workbook) -> dict[str, Any]:
    """The same JSON as `offergap diagnose --json`."""
    return diagnose(workbook).as_json()


def headline(workbook: Workbook) -> str | None:
    """The diagnosis's headline cause, for a counselor's client list."""
    return diagnose(workbook).headline.cause if workbook.opportunities else None


def report_view(workbook: Workbook) -> ReportView:
    return ReportView(available=True, html=Markup(report_fragment(diagnose(workbook), heading_level=2)))
