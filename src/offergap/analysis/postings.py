"""Posting understanding: the requirements as a list (must-have or nice-to-have), years per requirement,
degree, licence and certification gates, seniority, and the nearest ESCO occupations.

Sections come from headers ("Requirements", "Preferred", "What you'll do", ...); inside a section, words
("must", "a plus", "preferred", "ideally") override the section's default. A line is split into clauses
at semicolons, sentences and "(... is a plus)" asides, so "Strong C; C++ a plus" gives two requirements.

Three neighbours hold what this module builds on: `posting_text` (cleaning lines, fast case-insensitive
patterns, the language check), `posting_levels` (seniority from titles and years) and
`posting_credentials` (states, licences, endorsements and credentials the lexicon does not know).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from offergap.analysis.phrase_spans import Mention, tokens
from offergap.analysis.posting_credentials import (
    _STATE_CODES,
    _STATE_NAMES_SET,
    _UNKNOWN_CREDENTIAL_HINT,
    _known_term,
    coded_credential_groups,
    endorsement_groups,
    membership_groups,
    named_credential_groups,
    names_written_in,
    state_licence_groups,
    states_named,
    unknown_credential_groups,
    with_credential_alternatives,
    with_unknown_alternatives,
)
from offergap.analysis.posting_layout import reflow
from offergap.analysis.posting_levels import LEVEL_NAMES, UNSTATED, Seniority, _posting_seniority
from offergap.analysis.posting_rejections import Rejection, find_rejections
from offergap.analysis.posting_text import (
    _BULLET,
    _BULLET_START,
    _Folded,
    _has_any,
    _substring_finder,
    check_text,
    clean_line,
)
from offergap.analysis.regex_start import compile_scanning
from offergap.analysis.skills import CREDENTIAL_KINDS, PUNCTUATION, STOPWORDS, Taxonomy, load_taxonomy
from offergap.analysis.work_rights import work_right_groups

Importance = Literal["must", "nice"]
Section = Literal["intro", "responsibilities", "must", "nice", "other"]
RequirementKind = Literal["credential", "language", "degree", "experience", "skill", "general"]


@dataclass(frozen=True)
class Degree:
    """A degree level (1 associate, 2 bachelor, 3 master, 4 doctorate or professional) and its fields."""

    level: int
    fields: tuple[str, ...] = ()
    equivalent_ok: bool = False
    related_ok: bool = False
    # words every accepted field has: "civil, biological or environmental engineering" asks for engineering
    field_kind: tuple[str, ...] = ()


@dataclass(frozen=True, init=False)
class Requirement:
    text: str
    line: int  # 1-based line number in the posting
    importance: Importance
    weight: float
    kind: RequirementKind
    groups: tuple[tuple[str, ...], ...] = ()  # concept ids: every group needed, any id in a group will do
    gates: tuple[tuple[str, ...], ...] = ()  # licence, certification, endorsement or language groups
    years_min: float | None = None
    years_max: float | None = None
    degree: Degree | None = None
    content: tuple[str, ...] = ()  # normalised content words, for lines without named concepts
    states: tuple[str, ...] = ()
    obtainable: bool = False  # "or ability to obtain within 90 days": not a hard gate
    managing_years: float | None = None  # "at least 4 years managing payroll teams"
    names: tuple[str, ...] = ()  # products, systems or bodies the lexicon does not know: "HeavyBid"
    # "two years circulating open-heart cases; general OR experience will not be considered in its place": the
    # years count only in jobs that name the work itself
    strict_years: bool = False
    # "- OR completion of a bachelor's degree": other paths that meet it, each needing all of its requirements
    alternatives: tuple[tuple[Requirement, ...], ...] = ()

    # written out: a frozen dataclass's generated __init__ runs as Python even when compiled, and `rank` makes
    # thousands of these
    def __init__(
        self,
        text: str,
        line: int,
        importance: Importance,
        weight: float,
        kind: RequirementKind,
        groups: tuple[tuple[str, ...], ...] = (),
        gates: tuple[tuple[str, ...], ...] = (),
        years_min: float | None = None,
        years_max: float | None = None,
        degree: Degree | None = None,
        content: tuple[str, ...] = (),
        states: tuple[str, ...] = (),
        obtainable: bool = False,
        managing_years: float | None = None,
        names: tuple[str, ...] = (),
        strict_years: bool = False,
        alternatives: tuple[tuple[Requirement, ...], ...] = (),
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "importance", importance)
        object.__setattr__(self, "weight", weight)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "groups", groups)
        object.__setattr__(self, "gates", gates)
        object.__setattr__(self, "years_min", years_min)
        object.__setattr__(self, "years_max", years_max)
        object.__setattr__(self, "degree", degree)
        object.__setattr__(self, "content", content)
        object.__setattr__(self, "states", states)
        object.__setattr__(self, "obtainable", obtainable)
        object.__setattr__(self, "managing_years", managing_years)
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "strict_years", strict_years)
        object.__setattr__(self, "alternatives", alternatives)


@dataclass(frozen=True)
class PostingProfile:
    title: str
    lines: tuple[str, ...]
    requirements: tuple[Requirement, ...]
    key_concepts: dict[str, float] = field(hash=False)
    seniority: Seniority = UNSTATED
    years_min: float | None = None
    years_max: float | None = None
    degree: Degree | None = None
    occupations: tuple[tuple[str, float], ...] = ()
    people_manager: bool = False
    duties: frozenset[str] = frozenset()  # concepts the title and the duties name
    no_sponsorship: bool = False  # "must be authorized to work in the US without sponsorship"
    students_only: bool = False  # "students currently enrolled ... who will return to school"
    # the words of what it asks and describes (requirements, duties, title), not of its boilerplate
    words: frozenset[str] = field(default=frozenset(), hash=False)
    # how this posting wrote the credentials the lexicon does not know, by id: "Oregon Local Anesthesia Endorsement"
    written_names: dict[str, str] = field(default_factory=dict, hash=False)
    rejections: tuple[Rejection, ...] = ()  # "a QSP certification alone does not meet this requirement"

    @property
    def must_haves(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.importance == "must")

    @property
    def nice_to_haves(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.importance == "nice")


# --- sections ---------------------------------------------------------------------------------------

_HEADER_KINDS: tuple[tuple[re.Pattern[str], Section], ...] = (
    # USAJOBS and state postings: what every hire agrees to, and how grades are set, ask nothing of a resume
    (
        compile_scanning(r"^(?:conditions of employment|grade determinations?|physical (?:requirements|demands)|"
                   r"working conditions|"
                   # a university or agency career site's notices: "Title IX", "Background Check", "EEO Statement"
                   r"special instructions|eeo\b|title ix|background check|annual security|clery|"
                   r"non-?discrimination|diversity statement|(?:reasonable )?accommodations?\b|posting details|"
                   r"position information|equal employment|affirmative action|e-verify|notice to applicants|"
                   r"disclaimer|legal notices?|(?:required|supporting) documents|documents required|"
                   r"how you will be (?:evaluated|rated)|"
                   # "Not required" lists what the hire need not have
                   r"not (?:required|needed|necessary)|(?:what )?you don.t need|no need)"),
        "other",
    ),
    # "Essential functions" are the duties, not the essential qualifications
    (compile_scanning(r"^essential (?:job )?(?:functions|duties|responsibilities)"), "responsibilities"),
    # "Who we'd love to meet" describes the person sought, not an extra ("Who we are" is about the employer)
    (compile_scanning(r"^who (?:we.(?:d|re)? ?(?:love|like|want|need|hope|looking|after|seek)|we.re looking)"), "must"),
    (
        compile_scanning(
            r"prefer|nice[- ]to[- ]have|nice extras|^nice$|really nice|optional|we.d love|(?:do not|don.t) need|"
            # "These would be welcome but are not required:", "We would like, but do not require:"
            r"welcome|would (?:also |really )?(?:like|love)|(?:are|is|definitely) not required|"
            r"(?:do not|don.t) require|"
            r"bonus|plus(es)?\b|desired|desirable|ideal(ly)?|extra credit|"
            r"great if|stand out|sets? you apart|even better|especially like|we.d (?:also |really )?like|helpful|"
            r"advantage|good to have|great to have|would be (?:great|nice)|would help|helps to have|"
            # Canada's "Asset qualifications" are the preferences beside the "Essential qualifications"
            r"assets?$|^assets? (?:qualifications|criteria|requirements|skills|experience)|"
            # "Assets — not required", "Bonus (not required)"
            r"^assets?\b|[-–—(]\s*not required\b|"
            # Nordic postings' "Meritorious" (Swedish "meriterande"): what counts in your favour
            r"meritorious|^merits?$|meriterande"
        ),
        "nice",
    ),
    (
        compile_scanning(
            r"require|qualif|must[- ]have|^must$|what you need|what we need|what we ask|what we.re asking|"
            r"what you bring|what you.ll bring|you.ll bring|"
            r"you will bring|what you have|you have|you bring|"
            r"you should (?:also )?have|you.ll need|you will need|"
            r"who should apply|who can apply|ideal candidate|candidate profile|eligibility|"
            r"what we.re looking for|what we look for|who you are|looking for|skills|experience|competenc|essential|"
            r"minimum|basic|about you|what it takes|you.ll need|you need|credentials|licens|certif|education|"
            r"your profile|^profile$|what we expect|"
            # Australian and British public-sector headers: "Key selection criteria", "Person specification",
            # "To be successful in this role you will have", "The successful candidate will have"
            r"criteria|person specification|successful (?:candidate|applicant)|to be successful|to succeed|"
            r"(?:you will|you.ll) (?:have|need|possess|bring)\b(?! the (?:opportunity|chance)| access)"
        ),
        "must",
    ),
    (
        compile_scanning(
            r"responsib|what you.ll do|you will|you.ll|duties|day[- ]to[- ]day|the role|the job|your tasks|"
            r"^tasks$|your mission|your day|"
            r"what you.ll work on|key tasks|job description|position summary|overview|your impact|"
            r"in this role|essential functions"
        ),
        "responsibilities",
    ),
    (
        compile_scanning(
            r"about|benefit|salary|compensation|pay|perks|why |equal opportunity|how to apply|location|"
            r"^(?:supplemental|additional|general|other) information$|^(?:application|selection) process$|"
            r"(?:supplemental|screening|application) questions?|"
            r"schedule|work environment|physical|we offer|our team|company"
        ),
        "other",
    ),
)


# phrases that open a list even without a colon: "It would be great if you also have"
_HEADER_PHRASE = compile_scanning(
    r"\b(?:you should (?:also )?have|would be great if you|nice to have|nice extras|bonus points|we.d love|"
    r"it would be (?:a plus|great|nice|helpful|a bonus) to have|"
    r"what you(?:.ll| will) (?:learn|do|be doing|work on)|"
    r"what you.ll need|you.ll need|you will need|what you need|what we.re looking for|who you are|"
    r"to be successful(?: in (?:this|the) (?:role|position))?,? you (?:will|.ll) (?:have|need|bring)|"
    r"the successful (?:candidate|applicant) will (?:have|bring|possess)|(?:key )?selection criteria)\b"
)


# "To be successful in this role you will have": a header's phrase that runs past eight words
_LONG_HEADER = compile_scanning(
    r"(?i:to be successful|to succeed|the successful (?:candidate|applicant)|(?:key )?selection criteria)\b"
)
# "Minimum requirements at time of application": a header of more than five words
_HEADER_START = compile_scanning(
    r"(?:minimum |basic |required |preferred |additional |job )?(?:requirements|qualifications)\b"
)
# a list's header word, then a dash and a remark on the list
_REMARKED_HEADER = compile_scanning(
    r"^\s*((?:minimum |basic |preferred |required |additional )?(?:requirements|qualifications)|preferred|desired|"
    r"required|nice[- ]to[- ]haves?|must[- ]haves?|bonus(?: points)?|assets?)\s+[—–]\s+\S[^:]*$",
    re.I,
)
_CAPITALS_LEAD = compile_scanning(r"^\s*([A-Z][A-Z ,'/&-]{3,40}[A-Z])[.:]\s+\S")
_TRAILING_ASIDE = compile_scanning(r"\s*\([^()]*\)\s*:?\s*$")


_DOUBLE_BULLET = compile_scanning(r"^(?:[•▪●◦·*>]\s*){2,}(?=\w)")


@lru_cache(maxsize=65_536)
def _header_section(line: str) -> Section | None:
    """The section a header line opens, or None when the line is not a header. Cached: headers repeat
    across postings far more than other lines do."""
    found = _plain_header_section(line)
    if found is None and ("—" in line or "–" in line):
        remark = _REMARKED_HEADER.match(line)  # "Preferred — genuinely optional; we hire many auditors without them"
        return _plain_header_section(f"{remark.group(1)}:") if remark else None
    return found


def _plain_header_section(line: str) -> Section | None:
    # "PREFERRED (NOT REQUIRED - we do not expect candidates to have all of these)": the aside is not the header
    short = _TRAILING_ASIDE.sub("", line) if line.rstrip().endswith((")", "):")) else line
    # "PREFERRED, NOT REQUIRED. We'd love these, but they won't decide anything:" opens a list by its capitals
    lead = _CAPITALS_LEAD.match(line) if line.rstrip().endswith(":") else None
    if lead:
        return _plain_header_section(f"{lead.group(1)}:")
    if len(short) > 90 or short.count(" ") > 12:
        return None
    text = clean_line(line).rstrip(":").strip()
    raw = line.strip()
    if (line[:1].isspace() and raw[:1].islower()) or raw.count(")") > raw.count("("):
        return None  # "  certification would add a premium)": the wrapped end of an item, not a header
    bold = raw.startswith("**") and raw.rstrip(":").endswith("**")  # "**What you need - please read carefully**"
    if _DOUBLE_BULLET.match(raw):
        raw = _DOUBLE_BULLET.sub("", raw)  # "• • Preferred": marks set around a header, not a list item
    # "Requirements (must be met on your first day)": the aside does not make it a sentence
    text = _TRAILING_ASIDE.sub("", text).rstrip(":").strip() or text
    if not text or text.endswith((".", ",")) or len(text.split()) > (12 if _LONG_HEADER.match(text) else 8):
        return None
    looks_like_header = (
        bold
        or raw.endswith(":")
        or raw.startswith(("#", "**"))
        or text.isupper()
        or (len(text.split()) <= 5 and not _BULLET.match(raw))
        or (not _BULLET.match(raw) and _HEADER_PHRASE.search(text.lower()) is not None)
        or (not _BULLET.match(raw) and _HEADER_START.match(text.lower()) is not None)
    )
    if not looks_like_header or (":" in text and not raw.endswith(":")):
        return None
    lowered = text.lower()
    for pattern, section in _HEADER_KINDS:
        if pattern.search(lowered):
            return section
    return None


# --- clauses and cues -------------------------------------------------------------------------------

_NICE_CUE = _Folded(
    compile_scanning(
        # "third parties prefer to hold calls in Portuguese" is someone else's preference, "we prefer to see" ours
        r"\b(preferred|preferably|prefer(?!\s+to\b)|(?:we|i)(?:'d| would)?\s+(?:\w+\s+)?prefer|"
        r"a (?:big |huge |strong |definite |real |great |nice )?plus|is a plus|are a plus|plus\s*$|(?:are|as) pluses|"
        r"bonus|nice[- ]to[- ]have|ideally|desired|desirable|advantage(?:ous)?|helpful|not required|optional|"
        r"we will train|would be great|we.d (?:really |especially |also )?like|we.d love|great if|good to have|"
        r"would (?:really |especially |also )?(?:like|love)|"
        r"encouraged|welcome|"
        r"welcomed|helps|would help|would be nice|(?:is|are|isn't|aren't) not required|isn't required|aren't required|"
        # "several things would make your application stronger", "would strengthen an application"
        r"(?:application|candidacy) (?:even )?stronger|strengthen\w* (?:an?|your|the) (?:application|candidacy)|"
        # "conversational Spanish is useful, but both are extras and not conditions of hire"
        r"(?:is|are|would be) useful|extras?|not (?:a )?conditions? of (?:hire|employment)|"
        r"(?:would|'d) (?:also )?be interested in|"
        r"not necessary|isn't necessary|not a must|not a deal[- ]?breaker|"
        # Canada's "Knowledge of French is an asset"
        r"(?:is|are|would be|will be) (?:considered )?an? (?:definite |strong |distinct |important )?asset)\b",
        re.IGNORECASE,
    )
)
_STRONG_NICE = _Folded(
    compile_scanning(r"\b(strongly preferred|highly preferred|strong plus|highly desired|big plus)\b", re.I)
)
# "essential" before a noun names a thing ("essential electrical systems"), not how much an item matters
_MUST_CUE = _Folded(
    compile_scanning(
        r"\b(required|requires|must|mandatory|essential(?!\s+(?!for\b|to\b|in\b|if\b|when\b|as\b|and\b)[a-z])|"
        r"need to have|minimum of)\b",
        re.I,
    )
)
# "NPD-BC at hire, or another specialty certification plus NPD-BC within 12 months": the time to earn it
# comes only with another credential, so the one named is needed at hire
_AT_HIRE_UNLESS_ANOTHER = compile_scanning(
    r"\b(?:at|upon|on) (?:the )?(?:time of )?(?:hire|start|appointment)\b[^.;]{0,20}?,? or (?:an?|another|other)\b"
    r"[^.;]{0,80}?\b(?:plus|and|with)\b[^.;]{0,60}?\bwithin\b",
    re.I,
)
# "or equivalent experience", "or equivalent depth of experience"
_EXPERIENCE_INSTEAD = compile_scanning(r"\bor (?:equivalent|comparable|relevant) (?:[\w-]+ ){0,4}?experience\b", re.I)
_TRANSFER = compile_scanning(r"\b(?:by comity|comity|reciprocity|from another state|another state's)\b", re.I)
_OBTAINABLE = _Folded(
    compile_scanning(
        r"\b(ability to obtain|able to obtain|willing(?:ness)? to obtain|obtain within|eligible for|"
        # "you must be able to hold a Secret clearance": eligible for it, not holding it now
        r"(?:be )?able to (?:hold|get|be granted|qualify for) an? (?:\w+ ){0,2}clearance|eligible to hold|"
        r"eligibility for|"
        r"or eligible|within (?:the first )?(?:\d+|a|one|two|three|four|five|six|nine|twelve|thirty|sixty|ninety) "
        r"(?:\(\d+\) )?(?:days|weeks|months|years?)|in progress|progress|or be working toward|pursuing|"
        r"(?:help|support|sponsor)\w* (?:\w+ ){0,4}(?:in )?(?:getting|obtaining|earning|to get|to obtain|to earn)|"
        r"(?:earned|obtained|completed) after hire|will sponsor(?! (?:a |your )?(?:visa|h-?1b|work)))\b",
        re.I,
    )
)
_EQUIVALENT = _Folded(
    compile_scanning(
        r"\bor (?:equivalent|comparable)(?: (?:practical |work |professional )?experience)?\b|"
        r"\bequivalent (?:combination|experience)\b|\bor (?:related )?experience\b",
        re.I,
    )
)
_RELATED = _Folded(re.compile(r"\b(related|similar|relevant|equivalent) (field|discipline|area|major|degree)\b", re.I))
_EXAMPLES = _Folded(
    compile_scanning(
        r"\b(or similar|or equivalent|or another|or other|such as|e\.g\.|like|or comparable|"
        r"or a similar|at least one)\b",
        re.I,
    )
)
_BILINGUAL = _Folded(compile_scanning(r"\b(bilingual|bi-lingual|dual[- ]language)\b", re.I))
_LANGUAGE_CUE = _Folded(
    compile_scanning(
        r"\b(fluen\w*|bilingual|native|speak\w*|spoken|written|proficien\w*|business[- ]level|"
        r"conversational|conversations?|converse|language|read and write|jlpt|tested in|reading|translat\w*|"
        # "the daily work with the shop and customers is conducted in French"
        r"(?:conducted|done|carried out|held|delivered) (?:entirely |mostly |only )?in)\b|"
        # a European level: "German at C1 level or higher"
        r"(?<![\w-])[abc][12](?![\w-])",
        re.I,
    )
)

_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = compile_scanning(
    rf"(?:at least|minimum(?: of)?|over|more than)?\s*{_NUM}\s*(?:\+|plus)?\s*"
    rf"(?:(?:-|–|to)\s*{_NUM}\s*\+?\s*)?"
    r"(?:or more\s+)?(?:years?|yrs?)\b",
    re.I,
)


_WINDOW = compile_scanning(
    r"\b(?:(?:in|within|during)(?:\s+the)?(?:\s+(?:last|past|prior|previous|next|coming|first))?|"
    r"(?:for|over)\s+the\s+(?:last|past|prior|previous|next|coming|first))\s*$",
    re.I,
)


def _is_window(text: str, start: int) -> bool:
    """ "no more than 2 violations in 3 years", "within the past 5 years": a look-back period, not
    years of experience."""
    return bool(_WINDOW.search(text[max(0, start - 30) : start]))


_YEARS_HINT = _Folded(compile_scanning(r"\b(?:years?|yrs?)\b", re.I))


def _number(word: str) -> float:
    return float(_NUMBER_WORDS.get(word.lower(), word)) if word.lower() in _NUMBER_WORDS else float(word)


def parse_years(text: str) -> tuple[float | None, float | None]:
    """The years asked in a clause: "3+ years" -> (3, None); "0-2 years" -> (0, 2)."""
    if ")" in text:
        text = _WORDS_AND_DIGITS.sub(r"\1", text)  # "Ten (10) years" -> "10 years"
    if "ty-" in text or "ty " in text:
        text = _COMPOUND_NUMBER.sub(_compound_number, text)  # "twenty-two years" is not "20-2 years"
    if _EMPLOYER_HISTORY.search(text):
        return None, None  # "For twenty-two years we have helped independent advisors": the employer's years
    months = _MONTHS_CEILING.search(text)
    # "caring for infants under 12 months" is the children's age, not a ceiling on experience
    if months and not _AGE_OF_PEOPLE.search(text[max(0, months.start() - 25) : months.start()]):
        return 0.0, round(_number(months.group(1)) / 12, 2)  # "less than 12 months of paid experience"
    match = next(
        (m for m in _YEARS.finditer(text) if not _is_window(text, m.start()) and not _is_age(text, m.end())),
        None,
    )
    if not match:
        # "less than a year of experience"; not "students in U.S. schools for less than a year"
        under = _UNDER_A_YEAR.search(text) and _ABOUT_WORK.search(text)
        return (0.0, 1.0) if under else (_months_floor(text), None)
    low = _number(match.group(1))
    high = _number(match.group(2)) if match.group(2) else None
    if low > 40 or (high is not None and high > 40):
        return None, None
    if high is None and _CEILING.search(text[: match.start() + len(match.group(0)) - len(match.group(0).lstrip())]):
        return 0.0, low  # "less than 1 year of experience": a ceiling, not a floor
    if high is None and _NO_MORE.search(text[: match.start()]) and match.group(0).lstrip()[:4].lower() == "more":
        return 0.0, low  # "no more than one year": the match took "more than" for a floor
    if high is not None and _FLOOR_WORDS.search(text[max(0, match.start() - 16) : match.end()]):
        return low, None  # "at least 2-3 years", "minimum 5-7 years": a floor, whatever the range's top
    return low, high


_FLOOR_WORDS = compile_scanning(r"\b(?:at least|minimum(?: of)?|min\.)\s+(?:an? )?\d", re.I)


def _months_floor(text: str) -> float | None:
    """ "18 months of experience as a welder": a floor in years. Weeks are left alone: "52 weeks of
    specialized experience equivalent to GS-10" is a year at the grade below, not a career's length."""
    found = _MONTHS_OF_EXPERIENCE.search(text)
    if not found:
        return None
    amount = _number(found.group(1))
    return round(amount / 12, 2) if 0 < amount <= 120 else None


