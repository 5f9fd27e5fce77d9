"""Pseudo-interview risk: how likely it is that an interview was (or will be) a formality.

A transparent logistic model (docs/pseudo.md explains it for a seeker). The prior is the
base rate of advertised jobs that are never filled; every signal found in the posting, the
workbook `signals`, the events, the expenses or the seeker's own notes adds a documented
log-odds coefficient. Nothing is fitted: each coefficient states its direction and the
published figure or the reasoning behind it. A signal that is unknown (null, or simply not
mentioned) adds nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from offergap.workbook import (
    NOT_CONTACT,
    Event,
    Opportunity,
    Workbook,
    derived_outcome,
    effective_as_of,
)

Band = Literal["low", "medium", "high"]

# Greenhouse platform data (reported January 2025): 18-22% of jobs advertised in 2024 were never
# filled. The midpoint is the chance, before looking at any evidence, that an interview is not
# for a real, open vacancy.
PRIOR = 0.20
MEDIUM_FROM = 30
HIGH_FROM = 60
# Pseudo-interviews are run to look like real ones (Resume Builder, 2024: 85% of companies with a fake
# listing that contacted applicants went on to interview them), so a normal-looking process cannot rule
# one out: all protective signals together may lower the log-odds by at most this much (a floor near 3%).
PROTECTIVE_LIMIT = -2.0


@dataclass(frozen=True)
class Coefficient:
    """One term of the model: its log-odds weight and why it has that sign and size."""

    name: str
    log_odds: float
    basis: str

    @property
    def direction(self) -> str:
        return "raises" if self.log_odds > 0 else "lowers"


_C = Coefficient
COEFFICIENTS: dict[str, Coefficient] = {
    c.name: c
    for c in (
        # --- the posting
        _C(
            "fresh_posting",
            -0.3,
            "Applied within two weeks of the first sighting: phantom-vacancy research "
            "(Albrecht, Decreuse & Vroman; Cheron & Decreuse) finds young listings the most likely to be "
            "real.",
        ),
        _C(
            "posting_1_to_2_months",
            0.3,
            "Listing already 1-2 months old when you applied; older listings are "
            "less likely to be open vacancies (phantom-vacancy research).",
        ),
        _C(
            "posting_2_to_4_months",
            0.6,
            "Listing 2-4 months old when you applied (phantom-vacancy research).",
        ),
        _C(
            "posting_over_4_months",
            1.0,
            "Listing over 4 months old: Clarify Capital (2022) found 27% of managers "
            "kept postings up that long, and older listings are least likely to be real.",
        ),
        _C(
            "posting_redated",
            0.4,
            "You saw the job weeks before the date it now claims: the listing was "
            "refreshed to look new, which hides its real age.",
        ),
        _C("reposted_once", 0.2, "Re-advertised once: often an ordinary failed search, so a small weight."),
        _C("reposted_2_to_3", 0.5, "Re-advertised two or three times: a listing kept alive."),
        _C("reposted_4_plus", 0.8, "Re-advertised four or more times: the mark of an evergreen listing."),
        _C(
            "many_applicants",
            0.3,
            "Over 1,000 applicants shown: counts that high pile up on listings left open to collect resumes.",
        ),
        _C(
            "salary_posted",
            -0.2,
            "A specific pay range: real, budgeted openings usually have one. Small, because "
            "pay-transparency laws now require it in many places.",
        ),
        _C("no_salary", 0.2, "No pay in the posting. Weak on its own: many real employers still omit it."),
        _C(
            "very_wide_salary_range",
            0.3,
            "A range whose top is 1.6 times its bottom or more says little about a budgeted job.",
        ),
        _C(
            "vague_description",
            0.4,
            "A short or boilerplate description (fast-paced, other duties as assigned) "
            "with nothing specific about the team or the work.",
        ),
        _C(
            "always_hiring",
            0.8,
            "'Always hiring', continuous recruitment, a talent pool or an eligible list for "
            "future vacancies: the listing collects applicants rather than fills a seat.",
        ),
        _C(
            "concrete_reason",
            -0.5,
            "A concrete reason for the opening (a retirement, a new store, a grant, a "
            "contract won, a start date) is what real vacancies have.",
        ),
        # --- the process
        _C(
            "internal_candidate",
            1.5,
            "An internal, acting or pre-selected candidate: the most common reason "
            "outsiders are interviewed for a job that is already someone's. Judged to make a formality about "
            "four to five times likelier (log 4.5 = 1.5).",
        ),
        _C("no_internal_candidate", -0.3, "Told there is no internal candidate."),
        _C(
            "interview_required_by_policy",
            0.8,
            "HR, EEO, civil-service (rule of three), union or committee rules "
            "require a slate: outsiders are interviewed whether or not they can win. Many such searches are "
            "real, "
            "so a moderate weight.",
        ),
        _C(
            "hiring_freeze_or_layoffs",
            1.0,
            "A hiring freeze, layoffs or a restructuring at the time: requisitions "
            "get paused while interviews go ahead.",
        ),
        _C("no_freeze_or_layoffs", -0.2, "Told the role is unaffected by freezes or layoffs."),
        _C(
            "role_already_filled_rumor",
            1.5,
            "Word that the job is already promised, decided or a formality: direct evidence, so the largest weight.",
        ),
        _C("no_approved_budget", 1.3, "Budget or headcount not approved: there is nothing to hire into yet."),
        _C(
            "just_exploring",
            1.3,
            "'Just exploring', seeing what's out there, benchmarking, no headcount yet: the "
            "Resume Builder survey (2024) found about 40% of companies posted such listings in the past "
            "year, and "
            "85% of those that contacted applicants interviewed them.",
        ),
        _C("budget_approved", -0.8, "Budget or headcount confirmed approved."),
        _C(
            "hiring_manager_not_met",
            0.8,
            "Only HR or recruiters so far, or the person you would report to was "
            "absent: a real hire needs the manager's time.",
        ),
        _C(
            "hiring_manager_met",
            -0.2,
            "You met the person you would report to. Weak: managers run pseudo-interviews too.",
        ),
        _C(
            "interviewers_disengaged",
            0.8,
            "Interviewers distracted (phone, laptop, leaving), reading a script "
            "with no follow-up questions, or not asking about your competence.",
        ),
        _C("interviewers_engaged", -0.5, "Interviewers engaged: follow-up questions, a tour, time run over."),
        _C("interview_cut_short", 0.6, "An interview ended well before its scheduled time (under 80%)."),
        _C("interview_cut_to_half", 0.9, "An interview lasted under half its scheduled time."),
        _C("interviews_ran_long", -0.3, "Interviews ran over their scheduled time."),
        _C("no_decision_timeline", 0.5, "No decision date or next step given ('we'll be in touch')."),
        _C("decision_timeline_given", -0.3, "A decision date or a dated next step was given."),
        _C(
            "timeline_kept",
            -0.4,
            "A dated next step happened when they said it would. Moderate: early steps run on time in formalities too.",
        ),
        _C(
            "next_step_missed",
            0.5,
            "A dated promise passed without a word. A small weight: Greenhouse's 2024 "
            "job-seeker survey found 61% of seekers ghosted after an interview, real jobs included.",
        ),
        _C("many_rounds_no_decision", 0.5, "Four or more interview rounds and still no decision."),
        _C(
            "repeatedly_rescheduled",
            0.4,
            "The employer moved the interview again and again: a low-priority search.",
        ),
        # --- protective signals
        _C(
            "employer_paid_travel",
            -0.6,
            "The employer paid or reimbursed travel: money spent on you is intent.",
        ),
        _C(
            "paid_assessment",
            -0.6,
            "A paid take-home, working interview or shadow shift: the employer paid to evaluate you.",
        ),
        _C("feedback_given", -0.4, "Specific feedback or a concrete reason for the decision."),
        _C(
            "reference_checks",
            -0.7,
            "References requested or called: employers rarely spend that effort on a formality.",
        ),
        _C(
            "offer_stage_step",
            -1.0,
            "An offer-stage step: background check, drug test, start date, offer letter.",
        ),
    )
}


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """One piece of evidence and how much it moved the risk.

    `effect` is in risk points: the risk with this signal minus the risk without it.
    """

    name: str
    effect: float
    log_odds: float
    evidence: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "effect": self.effect, "evidence": self.evidence}


@dataclass(frozen=True)
class RiskAssessment:
    opportunity_id: str
    company: str
    title: str
    as_of: date
    probability: float
    signals: tuple[Signal, ...]
    warnings: tuple[str, ...] = ()
    as_of_assumed: bool = False
    prior: float = PRIOR

    @property
    def risk(self) -> int:
        return round(self.probability * 100)

    @property
    def band(self) -> Band:
        if self.risk >= HIGH_FROM:
            return "high"
        return "medium" if self.risk >= MEDIUM_FROM else "low"

    @property
    def strongest(self) -> Signal | None:
        """The evidence that raised the risk the most, if any raised it."""
        raising = [s for s in self.signals if s.log_odds > 0]
        return max(raising, key=lambda s: s.log_odds, default=None)

    def signal(self, name: str) -> Signal | None:
        return next((s for s in self.signals if s.name == name), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.opportunity_id,
            "risk": self.risk,
            "band": self.band,
            "signals": [s.to_json() for s in self.signals],
        }


# --- the text cues in the seeker's notes --------------------------------------------------

_NEGATORS = re.compile(
    r"\b(no|not|never|none|nobody|nothing|without|neither|nor|zero|denied|ruled out|no longer)\b|n't\b|"
    r"\bcannot\b"
)
_HEDGES = re.compile(
    r"\b(not sure|unsure|no idea|don't know|do not know|wonder(ed|ing)?|unclear|asked (if|whether|about)|"
    r"ask (if|whether|about)|if there (is|was|were)|whether there (is|was|were))\b"
)
_NEGATION_WINDOW_WORDS = 5
_FIRST_PERSON = frozenset({"i", "i've", "i'm", "i'd", "i'll", "myself"})
# Cues about what other people did or are: said of the seeker ("I've been covering the night shift",
# "I went way over on one answer") they say nothing about the employer.
_ABOUT_OTHERS = frozenset({"internal", "disengaged", "engaged"})
# A clause about an offer-stage step is good news even when it calls the step a formality.
_VOIDED_BY = {"filled": re.compile(r"\b(background|reference|drug|paperwork|checks?|offer letter|onboarding)\b")}


@dataclass(frozen=True)
class CueGroup:
    concept: str
    patterns: tuple[str, ...]
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile("|".join(f"(?:{p})" for p in self.patterns)))


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"

# Each pattern matches lower-cased text. Patterns that carry their own negation ("no headcount",
# "didn't ask") are fine: negation is only looked for in the words before a match.
_ROLE = (
    r"(manager|director|head|lead|chief|supervisor|coordinator|principal|dean|chair|advisor|officer|"
    r"president)"
)
_INTERVIEWING = r"(interview\w*|post\w*|advertis\w*|slate|finalists|candidates|applicants|outside\w*|external\w*)"
_NOT_A_DEPARTURE = (
    r"(?!(zoom|teams|video|virtual|phone|online|remote|next|later|the (next|following|afternoon|morning)|"
    r"a (later|different|new) (day|date|time|slot|room)|monday|tuesday|wednesday|thursday|friday|\d))"
)

CUE_GROUPS: tuple[CueGroup, ...] = (
    CueGroup(
        "internal",
        (
            r"\binternal(ly)? (candidate|applicant|hire|option|person|people|pick|favou?rite|promotion|"
            r"transfer|"
            r"move|selected|selection|filled)s?\b",
            r"\b(filled|promoted|selected|hired) internally\b|\binside (candidate|applicant|hire|pick)\b",
            r"\b(candidate|someone|somebody|person) (from )?(inside|in-house)\b|\b(someone|somebody) "
            r"internal\b",
            r"\bin-house (candidate|applicant|pick)\b",
            r"\binterim\b(?! (report|results|financial|budget|measure|solution|period|update|finding|order|"
            r"payment|"
            r"funding|step|goal|review)s?\b)",
            rf"\bacting (as )?(\w+ ){{0,2}}{_ROLE}\b",
            r"\bprovisional(ly)? (appointee|employee|hire|appointment|basis)\b|\bthe provisional\b|"
            r"\(provisional\)",
            r"\bincumbent\b(?! (upon|on))",
            r"\bvisiting (assistant |associate )?(professor|lecturer|instructor)\b",
            r"\bpromot(e|ed|ing|ion) (from within|internally|from the floor|from inside)\b",
            r"\bpromot\w* (someone|somebody|one of their own|a current|an existing)\b",
            r"\b(been|is|was|already|basically) (doing|running|covering|handling) (the|this|that|his|her) "
            r"(job|role|position|work|caseload)\b",
            r"\b(basically|already) (runs?|running|does|doing|covers?|covering|handles?) (the|this|that)\b",
            r"\b(she|he|they|who)('s| has| have| had)? been covering\b|\bstepping up to (lead|run|cover)\b",
            r"\b(pre-?selected|hand-?picked|shoo-?in|heir apparent|front-?runner|succession plan|being "
            r"groomed)\b",
            r"\b(has|have|had) (someone|somebody|a person|a candidate|their (pick|person|candidate)) in "
            r"mind\b",
            r"\b(current|existing) (employee|staffer|team member)s? (applied|is applying|who applied|in the "
            r"running)",
            r"\b(temp|contractor|fill-in|stand-in) (who is |who's )?(in|covering|doing) the (role|job|"
            r"seat)\b",
            r"\b(step|stepping|move|moving) into the (role|job|position)\b",
        ),
    ),
    CueGroup(
        "policy",
        (
            rf"\b{_INTERVIEWING}\b[^.]{{0,60}}\b(per|under|by|because of|due to) (the |our |their )?(\w+ "
            rf"){{0,3}}"
            r"(policy|policies|rules?|regulations?|bylaws|law|union (contract|agreement))\b",
            r"\b(per|under|by|because of|due to) (the |our |their )?(\w+ ){0,3}(policy|policies|rules?|"
            rf"regulations?|bylaws|law|union (contract|agreement))\b[^.]{{0,60}}\b{_INTERVIEWING}",
            r"\b(policy|rules?|law|governance|contract|agreement|bylaws|funder) (requires?|required|"
            r"mandates?|"
            rf"makes|made|says)( \w+){{0,5}} {_INTERVIEWING}",
            r"\b(required|obligated|mandated) to (interview|post|advertise|bring|consider|see|run|have)\b",
            r"\b(have|has|had|need|needs|must) to (interview|post|advertise|bring|consider|see|run) (\w+ "
            r"){0,4}"
            r"(candidates|people|applicants|finalists|outsiders?|externally|outside|everyone|publicly|open|"
            r"national|top|three|3)\b",
            r"\bmakes? them (interview|post|advertise)\b|\baffirmative action\b|\beeo\b|\bequal employment\b",
            r"\b(must|has to|have to|had to) be (posted|advertised|opened) (publicly|externally|to outside)",
            r"\b(needs?|requires?) (at least )?(two|three|four|five|2|3|4|5|several|multiple) "
            r"(finalists|candidates|applicants|interviewees)\b",
            r"\brule of (three|3|five|5)\b|\btop (three|3|five|5|scoring) (ranks?|scores?|candidates|names|"
            r"band)\b",
            r"\b(diverse|full|complete|minimum) slate\b|\b(for|because of) compliance\b",
            r"\b(national|external|public) (search|recruitment)\b|\bopen recruitment\b",
            r"\bpost(ed|s)? (\w+ ){0,3}(externally|outside)\b",
        ),
    ),
    CueGroup(
        "freeze",
        (
            r"\bhiring freeze\b|\bfreez(e|es|ing) (on )?(hiring|headcount|positions|requisitions)\b",
            r"\bheadcount freeze\b|\b(paused|pausing|froze|freezing|halted|halting) (all )?(hiring|"
            r"recruiting)\b",
            r"\blay-?offs?\b|\blaid off\b|\blaying off\b|\bjob cuts\b|\bcutting (jobs|staff|positions|"
            r"costs)\b",
            r"\b(staff|workforce|headcount) (reduction|cuts?|realignment)\b|\brestructur(e|ed|ing)\b",
            r"\breorg(ani[sz]ation|ani[sz]ing)?\b|\bdownsiz(e|ed|ing)\b|\bcost[- ](cutting|reduction)\b",
            r"\bbudget cuts?\b|\b(requisitions?|reqs?|hiring) (was |were |are |is |got |been )*(paused|on "
            r"hold|frozen)",
            r"\b(lost|losing) (a|our|its|their) (major )?(funder|grant|contract)\b",
        ),
    ),
    CueGroup(
        "filled",
        (
            r"\balready (been )?(filled|decided|promised|picked|chosen|given|offered|hired|selected)\b",
            r"\balready (made|picked|chose|has) (their|a|her|his) (pick|choice|decision|person)\b",
            r"\b(job|role|position|it) (was|is|'s|had been) (already )?(promised|earmarked|spoken for|"
            r"decided)\b",
            r"\b(decided|settled) on (someone|somebody|a candidate|their)\b|\bwired for\b",
            r"\b(done deal|foregone conclusion|going through the motions|go through the motions|for show)\b",
            r"\b(box[- ]?(checking|ticking)|window[- ]dressing|rubber[- ]stamp)\b|\b(check|tick)(ing|ed)? (a|"
            r"the) box\b",
            r"\b(interviews?|it|process|whole thing|meeting|visit|panel|search|this)( \w+){0,2} (was|is|felt|"
            r"seemed|"
            r"looked|sounded) (like )?(\w+ )?(a )?formality\b|\b(just|only|purely|a mere) (a )?formality\b",
            r"\bbefore (anything|it|an offer) (can be|is|could be) (made )?official\b",
            r"\bjust going through the process\b|\boffer (had |has )?(already )?(gone out|been made|been "
            r"extended) to\b",
        ),
    ),
    CueGroup(
        "exploring",
        (
            r"\bjust (exploring|looking around|seeing|browsing|curious)\b|\btesting the waters\b",
            r"\b(exploring|testing|gauging|seeing|see|gauge) (what|the) (market|talent)\b",
            r"\bwhat'?s out there\b|\bwhat is out there\b|\bwhat the market (looks|is)\b",
            r"\bbenchmark(ing)? (candidates|the market|talent|what|salaries|pay)\b",
            r"\b(they're|they are|they were|just|only|mostly) benchmarking\b",
            r"\b(not|isn't) (yet )?(formally|officially|actually) (open|approved)\b",
            r"\bno (approved |formal |real |official )?(headcount|requisition|req|budget|opening|slot)\b",
            r"\b(headcount|budget|funding|requisition|req)( for (it|the role|the position))?( is| was|'s)? "
            r"(still )?"
            r"(pending|not (yet )?(been )?approved|un-?approved|unfunded|uncertain|up in the air|"
            r"(really )?for next year)\b",
            r"\b(headcount|budget|funding|requisition|req|position|role) (hasn't|has not|isn't|is not|wasn't|"
            r"was not)( been| yet| yet been)? (approved|funded|signed off)\b",
            r"\b(pending|awaiting) (budget|funding|approval)\b|\bstill pending approval\b",
            r"\b(funding|budget|grant)( renewal)?( is| was|'s)? (still )?(pending|up in the air|uncertain)\b",
            r"\b(funding|budget|grant|headcount) fell through\b",
            r"\b(don't|do not|doesn't|does not) (actually |really |even )?have (an? )?(open )?(opening|"
            r"position|"
            r"role|budget|headcount|vacancy)\b",
            r"\b(a|an|any) specific (opening|slot|role|position|vacancy)\b",
            r"\balways (open|happy|interested|glad) to (meet|meeting|talk)\b|\bpick(ing|ed)? my brain\b",
            r"\bstill (figuring out|deciding|working out) (whether|if|what)\b",
            r"\b(should|might|could|may) open up\b|\bopens? up (in|next|later|after)\b",
            r"\b(not|won't be|will not be|decided not to) (be )?filling\b",
            r"\bdepends on the (grant|budget|funding)\b|\bdepend(s|ing) on (next|the) (quarter|year|budget|"
            r"funding)",
        ),
    ),
    CueGroup(
        "budget_ok",
        (
            r"\b(budget|funding|headcount|position|role)( is| was| has been| had been|'s)? (already )?"
            r"(approved|secured|in place|ring-fenced|funded)\b",
            r"\b(funded|approved) (position|role|vacanc(y|ies)|line|seats?|headcount|hire)\b|\bring-fenced\b",
            r"\bin the (funded|approved|adopted) (plan|budget)\b",
        ),
    ),
    CueGroup(
        "disengaged",
        (
            r"\b(check(ed|ing|s)?|look(ed|ing)? at|glued to|scroll(ed|ing)?|on) (his|her|their) "
            r"(phone|cell|email|emails|laptop|texts|slack|watch)\b",
            r"\b(answered|took|taking|fielded|got|getting) (a |two |several |\w+ )?(pages|calls|a call|"
            r"texts)\b",
            r"\b(kept|was|were) (typing|texting|looking away|on (his|her|their) (phone|laptop))\b",
            r"\banswer(ing|ed)? (emails|texts|messages)\b|\bmultitask\w*\b|\bcanned (list|questions)\b",
            r"\b(looking|glancing|looked|glanced) at (the|his|her|their) (clock|watch|screen|phone)\b",
            r"\blaptop (open|out)\b|\bcamera off\b|\boff[- ]camera\b",
            r"\b(distracted|disengaged|disinterested|uninterested|bored|yawn(ed|ing)?|half[- ]listening|"
            r"zoned out)\b",
            r"\bbarely (looked|listened|paid attention|glanced)\b|\b(didn't|did not) seem (interested|"
            r"engaged|to care)",
            r"\b(paged|pulled|called) (out|away)\b|\bstepped out\b",
            r"\bleft (early|halfway|partway|midway|after (\w+ ){1,2}minutes|for (another|a) meeting)\b",
            r"\b(didn't|did not|never) (turn|show) up\b|\bno-?show\b|\bunable to attend\b|\b(was|were) "
            r"absent\b",
            r"\bread (the |each |their )?(questions? )?(off|from|out of) (a |the )?(sheet|script|paper|list|"
            r"page)\b",
            r"\b(off|from) a (sheet|script)\b|\boff[- ]script\b|\bwent down a (check)?list\b",
            r"\b(questions|interview|panel|it|everything)( \w+)? (was|were|felt|seemed) (very |totally |"
            r"completely )?"
            r"scripted\b|\bscripted (questions|interview)\b",
            r"\bno follow[- ]?ups?\b|\bno (real )?questions about\b",
            r"\b(didn't|did not|never) (really )?(ask|asked) (me )?(a single|any|anything|about)\b",
            r"\b(nobody|no one) asked (me )?(anything|any|a single|about)\b",
            r"\b(mostly|only|just) (talked|talking) about (himself|herself|themselves)\b|\bwrote nothing "
            r"down\b",
        ),
    ),
    CueGroup(
        "engaged",
        (
            r"\b(ran|went|go|going) (way |well |far )?(over|long)\b(?! (the|my|our|their|his|her|it|a|an|"
            r"some|what|"
            r"how|that|this|each|everything)\b)",
            r"\b(asked|asking) (great|good|lots of|a lot of|real|detailed|sharp|probing|thoughtful|many) "
            r"(follow[- ]?up )?questions\b",
            r"\breal follow[- ]?ups?\b|\b(lots|plenty|a lot) of follow[- ]?ups?\b",
            r"\b(dug|drilled) (in|into|deep|down)\b|\bquizzed me\b|\bline by line\b",
            r"\b(walked|showed) me (through|around|the)\b|\b(took|gave) me (a tour|on a tour|around)\b",
            r"\b(a|the) tour of (the|their)\b|\b(got|had|did|took|with) a tour\b|\btoured\b",
            r"\b(sit|ride)-?along\b|\bshadow (shift|day)\b|\bintroduced me to\b",
            r"\b(really|very|genuinely|clearly) (engaged|interested|enthusiastic)\b",
            r"\bstayed (well )?past\b|\bextra (half hour|hour|\d+ minutes)\b",
        ),
    ),
    CueGroup(
        "cut_short",
        (
            r"\bcut (it |the \w+ )?short\b|\bcut (from|down|to) \d",
            r"\bended (early|abruptly)\b|\bended it (after|early)\b|\bwrapped (it )?up (way |really |very "
            r")?early\b",
            rf"\b(over|done|out the door|finished|wrapped up) (in|after) (about |maybe )?{_NUM}[- ]?(minutes|"
            rf"mins?)\b",
            rf"\b(only|just) (lasted|took|got|had) (about |maybe )?{_NUM}[- ]?(minutes|mins?)\b",
            r"\b(interview|meeting|visit|call|day|it) was (shortened|truncated)\b",
            r"\b(shortened|truncated) (the|my) (interview|visit|call|day|meeting)\b",
        ),
    ),
    CueGroup(
        "vague_next",
        (
            r"\bwe('ll| will) (be in touch|let you know|get back to you|reach out|call you|circle back|loop "
            r"back|"
            r"follow up|contact you)\b",
            r"\b(they|she|he)('ll| will| would|'d) (be in touch|let me know|get back to me|reach out|call me|"
            r"follow up)\b",
            r"\b(be|get) in touch\b|\bno word on (timing|when|next steps)\b",
            r"\b(couldn't|could not|can't|didn't|did not|wouldn't|won't) (give|tell|say|share) (me )?(a |any "
            r")?"
            r"(date|timeline|timeframe|time frame|when)\b",
            r"\bno (timeline|time ?frame|date|decision date)\b",
            r"\bwhen things settle\b|\bonce (the team is ready|things settle|planning settles)\b",
        ),
    ),
    CueGroup(
        "hm_absent",
        (
            r"\b(never|didn't|did not|haven't|have not) (\w+ ){0,2}(met|meet|spoke|speak|spoken|talk|talked) "
            r"(to |with )?(the |my |a |any |anyone )(hiring manager|manager|boss|director|supervisor|"
            r"engineer|team|"
            r"executive|in|on|from)\b",
            r"\b(hiring manager|boss|supervisor|superintendent|person i'd report to|person i would report to|"
            r"(who|whom) i'd report to|i'd report to)( \w+){0,4} (wasn't|was not|weren't|never) "
            r"(there|present|on the (panel|call)|in the room|available)\b",
            r"\b(hiring manager|boss|supervisor|manager) (couldn't|could not|didn't|did not) (make it|join|"
            r"attend|show)",
            r"\bno (engineer|manager|one from the team)( or \w+)? ever\b",
            r"\b(both|all) (calls|interviews|rounds) (were )?with (hr|recruiters?)\b",
            r"\bonly (ever )?(talked|spoke|spoken|met) (to|with) (hr|recruiters?|the recruiter)\b",
        ),
    ),
    CueGroup(
        "references",
        (
            r"\breference(s)? (check|checks|call|calls|done|this week)\b",
            r"\b(call|called|calling|check|checked|checking|contact|contacted|contacting) (\w+ "
            r"){0,2}references\b",
            r"\b(ask|asked|asking|request|requested) (me )?for (\w+ )?references\b",
            r"\b(talk|speak|speaking|talking) (to|with) (my |your )?references\b",
        ),
    ),
    CueGroup(
        "offer_step",
        (
            r"\bbackground (check|investigation)\b|\bdrug (test|screen)\b|\boffer letter\b|\bverbal offer\b",
            # "When could you start?" is a routine screening question; a start date agreed or named is not.
            r"\b(talked|talking|discussed|agreed|set|confirmed|gave me|offered me)( through| about| on)? "
            r"(a |my |the )?(\w+ ){0,2}start date\b",
            rf"\bstart date:? (of |is |was |will be )?({_MONTHS}|\d)",
            r"\bonboarding (paperwork|forms)\b|\blicense verification\b|\bfingerprint(ing)?\b|\bselected "
            r"pending\b",
        ),
    ),
    CueGroup(
        "paid_assessment",
        (
            r"\bpaid (\$?\d+ for (the|my) )?(take-?home|working interview|practical|shadow|trial|half[- ]day|"
            r"exercise|sit-?along|work sample|test day)\b",
            r"\bpaid (me )?\$\d+ for the\b|\bpaid (me )?for my time\b",
        ),
    ),
    CueGroup(
        "feedback",
        (
            r"\b(gave|give|offered|offer|got|received) (me )?(\w+ ){0,2}feedback\b|\bfeedback (on|about) "
            r"my\b",
            r"\b(went|go|going) with (someone|somebody|a candidate)( \w+){0,4} (who|with|that)\b",
            r"\b(hired|chose|picked|selected) (someone|somebody|a candidate|the \w+)( \w+){0,4} (who|with|"
            r"that)\b",
            r"\bclose second\b",
        ),
    ),
    CueGroup(
        "rescheduled",
        (
            rf"\b(moved|rescheduled|postponed|pushed( back)?) (\w+ ){{0,2}}({_NUM}|several|multiple|many) "
            rf"times\b",
            r"\b(moved|rescheduled|postponed|pushed( back)?) (it )?(twice|again and again|repeatedly)\b",
            r"\brescheduled again\b|\bpostponed again\b",
        ),
    ),
    CueGroup(
        "paid_travel",
        (
            r"\b(they|employer|company|department|school|university|hospital|firm) (booked|paid for|covered|"
            r"reimbursed) (my |the )?(flight|travel|hotel|train|mileage|trip)\b",
            r"\b(flight|hotel|travel|trip),? (booked|paid|covered) by\b",
            r"\b(travel|flight|hotel|mileage|trip|airfare) (was|were|is|will be|got) (reimbursed|covered|"
            r"paid)\b",
        ),
    ),
    CueGroup(
        "always_hiring",
        (
            r"\balways hiring\b|\bhire all year\b|\bhiring (all )?year[- ]round\b|\balways accepting\b",
            r"\balways looking for (talented|great|good|qualified|motivated|new|passionate|strong|top|"
            r"experienced|"
            r"the best|people|candidates|talent)\b",
            r"\balways interested in (hearing from|meeting|talking|connecting|talented|great|good|"
            r"qualified)\b",
            r"\b(accepting|accept) (applications|resumes)( for \w+( \w+)?)? (on an? )?(continuous|ongoing|"
            r"rolling)",
            r"\bon an? (continuous|ongoing|rolling) basis\b|\bcontinuous (recruitment|basis|filing|"
            r"posting)\b",
            r"\btalent (community|pool|network|pipeline)\b|\b(hiring|candidate) pipeline\b|\bkeep a bench\b",
            r"\bbuild(ing)? (a|our) (pipeline|bench)\b|\bcollect(ing|s)? (resumes|applications|cvs)\b",
            r"\bfuture (vacancies|openings)\b|\bcurrent and future\b|\bevergreen\b|\bperpetual\b",
            r"\bkeep (your|my|the) (resume|cv|application|details) on file\b",
            r"\bmight have (more )?openings\b|\bmore openings later\b",
        ),
    ),
    CueGroup(
        "concrete_reason",
        (
            r"(?<!for )(?<!want )(?<!find )(?<!need )(?<!seeking )\bnew(ly)? (created |funded |approved )?"
            r"(position|role|store|unit|program|contract|account|grant|territory|clinic|location|line|wing|"
            r"crew|"
            r"site|office|operatory)\b",
            r"\b(created|funded) (in|by|through|under) (the )?(fy\d*|\w+ (grant|budget)|grant|budget)\b",
            rf"\b(retired|retiring|resigned|is leaving|was leaving|departing|took a counteroffer|"
            rf"counteroffer|"
            rf"parental leave|maternity leave|moved to {_NOT_A_DEPARTURE}\w+)\b",
            r"\bwon (a|the|an) (new )?(contract|account|bid|grant)\b|\bgrand opening\b",
            r"\bbackfill\w*\b|\bexpand(ing)? (the|our|their) (team|unit|department)\b",
            rf"\b(opens|opening|starting|starts|start) (on |in )?({_MONTHS}) \d",
        ),
    ),
)

_GROUPS = {g.concept: g for g in CUE_GROUPS}
NOTE_CONCEPTS = tuple(g.concept for g in CUE_GROUPS)


@dataclass(frozen=True)
class CueHit:
    concept: str
    affirmed: bool
    where: str
    sentence: str


def normalise(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|(?<=[.!?]['\")])\s+|\n+|;\s*", normalise(text))
    return [p.strip() for p in parts if p.strip()]


_CLAUSE_BREAK = re.compile(r",? but |,? though |,? although |,? however,? | - | \u2013 | \u2014 |, and then ")


def _clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE_BREAK.split(sentence.lower()) if c]


def is_negated(clause: str, start: int) -> bool:
    """A negator in the few words right before the cue (in the same clause) reverses it."""
    before = clause[:start].split()[-_NEGATION_WINDOW_WORDS:]
    return bool(_NEGATORS.search(" ".join(before)))


def is_first_person(clause: str, start: int) -> bool:
    """'I've been covering the night shift' is about the seeker, not the employer's candidate."""
    return bool(_FIRST_PERSON.intersection(clause[:start].split()[-2:]))


def is_hedged(clause: str, start: int) -> bool:
    """'Not sure if there is an internal candidate' or a question says nothing either way."""
    return bool(_HEDGES.search(clause[:start])) or clause.rstrip().endswith("?")


def find_cues(texts: Iterable[tuple[str, str]], concepts: Sequence[str] = NOTE_CONCEPTS) -> list[CueHit]:
    """Every cue of the given concepts in (where, text) pairs, affirmed or negated."""
    hits: list[CueHit] = []
    for where, text in texts:
        for sentence in sentences(text):
            for clause in _clauses(sentence):
                hits += _clause_hits(clause, sentence, where, concepts)
    return hits


def _clause_hits(clause: str, sentence: str, where: str, concepts: Sequence[str]) -> Iterator[CueHit]:
    for concept in concepts:
        for match in _GROUPS[concept].regex.finditer(clause):
            start = match.start()
            if is_hedged(clause, start) or (concept in _ABOUT_OTHERS and is_first_person(clause, start)):
                continue
            if concept in _VOIDED_BY and _VOIDED_BY[concept].search(clause):
                continue
            yield CueHit(concept, not is_negated(clause, start), where, sentence)


# --- evidence gathering -------------------------------------------------------------------


@dataclass(frozen=True)
class _Finding:
    name: str
    evidence: str


def quote(sentence: str, limit: int = 160) -> str:
    text = sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "\u2026"
    return f'"{text}"'


def _hit_evidence(hit: CueHit) -> str:
    return f"{hit.where}: {quote(hit.sentence)}"


def note_texts(opportunity: Opportunity) -> list[tuple[str, str]]:
    """The seeker's own words about this opportunity, each with where it was written."""
    texts: list[tuple[str, str]] = []
    if opportunity.signals and opportunity.signals.notes:
        texts.append(("your notes", opportunity.signals.notes))
    if opportunity.company_research:
        texts.append(("your company research", opportunity.company_research))
    for event in opportunity.sorted_events():
        label = f"{event.type} on {event.date.isoformat()}"
        if event.notes:
            texts.append((f"notes of the {label}", event.notes))
        if event.next_step_promised:
            texts.append((f"next step promised at the {label}", event.next_step_promised))
    return texts


