"""How the seeker conducts interviews: per interview, per opportunity and across the whole search.

Each interview's own questions are judged at the stage it was (a question about pay is premature
before an offer, fine after one), its answers are reviewed, and what hurt and what helped is listed
in plain words. The search-wide summary gives the shares the diagnosis weighs: premature and red-flag
questions before offers, interviews with no research question, and answer-quality averages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean
from typing import Any

from offergap.analysis.answers import AnswerReview, posting_terms, review_answer_with_terms
from offergap.analysis.questions import EmployerContext, QuestionJudgement, Stage, judge_question
from offergap.analysis.stages import event_stage
from offergap.workbook import Event, Opportunity, Workbook, derived_outcome, effective_as_of

CONVERSATIONS = frozenset({"screen", "interview"})
WEAK_ANSWER = 0.5  # below this an answer is listed under what hurt, with its notes


@dataclass(frozen=True)
class InterviewConduct:
    """One conversation with the employer: what the seeker asked and answered, and how it read."""

    opportunity_id: str
    company: str
    date: date
    event_type: str
    round: int | None
    stage: Stage
    questions: tuple[QuestionJudgement, ...]
    answers: tuple[AnswerReview, ...]
    hurt: tuple[str, ...]
    helped: tuple[str, ...]

    @property
    def before_offer(self) -> bool:
        return self.stage != "offer"

    def count(self, category: str) -> int:
        return sum(q.category == category for q in self.questions)

    @property
    def asked_research(self) -> bool:
        return self.count("research") > 0

    @property
    def answer_quality(self) -> float | None:
        return round(fmean(a.quality for a in self.answers), 3) if self.answers else None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "type": self.event_type,
            "round": self.round,
            "stage": self.stage,
            "questions": [q.to_json() for q in self.questions],
            "answers": [a.to_json() for a in self.answers],
            "answer_quality": self.answer_quality,
            "hurt": list(self.hurt),
            "helped": list(self.helped),
        }


@dataclass(frozen=True)
class OpportunityConduct:
    opportunity_id: str
    company: str
    title: str
    outcome: str
    interviews: tuple[InterviewConduct, ...]

    @property
    def hurt(self) -> tuple[str, ...]:
        return tuple(f"{i.date}: {line}" for i in self.interviews for line in i.hurt)

    @property
    def helped(self) -> tuple[str, ...]:
        return tuple(f"{i.date}: {line}" for i in self.interviews for line in i.helped)

    def to_json(self) -> dict[str, Any]:
        return {
            "opportunity": self.opportunity_id,
            "company": self.company,
            "title": self.title,
            "outcome": self.outcome,
            "interviews": [i.to_json() for i in self.interviews],
        }


@dataclass(frozen=True)
class AnswerAverages:
    """Averages over every reviewed answer; None where there is nothing to average."""

    answers: int
    behavioral: int
    quality: float | None
    star_parts: float | None
    quantified_share: float | None
    short_share: float | None
    we_share: float | None
    filler_rate: float | None
    negative_answers: int

    def to_json(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "behavioral_answers": self.behavioral,
            "quality": self.quality,
            "star_parts_of_4": self.star_parts,
            "quantified_share": self.quantified_share,
            "short_share": self.short_share,
            "we_share": self.we_share,
            "filler_rate_per_100_words": self.filler_rate,
            "negative_answers": self.negative_answers,
        }


@dataclass(frozen=True)
class SearchConduct:
    """The whole search's interview conduct, as the diagnosis weighs it."""

    as_of: date
    opportunities: tuple[OpportunityConduct, ...]
    interviews: int
    interviews_with_questions: int
    questions_before_offer: int
    premature_before_offer: int
    red_flag_before_offer: int
    research_before_offer: int
    interviews_without_research: int
    answers: AnswerAverages

    @property
    def premature_share(self) -> float | None:
        return _share(self.premature_before_offer, self.questions_before_offer)

    @property
    def red_flag_share(self) -> float | None:
        return _share(self.red_flag_before_offer, self.questions_before_offer)

    @property
    def no_research_share(self) -> float | None:
        return _share(self.interviews_without_research, self.interviews_with_questions)

    @property
    def hurt(self) -> tuple[str, ...]:
        return _search_hurt(self)

    @property
    def helped(self) -> tuple[str, ...]:
        return _search_helped(self)

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "interviews": self.interviews,
            "interviews_with_questions": self.interviews_with_questions,
            "questions_before_offer": self.questions_before_offer,
            "premature_before_offer": self.premature_before_offer,
            "red_flag_before_offer": self.red_flag_before_offer,
            "research_before_offer": self.research_before_offer,
            "premature_share": self.premature_share,
            "red_flag_share": self.red_flag_share,
            "interviews_without_research": self.interviews_without_research,
            "no_research_share": self.no_research_share,
            "answers": self.answers.to_json(),
            "hurt": list(self.hurt),
            "helped": list(self.helped),
            "opportunities": [o.to_json() for o in self.opportunities if o.interviews],
        }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return round(fmean(found), 3) if found else None