# the span must be of experience: "within 6 months of hire" and "a 6-month contract" are not asks
_MONTHS_OF_EXPERIENCE = compile_scanning(
    rf"(?:at least|minimum(?: of)?|over|more than)?\s*\b{_NUM}\s*\+?\s*months?\s+(?:of\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:experience|work experience)\b",
    re.I,
)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COMPOUND_NUMBER = compile_scanning(
    r"\b(twenty|thirty|forty|fifty)[- ](one|two|three|four|five|six|seven|eight|nine)\b", re.I
)


def _compound_number(found: re.Match[str]) -> str:
    return str(_TENS[found.group(1).lower()] + _UNITS[found.group(2).lower()])


_EMPLOYER_HISTORY = compile_scanning(
    r"\bfor (?:over |more than |nearly |almost |about )?\S+ years,? (?:we|our (?:firm|company|team|family))\b|"
    # "Our pattern maker of 22 years is retiring": the years of the person the hire replaces
    r"\b(?:our|my) (?:[\w-]+ ){1,4}of (?:over |nearly |almost )?\S+ years (?:is|was|has|will|retir\w*|left)\b|"
    # "Cullum Uniform has been sewing work uniforms in Meridian for over forty years"
    r"^\W*(?-i:[A-Z])\w*(?: (?-i:[A-Z])\w*){0,3} (?:has|have) been \w+ing\b[^.;]{0,60}\bfor "
    r"(?:over |more than |nearly |almost |about )?\S+ years\b|"
    # "a distributor that has been in Camp Hill for twenty-two years"
    r"\b(?:that|which) (?:has|have) been\b[^.;]{0,60}\bfor (?:over |more than |nearly |almost )?\S+ years\b|"
    r"\b(?:we|i)(?:'ve|’ve| have) (?:been \w+ing|served|helped|operated|run|owned)\b[^.;]{0,60}\bfor "
    r"(?:over |more than |nearly )?\S+ years\b",
    re.I,
)
_WORDS_AND_DIGITS = compile_scanning(
    r"\b[A-Za-z]+(?:[- ][a-z]+)?\s*\((\d{1,2})\)(?=\s*\+?\s*(?:or more\s+)?(?:years?|yrs?)\b)"
)
_NO_MORE = compile_scanning(r"\b(?:no|not)\s*$", re.I)


_BOILERPLATE = compile_scanning(
    r"(?:\b|(?=\$))(?:equal (?:employment )?opportunit\w*|fee split|eoe|eeo|e-verify|affirmative action|"
    r"vets/disability|welcomes? applications from|"
    r"discriminat\w*|without regard to|protected (?:status|characteristic|class|veteran)|"
    r"(?:reasonable |an )accommodations?\b|contact (?:our |the |us )?(?:[\w&]+ )?(?:team |department |office )?at|"
    r"veterans/disabilit\w*|"
    r"we offer|we (?:pay|cover|reimburse) (?:for )?(?:your|all|the)|"
    r"offers? (?:a |an )?(?:competitive|pension|401|health|medical|dental|benefits|paid|free)|"
    r"benefits (?:include|package)|(?:health|retirement|medical|dental|full) benefits|pension|401\(?k\)?|"
    r"paid (?:parental|time off|holidays|leave)|tuition assistance|(?:county|state|city) retirement|"
    r"retirement (?:plan|system|savings|match|contribution)|"
    r"(?:salar\w*|pay|wage|compensation|pay range|hourly rate|base|stipend|incentive|commission|fee split|rate)\b"
    r"[^.]*\$\s?\d|\$\s?\d[\d,.]*k?\s*(?:per|a|an|/)\s*(?:page|hour|hr|shift|mile|visit|year|yr)\b|"
    r"\$\s?\d[\d,.]*k?\s*(?:-|–|to)\s*\$?\s?\d[\d,.]*k?\s*(?:/|per |an? )?(?:hour|hr|year|yr|annually)|"
    r"^\W*\$\s?\d[\d,.]*k?\s*(?:-|–|to)\s*\$?\s?\d)"
)


def _is_age(text: str, end: int) -> bool:
    """ "at least 18 years old", "21 years of age": an age, not experience."""
    return bool(_AGE.match(text, end))


_AGE = compile_scanning(r"\s*(?:old|of age|or older)\b", re.I)
_AGE_OF_PEOPLE = re.compile(r"\b(?:infants?|bab(?:y|ies)|newborns?|children|child|toddlers?|kids|aged?|ages)\s*$", re.I)
_MONTHS_CEILING = compile_scanning(
    r"\b(?:(?:less than|under|fewer than|no more than|not more than|at most|a maximum of|up to)\s+|0\s*(?:-|–|to)\s*)"
    r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen) months\b",
    re.I,
)
# substrings every match of the patterns below contains: most clauses are ruled out without a regex
_BOILERPLATE_HINTS = (
    "$",
    "opportunit",
    "fee split",
    "eoe",
    "verify",
    "affirmative",
    "vets",
    "veteran",
    "offer",
    "we pay",
    "discriminat",
    "without regard",
    "protected",
    "eeo",
    "accommodat",
    "contact",
    "retirement",
    "we cover",
    "we reimburse",
    "benefit",
    "pension",
    "401",
    "paid",
    "tuition",
    "welcome",
)
_BOILERPLATE_FINDER = _substring_finder((hint, hint) for hint in _BOILERPLATE_HINTS)
_HIGH_SCHOOL_HINTS = ("high school", "ged", "diploma", "hiset", "h.s", "secondary school")


def _only_high_school(low: str) -> bool:
    """A clause that asks for a high school diploma and little else; the diploma goes from a longer one."""
    if not any(map(low.__contains__, _HIGH_SCHOOL_HINTS)) or not _HIGH_SCHOOL.search(low):
        return False
    rest = _HIGH_SCHOOL.sub(" ", low)
    return not _DEGREE_HINT.found(rest) and not _YEARS_HINT.found(rest) and len(content_words(tokens(rest))) <= 3


# what the job gives or how it runs, said without a price: not an ask of the person
_OFFER = compile_scanning(
    r"^\W*(?:(?:annual|quarterly|monthly|sign-on|signing|performance) )?(?:salary|pay|compensation|wages?|bonus|"
    r"benefits|perks|union position|union job|on-call rotation|take-home (?:truck|vehicle|car|van)|company "
    r"(?:truck|vehicle|car|van|phone|laptop)|gas card|fuel card|(?:truck|tool|vehicle|phone|uniform) allowance|"
    r"per diem)\b"
    # a job board's fields: "Work Location: In person", "Job Type: Full-time", "Schedule: 8 hour shift"
    r"|^\W*(?:work location|job types?|schedule|supplemental pay|expected hours|shift availability|work setting|"
    r"ability to commute|ability to relocate|people with a criminal record)\s*:"
    # "Apply with a resume and a letter describing your supervisory experience": how to apply
    r"|^\W*(?:to apply|apply (?:with|online|by|at|through|via|today|now)|please (?:apply|submit|send|include|attach)|"
    r"(?:submit|send|attach|include) (?:a |an |your )?(?:resume|cv|cover letter|application|letter)|"
    # "Applicants must submit an online application through the Kentucky Career Center"
    r"(?:applicants|candidates|you) (?:must|should|will need to|need to) (?:submit|complete|file) "
    r"(?:a |an |the |your )?(?:online |electronic |state |written )?(?:application|resume|cv))\b"
)
_APPLY_ANYWAY = compile_scanning(
    r"\b(?:please )?still apply\b|\b(?:will not|won't|do not|don't) screen (?:you|anyone|candidates) out\b|"
    r"\b(?:don't|do not) (?:check|meet|tick) every (?:box|requirement|qualification)\b|\bencourage you to apply\b|"
    # "Contact Crestview Talent Partners to be considered": how to apply, not what is asked
    r"^\W*(?:please )?(?:contact|send|e-?mail|submit|call|text|apply)\b[^.;]*\b(?:to be considered|resume|cv|"
    r"cover letter|application)\b"
)
_APPLY_HINTS = ("apply", "screen", "every", "considered", "resume", "cv", "cover letter", "application")
_SCREENING_QUESTION = compile_scanning(r"\?\s*(?:\([^)]*\)\s*)*$|\(yes/no\)")
_WORKING_CONDITION = compile_scanning(
    r"^\W*(?:(?:you|incumbents?|employees?|candidates?|applicants?|staff|the (?:\w+ )?(?:hire|incumbent)) "
    r"(?:must|should|will(?: need to)?|need to) )?(?:(?:be |must be )?(?:able|willing|available)(?: to)? |ability to |"
    r"willingness to |must )?"
    r"(?:(?:walk|stand|sit|climb|kneel|stoop|bend|crouch|reach|push|pull|carry|standing|walking|sitting)\b"
    r"(?:[^.]{0,120}\b(?:lift|carry|stand|walk|periods|hours|terrain|stairs|ladders|respirator|heights|heat|"
    r"outdoors|confined spaces?)\b)|"
    r"work (?:nights|weekends|holidays|evenings|overtime|"
    r"a? ?(?:\d+[- ]hour )?(?:rotating|second|third|night|day|flexible|\d+[- ]hour) shifts?|outdoors|"
    r"in all weather)|lift (?:up to )?\d+|stand for|wear (?:a|an|the)? ?\w+ when|live within|"
    r"respond to after-hours|travel (?:up to )?\d+ ?%|(?:work|take) (?:on-)?call|monday (?:to|through|-) friday|"
    r"no weekends|work a flexible schedule|flexible (?:availability|schedule)|"
    r"(?:hold |have )?(?:a |an )?(?:valid |current )(?:u\.?s\.? )?passport|"
    r"(?:(?:evening|weekend|night|holiday|overtime|on-call|shift)s?,? (?:(?:and|or|&) )?)+availability|"
    r"availab\w* (?:to work |for |during |on )?(?:nights|evenings|weekends|holidays|on-call)|"
    r"(?:have |own )?(?:reliable|dependable|insured) (?:personal )?(?:transportation|vehicle|car)|"
    r"(?:have |bring |provide )?(?:your )?own (?:\w+ )?(?:tools|clippers|toolbox|kit|knives|vehicle|transportation))"
)
_NO_SPONSORSHIP_PATTERN = (
    r"\b(?:without (?:the need for |requiring )?(?:current or future |employer |visa |h-1b )*sponsorship|"
    r"(?:not|unable to|cannot|can't|won't|will not|do not|does not|are not able to) (?:currently )?"
    r"(?:offer |provide |support )?(?:visa |employment |immigration |h-1b )*sponsor(?:ship)?|"
    r"no (?:visa |employment )?sponsorship|sponsorship (?:is )?not (?:available|offered|provided))"
)
_WORK_AUTHORIZATION = compile_scanning(
    r"\b(?:authori[sz]ed|eligible|eligibility|legally (?:able|entitled)|right|permitted) to work\b|"
    r"\bwork (?:authori[sz]ation|permit)\b|" + _NO_SPONSORSHIP_PATTERN
)
# what an employer may "sponsor" besides a visa: "we cannot sponsor clearances", "... principal registration"
_SPONSORED_CREDENTIAL = ("clearance", "registration", "licen", "certif", "cdl", "school", "training")
# the right to work elsewhere is a real gate for a US resume: "legally eligible to work in Canada"
_OTHER_COUNTRY = compile_scanning(
    r"\b(?:canada|united kingdom|uk|england|ireland|australia|new zealand|germany|france|netherlands|spain|"
    r"india|mexico|singapore|japan|european union|eu|eea|switzerland)\b"
)


