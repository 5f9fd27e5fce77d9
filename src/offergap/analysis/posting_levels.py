"""Seniority: the level a job title states, the level years of experience imply, and a posting's level."""

from __future__ import annotations

import re
from dataclasses import dataclass

from offergap.analysis.regex_start import compile_scanning

LEVEL_NAMES = ("entry", "mid", "senior", "lead/manager", "director", "executive")


@dataclass(frozen=True)
class Seniority:
    level: int
    name: str
    from_title: bool
    reason: str


# what a posting that states no level and asks no years is read as
UNSTATED = Seniority(1, "mid", False, "no seniority stated")


_NOT_PEOPLE_MANAGER = compile_scanning(
    r"\b(account|customer success|client success|product|project|program|programme|case|office|property|"
    r"relationship|territory|content|community|social media|category|brand|portfolio|partner|channel|"
    r"solutions|success|marketing|campaign|release|inventory|facilities|events?|data|quality|contracts?|"
    r"configuration|change|risk|compliance|construction|preconstruction|revenue|pricing|yield)\s+manager\b"
)

_TITLE_LEVELS: tuple[tuple[re.Pattern[str], int], ...] = (
    # a "Crew Chief" or "Chief Engineer" leads a crew or a watch, not a company
    (
        compile_scanning(r"\b(?:crew|shift|section|party|line)\s+chief\b|\bchief\s+(?:engineer|mate|officer|steward|purser|electrician|operator|estimator|cook)\b"),
        2,
    ),
    # "(CTO)" after a title is a certificate ("Control Tower Operator"), not the chief technology officer
    (compile_scanning(r"\b(chief|vp|vice president|svp|evp)\b|(?<!\()\b(cto|cfo|ceo|coo)\b(?!\))"), 5),
    (compile_scanning(r"\b(superintendent of schools|school superintendent|district superintendent)\b"), 5),
    (compile_scanning(r"\b(director|head of|general superintendent)\b"), 4),
    # a construction or plant superintendent runs one site's work: a manager, not a director
    (compile_scanning(r"\bsuperintendent\b"), 3),
    (
        compile_scanning(
            # a lab's "Staff Scientist" is a career researcher; a "Staff Data Scientist" is a tech company's level
            r"\b(principal|staff (?:software |data |machine learning |ml )?(?:engineer|developer|designer|architect)|"
            r"staff (?:data|machine learning|ml|research|applied) scientist|distinguished|architect)\b"
        ),
        3,
    ),
    (compile_scanning(r"\b(manager|managing|lieutenant)\b"), 3),
    (
        compile_scanning(
            r"\b(senior|sr\.?|lead|team lead|supervisor|foreman|charge|sergeant)\b|\biii\b(?=\s*(?:$|,|-|–|\())"
        ),
        2,
    ),
    (compile_scanning(r"\b(intermediate)\b|\bii\b(?=\s*(?:$|,|-|–|\())"), 1),
    (
        compile_scanning(
            r"\b(junior|jr\.?|entry[- ]level|entry|associate|intern|internship|trainee|apprentice|graduate|"
            r"recruit|cadet|fellowship|residency|"
            r"new grad|assistant|aide|helper|student)\b|\bi\b(?=\s*(?:$|,|-|–|\())"
        ),
        0,
    ),
)


# "Dental Assistant", "Home Health Aide", "Sales Associate": the name of an occupation, not a level
# (unlike "Assistant Teacher"); the word is left out when the title's level is read
_OCCUPATION_HEAD = compile_scanning(r"(?<=[a-z]) (assistant|aide|associate)\b(?=\s*(?:\(.*\))?\s*(?:[-,–].*)?$)")
# occupations named "director" that are not a level: a funeral director arranges and directs services
_OCCUPATIONAL_DIRECTOR = compile_scanning(
    r"\b(funeral|activities|activity|theatre|theater|music|band|choir|choral|orchestra|art|stage|casting|field)"
    r"\s+director\b|"
    # a university's live-in hall or community director runs one building's staff and students
    r"\b(?:residence|residential|resident|residence hall|hall|community)\s+director\b|"
    r"\bdirector of (?:theatre|theater|music|bands?|choirs?|choral music|orchestras?|dance|drama)\b"
)
_ABOVE_MANAGER = compile_scanning(r"\b(director|head of|vp)\b")
_OVER_SITES = compile_scanning(r"\b(regional|district|area|multi-?site)\b(?! (?:and|&) )")
_SENIOR_WORD = compile_scanning(r"\b(senior|director|head of|vp)\b")
# "Assistant Director of Compliance", "Assistant Laboratory Director"
_ASSISTANT_LEAD = compile_scanning(r"\bassistant (?:[a-z]+ )?(principal|director|manager)\b")
_ASSOCIATE_LEAD = compile_scanning(r"\bassociate (director|principal)\b")
# "Associate Optometrist", "Associate Attorney": a practitioner who does not own the practice, at any level
_ASSOCIATE_PRACTITIONER = compile_scanning(
    r"\bassociate (optometrist|dentist|veterinarian|attorney|lawyer|physician|pharmacist|chiropractor|"
    r"psychologist|audiologist|orthodontist|periodontist)\b"
)