# --- one interview ------------------------------------------------------------------------------


def stage_at(event: Event, events: Sequence[Event]) -> Stage:
    """The stage the conversation was at: after an offer everything is the offer stage."""
    if event.type == "offer" or any(e.type == "offer" and e.date <= event.date for e in events):
        return "offer"
    found = event_stage(event, list(events))
    if found == "screen":
        return "screen"
    return "final" if found == "final" else "interview"


def _is_conversation(event: Event) -> bool:
    return event.type in CONVERSATIONS or bool(event.questions_i_asked or event.questions_asked_of_me)


def _question_lines(questions: Sequence[QuestionJudgement], stage: Stage) -> tuple[list[str], list[str]]:
    hurt, helped = [], []
    for q in questions:
        if q.category == "red_flag":
            hurt.append(f'red flag: "{q.question}" ({q.why.split(": ", 2)[-1]})')
        elif q.category == "premature" and stage != "offer":
            hurt.append(f'premature before an offer: "{q.question}"')
        elif q.category == "research":
            helped.append(f'research question: "{q.question}"')
    good = [q for q in questions if q.category in {"role", "process"}]
    if good:
        helped.append(f"{len(good)} question{'s' if len(good) > 1 else ''} about the work or the process")
    if questions and stage != "offer" and not any(q.category == "research" for q in questions):
        hurt.append("no question showed research on this employer")
    return hurt, helped


def _answer_lines(answers: Sequence[AnswerReview]) -> tuple[list[str], list[str]]:
    hurt, helped = [], []
    for a in answers:
        if a.negativity:
            hurt.append(f'negative about a past employer in the answer to "{a.question}"')
        elif a.quality < WEAK_ANSWER and a.notes:
            hurt.append(f'answer to "{a.question}": ' + "; ".join(a.notes[:2]))
        if a.quality >= WEAK_ANSWER and a.result_quantified:
            helped.append(f'answer to "{a.question}" gave a result with numbers ({", ".join(a.quantities[:2])})')
    return hurt, helped


def summarize_interview(
    opportunity: Opportunity,
    event: Event,
    *,
    context: EmployerContext | None = None,
    terms: Sequence[str] | None = None,
) -> InterviewConduct:
    """One conversation: its questions judged at its stage, its answers reviewed, what hurt and helped."""
    events = opportunity.sorted_events()
    stage = stage_at(event, events)
    posting = opportunity.posting.text if opportunity.posting else None
    context = context or EmployerContext.from_texts(posting, opportunity.company_research)
    terms = posting_terms(posting, opportunity.company) if terms is None else terms
    questions = tuple(judge_question(q, stage, context) for q in event.questions_i_asked or [] if q.strip())
    answers = tuple(
        review_answer_with_terms(qa.question, qa.my_answer or "", terms) for qa in event.questions_asked_of_me or []
    )
    q_hurt, q_helped = _question_lines(questions, stage)
    a_hurt, a_helped = _answer_lines(answers)
    return InterviewConduct(
        opportunity_id=opportunity.id,
        company=opportunity.company,
        date=event.date,
        event_type=event.type,
        round=event.round,
        stage=stage,
        questions=questions,
        answers=answers,
        hurt=tuple(q_hurt + a_hurt),
        helped=tuple(q_helped + a_helped),
    )


# --- one opportunity and the whole search -----------------------------------------------------------


