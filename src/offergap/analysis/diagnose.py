"""The diagnosis: why this search brings interviews but no offers, and what to do next.

Four causes are scored 0-1 from the seeker's own record (see docs/diagnose.md):
resume_targeting, interview_skills, pseudo_interviews and normal_odds. The headline is the
cause that best explains the record; every score carries its evidence and its actions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from offergap.analysis.conduct import SearchConduct, summarize_search
from offergap.analysis.evidence import OpportunityEvidence, gather
from offergap.analysis.funnel import Funnel, build_funnel
from offergap.analysis.suggestions import suggest_questions
from offergap.workbook import Workbook, effective_as_of

CAUSES = ("resume_targeting", "interview_skills", "pseudo_interviews", "normal_odds")
# One finalist in four gets the offer (four or five finalists compete; docs/diagnose.md).
P_OFFER_PER_FINAL = 0.25
CLEAR_MARGIN = 0.15


@dataclass(frozen=True)
class Cause:
    cause: str
    score: float
    evidence: tuple[str, ...]
    actions: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "cause": self.cause,
            "score": round(self.score, 3),
            "evidence": list(self.evidence),
            "actions": list(self.actions),
        }


@dataclass(frozen=True)
class Headline:
    cause: str
    summary: str
    confidence: str


@dataclass(frozen=True)
class Diagnosis:
    as_of: date
    seeker: str | None
    headline: Headline
    causes: tuple[Cause, ...]
    funnel: Funnel
    conduct: SearchConduct
    opportunities: tuple[OpportunityEvidence, ...]
    missing: tuple[str, ...]

    def cause(self, name: str) -> Cause:
        return next(c for c in self.causes if c.cause == name)

    def as_json(self) -> dict[str, Any]:
        from offergap.report.diagnosis_json import diagnosis_json

        return diagnosis_json(self)


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def _share(part: float, whole: int) -> float:
    return part / whole if whole else 0.0


# --- resume targeting ---------------------------------------------------------------------


def _missing_must_haves(items: list[OpportunityEvidence]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for item in items:
        if item.fit:
            counts.update(
                {m for check in item.fit.must_haves if check.status == "missing" for m in check.missing}
                or {check.text for check in item.fit.must_haves if check.status == "missing"}
            )
    return [(name, n) for name, n in counts.most_common(5) if n >= 2] or counts.most_common(3)


def _targeting(items: list[OpportunityEvidence]) -> Cause:
    scored = [i for i in items if i.interviewed and i.fit]
    misfit = sum(
        1.0 if i.fit and i.fit.label == "no_fit" else 0.5 if i.fit and i.fit.label == "potential" else 0.0
        for i in scored
    )
    lost = [i for i in items if i.interviewed and i.lost]
    with_gap = [i for i in lost if i.gap_feedback and not i.close_feedback]
    score = _clamp(0.55 * _share(misfit, len(scored)) + 0.45 * _share(len(with_gap), len(lost)) * 1.3)
    evidence = [
        f"{sum(1 for i in scored if i.fit and i.fit.label == 'no_fit')} of {len(scored)} interviewed "
        f"opportunities are no fit for the resume sent, "
        f"{sum(1 for i in scored if i.fit and i.fit.label == 'potential')} only a potential fit"
    ]
    evidence += [f"{i.opportunity.company}: “{i.gap_feedback[0]}”" for i in with_gap[:4]]
    gaps = _missing_must_haves([i for i in items if i.interviewed])
    if gaps:
        evidence.append("must-haves missing from the resume: " + ", ".join(f"{g} ({n}×)" for g, n in gaps))
    return Cause("resume_targeting", score, tuple(evidence), _targeting_actions(items, gaps))


def _targeting_actions(items: list[OpportunityEvidence], gaps: list[tuple[str, int]]) -> tuple[str, ...]:
    good = [i for i in items if i.fit and i.fit.label == "good"]
    titles = Counter(i.opportunity.title for i in good).most_common(3)
    actions = []
    if titles:
        actions.append("Target roles like those where the resume fits: " + "; ".join(t for t, _ in titles))
    if gaps:
        actions.append(
            "Evidence these must-haves on the resume if you have them, or stop applying where they "
            "are required: " + ", ".join(g for g, _ in gaps[:3])
        )
    misfits = [i for i in items if i.fit and i.fit.label == "no_fit" and i.outcome == "open"]
    actions += [
        f"Reconsider {i.opportunity.company} ({i.opportunity.title}): {i.fit.summary}" for i in misfits[:2] if i.fit
    ]
    return tuple(actions) or ("Run `offergap target RESUME` to see the role families where the resume fits best",)


# --- interview skills ------------------------------------------------------------------------


def _quality_gap(conduct: SearchConduct) -> float:
    quality = conduct.answers.quality
    return 0.0 if quality is None else _clamp((0.6 - quality) / 0.3)


def _skills(conduct: SearchConduct, items: list[OpportunityEvidence]) -> Cause:
    bad_questions = (conduct.premature_share or 0.0) + (conduct.red_flag_share or 0.0)
    no_research = conduct.no_research_share or 0.0
    unquantified = 1.0 - (conduct.answers.quantified_share if conduct.answers.quantified_share is not None else 1.0)
    score = _clamp(
        0.35 * min(1.0, 2 * bad_questions) + 0.25 * no_research + 0.25 * _quality_gap(conduct) + 0.15 * unquantified
    )
    evidence = [
        f"{conduct.premature_before_offer} premature and {conduct.red_flag_before_offer} red-flag questions "
        f"of {conduct.questions_before_offer} asked before an offer",
        f"{conduct.interviews_without_research} of {conduct.interviews_with_questions} interviews with no "
        "research question",
    ]
    if conduct.answers.quality is not None:
        evidence.append(
            f"answer quality {conduct.answers.quality:.2f} of 1 over {conduct.answers.answers} answers"
            + (
                f"; {conduct.answers.quantified_share:.0%} with a quantified result"
                if conduct.answers.quantified_share is not None
                else ""
            )
        )
    evidence += list(conduct.hurt[:3])
    return Cause("interview_skills", score, tuple(evidence), _skills_actions(conduct, items))


def _next_interview(items: list[OpportunityEvidence]) -> OpportunityEvidence | None:
    open_items = [i for i in items if i.outcome == "open" and i.interviewed]
    ranked = sorted(open_items, key=lambda i: i.fit.score if i.fit else 0.0, reverse=True)
    return ranked[0] if ranked else None


def _research_questions(item: OpportunityEvidence) -> list[str]:
    opp = item.opportunity
    posting = opp.posting.text if opp.posting else None
    found = suggest_questions(posting, opp.company_research, "interview", title=opp.title, company=opp.company)
    research = [s.question for s in found if s.category == "research"]
    return (research + [s.question for s in found if s.category != "research"])[:3]


def _skills_actions(conduct: SearchConduct, items: list[OpportunityEvidence]) -> tuple[str, ...]:
    actions = []
    if conduct.premature_before_offer or conduct.red_flag_before_offer:
        actions.append(
            "Keep pay, hours, PTO and remote-work questions until there is an offer; "
            "check questions first with `offergap questions check`"
        )
    target = _next_interview(items)
    if target:
        asks = _research_questions(target)
        if asks:
            actions.append(f"At the next interview with {target.opportunity.company}, ask: " + " | ".join(asks))
    if conduct.answers.quality is not None and conduct.answers.quality < 0.5:
        actions.append(
            "Prepare STAR stories (situation, task, action, result) with a number in each result; "
            "review answers with `offergap answer check`"
        )
    return tuple(actions) or ("Keep asking research questions; your conduct record shows no pattern to fix",)


# --- pseudo-interviews ----------------------------------------------------------------------------


def _pseudo(items: list[OpportunityEvidence]) -> Cause:
    interviewed = [i for i in items if i.interviewed]
    high = [i for i in interviewed if i.risk.band == "high"]
    medium = [i for i in interviewed if i.risk.band == "medium"]
    score = _clamp(1.6 * _share(len(high) + 0.5 * len(medium), len(interviewed)))
    evidence = [
        f"{len(high)} of {len(interviewed)} interviews look like pseudo-interviews (high risk), "
        f"{len(medium)} more are uncertain"
    ]
    for item in high[:4]:
        strongest = item.risk.strongest
        why = f": {strongest.evidence}" if strongest else ""
        evidence.append(f"{item.opportunity.company} risk {item.risk.risk}{why}")
    spent = _spent_on(high)
    if spent:
        evidence.append(f"spent on high-risk interviews: {spent}")
    return Cause("pseudo_interviews", score, tuple(evidence), _pseudo_actions(items))


def _spent_on(items: list[OpportunityEvidence]) -> str:
    totals: dict[str, Decimal] = {}
    for item in items:
        for expense in item.opportunity.expenses or []:
            if not expense.reimbursed:
                totals[expense.currency] = totals.get(expense.currency, Decimal(0)) + expense.amount
    return ", ".join(f"{amount:,.2f} {currency}" for currency, amount in sorted(totals.items()))


def _pseudo_actions(items: list[OpportunityEvidence]) -> tuple[str, ...]:
    risky_open = [i for i in items if i.outcome == "open" and i.risk.band in {"high", "medium"}]
    actions = [
        f"Before paying for another round with {i.opportunity.company}, ask for the decision timeline, whether an "
        f"internal candidate exists, and whether they reimburse travel (`offergap next-round {i.opportunity.id}`)"
        for i in risky_open[:3]
    ]
    actions.append("Prefer postings with a salary range, a recent posting date and a named hiring manager")
    return tuple(actions)


# --- normal odds ----------------------------------------------------------------------------------


def _more_finals_for(probability: float) -> int:
    return math.ceil(math.log(1 - probability) / math.log(1 - P_OFFER_PER_FINAL))


def _normal(items: list[OpportunityEvidence], others: list[Cause]) -> Cause:
    finals_lost = [i for i in items if i.reached_final and i.lost]
    offers = [i for i in items if i.outcome in {"offer", "accepted"}]
    still_open = [i for i in items if i.outcome == "open" and i.interviewed]
    chance = (1 - P_OFFER_PER_FINAL) ** len(finals_lost)
    close = _share(sum(1 for i in finals_lost if i.close_feedback), len(finals_lost))
    plausible = 1.0 if offers else max(chance, close)
    strongest_other = max((c.score for c in others), default=0.0)
    score = _clamp((1 - strongest_other) * (0.4 + 0.6 * plausible))
    if offers:  # offers in the record: the search works, whatever else could be better
        score = _clamp(max(score, 0.75 * (1 - 0.5 * strongest_other) + 0.1 * len(offers)))
    evidence = [
        f"{len(finals_lost)} final rounds lost and {len(offers)} offers; with 1 offer in 4 finals, "
        f"{chance:.0%} of seekers would have no offer after {len(finals_lost)} finals",
        f"{len(still_open)} processes that reached an interview are still open",
    ]
    evidence += [f"{i.opportunity.company}: “{i.close_feedback[0]}”" for i in finals_lost if i.close_feedback][:3]
    actions = (
        f"Keep going: about {_more_finals_for(0.5)} more final rounds give an even chance of an offer, "
        f"{_more_finals_for(0.8)} give 80%",
        "Keep several processes open at once so one loss is not a restart",
    )
    return Cause("normal_odds", score, tuple(evidence), actions)


# --- the whole -------------------------------------------------------------------------------------


def _missing_data(items: list[OpportunityEvidence]) -> tuple[str, ...]:
    interviewed = [i for i in items if i.interviewed]
    missing = []
    no_posting = [i for i in interviewed if i.fit is None]
    if no_posting:
        missing.append(f"{len(no_posting)} interviewed opportunities have no fit (posting or resume text missing)")
    no_questions = [
        i
        for i in interviewed
        if not i.conduct.interviews or not any(x.questions or x.answers for x in i.conduct.interviews)
    ]
    if no_questions:
        missing.append(f"{len(no_questions)} interviewed opportunities record no questions asked or answered")
    no_notes = [i for i in interviewed if not i.gap_feedback and not i.close_feedback and i.lost]
    if no_notes:
        missing.append(f"{len(no_notes)} lost opportunities record no feedback")
    return tuple(missing)


def _confidence(items: list[OpportunityEvidence], causes: list[Cause], missing: tuple[str, ...]) -> str:
    interviewed = sum(1 for i in items if i.interviewed)
    margin = causes[0].score - causes[1].score
    if interviewed < 3:
        return "low"
    if margin < CLEAR_MARGIN or len(missing) >= 2:
        return "medium"
    return "high"


SUMMARIES = {
    "resume_targeting": "Your interviews are mostly for roles that don't fit your resume: employers like you but "
    "hire someone who meets must-haves you lack. Aim at the roles where you fit.",
    "interview_skills": "You fit the roles, but the interviews go wrong: questions about pay and time off before an "
    "offer, little research, and answers without results. Fix the conduct, not the resume.",
    "pseudo_interviews": "Many of your interviews look like employers going through the motions, with no real "
    "intention to hire. Question a round before you pay to travel to it.",
    "normal_odds": "Nothing looks wrong: you reach final rounds in roles that fit and lose narrowly, which is "
    "normal when four or five finalists compete. Keep going.",
}
TOO_EARLY = (
    "Too early to tell: there are not enough interviews in the record yet. Record each application, "
    "interview (with the questions you asked and were asked), feedback and expense as it happens."
)


def _headline(causes: list[Cause], items: list[OpportunityEvidence], missing: tuple[str, ...]) -> Headline:
    if sum(1 for i in items if i.interviewed) == 0:
        return Headline("normal_odds", TOO_EARLY, "none")
    top = causes[0]
    confidence = _confidence(items, causes, missing)
    summary = SUMMARIES[top.cause]
    if confidence != "high" and causes[1].score >= 0.35:
        summary += f" A second cause also shows: {causes[1].cause.replace('_', ' ')}."
    return Headline(top.cause, summary, confidence)


def diagnose(workbook: Workbook) -> Diagnosis:
    as_of = effective_as_of(workbook)
    conduct = summarize_search(workbook)
    items = [gather(workbook, o, as_of, c) for o, c in zip(workbook.opportunities, conduct.opportunities, strict=True)]
    others = [_targeting(items), _skills(conduct, items), _pseudo(items)]
    causes = sorted([*others, _normal(items, others)], key=lambda c: -c.score)
    missing = _missing_data(items)
    return Diagnosis(
        as_of=as_of,
        seeker=workbook.seeker.name if workbook.seeker else None,
        headline=_headline(causes, items, missing),
        causes=tuple(causes),
        funnel=build_funnel(workbook),
        conduct=conduct,
        opportunities=tuple(items),
        missing=missing,
    )