class _Notes:
    """Cue hits in the seeker's notes, resolved per concept (affirmed beats negated)."""

    def __init__(self, opportunity: Opportunity) -> None:
        self.hits = find_cues(note_texts(opportunity))

    def affirmed(self, concept: str) -> CueHit | None:
        return next((h for h in self.hits if h.concept == concept and h.affirmed), None)

    def negated(self, concept: str) -> CueHit | None:
        return next((h for h in self.hits if h.concept == concept and not h.affirmed), None)

    def count(self, concept: str) -> int:
        return sum(1 for h in self.hits if h.concept == concept and h.affirmed)


def _flag(opportunity: Opportunity, name: str) -> bool | None:
    value: bool | None = getattr(opportunity.signals, name, None) if opportunity.signals else None
    return value


def _field_evidence(name: str, value: bool) -> str:
    return f"signals.{name} is {str(value).lower()}"


def _supported(evidence: str, hit: CueHit | None) -> str:
    """A flag's evidence, with the sentence of the notes that backs it when there is one."""
    return f"{evidence}; {_hit_evidence(hit)}" if hit else evidence


def _flag_or_notes(
    opportunity: Opportunity,
    notes: _Notes,
    field_name: str,
    concept: str,
    names: tuple[str | None, str | None],
) -> _Finding | None:
    """A workbook flag when set, else the notes: names are (when true, when false)."""
    when_true, when_false = names
    value = _flag(opportunity, field_name)
    if value is not None:
        name = when_true if value else when_false
        backing = notes.affirmed(concept) if value else notes.negated(concept)
        return _Finding(name, _supported(_field_evidence(field_name, value), backing)) if name else None
    hit = notes.affirmed(concept)
    if hit and when_true:
        return _Finding(when_true, _hit_evidence(hit))
    hit = notes.negated(concept)
    if hit and when_false:
        return _Finding(when_false, _hit_evidence(hit))
    return None