def _only_us_work_authorization(low: str) -> bool:
    if any(word in low for word in _SPONSORED_CREDENTIAL) or _OTHER_COUNTRY.search(low):
        return False
    return _WORK_AUTHORIZATION.search(low) is not None


_AGE_ONLY = compile_scanning(
    r"\W*(?:must be |be )?(?:at least |minimum (?:age )?(?:of )?)?\d{2}\+? "
    r"(?:years? (?:of age|old)|(?:years? (?:of age )?)?or older)\W*$"
)
_CITIZEN_ONLY = compile_scanning(
    r"\W*(?:must be |be )?(?:a )?u\.?s\.? (?:citizen(?:ship)?|person)(?: or (?:a )?(?:u\.?s\.? )?(?:permanent resident|"
    r"green card holder|national))?(?: (?:under|per|as defined by) (?:itar|ear)| \((?:itar|ear|export control)\))?"
    r"(?: (?:is )?required)?\W*$"
)
_HIGH_SCHOOL = compile_scanning(
    r"\b(?:high school (?:diploma|education|graduate|degree)|h\.?s\.? diploma|ged|hiset|"
    r"secondary school (?:diploma|certificate))(?: or (?:equivalent|ged|hiset))?\b"
)
_HIGH_SCHOOL_ANY_CASE = compile_scanning(_HIGH_SCHOOL.pattern, re.I)
_UNDER_A_YEAR = compile_scanning(
    r"\b(?:less than|under|fewer than|no more than|not more than|at most|a maximum of|up to) (?:a|one) "
    r"(?:full )?(?:year|yr)\b",
    re.I,
)
_ABOUT_WORK = compile_scanning(
    r"\b(?:experien\w*|work\w*|employ\w*|practi[cs]\w*|licens\w*|graduat\w*|as an?|in the (?:field|role|trade)|"
    r"professional\w*|career|jobs?|paid|hired|new grad\w*|since)\b",
    re.I,
)
_CEILING = compile_scanning(r"\b(?:less than|fewer than|under|no more than|up to|at most|maximum of|max\.?)\s*$", re.I)


_DEGREE_PATTERNS: tuple[tuple[_Folded, int], ...] = tuple(
    (_Folded(pattern), level)
    for pattern, level in (
        (
            compile_scanning(
                # "M.D. Fla." is a federal court district, not a doctor of medicine
                r"\b(ph\.?\s?d|doctorate|doctoral|doctor of|ed\.d|j\.?d\.?|juris doctor|"
                r"m\.d\.(?!\s*(?:fla|pa|tenn|n\.c|ga|ala|la)\b)|pharm\.?\s?d|dpt|dnp|"
                r"au\.?d|psy\.?d|d\.?v\.?m|dds|dmd|otd)"
                r"(?![\w+])",
                re.I,
            ),
            4,
        ),
        (
            compile_scanning(
                r"\b(master'?s\b|master (?:of|in)\b(?! progress)|m\.s\.?|m\.sc|ms (?:in|degree)|m\.a\.t\.?|m\.a\.|"
                r"ma in|mba|m\.ed|"
                r"msn|m\.eng|mph|mpa|msw|mlis|msls|msis|mfa|mha|mpp|graduate degree|advanced degree|"
                # Indian and Commonwealth degrees: "M.Pharm", "M.Tech", "M.Com", "M.Phil"
                r"m\.?\s?pharm|m\.?\s?tech|m\.\s?com|m\.\s?phil|mphil|"
                # European masters: "MSc Finance" (below), "Master 2 Banque et Finance", a German Diplom; not an LL.M.,
                # which a lawyer takes after the J.D. that would otherwise meet it
                r"mres|master [12](?![\d.])|master en|"
                r"diplom-(?:ingenieur|kauf(?:mann|frau)|volkswirt|betriebswirt|informatiker)(?:in)?|"
                r"dipl\.-\s?(?:ing|kfm|kff|volksw|inf)\.?|"
                r"ms(?:ee|me|ce|che|cs|ie))(?![\w+])",
                re.I,
            ),
            3,
        ),
        (
            compile_scanning(
                r"\b(bachelor'?s?|b\.a\.a\.s\.?|baas|b\.a\.s\.|b\.s\.?|b\.a\.?|bs (?:in|degree)|ba (?:in|degree)|"
                r"bsc|b\.sc|bsn|beng|b\.eng|"
                r"bba|bsw|bs(?:ee|eet|me|ce|che|cs|ie|et|it|ba)|"
                r"b\.?\s?pharm|b\.?\s?tech|b\.\s?com|b\.e\.|"
                r"undergraduate degree|four[- ]year degree|4[- ]year degree|college degree|university degree)"
                r"(?![\w+])",
                re.I,
            ),
            2,
        ),
        (
            compile_scanning(
                r"\b(associate'?s? degree|associate of|(?<!b\.)a\.a\.s?\.?|adn|aas|two[- ]year degree|"
                r"2[- ]year degree)(?![\w+])",
                re.I,
            ),
            1,
        ),
    )
)


_DDS_AGENCY = compile_scanning(r"\b(?:a|the|state|at|our|your|this) DDS\b|\bDDS (?:office|examiner|adjudicat)|\bSSA\b")
_SIGN_IN = compile_scanning(
    r"\b(?:SSO|SAML|OIDC|OAuth|Okta|Duo|2FA|authenticat\w*|multi-factor|sign-in|login|identity)\b", re.I
)
_DEGREE_HINT = _Folded(
    compile_scanning(
        r"degree|bachelor|master|doctor|diplom|dipl\.|\b(?:a|b|m|ph|ed|pharm|j|au|psy)\.|\b(?:baas|bs|ba|bsc|msc|mres|bsn|"
        r"msn|ms|ma|mba|med|meng|beng|bba|phd|jd|dpt|dnp|mph|mpa|adn|aas|aa|as|aud|psyd|dvm|dds|dmd|otd|bsw|msw|mlis|"
        r"msls|msis|mfa|mha|mpp|mphil|[bm]pharm|[bm]tech|"
        r"[bm]s(?:ee|eet|me|ce|che|cs|ie|et|it|ba))\b",
        re.I,
    )
)


# "MSc Finance" as written: "MSC Nastran" is MSC Software's
_MSC = compile_scanning(r"(?<![\w.])MSc(?![\w+])")


def parse_degree(text: str, whole_line: bool = False) -> tuple[int, tuple[str, ...]] | None:
    """The lowest degree level a line names (a requirement is met by its lowest option) and its fields."""
    if not _DEGREE_HINT.found(text):
        return None
    text = _AFTER_DEGREE.sub(" ", text)
    if "MFA" in text and _SIGN_IN.search(text):
        text = text.replace("MFA", " ")  # "MFA and SSO protocols": multi-factor authentication, not a degree
    if "DDS" in text and _DDS_AGENCY.search(text):
        text = text.replace("DDS", " ")  # "adjudicating claims at a state DDS": Disability Determination Services
    levels = [level for pattern, level in _DEGREE_PATTERNS if pattern.found(text)]
    if "MSc" in text and _MSC.search(text):
        levels.append(3)
    if not levels:
        return None
    field_match = _FIELD_AFTER_DEGREE.search(text)
    fields: tuple[str, ...] = ()
    named = [a or b for a, b in _FIELD_IN_NAME.findall(text)]
    if named and not field_match:
        names = " ".join(_FIELD_OF_NAME[n.lower()] for n in named)
        return min(levels), tuple(dict.fromkeys(tokens(names)))
    if field_match or whole_line:
        scope = text if whole_line or field_match is None else field_match.group(1)
        scope = _FIELD_END.split(scope)[0]
        fields = _field_words(scope) if whole_line else _asked_field_words(scope)
    return min(levels), fields


def _field_kind(text: str) -> tuple[str, ...]:
    """The generic words a list of fields ends in and shares: "civil, biological and agricultural, or
    environmental engineering" -> ("engineer",); none when one field is generic alone ("computer
    science or engineering") or the fields name their own ("biology or chemical engineering")."""
    found = _FIELD_AFTER_DEGREE.search(text)
    if found is None:
        return ()
    alternatives = [_field_words(a) for a in _FIELD_ALTERNATIVE.split(_FIELD_END.split(found.group(1))[0])]
    alternatives = [a for a in alternatives if a]
    generic = [[w for w in a if w in _GENERIC_FIELD_WORDS] for a in alternatives]
    if not alternatives or not generic[-1] or len(generic[-1]) == len(alternatives[-1]):
        return ()
    branches = [a for a in _FIELD_ALTERNATIVE.split(_FIELD_END.split(found.group(1))[0]) if a.strip()][:-1]
    if any(g for g in generic[:-1]) or not all(b.strip().lower() in _BRANCHES for b in branches):
        return ()  # "biology or chemical engineering": biology is a field of its own
    return tuple(generic[-1])


# the words that name a branch of engineering before the word "engineering"
_BRANCHES = frozenset(
    {
        *("civil", "structural", "mechanical", "electrical", "electronic", "electronics", "chemical"),
        *("biological", "biomedical", "agricultural", "environmental", "industrial", "aerospace", "computer"),
        *("software", "nuclear", "petroleum", "materials", "manufacturing", "systems", "geotechnical"),
        *("geological", "mining", "marine", "ocean", "architectural", "construction", "transportation", "water"),
    }
)


def _field_words(scope: str) -> tuple[str, ...]:
    return tuple(w for w in tokens(scope) if w not in STOPWORDS and w not in PUNCTUATION and w not in _DEGREE_WORDS)


def _asked_field_words(scope: str) -> tuple[str, ...]:
    """The words of each field a posting accepts, without the words all engineering fields share where a
    field has its own: "mechanical engineering" is not met by electrical engineering, while "computer
    science or engineering" is met by any engineering degree."""
    words: list[str] = []
    for alternative in _FIELD_ALTERNATIVE.split(scope):
        own = _field_words(alternative)
        specific = [w for w in own if w not in _GENERIC_FIELD_WORDS]
        words += specific or own
    return tuple(dict.fromkeys(words))


_FIELD_ALTERNATIVE = compile_scanning(r",|/|\bor\b|\band\b|&", re.I)
_GENERIC_FIELD_WORDS = frozenset(tokens("engineering technology studies"))


# "Bachelor's degree in accounting", "BS or MS in computer science": the field is named after the degree,
# not anywhere in the line ("a bachelor's degree and three years in adult probation" names no field)
_FIELD_AFTER_DEGREE = compile_scanning(
    r"\b(?i:degree|bachelor(?:'?s)?|master(?:'?s)?|associate'?s|doctorate|diploma|ph\.?d\.?|b\.?s\.?|b\.?a\.?|"
    r"m\.?s\.?|m\.?a\.?|mba|bsn|msn|bs|ba|ms|ma)(?!\w)"
    r"(?:(?!\b(?:and|with|plus|years?|experience|combination)\b)[^.;:]){0,40}?"
    r"\b(?:in|of)\s+([A-Za-z ,&/-]{3,80})"
)
# degrees that name their field: "BSEE (ABET)", "MSW from a CSWE-accredited program"
_FIELD_OF_NAME = {
    "ee": "electrical engineering",
    "eet": "electrical engineering technology",
    "me": "mechanical engineering",
    "ce": "civil engineering",
    "che": "chemical engineering",
    "cs": "computer science",
    "ie": "industrial engineering",
    "et": "engineering technology",
    "it": "information technology",
    "ba": "business administration",
    "w": "social work",
    "lis": "library information science",
    "sls": "library science",
    "sis": "information science",
}
_FIELD_IN_NAME = compile_scanning(r"\b(?:[bm]s(ee|eet|me|ce|che|cs|ie|et|it|ba|w)|m(lis|sls|sis))\b", re.I)
# where the fields end: "… or a closely related field", "(ABET)", "from an accredited school"
_FIELD_END = compile_scanning(
    r"\bor (?:an? |other )?(?:\w+ly )?(?:equivalent|related|similar)\b|\(|;|\bfrom\b|"
    r"\band (?:an?|the|at least|hold|holds|have|has|be|possess|must)\b",
    re.I,
)
# "1+ year of post-master's experience", "2 years after your master's": when experience counts from
_AFTER_DEGREE = compile_scanning(
    r"\bpost[- ]?(?:master'?s|graduate|bachelor'?s|baccalaureate|doctoral|degree)\b|"
    r"\b(?:after|following|since) (?:your|the|a|their|completing (?:your|the|a)) (?:master'?s|bachelor'?s|degree)"
    r"(?: degree)?\b",
    re.I,
)
_DEGREE_WORDS = frozenset(
    tokens("degree field related science art arts bachelor master doctor doctorate equivalent experience")
)


def _outside_parentheses(between: list[str]) -> list[str]:
    """The tokens between two mentions, with a parenthesis left out: "CRCST (HSPA) or CSPDT"."""
    kept: list[str] = []
    depth = 0
    for token in between:
        if token == "(":
            depth += 1
        elif token == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    return kept


def _either_or(
    groups: list[tuple[tuple[str, ...], int]], clause_tokens: list[str]
) -> list[tuple[tuple[str, ...], int]]:
    """ "either three years of store management or two years of recruiting": one any-of group, however
    long the alternatives, up to "plus" or a semicolon."""
    if _EITHER not in clause_tokens:
        return groups
    start = clause_tokens.index(_EITHER)
    if "or" not in clause_tokens[start:]:
        return groups
    end = next((i for i in range(start, len(clause_tokens)) if clause_tokens[i] in _EITHER_ENDS), len(clause_tokens))
    inside = [g for g in groups if start < g[1] < end]
    if len(inside) < 2:
        return groups
    merged = (tuple(dict.fromkeys(c for ids, _ in inside for c in ids)), inside[0][1])
    return [g for g in groups if g not in inside] + [merged]


_EITHER = tokens("either")[0]
_EITHER_ENDS = frozenset(tokens("plus ; also"))


# --- requirement extraction -------------------------------------------------------------------------

_GENERIC_WORDS = frozenset(
    tokens(
        "experience experienced years year strong solid excellent good great proven track record "
        "ability able knowledge understanding familiarity familiar proficiency proficient skills "
        "skill working work hands-on demonstrated plus preferred required requirement must including "
        "include etc least minimum professional comfort comfortable confident deep advanced basic "
        "basics background using use related equivalent similar other another one two three four five "
        "six seven eight nine ten we will you your who new role job position candidate ideal team "
        "company our within day daily per clear high highly well level ideally bonus record habit "
        "curiosity have has had month months paid full time full-time during against count counts "
        "neither either none both practice"
    )
)
_NOT_CONTENT = STOPWORDS | PUNCTUATION | _GENERIC_WORDS  # one set test instead of three


def content_words(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for w in words if w not in _NOT_CONTENT and not w[0].isdigit() and len(w) > 1))


