"""Questions to ask at the next interview, built from the posting and the seeker's research notes.

Research questions come from the specifics found there (facts, initiatives, tools, team names, the
challenges a posting names), then role and process questions fitting the stage; never a premature one
before an offer, no two alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from offergap.analysis.questions import Category, EmployerContext, check_stage, judge_question
from offergap.analysis.textutil_conduct import BULLET, clean, clean_lines, job_terms, sentences, words


@dataclass(frozen=True)
class Suggestion:
    """A question to ask next time, the category it falls in, and what it was built from."""

    question: str
    category: Category
    based_on: str

    def to_json(self) -> dict[str, str]:
        return {"question": self.question, "category": self.category, "based_on": self.based_on}


MIN_SUGGESTIONS = 5
MAX_SUGGESTIONS = 8

_PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|me|my|mine|referred|coworker|friend)\b|\b(?:acting|interim|rumou?r|heard|glassdoor|"
    r"lawsuit|fired|layoffs?|freeze|internal candidate|reposted|posted|indeed|same \w+ (?:ad|posting))\b|"
    r"^(?:he|she|he's|she's|his|her|it|it's|this|that)\b",
    re.IGNORECASE,
)
_HAS_VERB = re.compile(r"\b(?:\w+ed|\w+s|is|are|was|were|has|have|won|grew|cut|rose|fell|came|spoke|said|says)\b", re.I)
_NEWSWORTHY = re.compile(
    r"\b(?:raised|series [a-f]|funding|acquired|acquisition|merger|merged|launched|launch|opened|opening|"
    r"new|announced|moved|moving|shifting|replacing|migrating|building|rolling|rolls|rollout|retiring|"
    r"commits?|plan|conversion|closed|closing|cut|grew|rose|fell|crossed|won|awarded|spoke|says|said|"
    r"came|joined|named|expanding|growing|integrating)\b",
    re.IGNORECASE,
)
_PAST_VERB_START = re.compile(r"^(?:[A-Z][a-z]+ed|Won|Grew|Cut|Rose|Fell|Bought|Sold|Made|Began|Lost)\b")
_PRONOUNS = {
    "they're": "you're",
    "they've": "you've",
    "their": "your",
    "they": "you",
    "them": "you",
    "we're": "you're",
    "we've": "you've",
    "our": "your",
    "we": "you",
    "us": "you",
}
_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(_PRONOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_FACT_TEMPLATES = (
    (
        re.compile(r"\b(?:raised|series [a-f]|funding|invest)", re.I),
        "{fact}. Where is that money going first, and how does this team fit in?",
    ),
    (
        re.compile(r"\b(?:acquir|merg|bought)", re.I),
        "{fact}. How is the integration changing this team's work?",
    ),
    (
        re.compile(r"\b(?:new (?:cmo|ceo|cfo|manager|director|head|leader|president)|came from|joined|spoke)", re.I),
        "{fact}. What has that changed for this team?",
    ),
    (
        re.compile(r"\b(?:closed|closing|cut \w+ stores|shut)", re.I),
        "{fact}. How has that changed the team's priorities?",
    ),
    (
        re.compile(r"\b(?:launch|opened|opening|new )", re.I),
        "{fact}. How is that going so far, and what does this team contribute to it?",
    ),
    (
        re.compile(
            r"\b(?:moving|moved|shifting|replacing|migrat|building|rolling|rolls|rollout|retir|conversion|"
            r"commit|plan|integrat)",
            re.I,
        ),
        "{fact}. How far along is that, and where would this role contribute?",
    ),
    (
        re.compile(r"\d|\b(?:grew|rose|fell|cut|crossed)\b", re.I),
        "{fact}. What drove that, and how does this role help keep it going?",
    ),
)
_DEFAULT_TEMPLATE = "{fact}. How does that shape this team's priorities this year?"
_INITIATIVE = re.compile(
    r"\b(?:is|are|'re)\s+(?:\w+\s+)?(?:rebuilding|moving|migrating|building|launching|replacing|retiring|"
    r"transforming|moderni[sz]ing|expanding|rolling out|consolidating|automating)\b",
    re.IGNORECASE,
)
_CHALLENGE = re.compile(
    r"\b(?:retire|legacy|reduce|discrepanc\w*|backlog|improve|fix|adoption|self-service|incrementality|"
    r"governance|reliab\w*|freshness|quality)\b",
    re.IGNORECASE,
)
_TEAM_NAME = re.compile(r"\b(?:[Oo]ur|[Tt]he) ((?:[A-Z][\w&-]*|[a-z]+)(?: (?:[A-Z][\w&-]*|[a-z]+)){0,2}) team\b")
_TERMS_LINE = re.compile(
    r"\b(?:salary|compensation|pay|bonus|equity|benefits?|hybrid|remote|relocation|on[- ]call|pto|"
    r"paid time off|stipend|shift|schedule|hours)\b",
    re.IGNORECASE,
)
_STAGE_PROCESS = {
    "screen": "What does the rest of the interview process look like, and who would I meet?",
    "interview": "What are the next steps, and when do you expect to make a decision?",
    "final": "Is there anything else I can share to help your decision, and when do you expect to decide?",
    "offer": "When would you need my answer, and who should I talk to about the details of the offer?",
}


def _you_form(text: str) -> str:
    """The employer's own words turned to address them: "their blog" becomes "your blog"."""

    def swap(match: re.Match[str]) -> str:
        word = _PRONOUNS[match.group(0).lower()]
        return word.capitalize() if match.group(0)[0].isupper() else word

    return _PRONOUN.sub(swap, text)