# --- posting signals ----------------------------------------------------------------------

_SALARY_IN_TEXT = re.compile(
    r"[$\u20ac\u00a3]\s?\d|\b\d[\d,.]*\s?k?\s?(usd|eur|gbp|cad|aud)\b|\b\d{2,3},\d{3}\b", re.IGNORECASE
)
_BOILERPLATE = re.compile(
    r"fast[- ]paced|self[- ]starter|team player|other duties as assigned|related duties|duties as required|"
    r"competitive (pay|salary|compensation)|\bdynamic\b|passionate|wears? many hats|rock ?star|ninja|"
    r"results[- ]driven|exciting (projects|opportunit)|join our (\w+ )?(team|family|community)|growth "
    r"opportunit|"
    r"cutting[- ]edge|innovative|great team|talented|strategic thinker|thrives?|\bdoe\b|commensurate",
    re.IGNORECASE,
)
VAGUE_WORDS = 35
BOILERPLATE_DENSITY = 40  # at least one stock phrase per this many words, and two or more in all
WIDE_SALARY_RATIO = Decimal("1.6")
MANY_APPLICANTS = 1000


def posting_start(opportunity: Opportunity) -> date | None:
    posting = opportunity.posting
    if posting is None:
        return None
    known = [d for d in (posting.posted_on, posting.first_seen_on) if d is not None]
    return min(known, default=None)