# a bank's or insurer's "Assistant Vice President" or "Vice President, Credit Risk Analyst" is a corporate rank
# that senior individual contributors hold, not an executive's office ("VP of Sales", "Senior Vice President")
_ASSISTANT_VP = compile_scanning(r"\b(?:assistant vice president|avp)\b")
_RANKED_VP = compile_scanning(r"\b(?:vice president|vp)\b")
_ABOVE_RANK = compile_scanning(
    r"\b(?:senior|executive|svp|evp|chief|head|group|regional|general)\b|\bvp of\b|\bvice president of\b"
)
_RANKED_ROLE = compile_scanning(
    r"\b(?:analyst|underwriter|officer|engineer|developer|associate|specialist|consultant|trader|banker|"
    r"relationship manager|portfolio manager|product manager|lender|auditor|counsel|advisor|adviser|strategist|"
    r"architect|scientist|modeler|modeller|actuary|examiner)s?\b"
)


def _corporate_rank(lowered: str) -> int | None:
    if _ASSISTANT_VP.search(lowered):
        return 2
    if _RANKED_VP.search(lowered) and _RANKED_ROLE.search(lowered) and not _ABOVE_RANK.search(lowered):
        return 2
    return None


# "Executive Assistant to the Chief Financial Officer": whom the job supports, not its level
_SUPPORTING = compile_scanning(
    r"\s+(?:to|for|supporting|reporting to)\s+(?:the\s+|our\s+|a\s+)?(?:ceo|cfo|coo|cto|cio|president|chief|vp|"
    r"vice president|svp|evp|director|head|founder|executive|general manager|managing director|c-suite|"
    r"senior (?:leadership|executives?))\b.*$"
)


def is_specialist_manager(title: str) -> bool:
    """A "project manager" or "account manager" manages work, not people."""
    return bool(_NOT_PEOPLE_MANAGER.search(title.lower()))


def _specialist_level(lowered: str) -> int | None:
    """The level of a "project manager"-like title, or None when a director word outranks it."""
    if _OVER_SITES.search(lowered):
        return 3  # a regional property manager manages the managers of several sites
    if not _SENIOR_WORD.search(lowered):
        return 1
    if not _ABOVE_MANAGER.search(lowered):
        return 2  # "Senior Project Manager" leads projects, not managers
    return None


def title_level(title: str) -> int | None:
    """The seniority level a job title states, or None when it states none ("Teacher", "Accountant")."""
    lowered = _SUPPORTING.sub("", title.lower())
    specialist = _specialist_level(lowered) if _NOT_PEOPLE_MANAGER.search(lowered) else None
    if specialist is not None:
        return specialist
    rank = _corporate_rank(lowered)
    if rank is not None:
        return rank
    assistant = _ASSISTANT_LEAD.search(lowered)
    if assistant:
        # a university's or agency's "Assistant Director of Compliance" is a senior professional, not a manager
        return 2 if assistant.group(1) == "director" else 3
    lowered = _OCCUPATION_HEAD.sub(" ", lowered)
    if "director" in lowered:
        lowered = _OCCUPATIONAL_DIRECTOR.sub(r"\1 practitioner", lowered)
    lowered = _ASSOCIATE_PRACTITIONER.sub(r"\1", lowered)
    if _ASSOCIATE_LEAD.search(lowered):
        return 3  # between the assistant director (senior) and the director
    for pattern, level in _TITLE_LEVELS:
        if pattern.search(lowered):
            return level
    return None


def years_level(years: float) -> int:
    if years < 2:
        return 0
    if years < 5:
        return 1
    if years < 8:
        return 2
    return 3


