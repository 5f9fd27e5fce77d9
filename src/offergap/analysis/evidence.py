"""Per-opportunity evidence the diagnosis weighs: fit, pseudo-interview risk, conduct, feedback.

Each analysis runs once per opportunity; what could not be computed is recorded as a gap,
never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from offergap.analysis.conduct import OpportunityConduct, summarize_opportunity
from offergap.analysis.fit import FitResult, score_fit
from offergap.analysis.pseudo import RiskAssessment, assess_risk
from offergap.analysis.stages import STAGES, stage_reached
from offergap.errors import OffergapError
from offergap.workbook import Opportunity, Workbook, derived_outcome

# Feedback that names a missing qualification: the employer wanted something the resume lacks.
_GAP_FEEDBACK = re.compile(
    r"looking for (someone|a candidate|candidates) with (more|stronger|deeper)|"
    r"\b(need|needs|needed|require|requires|required|want|wants|wanted)\b[^.]{0,30}\b"
    r"(someone|a candidate|candidates|an experienced|experience|who already|licen[cs]ed?|certifi)|"
    r"\bmore (experience|years|senior)\b|not (enough|the right) (experience|fit|background)|"
    r"once (i'm|i am|you're|you are) licen[cs]ed|in a (couple|few) (of )?years|"
    r"\b(lacked?|lacking|missing) (the )?[a-z\- ]{0,30}(experience|licen[cs]e|certification|degree)|"
    r"\bover-?qualified\b|\btoo (junior|senior)\b|"
    r"\b(moving forward|going|proceeding) with (candidates|someone|applicants) (who (have|had|hold)|with|whose)|"
    # what the seeker noticed in the interview: questions on things they lack
    r"past what i'?ve done|assumed i had|only read about|rusty on|never (used|done|worked with)|"
    r"i didn'?t have (a|an|any) (strong |good )?(answer|example)",
    re.IGNORECASE,
)
# Feedback that says the loss was narrow: several finalists, a close call.
_CLOSE_FEEDBACK = re.compile(
    r"\bfinalists?\b|\b(very|really|so) close\b|\bclose (call|decision|second)\b|\bwas close\b|"
    r"\bsecond choice\b|\brunner[- ]up\b|\bnarrow(ly)?\b|\bcame down to\b|\bbetween (the )?(two|three) of us\b",
    re.IGNORECASE,
)
INTERVIEWED = STAGES.index("screen")


@dataclass(frozen=True)
class OpportunityEvidence:
    opportunity: Opportunity
    stage: str
    outcome: str
    fit: FitResult | None
    fit_gap: str | None
    risk: RiskAssessment
    conduct: OpportunityConduct
    gap_feedback: tuple[str, ...]
    close_feedback: tuple[str, ...]

    @property
    def interviewed(self) -> bool:
        return STAGES.index(self.stage) >= INTERVIEWED

    @property
    def lost(self) -> bool:
        return self.outcome in {"rejected", "ghosted"}

    @property
    def reached_final(self) -> bool:
        return STAGES.index(self.stage) >= STAGES.index("final")


def _fit(workbook: Workbook, opportunity: Opportunity) -> tuple[FitResult | None, str | None]:
    posting = opportunity.posting.text if opportunity.posting else None
    resume = workbook.resume_text_for(opportunity)
    if not posting or not resume:
        return None, "no posting text" if not posting else "no resume text"
    try:
        return score_fit(resume, posting), None
    except OffergapError as error:
        return None, error.message


def _decision_notes(opportunity: Opportunity) -> list[str]:
    kinds = {"rejection", "feedback", "interview", "offer"}
    return [e.notes for e in opportunity.sorted_events() if e.type in kinds and e.notes]


def _sentences_matching(texts: list[str], pattern: re.Pattern[str]) -> tuple[str, ...]:
    found = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if pattern.search(sentence):
                found.append(sentence.strip())
    return tuple(found)


def gather(
    workbook: Workbook, opportunity: Opportunity, as_of: date, conduct: OpportunityConduct | None = None
) -> OpportunityEvidence:
    fit, gap = _fit(workbook, opportunity)
    notes = _decision_notes(opportunity)
    return OpportunityEvidence(
        opportunity=opportunity,
        stage=stage_reached(opportunity),
        outcome=derived_outcome(opportunity, as_of),
        fit=fit,
        fit_gap=gap,
        risk=assess_risk(opportunity, as_of),
        conduct=conduct or summarize_opportunity(opportunity, as_of),
        gap_feedback=_sentences_matching(notes, _GAP_FEEDBACK),
        close_feedback=_sentences_matching(notes, _CLOSE_FEEDBACK),
    )