def application_date(opportunity: Opportunity) -> date | None:
    if opportunity.applied_on:
        return opportunity.applied_on
    applied = [e.date for e in opportunity.sorted_events() if e.type == "applied"]
    return applied[0] if applied else None


def _age_finding(opportunity: Opportunity, warnings: list[str]) -> _Finding | None:
    start, applied = posting_start(opportunity), application_date(opportunity)
    if start is None or applied is None:
        return None
    age = (applied - start).days
    if age < 0:
        warnings.append(
            f"{opportunity.id}: the application ({applied}) is dated before the posting ({start}); "
            "the posting's age was left out - check the dates"
        )
        return None
    evidence = f"posting first seen {start}, applied {applied}: {age} days old"
    for limit, name in (
        (14, "fresh_posting"),
        (30, None),
        (60, "posting_1_to_2_months"),
        (120, "posting_2_to_4_months"),
    ):
        if age <= limit:
            return _Finding(name, evidence) if name else None
    return _Finding("posting_over_4_months", evidence)


def _redated_finding(opportunity: Opportunity) -> _Finding | None:
    posting = opportunity.posting
    if posting is None or posting.posted_on is None or posting.first_seen_on is None:
        return None
    gap = (posting.posted_on - posting.first_seen_on).days
    if gap <= 14:
        return None
    return _Finding(
        "posting_redated", f"posting claims {posting.posted_on} but you first saw it {posting.first_seen_on}"
    )