def _research_facts(research: str) -> list[str]:
    facts = []
    for sentence in sentences(clean(research)):
        for clause in re.split(r";\s+", sentence):
            clause = clause.strip().rstrip(".")
            if len(clause.split()) < 5 or _PERSONAL.search(clause) or not _NEWSWORTHY.search(clause):
                continue
            if _PAST_VERB_START.match(clause):
                clause = "You " + clause[0].lower() + clause[1:]
            elif not _HAS_VERB.search(clause.split(" ", 1)[1] if " " in clause else ""):
                clause = "about " + clause
            facts.append(_you_form(clause))
    return facts


def _fact_question(fact: str) -> str:
    template = next((t for pattern, t in _FACT_TEMPLATES if pattern.search(fact)), _DEFAULT_TEMPLATE)
    if re.match(r"^(?:Your|You)\b", fact):
        opener = fact
    elif fact.startswith("about "):
        opener = f"I read {fact}"
    elif re.match(r"^(?:The|A|An|On|In|At|Last|This)\b", fact):
        opener = f"I read that {fact[0].lower() + fact[1:]}"
    else:  # a name or an acronym stays as written
        opener = f"I read that {fact}"
    return template.format(fact=opener)


_QUALIFICATIONS_HEADING = re.compile(
    r"\b(?:required|preferred|qualifications?|requirements|minimum|you have|about you|nice to have|bonus "
    r"points)\b",
    re.IGNORECASE,
)
_QUALIFICATION_START = re.compile(
    r"^(?:\d|experience|bachelor|master|degree|strong|advanced|expert|knowledge|ability|solid|deep|proven|"
    r"familiarity|excellent|hands-on|a track record|track record|available|able|must)\b",
    re.IGNORECASE,
)


def _posting_lines(posting: str) -> tuple[list[str], list[str]]:
    """The posting's duty bullet points (not its qualifications) and its prose sentences."""
    bullets, prose = [], []
    in_qualifications = False
    for line in clean_lines(posting):
        bullet = BULLET.match(line)
        if not bullet:
            if line.endswith(":") or len(line.split()) <= 4:
                in_qualifications = bool(_QUALIFICATIONS_HEADING.search(line))
            elif len(line.split()) >= 8:
                prose += [s.rstrip(".") for s in sentences(line)]
            continue
        text = bullet.group(1).strip().rstrip(".")
        if not in_qualifications and not _QUALIFICATION_START.match(text):
            bullets.append(text)
    return bullets, prose


def _tools(posting: str, company: str | None) -> list[str]:
    """Named tools and methods in the posting's bullet points, most mentioned first."""
    return job_terms(posting, company)[:3]


def _initiative_question(prose: list[str], role: str) -> list[tuple[str, str]]:
    for sentence in prose:
        if _INITIATIVE.search(sentence) and not _TERMS_LINE.search(sentence):
            first, _, rest = sentence.partition(" ")
            opening = first.lower() if first.lower() in {"the", "our", "we", "we're", "this", "a"} else first
            text = (
                f"The posting says {_you_form(opening + ' ' + rest)}. Which part of that is most urgent, "
                f"and where would the new {role} start?"
            )
            return [(text, f'posting: "{sentence}"')]
    return []


def _tools_question(posting: str, company: str | None) -> list[tuple[str, str]]:
    tools = _tools(posting, company)
    if len(tools) < 2:
        return []
    text = (
        f"How does the team use {tools[0]} and {tools[1]} today, and what would you want the new hire to improve first?"
    )
    return [(text, "posting: tools " + ", ".join(tools[:2]))]