_PARENTHESIS = compile_scanning(r"\(([^()]*)\)")
_NOT_ASIDE = compile_scanning(r"\s*\(not [^()]*\)")
# a full stop after "St.", "Dr." or "Inc." ends no sentence: "a pharmacy in St. Louis for twenty years"
_ABBREVIATIONS = ("St", "Mt", "Ft", "Dr", "Mr", "Ms", "Mrs", "Jr", "Sr", "No", "Inc", "Co", "Corp")
# nor do initials: "you must hold an active U.S. Secret clearance", "J. J. Keller Encompass"
_NOT_AN_END = "".join(f"(?<!\\b{a}\\.)" for a in _ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
_CLAUSE_BREAK = compile_scanning(r";|\." + _NOT_AN_END + r"\s+(?=[A-Z])|,?\s+including\s+(?=(?:at least\s+)?\d)")


def split_clauses(line: str) -> list[tuple[str, bool]]:
    """A requirement line's clauses, each with True when it came from a "(... a plus)" aside."""
    asides: list[tuple[str, bool]] = []

    def lift(match: re.Match[str]) -> str:
        inner = match.group(1)
        if _NICE_CUE.found(inner) and len(inner.split()) >= 2:
            asides.append((inner, True))
            return " "
        return match.group(0)

    main = _PARENTHESIS.sub(lift, line) if "(" in line else line
    if "(not " in main:
        main = _NOT_ASIDE.sub(" ", main)  # "in an ophthalmology clinic (not optometry retail)" asks no retail
    lowered = main.lower()
    hinted = "," in main and any(cue in lowered for cue in ("ideally", "preferab", "especially", "a plus", "a bonus"))
    tail = _TRAILING_NICE.search(main) if hinted else None
    if tail and len(main[: tail.start()].split()) >= 3:
        # "five or more years leading rollouts, ideally ERP or HCM": only the tail is a preference
        asides.append((tail.group(1).strip(" ."), True))
        main = main[: tail.start()]
    if "preferred," in lowered:
        main = _PREFERRED_ITEM.sub(lambda m: _lifted(m, asides), main)
    head, colon, rest = main.partition(":") if ";" in main else ("", "", "")
    if colon and len(head.split()) <= 25 and _NICE_CUE.found(head):
        # "We would especially welcome some of the following, though none is required: A; B; C": every
        # item of the list is a preference
        pieces = _CLAUSE_BREAK.split(rest)
        return [(p.strip(" ,"), True) for p in pieces if p.strip(" ,.")] + asides
    pieces = _CLAUSE_BREAK.split(main)
    parts = [p.strip(" ,") for p in pieces if p.strip(" ,.")]
    return [(p, False) for p in parts] + asides


# "eight or more years making production patterns, uniforms or workwear preferred, grading in AccuMark": one
# item of a list is a preference, the rest still asked
_PREFERRED_ITEM = compile_scanning(r",\s*((?:(?!\b(?:is|are|be)\b)[^,;()]){3,50}?\bpreferred)\s*(?=,)", re.I)


def _lifted(match: re.Match[str], asides: list[tuple[str, bool]]) -> str:
    asides.append((match.group(1).strip(), True))
    return ""


_TRAILING_NICE = compile_scanning(
    # "... preferably ERP", "At least two years of CRNA practice, trauma experience a plus"
    r",\s*((?:ideally|preferably|especially)\b[^,;()]*|"
    r"[^,;()]{3,60}?\b(?:is |would be )?an? (?:big )?(?:plus|bonus))\.?\s*$",
    re.I,
)


def _importance(clause: str, section: Section, aside: bool) -> tuple[Importance, float]:
    if not _ANY_IMPORTANCE_CUE.found(clause):
        return ("nice", 0.4) if section == "nice" or aside else ("must", 1.0)
    if _STRONG_NICE.found(clause):
        return "nice", 0.6
    if aside or (_NICE_CUE.found(clause) and not _PREFERENCE_ON_A_FLOOR.match(clause)):
        return "nice", 0.4
    if _MUST_CUE.found(clause):
        return "must", 1.0
    return ("nice", 0.4) if section == "nice" else ("must", 1.0)


# "Minimum 3 years' clinical experience, ideally in acute care": the floor is asked, the setting preferred
_PREFERENCE_ON_A_FLOOR = compile_scanning(
    r"^[^,;(]*\b(?:minimum|at least|\d+\+?\s*(?:years?|yrs)|\d+\s*(?:or|to|-)\s*\d+\s*years?)\b[^,;(]*"
    r"[,;(–—]\s*(?:and |but )?(?:ideally|preferably|desirably)\b[^;()]*\)?\.?$",
    re.I,
)


# one cheap scan first: most clauses carry no cue word at all
_ANY_IMPORTANCE_CUE = _Folded(
    compile_scanning(
        r"prefer|plus|bonus|nice|ideal|desir|advantag|help|optional|train|great|like|love|good to|encourag|"
        r"welcom|strong|high|big|requir|must|mandatory|essential|need|minimum|necessar|useful|extra|condition|interested|"
        r"asset",
        re.I,
    )
)


_GATE_KINDS = CREDENTIAL_KINDS | {"language"}
_QUALIFIERS = frozenset(tokens("licensed registered certified"))
_FIRM_WORDS = frozenset(tokens("firm firms practice practices office offices partnership"))


class _LineConcepts:
    """Concept mentions of one posting, by line, with the text between mentions for and/or logic."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy

    def groups(
        self, clause: str, clause_tokens: list[str] | None = None, mentions: list[Mention] | None = None
    ) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], tuple[str, ...]]:
        """(skill groups, credential/language gate groups, all concept ids) for one clause; the mentions
        may come precomputed from one batched search over the whole posting."""
        clause_tokens = clause_tokens if clause_tokens is not None else tokens(clause)
        if mentions is None:
            mentions = self.taxonomy.find_in_lines([clause], [clause_tokens])
            stripped = _strip_parentheses(clause)
            if stripped != clause:
                mentions += self.taxonomy.find_in_lines([stripped])
        mentions = _dedupe_mentions(mentions)
        if len(mentions) > 1:
            mentions = self._languages_named_once(mentions)
        if "non" in clause_tokens:  # "Technician Training (Non-RN)" asks for no RN
            mentions = [m for m in mentions if not (m.start and clause_tokens[m.start - 1] == "non")]
        if not _FIRM_WORDS.isdisjoint(clause_tokens):  # "audit experience at a tax agency or a CPA firm"
            mentions = [m for m in mentions if not self._names_a_kind_of_firm(m, clause_tokens)]
        examples = bool(_EXAMPLES.found(clause))
        skills: list[Mention] = []
        gates: list[Mention] = []
        for mention in mentions:
            (gates if self._is_gate(mention) else skills).append(mention)
        if gates and skills:
            skills, gates = self._credential_company(skills, gates, clause_tokens)
        if len(gates) > 1 and "(" in clause_tokens:
            gates = _not_described(gates, clause_tokens)
        if gates and "or" in clause_tokens:
            gates += self._elided_alternatives(gates, clause_tokens) + self._numbered_alternatives(gates, clause_tokens)
            gates += self._qualified_alternatives(gates, clause_tokens)
        skill_groups = self._logic_groups(skills, clause_tokens, examples)
        gate_groups = self._logic_groups(gates, clause_tokens, False, credentials=True)
        lowered = clause.lower()
        if ("lingual" in lowered or "dual" in lowered) and _BILINGUAL.found(clause):
            gate_groups = self._each_language_needed(gate_groups)
        every = tuple(dict.fromkeys(cid for m in mentions for cid in m.concept_ids))
        return skill_groups, gate_groups, every

    def _languages_named_once(self, mentions: list[Mention]) -> list[Mention]:
        """ "the ability to read German or Italian": ESCO's "understand written German" around the language the
        lexicon names is that language, asked as the lexicon's languages are."""
        languages = [m for m in mentions if any(self.taxonomy.concept(c).kind == "language" for c in m.concept_ids)]
        if not languages:
            return mentions
        return [m for m in mentions if not (m.source != "lexicon" and any(_around(m, lang) for lang in languages))]

    def _credential_company(
        self, skills: list[Mention], gates: list[Mention], clause_tokens: list[str]
    ) -> tuple[list[Mention], list[Mention]]:
        """A term in a credential's company is read as a credential: an abbreviation in parentheses
        right after one ("Certified Payroll Professional (CPP)") is that credential and is dropped; an
        alternative joined by "or" to one ("FPC or CPP certification") is another credential."""
        spans = _paren_spans(clause_tokens)
        gate_ends = {g.end for g in gates}
        kept: list[Mention] = []
        for mention in skills:
            if any(a == mention.start - 1 and b == mention.end and a in gate_ends for a, b in spans):
                continue
            kept.append(mention)
        alternatives: list[Mention] = []
        for mention in kept:
            for gate in gates:
                first, second = (gate, mention) if gate.start < mention.start else (mention, gate)
                between = clause_tokens[first.end : second.start]
                if between and set(between) <= {"or", "/", ","} and set(between) & {"or", "/"}:
                    alternatives.append(mention)
                    break
        return [m for m in kept if m not in alternatives], gates + alternatives

    def _each_language_needed(self, groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        """ "Bilingual English/Spanish" needs both languages, not either."""
        split: list[tuple[str, ...]] = []
        for group in groups:
            if len(group) > 1 and all(self.taxonomy.concept(c).kind == "language" for c in group):
                split += [(c,) for c in group]
            else:
                split.append(group)
        return tuple(split)

    def _elided_alternatives(self, gates: list[Mention], clause_tokens: list[str]) -> list[Mention]:
        """ "Journeyman or Master Electrician license": the word before "or" names a credential of its own
        with the rest of the name that follows ("journeyman electrician license")."""
        found: list[Mention] = []
        named = {g.start for g in gates} | {g.end - 1 for g in gates}
        for gate in gates:
            start = gate.start
            if start < 2 or clause_tokens[start - 1] != "or" or gate.end - start < 2 or start - 2 in named:
                continue
            # "Journeyman or Master Electrician license"; "Class B or Class A CDL" puts two words before "or"
            for size in (1, 2) if start >= 3 and gate.end - start > 2 else (1,):
                phrase = [*clause_tokens[start - 1 - size : start - 1], *clause_tokens[start + size : gate.end]]
                whole = self._gates_naming(phrase)
                if whole:
                    found += [Mention(m.concept_ids, gate.line, start - 1 - size, start - 1, m.source) for m in whole]
                    break
        return found

    def _qualified_alternatives(self, gates: list[Mention], clause_tokens: list[str]) -> list[Mention]:
        """ "a licensed architect or professional engineer": the qualifier before the first name goes with
        the name after "or" too ("licensed professional engineer")."""
        found: list[Mention] = []
        for gate in gates:
            head, after = clause_tokens[gate.start], gate.end + 1
            if head not in _QUALIFIERS or clause_tokens[gate.end : after] != ["or"]:
                continue
            for size in (3, 2, 1):
                phrase = [head, *clause_tokens[after : after + size]]
                if len(phrase) != size + 1:
                    continue
                whole = self._gates_naming(phrase)
                if whole:
                    found += [Mention(m.concept_ids, gate.line, after, after + size, m.source) for m in whole]
                    break
        return found

    def _numbered_alternatives(self, gates: list[Mention], clause_tokens: list[str]) -> list[Mention]:
        """ "FINRA Series 6 or 7": the number after "or" names the credential of the same name with it."""
        found: list[Mention] = []
        for gate in gates:
            after = clause_tokens[gate.end : gate.end + 3]
            if gate.end - gate.start < 2 or not clause_tokens[gate.end - 1].isdigit():
                continue
            if after[:1] == ["("]:
                after = after[1:]
            if len(after) < 2 or after[0] != "or" or not after[1].isdigit():
                continue
            phrase = [*clause_tokens[gate.start : gate.end - 1], after[1]]
            position = clause_tokens.index(after[1], gate.end)
            found += [
                Mention(m.concept_ids, gate.line, position, position + 1, m.source) for m in self._gates_naming(phrase)
            ]
        return found

    def _gates_naming(self, phrase: list[str]) -> list[Mention]:
        """The credential mentions that are the whole phrase: "licensed professional engineer", "series 7"."""
        mentions = self.taxonomy.find_in_lines([" ".join(phrase)], [phrase])
        return [m for m in mentions if m.start == 0 and m.end == len(phrase) and self._is_gate(m)]

    def _names_a_kind_of_firm(self, mention: Mention, clause_tokens: list[str]) -> bool:
        following = clause_tokens[mention.end] if mention.end < len(clause_tokens) else ""
        return following in _FIRM_WORDS and self._is_gate(mention)

    def _is_gate(self, mention: Mention) -> bool:
        return any(self.taxonomy.concept(c).kind in _GATE_KINDS for c in mention.concept_ids)

    def _logic_groups(
        self, mentions: list[Mention], clause_tokens: list[str], examples: bool, credentials: bool = False
    ) -> tuple[tuple[str, ...], ...]:
        if not mentions:
            return ()
        groups = _either_or(self._list_groups(mentions, clause_tokens, examples, credentials), clause_tokens)
        return _merge_examples(groups, mentions, clause_tokens)

    def _list_groups(
        self, mentions: list[Mention], clause_tokens: list[str], examples: bool, credentials: bool = False
    ) -> list[tuple[tuple[str, ...], int]]:
        """Runs of mentions joined only by ',', 'and', 'or', '/' form a list: an 'or' or '/' anywhere in
        the run makes it one any-of group, otherwise each item is needed. "such as"/"or similar" widens
        a group to the named items' categories."""
        ordered = sorted(mentions, key=lambda m: m.start)
        runs: list[list[Mention]] = []
        joiners: list[set[str]] = []
        gaps: list[list[set[str]]] = []  # per run, the words between each mention and the next
        for mention in ordered:
            if runs and mention.start >= runs[-1][-1].end:
                between = _outside_parentheses(clause_tokens[runs[-1][-1].end : mention.start])
                unknown = [t for t in between if t not in _LIST_JOINERS]
                # "telemetry, step-down, ICU or ED": an item the lexicon does not know stays in the list
                if (
                    (len(between) <= 3 and not unknown)
                    or (len(unknown) <= 2 and between[:1] == [","] and between[-1] in {",", "or", "and"})
                    # "OEC technician certification, or a state EMT certification": credentials named in full
                    or ("or" in between and len(between) <= 8 and set(unknown) <= _CREDENTIAL_FILLER)
                    # "HCPC registered ODP or NMC registered nurse": who holds the first credential, then "or"
                    or (credentials and _ends_with_or(between) and len(unknown) <= 2 and "," not in between)
                ):
                    runs[-1].append(mention)
                    joiners[-1] |= set(between)
                    gaps[-1].append(set(between))
                    continue
            runs.append([mention])
            joiners.append(set())
            gaps.append([])
        runs, joiners = _split_at_and(runs, joiners, gaps)
        groups: list[tuple[tuple[str, ...], int]] = []  # (ids, token position of the group's first mention)
        for run, joined in zip(runs, joiners, strict=True):
            ids = [cid for m in run for cid in m.concept_ids[:3]]
            # "Enrolled Agent, CPA or attorney": the list goes on with an item the lexicon does not know
            trailing_or = clause_tokens[run[-1].end : run[-1].end + 1] == ["or"] and "," in joined
            if joined & {"or", "/"} or trailing_or:
                groups.append((self._widen(ids) if examples else tuple(dict.fromkeys(ids)), run[0].start))
            else:
                for mention in run:
                    group = tuple(mention.concept_ids[:3])
                    groups.append((self._widen(list(group)) if examples else group, mention.start))
        return groups

    def _widen(self, ids: list[str]) -> tuple[str, ...]:
        wider = list(ids)
        for cid in ids:
            wider += [a for a in self.taxonomy.concept(cid).broader if self.taxonomy.concept(a).kind == "category"]
        return tuple(dict.fromkeys(wider))


def _split_at_and(
    runs: list[list[Mention]], joiners: list[set[str]], gaps: list[list[set[str]]]
) -> tuple[list[list[Mention]], list[set[str]]]:
    """ "Series 6 or 7 and Series 63": a run with both words is cut where "and" alone joins two mentions, so
    each part is an any-of group of its own."""
    out_runs: list[list[Mention]] = []
    out_joiners: list[set[str]] = []
    for run, joined, between in zip(runs, joiners, gaps, strict=True):
        if not {"and", "or"} <= joined:
            out_runs.append(run)
            out_joiners.append(joined)
            continue
        part: list[Mention] = [run[0]]
        part_joined: set[str] = set()
        for mention, words in zip(run[1:], between, strict=True):
            if "and" in words and "or" not in words:
                out_runs.append(part)
                out_joiners.append(part_joined)
                part, part_joined = [mention], set[str]()
            else:
                part.append(mention)
                part_joined |= words
        out_runs.append(part)
        out_joiners.append(part_joined)
    return out_runs, out_joiners


def _merge_examples(
    groups: list[tuple[tuple[str, ...], int]], mentions: list[Mention], clause_tokens: list[str]
) -> tuple[tuple[str, ...], ...]:
    """Concepts inside a parenthesis that lists options ("a web framework (Django or Flask)",
    "a customer-facing role (customer success, support or implementation)") are examples of the concept
    before it: they join its group as alternatives instead of becoming demands of their own."""
    spans = _paren_spans(clause_tokens)
    if not spans:  # no parenthesis: every group stands alone
        return tuple(dict.fromkeys(tuple(dict.fromkeys(ids)) for ids, _start in groups))
    merged: list[list[str]] = []
    previous_end = -1
    previous_inside: tuple[int, int] | None = None
    for ids, start in groups:
        inside = next(((a, b) for a, b in spans if a < start < b), None)
        listing = inside is not None and bool({"or", ",", "/"} & set(clause_tokens[inside[0] : inside[1]]))
        # "board certification (NCCPA for physician assistants, AANP or ANCC for nurse practitioners)": the
        # options of one parenthesis are one choice even with nothing known before it
        if merged and listing and inside is not None and (previous_end <= inside[0] or inside == previous_inside):
            merged[-1].extend(ids)
            continue
        merged.append(list(ids))
        previous_end = max((m.end for m in mentions if m.start == start), default=start + 1)
        previous_inside = inside
    return tuple(dict.fromkeys(tuple(dict.fromkeys(g)) for g in merged))


def _ends_with_or(between: list[str]) -> bool:
    return between[-1:] == ["or"] or (len(between) > 1 and between[-2] == "or" and between[-1] in _ARTICLES)


_ARTICLES = frozenset({"a", "an", "the"})


def _not_described(gates: list[Mention], clause_tokens: list[str]) -> list[Mention]:
    """ "registration with the NMC (Registered Nurse with anaesthetic experience)": a credential named in the
    parenthesis right after another says who holds that one; it is not asked beside it."""
    ends = {g.end for g in gates}
    described = [(a, b) for a, b in _paren_spans(clause_tokens) if a in ends and clause_tokens[a + 1] not in _JOINED]
    return [g for g in gates if not any(a < g.start and g.end <= b for a, b in described)]


# "Series 66 (or Series 65 with Series 63)": a parenthesis that opens with a joiner gives an alternative
_JOINED = frozenset(tokens("or and with plus"))


def _paren_spans(clause_tokens: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for index, token in enumerate(clause_tokens):
        if token == "(":
            opened.append(index)
        elif token == ")" and opened:
            spans.append((opened.pop(), index))
    return spans


_LIST_JOINERS = frozenset({",", "or", "and", "/", "(", ")", "and/or", "a", "an"})
_CREDENTIAL_FILLER = frozenset(
    tokens("technician certification certificate certified licence license registration card state current valid")
)


def _around(outer: Mention, inner: Mention) -> bool:
    return outer is not inner and outer.start <= inner.start and inner.end <= outer.end and outer.line == inner.line


def _dedupe_mentions(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for mention in mentions:
        if mention.concept_ids not in seen:
            seen.add(mention.concept_ids)
            out.append(mention)
    return out


def _one_of(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return (tuple(dict.fromkeys(c for g in groups for c in g)),) if len(groups) > 1 else groups


def _outside_degree_fields(
    clause: str, skill_groups: tuple[tuple[str, ...], ...], concepts: _LineConcepts
) -> tuple[tuple[str, ...], ...]:
    """ "Bachelor's degree in criminal justice, social work or psychology": the fields are the degree's
    alternatives, which the degree check weighs; they are not skills to hold besides."""
    field = _DEGREE_FIELD.search(clause)
    if field is None:
        return skill_groups
    rest = set(concepts.groups(clause[: field.start()] + " ; " + clause[field.end() :])[2])
    return tuple(g for g in skill_groups if set(g) & rest)


_DEGREE_FIELD = compile_scanning(
    r"\b(?:degree|bachelor'?s|master'?s|associate'?s|diploma|B\.?S\.?|B\.?A\.?|M\.?S\.?)\b[^.;]{0,30}?\b(?:in|of)\s+"
    r"[A-Za-z ,&/-]{3,120}?(?:\bor (?:a |an )?(?:closely )?related (?:field|discipline|area)|(?=[.;(]|$))",
    re.I,
)


# "Professional Geophysicist (PGp) or Professional Geologist (PG)": two named credentials, either will do
# "… (PGp) or Professional Geologist", "NEBB Certified Technician (or AABC …)", "…, TABB certified or AABC equivalent"
_NAMED_OR_NAMED = compile_scanning(
    r"\)\s*,?\s+or\s+(?:an?\s+)?[A-Z]|\(\s*or\s+(?:an?\s+)?[A-Z]|\bor\s+[A-Z]{2,}\s+equivalent\b|"
    # "NAARSO certification at Level I or higher, or AIMS International Ride Inspector certification"
    r"\b(?:certification|certificate|licen[cs]e|registration|credential|higher|above)\s*,\s+or\s+(?:an?\s+)?[A-Z]"
)


def _strip_parentheses(text: str) -> str:
    return re.sub(r"\([^)]*\)", " ", text) if "(" in text else text


_LABEL_NONE = compile_scanning(r":\s*(?:none|n/a|not (?:required|applicable|needed)|no)(?:\s+(?:required|needed))?\W*$")
# a rule on how a requirement is counted, not one more requirement (civil-service postings state several)
_SUBSTITUTION_HINTS = ("may", "can", "one way", "year", "count", "requirement")
_SUBSTITUTION_RULE = compile_scanning(
    r"^(?:\w+\s+){0,3}?(?:experience|education|training)\s+(?:may|can)\s+"
    r"(?:have been gained|be gained|be substituted|substitute)\b|"
    r"\bis (?:one|another) way to (?:satisfy|meet)\b|"
    # "Experience gained in the private sector counts in full"; "There is no positive education requirement"
    r"^(?:\w+\s+){0,3}?(?:experience|education|training)\s+(?:gained|obtained)\b.*\bcounts?\b|"
    r"\bno (?:positive )?(?:education|degree|licen[cs]e|certification|experience) requirement\b|"
    # "Seven or more years …; five years if you hold a master's degree": the other route to the same ask
    r"^(?:\w+\s+){1,3}years?\s+(?:if you (?:hold|have)|with|for (?:those|candidates|applicants) with)\s+"
    r"an?\s+(?:master|graduate|doctor|ph\.?d)"
)


def _requirement(
    clause: str,
    number: int,
    section: Section,
    aside: bool,
    concepts: _LineConcepts,
    words: list[str] | None = None,
    mentions: list[Mention] | None = None,
    own: list[Mention] | None = None,
) -> Requirement | None:
    """`mentions` are the clause's and its parenthesis-free variant's; `own` the clause's alone."""
    words = words if words is not None else tokens(clause)
    low = clause.lower()
    if _has_any(_BOILERPLATE_FINDER, low) and _BOILERPLATE.search(low) and not STRONG_ASK.found(clause):
        return None  # pay, benefits and equal-opportunity lines are offers, not requirements
    if _WORKING_CONDITION.search(low) and not _YEARS_HINT.found(clause):
        return None  # "able to work nights and weekends", "lift 50 lbs": true of the job, not shown by a resume
    if _AGE_ONLY.match(low) or _CITIZEN_ONLY.match(low):
        return None  # "at least 21 years of age", "U.S. citizen": conditions a resume does not show
    if ("?" in low or "yes/no" in low) and _SCREENING_QUESTION.search(low):
        return None  # "Do you speak Spanish? (Not required) (Yes/No)": an application's question, not an ask
    if any(map(low.__contains__, _APPLY_HINTS)) and _APPLY_ANYWAY.search(low):
        return None  # "If you have none of these, please still apply; we will not screen you out over them."
    if _OFFER.match(low):
        return None  # "Salary based on experience", "Union position, on-call rotation, take-home truck"
    if ":" in low and _LABEL_NONE.search(low):
        return None  # "Security clearance: None required." asks for nothing
    if any(map(low.__contains__, _SUBSTITUTION_HINTS)) and _SUBSTITUTION_RULE.search(low):
        return None  # "Specialized experience may have been gained in the private sector": how it is counted
    if ("work" in low or "sponsor" in low) and _only_us_work_authorization(low):
        return None  # the right to work in the US is read once, as the posting's no_sponsorship
    if any(map(low.__contains__, _HIGH_SCHOOL_HINTS)) and _HIGH_SCHOOL.search(low):
        if _only_high_school(low):
            return None  # nearly every candidate has one and few resumes say so
        # "..., a TWIC card, and a high school diploma or GED": the diploma asks nothing of the rest
        clause = _HIGH_SCHOOL_ANY_CASE.sub(" ", clause)
        low, words, mentions, own = clause.lower(), tokens(clause), None, None
    excluding = ("not" in low or "n't" in low) and _EXCLUSION.search(low) is not None and not _WITHOUT.search(low)
    ceiling = _excluded_years(low) if excluding else None
    if excluding and ceiling is None:
        # "an LPN license cannot be considered" says what does not count: it is not a requirement
        kept = _without_exclusions(clause)
        if not kept:
            return None
        clause, low, words, mentions, own = kept, kept.lower(), tokens(kept), None, None
    hints = {kind for _end, kind in _CLAUSE_HINT_FINDER.iter(low)}
    skill_groups, gate_groups, _ = concepts.groups(clause, words, mentions)
    importance, weight = _importance(clause, section, aside)
    content = content_words(words)
    years_min, years_max = parse_years(clause) if _YEARS_HINT.found(clause) or "month" in low else (None, None)
    if ceiling is not None:
        years_min, years_max = 0.0, ceiling  # "more than 12 months of credit analysis are not eligible"
    degree_found = parse_degree(clause)
    degree = None
    if degree_found and degree_found[1] and skill_groups:
        skill_groups = _outside_degree_fields(clause, skill_groups, concepts)
    if degree_found:
        degree = Degree(
            degree_found[0],
            degree_found[1],
            bool(_EQUIVALENT.found(clause)),
            bool(_RELATED.found(clause)),
            _field_kind(clause) if degree_found[1] else (),
        )
    gate_groups += endorsement_groups(clause, concepts.taxonomy) + work_right_groups(clause)
    gate_groups = tuple(dict.fromkeys(gate_groups))
    # "a valid driver's license and a Virginia salesperson license": an assumed licence does not stop the
    # search for the one that matters
    assumed = tuple(g for g in gate_groups if set(g) <= _ASSUMED)
    if assumed:
        gate_groups = tuple(g for g in gate_groups if g not in assumed)
    # "a Texas Licensed Court Interpreter license (Spanish)": a language named with it does not stop the search
    # for the licence the lexicon does not know
    spoken = tuple(g for g in gate_groups if _is_language_group(g, concepts.taxonomy))
    gate_groups = tuple(g for g in gate_groups if g not in spoken)
    if gate_groups and 2 in hints:
        gate_groups = with_unknown_alternatives(gate_groups, clause, concepts.taxonomy)
    if not gate_groups:
        gate_groups += coded_credential_groups(clause)
        if gate_groups and " or " in clause and 2 in hints:
            # "NMTCB CNMT or ARRT (N)": a coded credential with another kind as its alternative
            gate_groups = _one_of(gate_groups + unknown_credential_groups(clause, concepts.taxonomy))
    if not gate_groups:
        gate_groups += state_licence_groups(clause)
        if gate_groups and 2 in hints:
            gate_groups = with_credential_alternatives(gate_groups, clause, concepts.taxonomy)
    if not gate_groups and 2 in hints:
        gate_groups += unknown_credential_groups(clause, concepts.taxonomy)
        if len(gate_groups) > 1 and _NAMED_OR_NAMED.search(clause) and " and " not in clause:
            gate_groups = _one_of(gate_groups)  # "Professional Geophysicist (PGp) or Professional Geologist (PG)"
    if not gate_groups and "good standing" in low:
        gate_groups += membership_groups(clause)
    gate_groups = tuple(g for g in gate_groups + spoken if not _english_only(g)) + assumed
    if gate_groups and years_min is not None and "(" in clause:
        gate_groups = _outside_examples(gate_groups, clause, concepts)
    # conditions of employment a resume does not show ("pass a drug screen", "a valid driver's license")
    # are not requirements to score: a resume that omits them says nothing about them
    if 0 in hints and _CONDITION.found(clause):
        return None
    if "grade" in low and _TIME_IN_GRADE.search(low):
        return None  # "Time-in-grade: 52 weeks at the next lower grade" binds only current federal employees
    if "training" in low and _TRAINING_AFTER_HIRE.search(low):
        return None  # "Must complete the division's Inspection Methods training within six months": given, not asked
    if gate_groups and any(set(g) <= _ASSUMED for g in gate_groups):
        gate_groups = tuple(g for g in gate_groups if not set(g) <= _ASSUMED)
        # "a valid driver's license and dependable transportation": getting to work, not a field of it
        skill_groups = tuple(g for g in skill_groups if not _is_domain_group(g, concepts.taxonomy))
        if not gate_groups and not skill_groups and degree is None and years_min is None:
            return None
    languages = tuple(g for g in gate_groups if _is_language_group(g, concepts.taxonomy)) if gate_groups else ()
    if languages and not (_LANGUAGE_CUE.found(clause) or len(content) <= 2):
        gate_groups = tuple(g for g in gate_groups if g not in languages)  # "teach English", not a gate
        skill_groups += languages
    if not (skill_groups or gate_groups or years_min is not None or degree or content):
        return None
    if not gate_groups and years_min is None and _INTRODUCES_EMPLOYER.match(clause) and not STRONG_ASK.found(clause):
        return None  # "We are Desert Bloom Medical Distributors, a family-owned company that has represented ..."
    if (
        not (skill_groups or gate_groups or years_min is not None or degree)
        and (_ABOUT_US.match(clause) or ("years" in low and _EMPLOYER_HISTORY.search(clause)))
        and not _ASKS_YOU.search(clause)
        and not (_GATE_HINT.found(clause) and STRONG_ASK.found(clause))  # "Our VAR agreement requires ... to hold"
    ):
        return None  # "Our devices have to run for years on two AA cells": the employer, not an ask
    names = () if gate_groups or degree else unknown_names(clause, concepts.taxonomy, words, own)
    if names and 2 in hints and importance == "must":
        gate_groups = named_credential_groups(names, clause)
        names = () if gate_groups else names
    kind: RequirementKind = (
        "credential"
        if any(not _is_language_group(g, concepts.taxonomy) for g in gate_groups)
        else "language"
        if gate_groups
        else "degree"
        if degree
        else "experience"
        if years_min is not None
        else "skill"
        if skill_groups
        else "general"
    )
    # "a PE from another state with Arizona registration by comity within 6 months": the licence is needed
    # now, from any state; only the transfer can wait
    transfer = bool(gate_groups) and _TRANSFER.search(clause) is not None
    return Requirement(
        text=clause.strip(),
        line=number,
        importance=importance,
        weight=weight,
        kind=kind,
        groups=skill_groups,
        gates=gate_groups,
        years_min=years_min,
        years_max=years_max,
        degree=degree,
        content=content,
        states=states_named(clause) if gate_groups and not transfer else (),
        # "Paralegal certificate or degree, or equivalent experience": the work itself may stand in for it
        obtainable=bool(gate_groups)
        and (bool(_OBTAINABLE.found(clause)) or _EXPERIENCE_INSTEAD.search(clause) is not None)
        and not transfer
        and _AT_HIRE_UNLESS_ANOTHER.search(clause) is None,
        managing_years=managing_years_asked(clause) if 1 in hints else None,
        names=names,
    )


# A name is a word written as one: "HeavyBid", "NVM5", "HCSS", or a capitalised word inside a sentence
_NAME_WORD = compile_scanning(
    r"(?<![\w.'-])(?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Z0-9]{1,7}|[A-Z][a-z]{2,})(?:'s)?(?![\w'-]|\.\w)"
)
_SENTENCE_START = compile_scanning(r"(?:^|[.:;!?(\[\"•*-])\s*$")
_NOT_NAMES = frozenset(
    {
        *("I", "OR", "AND", "THE", "A", "AN", "US", "USA", "EEO", "EOE", "OK", "PTO", "ID", "AM", "PM"),
        *("TBD", "ASAP", "FAQ", "Experience", "Ability", "Knowledge", "Monday", "Tuesday", "Wednesday"),
        *("Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May"),
        *("June", "July", "August", "September", "October", "November", "December"),
        # generic abbreviations a resume need not write: "own a feature's UI", "AP teams"
        *("UI", "UX", "AP", "AR", "IT", "HR", "QA", "PM", "KPI", "KPIs", "OKRs", "SaaS", "B2B", "B2C", "CEO"),
        *("CFO", "COO", "CTO", "CIO", "VP", "SVP", "EVP", "Top"),
        # the words of a civil-service posting's own labels and grades: "Basic Requirements (0800 series)",
        # "equivalent to the GS-12 level", "as described in the OPM standard"
        *("Requirements", "Qualifications", "Specialized", "Basic", "Minimum", "OPM", "GS"),
    }
)


def unknown_names(
    clause: str,
    taxonomy: Taxonomy,
    words: Sequence[str] | None = None,
    mentions: Sequence[Mention] | None = None,
) -> tuple[str, ...]:
    """The names in a requirement that the lexicon does not know and that are no US state: "Experience
    with Cadwell or NuVasive NVM5 systems" names Cadwell, NuVasive and NVM5. A resume that names none
    of them lacks what the requirement asks for. `mentions`, when given, are the clause's own, found
    on `words`."""
    rest = clause[1:]
    if rest == rest.lower():
        return ()  # every name pattern needs a capital after the first letter, which a sentence start is not
    about_us = _ABOUT_US.match(clause) is not None and not STRONG_ASK.found(clause)
    if _WHERE_YOU_LIVE.search(clause) or about_us or _only_examples(clause):
        # "live within 45 minutes of Claremore": a commute, which the resume's town settles;
        # "Our Family Birth Place welcomes 2,300 newborns": the employer, not an ask
        return ()
    candidates = [
        m for m in _NAME_WORD.finditer(clause) if _could_be_name(clause, m) and not _known_term(m.group(0), taxonomy)
    ]
    if not candidates:
        return ()
    if words is None or mentions is None:
        words = words if words is not None else tokens(clause)
        mentions = taxonomy.find_in_lines([clause], [words])
    # a word of a longer known name is no name of its own: "Microsoft" in "Microsoft Excel"
    covered = {words[i] for m in mentions for i in range(m.start, m.end)}
    kept = [
        m
        for m in candidates
        if not set(tokens(m.group(0))) <= covered and not _inside_known_term(clause, m, covered)
    ]
    names = _joined_names(clause, kept)
    if names and " or " in clause:
        names = [n for n in names if not _known_alternative(clause, n, taxonomy)]
    return tuple(dict.fromkeys(names))


def _glued(clause: str, match: re.Match[str]) -> bool:
    """The name is joined to more letters or marks without a space: "GD" in "GD&T"."""
    after = clause[match.end() : match.end() + 1]
    before = clause[match.start() - 1 : match.start()] if match.start() else ""
    return (after not in _LOOSE_AFTER and not after.isspace()) or (before not in _LOOSE_BEFORE and not before.isspace())


_LOOSE_AFTER = frozenset({"", ".", ",", ";", ":", ")", "!", "?", "'", '"', "/"})
_LOOSE_BEFORE = frozenset({"", "(", '"', "'", "/"})


def _inside_known_term(clause: str, match: re.Match[str], covered: set[str]) -> bool:
    """The name is part of a longer word the lexicon knows: "GD" in "GD&T"."""
    if not _glued(clause, match):
        return False
    start, end = match.start(), match.end()
    while start > 0 and not clause[start - 1].isspace():
        start -= 1
    while end < len(clause) and not clause[end].isspace():
        end += 1
    words = tokens(clause[start:end])
    return bool(words) and set(words) <= covered


def _known_alternative(clause: str, name: str, taxonomy: Taxonomy) -> bool:
    """ "NetSuite, Oracle or SAP": a name listed as an alternative to a known term is not needed when the
    known one is held, and the known one's group already says what is missing."""
    for segment in _LIST_SEGMENT.split(clause):
        items = _LIST_ITEM.split(segment)
        if name not in segment or " or " not in segment or len(items) < 2:
            continue
        others = [item for item in items if item.strip() and name not in item]
        return any(_mostly_known(item, taxonomy) for item in others)
    return False


def _mostly_known(item: str, taxonomy: Taxonomy) -> bool:
    """An item that is a known term with at most two more words: "Experience with NetSuite", not "for
    applicable covered tasks through Veriforce"."""
    words = tokens(item)
    return any(m.end - m.start >= len(words) - 2 for m in taxonomy.find_in_lines([item], [words]))


_LIST_SEGMENT = compile_scanning(r"[;:()]|(?<=[a-z])\.\s")
_LIST_ITEM = compile_scanning(r",\s*(?:or\s+)?|\s+or\s+|\s*/\s*")


def _joined_names(clause: str, matches: Sequence[re.Match[str]]) -> list[str]:
    """Adjacent name words are one name: "CCIE Enterprise Infrastructure" is not "Enterprise"."""
    names: list[str] = []
    end = -1
    for match in matches:
        word = match.group(0).removesuffix("'s")
        if names and clause[end : match.start()] == " ":
            names[-1] = f"{names[-1]} {word}"
        else:
            names.append(word)
        end = match.end()
    return names


def _could_be_name(clause: str, match: re.Match[str]) -> bool:
    word = match.group(0).removesuffix("'s")
    if word in _NOT_NAMES or word in _STATE_CODES or word in _STATE_NAMES_SET:
        return False
    return not (word[1:].islower() and _SENTENCE_START.search(clause[: match.start()]))


# "Cityworks, Maximo or a similar CMMS": the names are examples of what is asked, not the ask ("CCIE,
# CCDE or equivalent" still asks for an expert certification, so "equivalent" is no such sign)
_EXAMPLES_ONLY = compile_scanning(
    r"\b(?:or (?:a |an |any |another |other )?(?:similar|comparable)|or another|or other|such as|"
    r"e\.g\.|etc\.?)(?!\w)",
    re.I,
)


def _only_examples(clause: str) -> bool:
    """Names given as examples; a credential "or similar" is still a credential to hold."""
    return _EXAMPLES_ONLY.search(clause) is not None and not _UNKNOWN_CREDENTIAL_HINT.found(clause)


_ABOUT_US = compile_scanning(
    r"\s*(?:our|we|we're|we've|the (?:company|team|hospital|clinic|firm|division|department|unit|practice|"
    r"organization|organisation|plant|district|agency|school|office))\b",
    re.I,
)
# "we need two more people on the sales floor", "we are hiring experienced operators": who is hired, not what
_HEADCOUNT = compile_scanning(
    r"\b(?:we|and we)(?:'re| are)? (?:need|hiring|adding|want)\s+(?:\d+|one|two|three|four|five|several|a few|"
    r"more|additional|experienced)\b",
    re.I,
)
_INTRODUCES_EMPLOYER = compile_scanning(
    r"\s*(?:we are|we're)\s+(?:(?-i:[A-Z])|an? (?:[\w-]+ ){0,3}?(?:company|firm|practice|clinic|hospital|agency|group|"
    r"organi[sz]ation|distributor|manufacturer|business|employer|provider|leader|startup|nonprofit|non-profit)\b)",
    re.I,
)
_ASKS_YOU = compile_scanning(r"\byou (?:must|need to|will need|are required to)\b", re.I)
_WHERE_YOU_LIVE = compile_scanning(r"\b(?:live|living|reside|residing|relocat\w*|commut\w*|located|based) ", re.I)


# substrings that gate the rarer checks, found in one pass: 0 a condition of employment, 1 managing
# people, 2 a credential
_CLAUSE_HINTS = (
    ("pass", "undergo", "submit", "consent", "clear", "successful"),
    ("manag", "supervis", "leading", "foreman", "superintendent", "sergeant", "lieutenant", "director"),
    ("certif", "credential", "licen", "designation", "registration", "registered", "diplomate"),
)
_CLAUSE_HINT_FINDER = _substring_finder((word, kind) for kind, words in enumerate(_CLAUSE_HINTS) for word in words)
_MANAGING_ASKED = compile_scanning(
    _NUM + r"\s*\+?\s*(?:or more\s+)?years?\s+(?:of\s+)?(?:experience\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:managing|supervising|leading)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:teams?|people|staff|employees|direct reports|crews?|departments?|supervisors|managers|"
    r"(?:sales )?(?:representatives|reps|associates|agents|nurses|clerks|aides|assistants)|salespeople|"
    # "three years directly managing dispatchers": people named by their work, not vendors or clients
    r"(?!(?:vendors|suppliers|contractors|subcontractors|partners|customers|investors|donors|sponsors|"
    r"volunteers)\b)"
    r"[a-z]+(?:ers|ors|ists|ians))\b|"
    # "management-side labor and employment litigation" represents employers; it leads no one
    # "three years of management accounting" keeps the books: the accounting, not a team
    r"(?:people management|supervisory|managerial)\b|(?<=of )management\b(?![- ]side| accounting| accountancy)|"
    # "two years in the rank of sergeant", "three years as a superintendent or general foreman"
    r"(?:as an?|in the rank of)\s+(?:\w+\s+){0,2}?(?:supervisor|foreman|superintendent|sergeant|lieutenant)\b)",
    re.I,
)


def managing_years_asked(text: str) -> float | None:
    """ "4 years managing payroll teams", "3+ years of supervisory experience": years of leading people."""
    match = _MANAGING_ASKED.search(text)
    if match is None:
        return None
    years = _number(match.group(1))
    return years if years <= 40 else None


_EXCLUSION = compile_scanning(
    r"\b(?:cannot|can't|can not|will not|won't|do not|does not|doesn't|don't|are not|is not|isn't|aren't)"
    r" (?:be )?(?:considered|accepted|qualify|count|(?:meet|satisfy) (?:this|the|our)(?: [\w-]+)? requirement|"
    r"sufficient|enough|eligible|substituted?)\b|\bnot (?:accepted|considered|eligible)\b|"
    r"\b(?:is|are) not (?:suited|intended|designed|meant|right) (?:to|for)\b|"
    r"\b(?:cannot|can't|must not|may not) (?:already (?:hold|have|possess)|have (?:already )?completed)\b"
)


def _outside_examples(
    groups: tuple[tuple[str, ...], ...], clause: str, concepts: _LineConcepts
) -> tuple[tuple[str, ...], ...]:
    """In "2+ years of operating-room experience (surgical technologist, sterile processing, RN)" the
    parenthesis gives kinds of experience, not a licence to hold."""
    outside = set(concepts.groups(_strip_parentheses(clause))[2])
    return tuple(g for g in groups if not any(c.startswith("lex:") and c not in outside for c in g))


_MORE_THAN = compile_scanning(
    r"\b(?:more than|over|in excess of)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+(years?|months?)\b"
)


def _excluded_years(low: str) -> float | None:
    """ "Candidates with more than 12 months of credit analysis are not eligible": a ceiling of a year."""
    found = _MORE_THAN.search(low)
    if not found:
        return None
    amount = _number(found.group(1))
    return round(amount / 12, 2) if found.group(2).startswith("month") else amount


def _without_exclusions(clause: str) -> str:
    """The clause with its excluding parts left out: "RHIT or CCS (CPC alone not accepted)" -> "RHIT or CCS"."""
    # "... two years of flag dispatch, including ETOPS releases, and domestic-only experience does not qualify"
    # "RHIT or CCS (CPC alone not accepted)": an aside that excludes goes alone
    clause = _ASIDE.sub(lambda m: " " if _EXCLUSION.search(m.group(0).lower()) else m.group(0), clause)
    if _COMPOUND_SUBJECT_EXCLUDED.match(clause):
        return ""
    parts = re.split(r";|\s[-–—]\s|\.\s|,\s+(?:and|but|while|so)\s+", clause)
    # "other certifications (ACE, PCD) do not meet this requirement": the whole part names what is not asked
    kept = [p for p in parts if not _EXCLUSION.search(p.lower())]
    return " ".join(x.strip(" ,") for p in kept for x in re.split(r"[()]", p) if x.strip(" ,"))


_ASIDE = compile_scanning(r"\([^()]*(?:\)|$)")  # an aside the clause split may have left open
# "The NEHA REHS/RS credential, and licenses or registrations from other states, do not meet this requirement": the
# subject before ", and" is excluded with the rest
_COMPOUND_SUBJECT_EXCLUDED = compile_scanning(
    r"^[^,;.]{3,80},\s+and\s+[^,;.]{3,80},\s+(?:do|does|are|is|will) not (?:meet|satisfy|count|qualify|be)\b", re.I
)


# "applicants without a Minnesota license will not be considered" is a requirement after all, and so is
# "candidates still working toward it will not be considered"
_WITHOUT = compile_scanning(
    r"\b(?:without|unless|lacking|who (?:do not|don't) (?:hold|have)|no |working toward|pending|in progress|"
    r"board[- ]eligible|who (?:have not|haven't) (?:completed|obtained|earned|passed|finished))\b"
)
_CONDITION = _Folded(
    compile_scanning(
        r"^[^a-z]*(?:(?:be )?(?:able|willing)(?: to)? |must |ability to )?"
        r"(?:(?:pass|undergo|submit to|consent to|clear)\b"
        r".*\b(?:screen(?:ing)?|background|check|physical|test(?:ing)?|drug)\b"
        # "Successful completion of background, polygraph, psychological and medical evaluation"
        r"|successful(?:ly)? complet\w*(?: of)? (?:a |an |the )?"
        r"(?:background|polygraph|psycholog|medical exam|drug|physical))",
        re.I,
    )
)
_TIME_IN_GRADE = compile_scanning(r"^\W*time[- ]in[- ]grade\b")
_TRAINING_AFTER_HIRE = compile_scanning(
    r"\b(?:complete|attend|pass|finish)\b[^.;]{0,60}\btraining\b[^.;]{0,40}?\b(?:within|after (?:hire|appointment)|"
    r"upon (?:hire|appointment)|during (?:the )?(?:first|probation\w*))"
)
# credentials nearly every candidate holds and few resumes list: absent from a resume, not missing
_ASSUMED = frozenset({"lex:drivers_licence"})


def _english_only(group: tuple[str, ...]) -> bool:
    return group == ("lex:english",)


def _is_domain_group(group: tuple[str, ...], taxonomy: Taxonomy) -> bool:
    return all(c in taxonomy.concepts and taxonomy.concept(c).kind == "domain" for c in group)


def _is_language_group(group: tuple[str, ...], taxonomy: Taxonomy) -> bool:
    return all(c in taxonomy.concepts and taxonomy.concept(c).kind == "language" for c in group)


_REQUIREMENT_HINT = _Folded(
    compile_scanning(
        r"\b(experience|years?|degree|certif\w*|licen[cs]\w*|knowledge of|proficien\w*|familiar\w*|ability to|"
        r"must|required|skills?|fluen\w*|background in|understanding of|endorsement|ideally|you have|you.ve|"
        r"we (?:also |really )?need|(?<!if )you(?: will|.ll)? need(?!\s*:)|we.d (?:really )?like|a plus|preferred|"
        r"record of|requires?|credential|registered|certified|"
        # "Professional Mandarin, spoken and written, is a requirement for this position"
        r"(?:is|are) (?:a |an absolute |a firm )?requirements?|mandatory|non-negotiable|"
        # "our contract stipulates that everyone hold an active Secret clearance", "we can only move forward with"
        r"clearance|stipulat\w*|move forward with|entitled to work|authori[sz]ed to work|already hold|"
        r"right to (?:live and )?work|open only to|already have)\b",
        re.I,
    )
)


@dataclass
class _Units:
    """What one posting asks and describes, gathered first so that one batched phrase search covers it."""

    clauses: list[tuple[int, str, bool, Section]] = field(default_factory=list)  # line, clause, aside, section
    duty_lines: list[tuple[int, str, bool]] = field(default_factory=list)  # line, text, is a duty


def parse_posting(text: str, taxonomy: Taxonomy | None = None, *, occupations: bool = True) -> PostingProfile:
    """Read a job posting. Raises InvalidInput for an empty, oversized or non-English posting.
    `occupations=False` skips the nearest ESCO occupations (shown in explanations, not scored)."""
    check_text(text, "posting")
    with names_written_in() as written:
        return _read_posting(text, taxonomy or load_taxonomy(), occupations, written)


def _read_posting(text: str, taxonomy: Taxonomy, occupations: bool, written: dict[str, str]) -> PostingProfile:
    given = text.replace("\r\n", "\n").split("\n")
    raw_lines, origin = reflow(given, _is_header)
    title_index, title = _title_after_employer(raw_lines, *_title(raw_lines), taxonomy.role_heads)
    title = _labelled_title(raw_lines) or title
    headers = [_header_section(raw) if i != title_index else None for i, raw in enumerate(raw_lines)]
    _demote_list_items(raw_lines, headers)
    _demote_title_block(raw_lines, headers, title_index)
    raw_lines, run_in = _split_run_in_headers(raw_lines, title_index, headers)
    cut = frozenset(i for i in range(1, len(origin)) if origin[i] == origin[i - 1])
    lines, headers = _unwrapped(raw_lines, title_index, headers, cut)
    units = _gather_units(lines, title_index, headers, run_in)
    concepts = _LineConcepts(taxonomy)
    texts = [c[1] for c in units.clauses]
    texts += [_strip_parentheses(c[1]) if "(" in c[1] else "" for c in units.clauses]
    texts += [d[1] for d in units.duty_lines] + [title]
    token_lines = [tokens(t) if t else [] for t in texts]
    by_line: dict[int, list[Mention]] = {}
    for mention in taxonomy.find_in_lines(texts, token_lines):
        by_line.setdefault(mention.line, []).append(mention)
    count = len(units.clauses)
    requirements: list[Requirement] = []
    key: dict[str, float] = {}
    duties: set[str] = set()
    for position, (number, clause, aside, section) in enumerate(units.clauses):
        own = mentions = by_line.get(position, [])
        if texts[count + position]:
            mentions = mentions + by_line.get(count + position, [])
        found = _requirement(clause, number, section, aside, concepts, token_lines[position], mentions, own)
        if found and _restates(found, requirements):
            continue
        if found:
            requirements.append(found)
            _weigh(key, found)
    for position, (_number, _line, is_duty) in enumerate(units.duty_lines):
        for mention in by_line.get(2 * count + position, []):
            for cid in mention.concept_ids[:3]:
                key[cid] = max(key.get(cid, 0.0), 0.6 if is_duty else 0.25)
                if is_duty:
                    duties.add(cid)
    for mention in by_line.get(len(texts) - 1, []):
        for cid in mention.concept_ids[:3]:
            key[cid] = 1.0
            duties.add(cid)
    title_mentions = by_line.get(len(texts) - 1, [])
    requirements = _alternative_paths(requirements)
    requirements += _title_gates(title, title_index, concepts, requirements, title_mentions, token_lines[-1])
    if len(origin) != len(given):  # a pasted posting was cut into lines: cite the lines as given
        requirements = [replace(r, line=origin[r.line - 1] + 1) for r in requirements]
    if "experience" in text:
        requirements = [_with_strict_years(r, given) for r in requirements]
    words = frozenset(w for line in token_lines for w in line if w not in STOPWORDS and w not in PUNCTUATION)
    read = _Read(words, written, find_rejections(given, taxonomy))
    return _profile(title, given, requirements, key, taxonomy, frozenset(duties), occupations, read)


def _restates(found: Requirement, before: list[Requirement]) -> bool:
    """ "... to hold a current LenelS2 OnGuard technical certification. Candidates must hold this certification at
    the time of hire.": the second sentence asks again for the credential of the first."""
    return (
        found.kind == "general"
        and bool(before)
        and before[-1].line == found.line
        and bool(before[-1].gates)
        and _THIS_CREDENTIAL.search(found.text) is not None
    )


_THIS_CREDENTIAL = compile_scanning(
    r"\b(?:this|that|these|those|the above|such) "
    r"(?:certifications?|certificates?|credentials?|licen[cs]es?|registrations?|endorsements?)\b",
    re.I,
)


def _alternative_paths(requirements: list[Requirement]) -> list[Requirement]:
    """ "Associate degree AND 12 months of experience / - OR a bachelor's degree / - OR 2 years of
    experience": civil-service minimums list paths of which any one will do. The requirements of a line
    opened by "OR" become an alternative path of each requirement on the line before it."""
    out: list[Requirement] = []
    head: list[int] = []  # where the requirements of the line before the "OR" lines are in `out`
    index = 0
    while index < len(requirements):
        requirement = requirements[index]
        if head and requirement.importance == "must" and _another_path(requirement, out[head[-1]]):
            path, index = _one_path(requirements, index)
            for position in head:
                out[position] = replace(out[position], alternatives=(*out[position].alternatives, path))
            continue
        if not head or requirement.line != out[head[-1]].line:
            head = []
        if requirement.importance == "must":
            head.append(len(out))
        out.append(requirement)
        index += 1
    return out


def _one_path(requirements: list[Requirement], start: int) -> tuple[tuple[Requirement, ...], int]:
    """The requirements of the "OR" line at `start`, and the index after them."""
    end = start + 1
    while (
        end < len(requirements)
        and requirements[end].line == requirements[start].line
        and not _OR_PATH.match(requirements[end].text)
        and not _opens_a_labelled_path(requirements[end].text)
    ):
        end += 1
    return tuple(requirements[start:end]), end


_OR_PATH = compile_scanning(r"^\W*or\b", re.I)
# "GS-11: one year of specialized experience ..." then "GS-12: ...": an applicant qualifies at one grade
_GRADE_PATH = compile_scanning(r"^\W*(?:for (?:the )?|at (?:the )?)?(?:GS|GG|GL|WG)-?\d{1,2}(?: level)?\s*[:-]", re.I)


# "Pattern I — Bachelor's degree ..." then "Pattern II — Master's degree ...", "Option 1:", "Alternative B -"
_NAMED_PATH = compile_scanning(
    r"^\W*(?:pattern|option|alternative|path|route|track)\s+(?:[IVX]{1,4}|\d{1,2}|[A-D])\b\s*[:—–-]", re.I
)


def _opens_a_labelled_path(text: str) -> bool:
    return any(p.match(text) is not None for p in _PATH_LABELS)


def _another_path(requirement: Requirement, previous: Requirement) -> bool:
    if _OR_PATH.match(requirement.text):
        return True
    return any(p.match(requirement.text) is not None and p.match(previous.text) is not None for p in _PATH_LABELS)


_PATH_LABELS = (_GRADE_PATH, _NAMED_PATH)


def _with_strict_years(requirement: Requirement, given: Sequence[str]) -> Requirement:
    if requirement.years_min is None:
        return requirement
    paragraph: list[str] = []
    for line in given[requirement.line - 1 : requirement.line + 3]:
        if not line.strip():
            break
        paragraph.append(line)
    joined = " ".join(paragraph)
    low = joined.lower()
    # every refusal the pattern knows says "not" or "n't": most paragraphs are ruled out without it
    found = _OTHER_EXPERIENCE_REFUSED.search(joined) if "not" in low or "n't" in low else None
    return replace(requirement, strict_years=True) if found else requirement


# "general OR experience will not be considered in its place", "yard experience does not substitute for it"
_OTHER_EXPERIENCE_REFUSED = compile_scanning(
    r"\bexperience\b[^.;]{0,60}?\b(?:will not|won't|does not|doesn't|do not|don't|cannot|can't|is not|are not)"
    r" (?:be )?(?:considered|count|substitute|qualify|accepted|meet|satisfy|enough|sufficient)",
    re.I,
)


def _demote_list_items(raw_lines: Sequence[str], headers: list[Section | None]) -> None:
    """ "Forklift certification" or "Lead experience" between two items of an unbulleted list is an item
    too, not a header: such a short line is a header only when it is set apart or written like one."""
    for index in range(1, len(raw_lines) - 1):
        if headers[index] in (None, "other") or not _plain_short_line(raw_lines[index]):
            continue
        before, after = raw_lines[index - 1], raw_lines[index + 1]
        # a header written with a colon opens a list: the short line right under it is its first item
        opened = headers[index - 1] is not None and before.strip().endswith(":")
        if ((_plain_line(before) and headers[index - 1] is None) or opened) and after.strip():
            headers[index] = None


def _demote_title_block(raw_lines: Sequence[str], headers: list[Section | None], title_index: int) -> None:
    """ "Piedmont Carolina Medical Network / Certified Fitter-Orthotics / Charlotte, NC": a line of the block a
    posting opens with names the job, the employer or the place, and opens no list, whatever its words."""
    index = title_index + 1
    while 0 < index < len(raw_lines) - 1 and raw_lines[index].strip():
        line, after = raw_lines[index], raw_lines[index + 1]
        if (
            headers[index] in ("must", "nice")
            and _plain_line(line)
            and not line.rstrip().endswith(":")
            and _plain_line(after)
            and _OPENING_HEADER_WORD.match(line) is None
        ):
            headers[index] = None
        index += 1


# a line that starts with a header's own word is a header even right under the title: "Requirements"
_OPENING_HEADER_WORD = compile_scanning(
    r"(?:minimum|basic|required|requirements?|preferred|qualifications?|must|nice|bonus|skills|experience|"
    r"education|desired|essential|what|who|your|about|you)\b",
    re.I,
)


def _plain_line(line: str) -> bool:
    """Flush left and starting with a letter or digit: no bullet, indent or decoration."""
    return bool(line) and line[0].isalnum()


def _plain_short_line(line: str) -> bool:
    """A plain line that is a header only by being short: no colon, capitals or title case."""
    text = line.strip()
    if not _plain_line(line) or text.endswith(":") or text.isupper():
        return False
    words = [w for w in text.split() if w[0].isalpha()]
    return not all(w[0].isupper() for w in words) and _HEADER_PHRASE.search(text.lower()) is None


def _is_header(line: str) -> bool:
    return _header_section(line) is not None


def _unwrapped(
    raw_lines: list[str], title_index: int, headers: list[Section | None], cut: frozenset[int] = frozenset()
) -> tuple[list[str], list[Section | None]]:
    """Paragraphs hard-wrapped over several lines, as in postings copied from a PDF or an email, joined
    back: each sentence is read whole, on its first line (the lines it took are left empty). Returns the
    lines and their headers (`headers` are the raw lines'). Lines `cut` from a pasted line are not joined
    back: the layout they were cut at ended them."""
    lines, heads = list(raw_lines), list(headers)
    start = None
    for index in range(title_index + 1, len(lines)):
        if (
            start is not None
            and index not in cut
            and _continues(lines[start], heads[start], lines[index], heads[index])
        ):
            lines[start] = f"{lines[start].rstrip()} {lines[index].strip()}"
            heads[start] = _header_section(lines[start])
            lines[index], heads[index] = "", None
            continue
        start = index if lines[index].strip() else None
    return lines, heads


def _continues(line: str, line_header: Section | None, following: str, following_header: Section | None) -> bool:
    """Whether `following` goes on with the sentence that `line` leaves open."""
    text, nxt = line.rstrip(), following.strip()
    if not text or not nxt or _BULLET_START.match(following) or following_header is not None:
        return False
    if line_header is not None or text.endswith((".", ":", "!", "?", ";")):
        return False
    if following[0] in " \t" and _BULLET_START.match(line):
        return True  # "- ... OR CRNA with a current Georgia / (indented) RN licence": a bulleted item's wrapped line
    if nxt[0].isupper() and len(nxt) < 40 and not nxt.endswith("."):
        return False  # "Forklift certification" under a long item: the next item of an unbulleted list
    return nxt[0].islower() or (len(text) >= 70 and text[-1].isalnum()) or text.endswith(",")


# "REQUIREMENTS:- 3+ yrs as process tech", "Preferred: CEBS": a header run into its first item
_RUN_IN_HEADER = compile_scanning(
    r"^\s*(?:[#*]+\s*)?((?:(?:minimum|basic|required|preferred|desired|additional|key|job|must[- ]have)\s+)?"
    r"(?:requirements|qualifications|skills|responsibilities|duties)|preferred|nice[- ]to[- ]have|must[- ]haves?|"
    r"bonus(?: points)?|required|desired|what you.ll do|what you bring|what we.re looking for|about you|you have|"
    # "Nice: OEM service certs, electrician license."; "About ChargeLine: we've done field service since 2011"
    # names the employer, where "About the desk: fluent Spanish is required" is about the job
    r"nice|pluses|helpful|ideally|good to have|great to have|assets|"
    # "Certification required at hire: SHRM-SCP or SPHR."
    r"(?:licen[cs]e|licensure|certifications?|credentials?|clearance) required(?: at (?:hire|start|application|"
    r"appointment))?|"
    r"about (?!(?:the|this|you|your|our|us|a|an)\b)(?-i:[A-Z])[\w&.'’-]+(?: [\w&.'’-]+){0,2}|"
    r"what we offer|benefits|perks|about us|why join us|how to apply|conditions of employment|"
    r"grade determinations?|physical requirements|working conditions)"
    r"\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?:[-•*▪·]\s*)?(\S.*)$",
    re.I,
)


# "What you'll need: Four or more years ...", "Nice to have, truly not required: a Certified Pommelier ...": a
# short label of two to six words that opens the asks or the preferences ("Education: ..." is one item of a list;
# "You'll do what business brokers do: meet owners ..." is a sentence)
_RUN_IN_LABEL = compile_scanning(
    r"^\s*(?:[#*]+\s*)?((?!about\b)[A-Za-z][\w'’ ,-]{3,48}?)\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*(\S.*)$", re.I
)


def _run_in_label(raw: str) -> re.Match[str] | None:
    found = _RUN_IN_LABEL.match(raw)
    if found is None or not 2 <= len(found.group(1).split()) <= 6:
        return None
    return found if _header_section(f"{found.group(1)}:") in ("must", "nice") else None


def _split_run_in_headers(
    raw_lines: list[str], title_index: int, headers: list[Section | None]
) -> tuple[list[str], frozenset[int]]:
    """A line that opens a section and holds its first item: the header is recorded in `headers` and the
    line keeps the item, as a bullet. Returns the lines and the indexes of such lines."""
    lines, run_in = list(raw_lines), set()
    for index, raw in enumerate(raw_lines):
        if index == title_index or headers[index] is not None or ":" not in raw:
            continue
        found = _RUN_IN_HEADER.match(raw) or _run_in_label(raw)
        section = _header_section(f"{found.group(1)}:") if found else None
        if found and section is not None:
            inner = _header_section(found.group(2))
            if inner is not None and (inner == "other" or found.group(2).strip().isupper()):
                headers[index] = inner  # "REQUIREMENTS: CONDITIONS OF EMPLOYMENT" opens the second
                continue
            headers[index], lines[index] = section, f"- {found.group(2)}"
            run_in.add(index)
            if section in ("must", "nice"):
                _close_after_paragraph(raw_lines, headers, index)
    return lines, frozenset(run_in)


_BULLETED = compile_scanning(r"^\s*(?:[-•*▪◦●·]|\d{1,2}[.)])\s")


def _close_after_paragraph(raw_lines: Sequence[str], headers: list[Section | None], start: int) -> None:
    """ "You'll need: two years of pool routes, ...": a run-in header holds its own paragraph; prose after a
    blank line ("Full-time, company vehicle, health insurance after 60 days.") is no longer the list of asks."""
    end = start + 1
    while end < len(raw_lines) and raw_lines[end].strip():
        end += 1
    while end < len(raw_lines) and not raw_lines[end].strip():
        end += 1
    if end < len(raw_lines) and headers[end] is None and not _BULLETED.match(raw_lines[end]):
        headers[end - 1] = "intro"  # on the blank line, so that the paragraph itself is still read


def _gather_units(
    raw_lines: Sequence[str], title_index: int, headers: Sequence[Section | None], run_in: frozenset[int] = frozenset()
) -> _Units:
    sections = _sections(headers)
    explicit = "must" in sections  # a posting with only a "Nice to have" header states its asks in prose
    units = _Units()
    for index, raw in enumerate(raw_lines):
        section = sections[index]
        if explicit and section == "other":
            # benefits, pay, about us: nothing below reads them once requirements have headers, but for a gate
            # stated as one ("Only candidates who hold a current Top Secret clearance will be considered")
            units.clauses += _gates_asked_aside(index, clean_line(raw))
            continue
        line = clean_line(raw)
        if not line or index == title_index or (headers[index] is not None and index not in run_in):
            continue
        if (":" in line and _INLINE_LABEL.match(line)) or (len(line) < 100 and _names_pay(line)):
            continue  # "Salary: $80,000", "Location: Remote": facts about the job, not asks of the person
        negated = "not " in line or "no " in line.lower() or "n't " in line or "either" in line
        if negated and _NOT_REQUIRED.search(line):
            # "A nursing license is not required; nursing tasks are covered by the clinic RN."; an aside
            # "(no security clearance is required)" goes alone
            line = _NOT_REQUIRED_ASIDE.sub(" ", line)
            line = " ".join(x for x in _SENTENCE_BREAK.split(line) if not _NOT_REQUIRED.search(x))
            if not line:
                continue
        if ("either" in line or "one " in line or "not require" in line) and _NONE_REQUIRED.search(line):
            line, preferred = _none_required(line)
            units.clauses += [(index + 1, c, True, "nice") for x in preferred for c, _ in split_clauses(x)]
            if not line:
                continue
        if not explicit and section in ("intro", "other"):
            sentences = [
                x for x in _SENTENCE_BREAK.split(line) if _REQUIREMENT_HINT.found(x) and not _HEADCOUNT.search(x)
            ]
            for sentence in sentences:
                units.clauses += [(index + 1, c, aside, "must") for c, aside in split_clauses(sentence)]
            if sentences:
                continue
        if section in ("must", "nice"):
            units.clauses += [(index + 1, c, aside, section) for c, aside in split_clauses(line)]
        elif section in ("responsibilities", "intro"):
            units.duty_lines.append((index + 1, line, section == "responsibilities" or not explicit))
            if explicit and _may_ask(line) and STRONG_ASK.found(line):
                # "To be considered, you need at least three years of SWIFT processing": an ask stated once,
                # in the prose above the lists
                for sentence in _SENTENCE_BREAK.split(line):
                    if STRONG_ASK.found(sentence) and not (section == "responsibilities" and _duty(sentence)):
                        units.clauses += [(index + 1, c, aside, "must") for c, aside in split_clauses(sentence)]
    return units


# "Performs inspection under the federal standards the state program must be at least equal to": a duty
# opened by a verb in the third person, whatever its clauses say
_DUTY_OPENER = compile_scanning(r"^\W*([A-Z][a-z]{3,}?)(?:es|s)\b")
# the stems the opener captures before "es" or "s": "Verifies" -> "verifi", "Manages" -> "manag"
_DUTY_VERBS = frozenset(
    {
        "perform", "conduct", "verifi", "review", "manag", "coordinat", "prepar", "maintain", "provid", "develop",
        "ensur", "assist", "inspect", "investigat", "evaluat", "collect", "issu", "respond", "driv", "complet",
        "serv", "supervis", "lead", "overse", "analyz", "monitor", "writ", "operat", "plan", "direct", "assess",
        "determin", "document", "train", "support", "examin", "process", "repair", "install", "negotiat", "schedul",
        "audit", "research", "advis", "interview", "test",
    }
)


def _duty(sentence: str) -> bool:
    found = _DUTY_OPENER.match(sentence)
    return found is not None and found.group(1).lower() in _DUTY_VERBS


def _gates_asked_aside(index: int, line: str) -> list[tuple[int, str, bool, Section]]:
    """Strong asks for a credential, clearance or language in a section that otherwise asks nothing
    (USAJOBS' "Conditions of employment", "Additional information")."""
    if not (_may_ask(line) and _GATE_HINT.found(line) and STRONG_ASK.found(line)):
        return []
    return [
        (index + 1, clause, aside, "must")
        for sentence in _SENTENCE_BREAK.split(line)
        if _GATE_HINT.found(sentence) and STRONG_ASK.found(sentence) and not _ASIDE_ASKS_NOTHING.search(sentence)
        for clause, aside in split_clauses(sentence)
    ]


_GATE_HINT = _Folded(compile_scanning(r"clearance|licen[cs]|certificat|certified|\bfluen|bilingual", re.I))
# "No security clearance is required"; a driver's licence nearly everyone holds
_ASIDE_ASKS_NOTHING = compile_scanning(r"^\W*no\b|\bnot (?:required|needed)\b|\bdriver", re.I)


def _may_ask(line: str) -> bool:
    """A cheap test first: most duty lines hold none of the words a strong ask needs."""
    low = line.lower()
    return any(hint in low for hint in STRONG_ASK_HINTS)


STRONG_ASK_HINTS = (
    *("must", "need", "requir", "consider", "condition", "tested", "only ", "stipulat", "expected", "already"),
    "be licensed",
    *("has to", "have to"),
)
STRONG_ASK = _Folded(
    compile_scanning(
        r"\b(?:you (?:must|need|will need|are required to)|to be considered|we require|(?:candidates|applicants) "
        r"(?:must|need)|(?:is|are) (?:therefore |also |strictly |absolutely )?(?:required|needed)\b|"
        r"must (?:already )?(?:have|hold|be|bring|possess)|"
        r"(?:has|have) to (?:already )?(?:hold|possess|be (?:licensed|certified|registered))\b|"
        r"must (?:read|speak|write)\b|requires? (?:an? )?(?:active|current|valid|unrestricted)|"
        r"needs? (?:a minimum of|at least)|(?:will not|won't|cannot|can't) be considered|"
        # "the program requires every carman who signs inspections to hold ASNT Level II"
        r"requires? (?:all|every|each) [^.;]{0,60}? to (?:hold|have|possess)|"
        r"only (?:consider|accept|interview) (?:candidates|applicants|those|people)|"
        r"stipulates? that|(?:can|will) only move forward with|expected to already|"
        r"(?:someone|candidates?|applicants?|people|those|agents) who already (?:holds?|has|have)|"
        r"(?:will|must|shall) be licensed|having already (?:earned|obtained|passed)|(?:has|have) to be in place|"
        # "the position requires a ... certificate", "the agency therefore requires tested fluency in Spanish"
        r"(?:position|role|job|classification|program|firm|agency|district|contract|employer|company|state)(?:'s)?"
        r" (?:therefore |also |further )?requires?\b|"
        r"must (?:carry|maintain) an? (?:active|current|valid)|we hire will need to|"
        r"only (?:to|for) (?:agents|staff|people|those|candidates|applicants) who|"
        r"(?:is )?a condition of (?:hire|employment)|will be tested (?:for|on|in)|only (?:to )?(?:those|candidates|"
        r"applicants) who|is a requirement|must be on file)\b",
        re.I,
    )
)


_NOT_REQUIRED = compile_scanning(
    r"\b(?:is|are) not (?:required|necessary|needed)\b|"
    r"\bno (?:[\w-]+ ){1,3}(?:(?:is|are) )?(?:required|necessary|needed)\b|"
    # "No security clearance or public trust is required"
    r"\bno (?:[\w-]+ ){1,3}or (?:[\w-]+ ){1,3}(?:is|are) (?:required|necessary|needed)\b|"
    # "You don't need a real estate licence", "we don't require Spanish", "This customer does not require a
    # full-scope polygraph"
    r"\b(?:you|we) (?:don't|do not|won't|will not) (?:need|require)\b|"
    r"\b(?:customer|client|role|position|job|contract|program|employer) (?:does not|doesn't) require\b|"
    # "Neither the RN licence nor CHES is required"
    r"\bneither\b[^.;]{0,80}\bnor\b[^.;]{0,80}\b(?:is|are) (?:required|necessary|needed)\b",
    re.I,
)
_NOT_REQUIRED_ASIDE = compile_scanning(
    r"\((?=[^()]*\b(?:not|no) )(?:[^()]*\b(?:is|are) not |\s*no (?:[\w-]+ ){1,3}?(?:(?:is|are) )?)"
    r"(?:required|necessary|needed)\b[^()]*\)",
    re.I,
)
# "We hope for the CSP and Spanish; neither is required", "... a plus. None of these is required."
_NONE_REQUIRED = compile_scanning(
    r"\b(?:neither|none)(?: of (?:these|those|them|the above|which))? (?:is|are) "
    r"(?:required|necessary|needed|mandatory|a requirement)\b,?|"
    # "A CPA licence or RRG experience would strengthen an application, but we do not require either one"
    r"\b(?:we )?(?:do|does) not require (?:either|any|both|them|it)(?: one| of (?:them|these|those))?\b,?",
    re.I,
)


def _none_required(line: str) -> tuple[str, list[str]]:
    """The line without the sentences that "neither is required" makes preferences, and those sentences
    (the one it is in and, when it opens its sentence, the one before), without the phrase itself."""
    sentences = _SENTENCE_BREAK.split(line)
    preferred: set[int] = set()
    for number, sentence in enumerate(sentences):
        match = _NONE_REQUIRED.search(sentence)
        if match:
            preferred.add(number)
            if number and not sentence[: match.start()].strip(" ,;:-–—"):
                preferred.add(number - 1)
    kept = " ".join(x for n, x in enumerate(sentences) if n not in preferred)
    chosen = [_NONE_REQUIRED.sub(" ", x).strip() for n, x in enumerate(sentences) if n in preferred]
    return kept, [x for x in chosen if len(x) > 3]


_MONEY = compile_scanning(r"[$€£]\s?\d")
_SENTENCE_BREAK = compile_scanning(_NOT_AN_END + r"(?<=[.!?])\s+(?=[A-Z])")


def _names_money(line: str) -> bool:
    return ("$" in line or "€" in line or "£" in line) and _MONEY.search(line) is not None


def _names_pay(line: str) -> bool:
    """ "$28-$34/hour", "Salary: $80,000": pay, a fact of the job; "must have closed deals of $1M or more"
    and "managed a $2M budget" are asks of the person."""
    return _names_money(line) and not (_MONEY_ASK.search(line) and not _PAY_WORD.search(line))


_MONEY_ASK = compile_scanning(
    r"\b(?:must|required|experience|deals?|quota|budgets?|portfolios?|book of business|p&l|closed|closing|"
    r"managed|managing|sold|selling|raised|raising|loans?|assets)\b",
    re.I,
)
_PAY_WORD = compile_scanning(
    r"\b(?:salary|pay|paid|wages?|compensation|ote|bonus|hourly|hour|hr|annual(?:ly)?|per (?:year|hour|month)|"
    r"stipend|commission|range|sign-on|relocation|benefits?)\b",
    re.I,
)


def _weigh(key: dict[str, float], requirement: Requirement) -> None:
    weight = 1.0 if requirement.importance == "must" else 0.4
    for group in requirement.groups:
        share = weight / len(group)
        for cid in group:
            key[cid] = max(key.get(cid, 0.0), share)


def _title_gates(
    title: str,
    title_index: int,
    concepts: _LineConcepts,
    found: list[Requirement],
    mentions: list[Mention],
    title_tokens: list[str],
) -> list[Requirement]:
    """Licences and languages the title names are must-haves even when the text forgets to list them.
    `mentions` and `title_tokens` are the title's, from the posting's batched search."""
    if title_index < 0:
        return []
    stripped = _strip_parentheses(title)
    if stripped != title:
        mentions = mentions + concepts.taxonomy.find_in_lines([stripped])
    _skills, gates, _ = concepts.groups(title, title_tokens, mentions)
    gates = tuple(g for g in gates if not _english_only(g))
    listed = {g for r in found if r.importance == "must" for g in r.gates}
    listed_ids = {cid for g in listed for cid in g}
    missing = tuple(g for g in gates if not set(g) & listed_ids)
    if not missing:
        return []
    kind: RequirementKind = (
        "language" if all(_is_language_group(g, concepts.taxonomy) for g in missing) else "credential"
    )
    return [Requirement(text=title, line=title_index + 1, importance="must", weight=1.0, kind=kind, gates=missing)]


def _title(lines: Sequence[str]) -> tuple[int, str]:
    """The first line, when it reads like a job title (short, no sentence, not a "Requirements:" header)."""
    for index, raw in enumerate(lines):
        line = clean_line(raw)
        if not line:
            continue
        if len(line.split()) > 14 and _TITLE_SEPARATOR.search(line):
            # "Bilingual Detention Deputy • Collier County Sheriff's Office • Naples, FL • $61,000": the
            # employer, place and pay set apart by separators
            line = _TITLE_SEPARATOR.split(line, maxsplit=1)[0]
        if len(line.split()) <= 14 and not line.endswith((".", ":")) and not _INLINE_LABEL.match(line):
            # "PROCESS TECHNICIAN     Erie, PA     Nights": the place and shift set apart by spaces
            return index, _WIDE_GAP.split(line, maxsplit=1)[0] if "  " in line or "\t" in line else line
        return -1, ""
    return -1, ""


def _title_after_employer(lines: Sequence[str], index: int, title: str, heads: frozenset[str]) -> tuple[int, str]:
    """ "GUNPOWDER FALLS PUBLIC SCHOOLS / Towson, Maryland / LEAD PUPIL PERSONNEL WORKER": a posting that opens
    with its employer names the job on one of the next few lines."""
    if index < 0 or not _EMPLOYER_LINE.search(title) or _may_name_a_role(title, heads):
        return index, title
    for later in range(index + 1, min(len(lines), index + _EMPLOYER_BLOCK)):
        line = clean_line(lines[later])
        if (
            line
            and len(line.split()) <= 10
            and not line.endswith((".", ":"))
            and _header_section(lines[later]) in (None, "must", "nice")
            and _OPENING_HEADER_WORD.match(line) is None
            and not _INLINE_LABEL.match(line)
            and _names_a_role(line, heads)
            and not _EMPLOYER_LINE.search(line)
        ):
            return later, line
    return index, title


_EMPLOYER_BLOCK = 5


def _names_a_role(line: str, heads: frozenset[str]) -> bool:
    """A part of the line ends on a word job titles end on: "Lead DXA Technologist", "Anaplastologist"."""
    for part in _TITLE_PARTS.split(line):
        words = [w for w in _WORD.findall(_strip_parentheses(part)) if w.lower() not in _LEVEL_WORDS]
        # "Certified Fitter-Orthotics": a hyphen may join the kind of work to the role
        last = words[-1].lower().split("-") if words else []
        if any(_last_token(piece) in heads for piece in last):
            return True
        if last and last[-1].endswith("ist") and len(last[-1]) > 5:  # "Anaplastologist", "Ocularist"
            return True
    return False


def _may_name_a_role(line: str, heads: frozenset[str]) -> bool:
    """Any sign of a job in the line: a role word anywhere ("Director of Finance & Operations", "Travel RN")."""
    words = [w.lower() for w in _WORD.findall(line)]
    return any(w in _ROLE_WORDS or _last_token(w) in heads for w in words if len(w) > 1)


def _last_token(text: str) -> str:
    found = tokens(text)
    return found[-1] if found else ""


_ROLE_WORDS = frozenset(
    ("rn", "lpn", "lvn", "cna", "np", "pa", "crna", "aprn", "cpa", "foreman", "forewoman", "journeyman",
     "journeyperson")
)
# a line naming an employer, or a careers page's own lines: "Capitol Ridge Health", "STATE OF NEVADA", "Job Details"
_EMPLOYER_LINE = compile_scanning(
    r"(?i:\b(?:inc|llc|l\.l\.c|ltd|plc|corp|corporation|company|co|health|healthcare|hospital|hospitals|schools|"
    r"district|university|college|county|department|agency|authority|commission|institute|foundation|fund|"
    r"laboratory|careers|services|network|partners|group|bank|systems|associates|staffing|clinic|center|centre|"
    r"job details|job description)\.?\s*$|^(?:state|city|county|town|village|commonwealth) of\b|"
    r"\bcareers\b|\bjob details\b)"
)
_TITLE_PARTS = compile_scanning(r"\s+[-–—|/•]\s+|,\s*|\s{3,}|\t")
_LEVEL_WORDS = frozenset(["i", "ii", "iii", "iv", "v", "senior", "junior", "sr", "sr.", "jr", "remote", "hybrid"])
_WORD = compile_scanning(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


def _labelled_title(lines: Sequence[str]) -> str:
    """ "Working Title: Compliance Officer II - Intercollegiate Athletics": a career site's field naming the
    job, which its first lines ("Skip to Main Content") do not."""
    for line in lines[:_TITLE_FIELD_LINES]:
        if ":" in line:
            found = _TITLE_FIELD.match(clean_line(line))
            if found and found.group(1).strip():
                return found.group(1).strip()
    return ""


_TITLE_FIELD_LINES = 30
_TITLE_FIELD = compile_scanning(
    r"^(?:working title|job title|position title|official title|posting title|job posting|"
    r"class(?:ification)? title)\s*:\s*(.{3,90})$",
    re.I,
)
_WIDE_GAP = compile_scanning(r"\s{3,}|\t")
_TITLE_SEPARATOR = compile_scanning(r"\s{3,}|\t|\s(?:[•|·▪—–]|--)\s")
_INLINE_LABEL = compile_scanning(
    r"^(salary|pay|pay range|compensation|wage|wages|benefits|location|schedule|hours|shift|job type|"
    r"employment type|type|start date|reports to|travel|department|req(uisition)? id|posted|apply|"
    r"remote|perks)\b[^:]{0,20}:",
    re.I,
)


def _sections(headers: Sequence[Section | None]) -> list[Section]:
    current: Section = "intro"
    out: list[Section] = []
    for header in headers:
        if header is not None:
            current = header
        out.append(current)
    return out


# A program for people starting out, which says so and sends experienced people elsewhere
_CREDENTIALED = (
    r"(?:\b(?:experienced|certified|licensed|certificated|credentialed)\b|\bwho (?:currently |already )?hold\b|"
    # "Applicants with more than one year of CNC press brake experience should apply for ... instead"
    r"\bwith (?:more than|over) (?:one|a|two|1|2) years?\b)"
)
_ENROLLED = r"\bcurrent(?:ly)? enrol(?:l?ed|l?ment)\b|\bmust be (?:currently )?enrol(?:l?ed)\b"
_RETURNING = r"\breturn to school"
_PROGRAM_IS_FOR = r"\b(?:program|position|role|cohort) is (?:reserved |only |designed |intended )?for "
# Each cue is sought only when its cheap substrings are in the lowered text: most postings have none,
# and the expressions cost a tenth of a millisecond when run on a whole posting.
_NEWCOMER_CUES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (hints, compile_scanning(pattern))
    for hints, pattern in (
        # an internship or student job: "requires current enrollment in a degree program"
        (("enrol",), _ENROLLED),
        (("return to school",), _RETURNING),
        (("new grad",), r"\bnew grad(?:uate)? (?:program|programme|cohort|track|class)\b"),
        (
            ("not suited", "not intended", "not designed", "not meant", "not right"),
            r"\b(?:is|are) not (?:suited|intended|designed|meant|right) (?:to|for)\b[^.]{0,80}?\b"
            r"(?:licensed|certified|experienced|more than|over)\b",
        ),
        (
            ("is an early", "is an entry", "is a junior"),
            # "This is an entry-level, non-licensed position"
            r"\b(?:this is|is) an? (?:early[- ]career|entry[- ]level|junior)(?:,? [\w-]+)? (?:position|role|job|"
            r"opportunity)",
        ),
        (
            ("apply", " see "),
            _CREDENTIALED + r"[^.]{0,60}?\b(?:should|must|please)\s+(?:apply|see)\b[^.]*\b"
            r"(?:instead|separate|other|openings|postings|roster)",
        ),
        (("considered",), _CREDENTIALED + r"[^.;]{0,60}?\b(?:will not|won't|cannot|can't) be considered"),
        # "Candidates with more than two years ... will be considered for our Specialist openings instead"
        (("considered for",), _CREDENTIALED + r"[^.;]{0,80}?\bwill be considered for\b[^.]*\binstead\b"),
        # "this is an entry post designed for graduates who have had no more than a year of hands-on testing"
        (
            ("designed for", "intended for", "meant for"),
            r"\b(?:entry|entry-level|trainee|training|starter)\s+(?:post|position|role|program|programme)\s+"
            r"(?:designed|intended|meant)\s+for\b",
        ),
        (("unlicensed",), r"\bunlicensed (?:support |entry[- ]level |assistant )?(?:position|role)"),
        (
            ("is for",),
            r"\bis for (?:people|those|candidates|applicants|recruits|individuals) who (?:are not yet|have not yet|"
            r"have never|do not yet)\b|"
            r"\bis for (?:people|those|candidates|graduates) (?:who are )?(?:starting|beginning|early in|new to)\b",
        ),
        (
            ("already hold", "already have", "already possess"),
            r"\b(?:cannot|can't|must not|may not) already (?:hold|have|possess)\b",
        ),
        (
            ("who already",),
            r"\b(?:applicants|candidates|those) who already (?:hold|have)\b[^.]{0,120}\b(?:are not eligible|"
            r"will not be considered|cannot be considered|need not apply|are overqualified|will be (?:referred|"
            r"directed|redirected))|"
            # "Candidates who already manage a banquet department are encouraged to look at our management openings"
            r"\b(?:applicants|candidates|those) who already\b[^.]{0,80}\b(?:are encouraged to|should|may want to|"
            r"please) (?:look at|apply (?:to|for)|see|consider)\b[^.]{0,40}\b(?:openings|roles|positions|postings)",
        ),
        (
            ("is reserved", "is only", "is designed", "is intended", "is for"),
            _PROGRAM_IS_FOR
            + r"\w+ who are new to|"
            + _PROGRAM_IS_FOR
            + r"(?:new|recent|people new|those new|entry|early)",
        ),
        (
            # "for people with no hazardous waste experience; field chemists will be referred to other openings"
            ("with no", "with little", "referred to", "directed to"),
            r"\bis for (?:people|candidates|those|applicants) with (?:no|little) (?:[\w-]+ ){0,3}experience\b|"
            r"\bwho (?:have )?already (?:worked|work) as\b[^.]{0,60}\bwill be (?:referred|directed) to\b",
        ),
        (
            # "Working piano technicians are not eligible for this program"; "a good ear but no professional
            # tuning experience"
            ("not eligible", "no professional", "no paid"),
            r"\b(?:working|experienced|practicing|practising|licensed|certified|professional) [\w -]{1,40}? "
            r"(?:are|is) not eligible\b|"
            r"\b(?:looking for|seeking|want)\b[^.]{0,80}\bno (?:professional|paid) (?:[\w-]+ ){0,3}experience\b",
        ),
        (
            ("trainee-level", "entry-level", "no experience", "no prior experience"),
            r"\btrainee-level position|\bthis is an entry-level|\bin this entry-level (?:role|position)|"
            r"\bno (?:prior )?experience (?:is )?(?:needed|required|necessary)",
        ),
    )
)


# every cue's hints found in one pass over the posting instead of one search per hint
_NEWCOMER_HINT_FINDER = _substring_finder((hint, hint) for hints, _ in _NEWCOMER_CUES for hint in hints)


def _for_newcomers(low: str) -> bool:
    """A programme for people starting out, which says so and sends experienced people elsewhere (on
    the posting's lowered text)."""
    present = {hint for _end, hint in _NEWCOMER_HINT_FINDER.iter(low)}
    return bool(present) and any(
        not present.isdisjoint(hints) and pattern.search(low) is not None for hints, pattern in _NEWCOMER_CUES
    )


def _profile(
    title: str,
    raw_lines: Sequence[str],
    requirements: list[Requirement],
    key: dict[str, float],
    taxonomy: Taxonomy,
    duties: frozenset[str],
    with_occupations: bool,
    read: _Read,
) -> PostingProfile:
    musts = [r for r in requirements if r.importance == "must"]
    years = [r.years_min for r in musts if r.years_min is not None]
    years_min = max(years) if years else None
    maxima = [r.years_max for r in musts if r.years_max is not None]
    years_max = max(maxima) if maxima and (years_min is None or max(maxima) >= years_min) else None
    low = "\n".join(raw_lines).lower()
    newcomers = _for_newcomers(low)
    if newcomers:
        years_max = 1.0 if years_max is None else min(years_max, 1.0)
    degrees = [r.degree for r in musts if r.degree]
    seniority, people = _posting_seniority(title, years_min, low)
    # a job that asks for years is no entry job, whatever one line says ("no experience is needed" for one task)
    if newcomers and (years_min is None or years_min < 2) and not seniority.from_title and seniority.level > 0:
        seniority = Seniority(0, LEVEL_NAMES[0], False, "a job for people starting out")
    occupations = (
        tuple((o.name, s) for o, s in taxonomy.nearest_occupations(title)) if title and with_occupations else ()
    )
    return PostingProfile(
        title=title,
        lines=tuple(raw_lines),
        requirements=tuple(requirements),
        key_concepts=key,
        seniority=seniority,
        years_min=years_min,
        years_max=years_max,
        degree=min(degrees, key=lambda d: d.level) if degrees else None,
        occupations=occupations,
        people_manager=people,
        duties=duties,
        no_sponsorship="sponsor" in low and _NO_SPONSORSHIP.search(low) is not None,
        students_only=_for_students(low),
        words=read.words,
        written_names=read.written_names,
        rejections=read.rejections,
    )


@dataclass(frozen=True)
class _Read:
    """What `_read_posting` reads beside the profile's own fields."""

    words: frozenset[str]
    written_names: dict[str, str]
    rejections: tuple[Rejection, ...]


def _for_students(low: str) -> bool:
    return ("enrol" in low or "return to school" in low) and _STUDENTS.search(low) is not None


_STUDENTS = compile_scanning(f"{_ENROLLED}|{_RETURNING}")


_NO_SPONSORSHIP = compile_scanning(_NO_SPONSORSHIP_PATTERN, re.I)