def summarize_opportunity(opportunity: Opportunity, as_of: date) -> OpportunityConduct:
    """Every conversation of one opportunity, in date order."""
    posting = opportunity.posting.text if opportunity.posting else None
    context = EmployerContext.from_texts(posting, opportunity.company_research)
    terms = posting_terms(posting, opportunity.company)
    interviews = tuple(
        summarize_interview(opportunity, e, context=context, terms=terms)
        for e in opportunity.sorted_events()
        if _is_conversation(e)
    )
    return OpportunityConduct(
        opportunity.id,
        opportunity.company,
        opportunity.title,
        derived_outcome(opportunity, as_of),
        interviews,
    )


def _answer_averages(answers: Sequence[AnswerReview]) -> AnswerAverages:
    behavioral = [a for a in answers if a.behavioral]
    spoken = [a for a in answers if a.word_count]
    return AnswerAverages(
        answers=len(answers),
        behavioral=len(behavioral),
        quality=_mean(a.quality for a in answers),
        star_parts=_mean(a.star_count for a in behavioral),
        quantified_share=_share(sum(a.result_quantified for a in behavioral), len(behavioral)),
        short_share=_share(sum(a.length in {"short", "empty"} for a in answers), len(answers)),
        we_share=_share(sum(a.ownership == "we" for a in spoken), len(spoken)),
        filler_rate=_mean(a.filler_rate for a in spoken),
        negative_answers=sum(bool(a.negativity) for a in answers),
    )


def summarize_search(workbook: Workbook) -> SearchConduct:
    """The search's conduct across every opportunity, judged as of the workbook's date."""
    as_of = effective_as_of(workbook)
    opportunities = tuple(summarize_opportunity(o, as_of) for o in workbook.opportunities)
    interviews = [i for o in opportunities for i in o.interviews]
    before = [i for i in interviews if i.before_offer]
    asked = [i for i in before if i.questions]
    return SearchConduct(
        as_of=as_of,
        opportunities=opportunities,
        interviews=len(interviews),
        interviews_with_questions=len(asked),
        questions_before_offer=sum(len(i.questions) for i in before),
        premature_before_offer=sum(i.count("premature") for i in before),
        red_flag_before_offer=sum(i.count("red_flag") for i in before),
        research_before_offer=sum(i.count("research") for i in before),
        interviews_without_research=sum(not i.asked_research for i in asked),
        answers=_answer_averages([a for i in interviews for a in i.answers]),
    )


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _search_hurt(search: SearchConduct) -> tuple[str, ...]:
    lines = []
    if search.premature_before_offer:
        lines.append(
            f"{search.premature_before_offer} of {search.questions_before_offer} questions asked before an "
            "offer "
            f"were about pay, hours, time off or other terms ({_percent(search.premature_share)})"
        )
    if search.red_flag_before_offer:
        lines.append(
            f"{search.red_flag_before_offer} red-flag "
            f"question{'s' if search.red_flag_before_offer > 1 else ''} "
            f"({_percent(search.red_flag_share)} of questions before an offer)"
        )
    if search.interviews_without_research:
        lines.append(
            f"{search.interviews_without_research} of {search.interviews_with_questions} interviews with "
            "recorded "
            f"questions had no research question ({_percent(search.no_research_share)})"
        )
    averages = search.answers
    if averages.quantified_share is not None and averages.quantified_share < 0.5:
        lines.append(f"only {_percent(averages.quantified_share)} of example answers gave a result with a number")
    if averages.negative_answers:
        lines.append(f"{averages.negative_answers} answers spoke negatively about a past employer or colleagues")
    return tuple(lines)


def _search_helped(search: SearchConduct) -> tuple[str, ...]:
    lines = []
    if search.research_before_offer:
        lines.append(f"{search.research_before_offer} research questions asked before an offer")
    averages = search.answers
    if averages.quantified_share is not None and averages.quantified_share >= 0.5:
        lines.append(f"{_percent(averages.quantified_share)} of example answers gave a result with a number")
    if averages.star_parts is not None and averages.star_parts >= 3:
        lines.append(f"example answers showed {averages.star_parts} of the 4 STAR parts on average")
    return tuple(lines)