def _duty_questions(bullets: list[str]) -> list[tuple[str, str]]:
    duties = [b for b in bullets if not _TERMS_LINE.search(b) and len(b.split()) >= 5]
    found = []
    challenge = next((b for b in duties if _CHALLENGE.search(b)), None)
    if challenge:
        found.append(
            (
                f'The posting lists "{challenge}". What gets in the way of that today?',
                f'posting: "{challenge}"',
            )
        )
    duty = next((b for b in duties if b != challenge), None)
    if duty:
        lowered = duty[0].lower() + duty[1:]
        found.append((f'What would success look like after six months for "{lowered}"?', f'posting: "{duty}"'))
    return found


def _team_question(posting: str) -> list[tuple[str, str]]:
    team = _TEAM_NAME.search(posting)
    if not team:
        return []
    name = team.group(1)
    text = f"What is the biggest challenge for the {name} team this year, and how would this role help with it?"
    return [(text, f"posting: the {name} team")]


def _posting_suggestions(posting: str, title: str | None, company: str | None) -> list[tuple[str, str]]:
    """Questions on the initiatives, tools, duties and team the posting names."""
    bullets, prose = _posting_lines(posting)
    return (
        _initiative_question(prose, title or "person in this role")
        + _tools_question(posting, company)
        + _duty_questions(bullets)
        + _team_question(posting)
    )


def _offer_suggestions(posting: str | None) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    lines = [s.rstrip(".") for line in clean_lines(posting or "") for s in sentences(line)]
    for line in lines:
        if (
            not _TERMS_LINE.search(line)
            or len(line.split()) < 4
            or (BULLET.match(line) and "on-call" not in line.lower())
        ):
            continue
        lowered = line.lower()
        if re.search(r"bonus|salary|compensation|pay", lowered):
            found.append(
                (
                    f'The posting lists "{line}". How is the bonus or raise decided, and when is it paid?',
                    f'posting: "{line}"',
                )
            )
        elif re.search(r"hybrid|remote|office", lowered):
            found.append(
                (
                    f'The posting says "{line}". Which days are in the office, and how flexible is that?',
                    f'posting: "{line}"',
                )
            )
        elif "on-call" in lowered or "on call" in lowered:
            found.append(("How often would I be on call, and how is that time compensated?", f'posting: "{line}"'))
        elif re.search(r"benefit|relocation|stipend|pto", lowered):
            found.append((f'The posting mentions "{line}". What exactly does that include?', f'posting: "{line}"'))
    found.append(("What does the benefits package include, and when does coverage start?", "the offer stage"))
    return found


def _generic_suggestions(title: str | None) -> list[tuple[str, str]]:
    role = title or "this role"
    return [
        (f"What would success look like after six months for the new {role}?", "no specifics found"),
        ("What is the biggest challenge the team is facing right now?", "no specifics found"),
        (f"What separates a good {role} on your team from a great one?", "no specifics found"),
        (
            "Why is this position open, and what would you like the next person to do differently?",
            "no specifics found",
        ),
        (
            "How does the team decide what to work on first when several urgent requests arrive?",
            "no specifics found",
        ),
    ]


def _alike(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / max(1, len(wa | wb)) >= 0.6


def suggest_questions(
    posting: str | None,
    company_research: str | None = None,
    stage: str = "interview",
    *,
    title: str | None = None,
    company: str | None = None,
) -> tuple[Suggestion, ...]:
    """5-8 questions for the next conversation, built on the posting's and the research's specifics.

    Every candidate is judged by the classifier at the given stage and kept only when it is a good
    question there: before an offer, nothing premature; never two alike.
    """
    stage = check_stage(stage)
    context = EmployerContext.from_texts(None, company_research)
    candidates = [(_fact_question(f), f'company research: "{f}"') for f in _research_facts(company_research or "")][:3]
    candidates += _posting_suggestions(posting or "", title, company)
    if stage == "offer":
        candidates = _offer_suggestions(posting)[:3] + candidates
    candidates.append((_STAGE_PROCESS[stage], f"the {stage} stage"))
    specific = len(candidates)
    candidates += _generic_suggestions(title)
    chosen: list[Suggestion] = []
    for number, (text, basis) in enumerate(candidates):
        if len(chosen) >= MAX_SUGGESTIONS or (number >= specific and len(chosen) >= MIN_SUGGESTIONS):
            break
        judgement = judge_question(text, stage, context)
        if judgement.verdict != "good" or any(_alike(text, s.question) for s in chosen):
            continue
        chosen.append(Suggestion(text, judgement.category, basis))
    return tuple(chosen)