def _repost_finding(opportunity: Opportunity) -> _Finding | None:
    count = opportunity.posting.repost_count if opportunity.posting else None
    if not count:
        return None
    name = "reposted_once" if count == 1 else "reposted_2_to_3" if count <= 3 else "reposted_4_plus"
    return _Finding(name, f"posting.repost_count is {count}")


def _applicants_finding(opportunity: Opportunity) -> _Finding | None:
    count = opportunity.posting.applicant_count if opportunity.posting else None
    if count is None or count < MANY_APPLICANTS:
        return None
    return _Finding("many_applicants", f"posting.applicant_count is {count}")


def _salary_finding(opportunity: Opportunity) -> _Finding | None:
    posting = opportunity.posting
    if posting is None:
        return None
    low, high = posting.salary_min, posting.salary_max
    if low is not None and high is not None and low > 0 and high / low >= WIDE_SALARY_RATIO:
        return _Finding("very_wide_salary_range", f"posted range {low}-{high}: the top is {high / low:.1f}x the bottom")
    if low is not None or high is not None:
        return _Finding(
            "salary_posted", f"posted pay {low if low is not None else ''}-{high if high is not None else ''}"
        )
    if not posting.text:
        return None  # no salary fields and no text: unknown, not absent
    if _SALARY_IN_TEXT.search(posting.text):
        return _Finding("salary_posted", "the posting text states pay")
    return _Finding("no_salary", "no pay in the posting's fields or text")