_MANAGES_MANAGERS = compile_scanning(r"\bmanag\w* managers\b|managers reporting to you|manager of managers")
# every alternative of the pattern below; a plain substring test rules most postings out without the regex
_PEOPLE_PHRASES = (
    "direct reports",
    "manage a team",
    "lead a team",
    "supervise a team",
    "lead a pod",
    "supervise and evaluate",
)
_ALONE_HINTS = (
    "direct reports",
    "individual contributor",
    "individual-contributor",
    " of one",
    "no team",
    "one-person",
    "first and only",
    "not supervise",
    "no supervisory",
    "no staff",
    "not a leadership",
    "not a management",
)
_NO_REPORTS = compile_scanning(
    r"\b(?:no|without|zero|not (?:have|manage|include)(?: any)?) direct reports\b|\bindividual[- ]contributor\b|"
    r"\b(?:department|team|function) of one\b|\bwith no team\b|\bone-person (?:team|department|function|shop)\b|"
    r"\bfirst and only\b|"
    # "does not supervise other staff ... The title follows our company structure, not a leadership level"
    r"\b(?:does|will) not supervise (?:any |other )?(?:staff|employees|people|nurses|workers)\b|"
    r"\bno (?:supervisory responsibilit(?:y|ies)|staff to supervise)\b|"
    r"\bnot a (?:leadership|management|supervisory) (?:level|role|position)\b"
)
_MANAGES_PEOPLE = compile_scanning(r"\b(" + "|".join(_PEOPLE_PHRASES) + r")\b")


_LEAD_THE_METAL = compile_scanning(
    r"\blead(?:-based)? (?:poisoning|paint|hazards?|abatement|exposure|risk assess\w*|service lines?)\b|\bblood lead\b"
)
_LEAD_WORD = compile_scanning(r"(?i)\blead\b(?! (?:the|a|our)\b)")


def _posting_seniority(title: str, years_min: float | None, lowered: str) -> tuple[Seniority, bool]:
    """The posting's level from its title or the years it asks; `lowered` is the posting's lowered text."""
    manages_managers = "managers" in lowered and bool(_MANAGES_MANAGERS.search(lowered))
    alone = any(w in lowered for w in _ALONE_HINTS) and bool(_NO_REPORTS.search(lowered))
    people = manages_managers or (
        not alone and any(phrase in lowered for phrase in _PEOPLE_PHRASES) and bool(_MANAGES_PEOPLE.search(lowered))
    )
    if "lead" in title.lower() and _LEAD_THE_METAL.search(lowered):
        title = _LEAD_WORD.sub("", title)  # "Lead Outreach Field Technician" in a lead poisoning program
    level = title_level(title)
    grade = _federal_grade(lowered) if level is None and "gs-" in lowered else None
    if grade is not None:
        # a federal announcement's grade is its level: "Series and grade: GS-0696-11/12" hires at GS-11
        return Seniority(_GRADE_LEVELS[grade], LEVEL_NAMES[_GRADE_LEVELS[grade]], True, f"grade GS-{grade}"), people
    if alone and not manages_managers and level in (3, 4):
        # "Director of Revenue ... There are no direct reports": a senior individual contributor
        return Seniority(2, LEVEL_NAMES[2], True, f"title '{title}', with no direct reports"), False
    if level == 0 and years_min is not None and years_min >= 2:
        # "Plumbing Inspector I, 4 years in the trade": the entry grade of a job that wants experience
        # (entry-level jobs ask for 0-1 years)
        level = years_level(years_min)
        return Seniority(level, LEVEL_NAMES[level], False, f"{years_min:g}+ years asked"), people
    if level is not None:
        return Seniority(level, LEVEL_NAMES[level], True, f"title '{title}'"), people
    if years_min is not None:
        level = years_level(years_min)
        return Seniority(level, LEVEL_NAMES[level], False, f"{years_min:g}+ years asked"), people
    return UNSTATED, people


# the announcement's own grade, from its series and grade ("GS-0696-11/12") or a grade field ("Grade: GS-12");
# not "specialized experience equivalent to GS-11", which is the grade below
_ANNOUNCED_GRADE = compile_scanning(
    r"\b(?:gs|gg|gl)-\d{4}-(\d{1,2})\b|\b(?:series and grade|grade(?: level)?s?|pay plan and grade)\s*:\s*"
    r"(?:gs-(?:\d{4}-)?)?(\d{1,2})\b"
)
_GRADE_LEVELS = {grade: 0 if grade <= 7 else 1 if grade <= 11 else 2 if grade <= 13 else 3 if grade == 14 else 4
                 for grade in range(1, 16)}


def _federal_grade(lowered: str) -> int | None:
    found = _ANNOUNCED_GRADE.search(lowered)
    if not found:
        return None
    grade = int(found.group(1) or found.group(2))
    return grade if grade in _GRADE_LEVELS else None