def _vague_finding(opportunity: Opportunity) -> _Finding | None:
    text = opportunity.posting.text if opportunity.posting else None
    if not text:
        return None
    words = len(text.split())
    stock = sorted({m.group(0).lower() for m in _BOILERPLATE.finditer(text)})
    if words < VAGUE_WORDS and not re.search(r"\d", text):
        return _Finding("vague_description", f"the posting is {words} words long with not one number, date or amount")
    if len(stock) >= 2 and len(stock) * BOILERPLATE_DENSITY >= words:
        return _Finding("vague_description", "boilerplate in the posting: " + ", ".join(f"'{s}'" for s in stock[:4]))
    return None


def _posting_cue(opportunity: Opportunity, notes: _Notes, concept: str) -> _Finding | None:
    """A cue found in the posting text first, else in the seeker's notes (not in a rejection letter's
    standard wording, such as 'you remain on the eligible list')."""
    text = opportunity.posting.text if opportunity.posting else None
    hits = [h for h in find_cues([("the posting", text or "")], (concept,)) if h.affirmed]
    hits += [h for h in notes.hits if h.concept == concept and h.affirmed and "rejection" not in h.where]
    return _Finding(concept, _hit_evidence(hits[0])) if hits else None


def _research_reason(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    return _posting_cue(opportunity, notes, "concrete_reason")


def posting_findings(opportunity: Opportunity, notes: _Notes, warnings: list[str]) -> list[_Finding | None]:
    return [
        _age_finding(opportunity, warnings),
        _redated_finding(opportunity),
        _repost_finding(opportunity),
        _applicants_finding(opportunity),
        _salary_finding(opportunity),
        _vague_finding(opportunity),
        _posting_cue(opportunity, notes, "always_hiring"),
        _research_reason(opportunity, notes),
    ]


# --- process signals ----------------------------------------------------------------------

_HR_ROLE = re.compile(r"\b(hr|human resources|recruit\w*|talent|sourcer|search (consultant|firm)|headhunter)\b", re.I)
_BOSS_ROLE = re.compile(
    r"hiring manager|manager|director|chair|principal|supervisor|superintendent|owner|partner|head|lead|dean|"
    r"\bvp\b|vice president|chief|\bcto\b|\bceo\b|\bcfo\b|foreman|\bpi\b|president|controller|counsel|"
    r"pharmacist in charge|recorder|executive",
    re.I,
)
_MEETING_TYPES = {"screen", "interview", "assessment"}


def _interviewer_roles(opportunity: Opportunity) -> list[tuple[Event, str]]:
    return [
        (event, person.role or "")
        for event in opportunity.sorted_events()
        if event.type in _MEETING_TYPES
        for person in event.interviewers or []
    ]


def _manager_from_roles(opportunity: Opportunity) -> _Finding | None:
    roles = _interviewer_roles(opportunity)
    for event, role in roles:
        if _BOSS_ROLE.search(role) and not _HR_ROLE.search(role):
            return _Finding("hiring_manager_met", f"{event.type} on {event.date}: met the {role}")
    if roles and all(_HR_ROLE.search(role) for _, role in roles):
        return _Finding("hiring_manager_not_met", "every interviewer so far was HR or a recruiter")
    return None


def _manager_finding(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    value = _flag(opportunity, "hiring_manager_met")
    if value is not None:
        name = "hiring_manager_met" if value else "hiring_manager_not_met"
        backing = None if value else notes.affirmed("hm_absent")
        return _Finding(name, _supported(_field_evidence("hiring_manager_met", value), backing))
    hit = notes.affirmed("hm_absent")
    if hit:
        return _Finding("hiring_manager_not_met", _hit_evidence(hit))
    return _manager_from_roles(opportunity)


def _engagement_finding(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    value = _flag(opportunity, "interviewers_engaged")
    if value is not None:
        name = "interviewers_engaged" if value else "interviewers_disengaged"
        backing = notes.affirmed("engaged" if value else "disengaged")
        return _Finding(name, _supported(_field_evidence("interviewers_engaged", value), backing))
    bad, good = notes.affirmed("disengaged"), notes.affirmed("engaged")
    if bad and notes.count("disengaged") > notes.count("engaged"):
        return _Finding("interviewers_disengaged", _hit_evidence(bad))
    if good and notes.count("engaged") > notes.count("disengaged"):
        return _Finding("interviewers_engaged", _hit_evidence(good))
    return None


def valid_minutes(value: int | None) -> int | None:
    """Minutes as recorded, or None when missing or impossible (0 or negative)."""
    return value if value is not None and value > 0 else None


def _timed_meetings(opportunity: Opportunity) -> list[tuple[Event, int, int]]:
    timed = []
    for event in opportunity.sorted_events():
        scheduled, actual = valid_minutes(event.scheduled_minutes), valid_minutes(event.actual_minutes)
        if event.type in _MEETING_TYPES and scheduled and actual:
            timed.append((event, scheduled, actual))
    return timed


def _length_finding(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    timed = _timed_meetings(opportunity)
    if timed:
        event, scheduled, actual = min(timed, key=lambda t: t[2] / t[1])
        evidence = f"{event.type} on {event.date}: {actual} of {scheduled} scheduled minutes"
        if actual < 0.5 * scheduled:
            return _Finding("interview_cut_to_half", evidence)
        if actual < 0.8 * scheduled:
            return _Finding("interview_cut_short", evidence)
        longest = max(timed, key=lambda t: t[2] / t[1])
        if longest[2] >= 1.15 * longest[1]:
            return _Finding(
                "interviews_ran_long",
                f"{longest[0].type} on {longest[0].date}: {longest[2]} of {longest[1]} scheduled minutes",
            )
        return None
    return _flag_or_notes(
        opportunity, notes, "interview_shorter_than_scheduled", "cut_short", ("interview_cut_short", None)
    )


def _budget_finding(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    value = _flag(opportunity, "budget_approved")
    if value is not None:
        name = "budget_approved" if value else "no_approved_budget"
        backing = notes.affirmed("budget_ok" if value else "exploring")
        return _Finding(name, _supported(_field_evidence("budget_approved", value), backing))
    hit = notes.affirmed("exploring")
    if hit:
        return _Finding("just_exploring", _hit_evidence(hit))
    hit = notes.affirmed("budget_ok")
    return _Finding("budget_approved", _hit_evidence(hit)) if hit else None


def _travel_finding(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    if _flag(opportunity, "employer_paid_travel"):
        return _Finding("employer_paid_travel", _field_evidence("employer_paid_travel", True))
    for expense in opportunity.expenses or []:
        if expense.reimbursed and expense.category in ("travel", "lodging"):
            return _Finding(
                "employer_paid_travel",
                f"{expense.category} expense of {expense.amount} {expense.currency} was reimbursed",
            )
    hit = notes.affirmed("paid_travel")
    return _Finding("employer_paid_travel", _hit_evidence(hit)) if hit else None


def _cue_finding(notes: _Notes, concept: str, name: str) -> _Finding | None:
    hit = notes.affirmed(concept)
    return _Finding(name, _hit_evidence(hit)) if hit else None


def _feedback_finding(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    for event in opportunity.sorted_events():
        if event.type == "feedback":
            return _Finding(
                "feedback_given",
                f"feedback on {event.date}" + (f": {quote(event.notes)}" if event.notes else ""),
            )
    return _cue_finding(notes, "feedback", "feedback_given")


def _offer_step_finding(opportunity: Opportunity, notes: _Notes) -> _Finding | None:
    offers = [e for e in opportunity.sorted_events() if e.type == "offer"]
    if offers:
        return _Finding("offer_stage_step", f"offer on {offers[0].date}")
    return _cue_finding(notes, "offer_step", "offer_stage_step")


def _paid_assessment_finding(notes: _Notes) -> _Finding | None:
    return _cue_finding(notes, "paid_assessment", "paid_assessment")


def _rounds_finding(opportunity: Opportunity, as_of: date) -> _Finding | None:
    interviews = [e for e in opportunity.sorted_events() if e.type == "interview"]
    if len(interviews) < 4 or derived_outcome(opportunity, as_of) not in ("open", "ghosted"):
        return None
    return _Finding("many_rounds_no_decision", f"{len(interviews)} interview rounds and no decision yet")


def process_findings(opportunity: Opportunity, notes: _Notes, as_of: date) -> list[_Finding | None]:
    return [
        _flag_or_notes(
            opportunity,
            notes,
            "internal_candidate",
            "internal",
            ("internal_candidate", "no_internal_candidate"),
        ),
        _flag_or_notes(
            opportunity,
            notes,
            "interview_required_by_policy",
            "policy",
            ("interview_required_by_policy", None),
        ),
        _flag_or_notes(
            opportunity,
            notes,
            "hiring_freeze_or_layoffs",
            "freeze",
            ("hiring_freeze_or_layoffs", "no_freeze_or_layoffs"),
        ),
        _flag_or_notes(opportunity, notes, "role_already_filled_rumor", "filled", ("role_already_filled_rumor", None)),
        _budget_finding(opportunity, notes),
        _manager_finding(opportunity, notes),
        _engagement_finding(opportunity, notes),
        _length_finding(opportunity, notes),
        *timeline_findings(opportunity, notes, as_of),
        _rounds_finding(opportunity, as_of),
        _cue_finding(notes, "rescheduled", "repeatedly_rescheduled"),
        _travel_finding(opportunity, notes),
        _paid_assessment_finding(notes),
        _feedback_finding(opportunity, notes),
        _cue_finding(notes, "references", "reference_checks"),
        _offer_step_finding(opportunity, notes),
    ]


# --- promised dates -----------------------------------------------------------------------

_MONTH_NUMBERS = {m: i for i, m in enumerate(_MONTHS.split("|"), start=1)}
_MONTH_NUMBERS.update({m[:3]: i for m, i in list(_MONTH_NUMBERS.items())})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
GRACE_DAYS = 3


def _iso_date(text: str, _said_on: date) -> date | None:
    match = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _month_day(text: str, said_on: date) -> date | None:
    match = re.search(r"\b(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.? (\d{1,2})\b", text)
    if not match:
        return None
    month, day = _MONTH_NUMBERS[match[1]], int(match[2])
    for year in (said_on.year, said_on.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= said_on - timedelta(days=7):
            return candidate
    return None


def _weekday(text: str, said_on: date) -> date | None:
    match = re.search(r"\b(by|on|this|next|until)? ?(" + "|".join(_WEEKDAYS) + r")\b", text)
    if not match:
        return None
    ahead = (_WEEKDAYS.index(match[2]) - said_on.weekday()) % 7 or 7
    return said_on + timedelta(days=ahead + (7 if match[1] == "next" else 0))


def _relative(text: str, said_on: date) -> date | None:
    if re.search(r"\b(this|the) week\b", text):
        return said_on + timedelta(days=6 - said_on.weekday() if said_on.weekday() < 6 else 7)
    if re.search(r"\bnext week\b", text):
        return said_on + timedelta(days=13 - said_on.weekday())
    if re.search(r"\btomorrow\b", text):
        return said_on + timedelta(days=1)
    match = re.search(r"\b(within|in) (\d+|a|one|two|three|four|five|six|ten) (day|week)s?\b", text)
    if match:
        count = int(match[2]) if match[2].isdigit() else _WORD_NUMBERS[match[2]]
        return said_on + timedelta(days=count * (7 if match[3] == "week" else 1))
    return None


_DATE_READERS: tuple[Callable[[str, date], date | None], ...] = (_iso_date, _month_day, _weekday, _relative)


def promised_date(text: str, said_on: date) -> date | None:
    """The date a promise like 'decision by July 15' or 'within a week' points to, if it names one."""
    lowered = normalise(text).lower()
    for reader in _DATE_READERS:
        found = reader(lowered, said_on)
        if found:
            return found
    return None


@dataclass(frozen=True)
class Promise:
    said_on: date
    text: str
    due: date
    kept: bool | None  # None: not due yet


def promises(opportunity: Opportunity, as_of: date) -> list[Promise]:
    """Dated next steps, and whether the employer was heard from by the date (plus a little grace)."""
    events = opportunity.sorted_events()
    found = []
    for event in events:
        due = promised_date(event.next_step_promised, event.date) if event.next_step_promised else None
        if due is None or due < event.date:
            continue
        heard = any(
            e.type not in NOT_CONTACT and event.date < e.date <= due + timedelta(days=GRACE_DAYS) for e in events
        )
        pending = due + timedelta(days=GRACE_DAYS) >= as_of
        found.append(
            Promise(event.date, event.next_step_promised or "", due, True if heard else None if pending else False)
        )
    return found


def names_a_date(text: str) -> bool:
    return promised_date(text, date(2000, 1, 1)) is not None


def _vague_promise(notes: _Notes) -> CueHit | None:
    """'We'll be in touch' with no date anywhere in the same sentence."""
    return next(
        (h for h in notes.hits if h.concept == "vague_next" and h.affirmed and not names_a_date(h.sentence)),
        None,
    )


def timeline_findings(opportunity: Opportunity, notes: _Notes, as_of: date) -> list[_Finding | None]:
    dated = promises(opportunity, as_of)
    kept = [p for p in dated if p.kept]
    missed = [p for p in dated if p.kept is False]
    found: list[_Finding | None] = []
    if missed:
        last = missed[-1]
        found.append(
            _Finding("next_step_missed", f'promised on {last.said_on}: "{last.text}" - nothing heard by {last.due}')
        )
    if kept:
        found.append(_Finding("timeline_kept", f'promised on {kept[0].said_on}: "{kept[0].text}" - and it happened'))
        return found
    given = _flag(opportunity, "decision_timeline_given")
    if given or (given is None and dated):
        found.append(
            _Finding(
                "decision_timeline_given",
                _field_evidence("decision_timeline_given", True)
                if given
                else f'promised on {dated[0].said_on}: "{dated[0].text}"',
            )
        )
    elif given is False:
        found.append(_Finding("no_decision_timeline", _field_evidence("decision_timeline_given", False)))
    else:
        hit = _vague_promise(notes)
        found.append(_Finding("no_decision_timeline", _hit_evidence(hit)) if hit else None)
    return found


# --- data checks --------------------------------------------------------------------------


def date_warnings(opportunity: Opportunity, as_of: date) -> list[str]:
    """Dates out of order and impossible minutes: named, never silently used."""
    warnings = []
    applied = opportunity.applied_on
    for event in opportunity.sorted_events():
        if applied and event.type in _MEETING_TYPES | {"offer", "rejection", "feedback"} and event.date < applied:
            warnings.append(
                f"{opportunity.id}: the {event.type} on {event.date} is before the application on "
                f"{applied} - check the dates"
            )
        if event.date > as_of:
            warnings.append(f"{opportunity.id}: the {event.type} on {event.date} is after as_of ({as_of})")
        for label, minutes in (("scheduled", event.scheduled_minutes), ("actual", event.actual_minutes)):
            if minutes is not None and minutes <= 0:
                warnings.append(
                    f"{opportunity.id}: the {event.type} on {event.date} has {label}_minutes "
                    f"{minutes}; ignored (minutes must be positive)"
                )
    return warnings


# --- the model ----------------------------------------------------------------------------


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def weights(findings: Sequence[_Finding]) -> list[float]:
    """Each finding's log-odds; protective ones scaled down together when they pass PROTECTIVE_LIMIT."""
    raw = [COEFFICIENTS[f.name].log_odds for f in findings]
    protective = sum(w for w in raw if w < 0)
    scale = PROTECTIVE_LIMIT / protective if protective < PROTECTIVE_LIMIT else 1.0
    return [w * scale if w < 0 else w for w in raw]


def _signals(findings: Sequence[_Finding], total: float) -> tuple[Signal, ...]:
    out = []
    for finding, weight in zip(findings, weights(findings), strict=True):
        effect = 100 * (_sigmoid(total) - _sigmoid(total - weight))
        out.append(Signal(finding.name, round(effect, 1), round(weight, 3), finding.evidence))
    return tuple(sorted(out, key=lambda s: -abs(s.log_odds)))


def collect_findings(opportunity: Opportunity, as_of: date, warnings: list[str]) -> list[_Finding]:
    notes = _Notes(opportunity)
    found = posting_findings(opportunity, notes, warnings) + process_findings(opportunity, notes, as_of)
    unique: dict[str, _Finding] = {}
    for finding in found:
        if finding is not None:
            unique.setdefault(finding.name, finding)
    return list(unique.values())


def as_of_warning(day: date) -> str:
    return f"no as_of was given, so the search was judged as of today ({day.isoformat()})"


def assess_risk(opportunity: Opportunity, as_of: date, *, as_of_assumed: bool = False) -> RiskAssessment:
    """The risk that this opportunity's interviews are (or were) pseudo-interviews."""
    warnings = [as_of_warning(as_of)] if as_of_assumed else []
    warnings += date_warnings(opportunity, as_of)
    findings = collect_findings(opportunity, as_of, warnings)
    total = _logit(PRIOR) + sum(weights(findings))
    return RiskAssessment(
        opportunity_id=opportunity.id,
        company=opportunity.company,
        title=opportunity.title,
        as_of=as_of,
        probability=_sigmoid(total),
        signals=_signals(findings, total),
        warnings=tuple(warnings),
        as_of_assumed=as_of_assumed,
    )


def assess_search(workbook: Workbook, as_of: date | None = None) -> list[RiskAssessment]:
    """Every opportunity's risk, judged on `as_of` (default: the workbook's as_of, else today).

    When the day had to be assumed, each assessment says so in `as_of_assumed` and its warnings.
    """
    assumed = as_of is None and workbook.as_of is None
    day = as_of or effective_as_of(workbook)
    return [assess_risk(o, day, as_of_assumed=assumed) for o in workbook.opportunities]
