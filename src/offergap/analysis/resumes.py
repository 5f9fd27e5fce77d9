"""Resume understanding: skills with the line that evidences each, total and per-skill years from the date
ranges, seniority, degrees, licences and certifications, the occupation profile and a focus measure."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from offergap.analysis.phrase_spans import tokens
from offergap.analysis.posting_credentials import _STATE_CODES, endorsement_groups, state_licence_groups, states_named
from offergap.analysis.posting_levels import LEVEL_NAMES, is_specialist_manager, title_level, years_level
from offergap.analysis.posting_text import _BULLET_START, check_text, clean_line
from offergap.analysis.postings import _NUMBER_WORDS, parse_degree
from offergap.analysis.regex_start import compile_scanning
from offergap.analysis.skills import CREDENTIAL_KINDS, PUNCTUATION, STOPWORDS, Taxonomy, load_taxonomy

MAX_RESUME_BYTES = 1_000_000


@dataclass(frozen=True)
class Job:
    title: str
    line: int  # 0-based line index of the entry's heading
    start: float
    end: float
    kind: str  # "job", "internship" or "part-time"
    lines: tuple[int, ...]  # the entry's own lines (heading and bullets)

    @property
    def years(self) -> float:
        return max(self.end - self.start, 0.0)


@dataclass(frozen=True)
class Evidence:
    concept_id: str
    name: str
    line: int  # 0-based
    text: str
    years: float | None


@dataclass(frozen=True)
class ResumeDegree:
    level: int
    fields: tuple[str, ...]
    line: int
    text: str


@dataclass
class _Memo:
    by_word: dict[str, tuple[int, ...]] | None = None
    acronyms: dict[str, frozenset[str]] | None = None
    year_claims: tuple[tuple[float, frozenset[str]], ...] | None = None
    managing_years: float | None = None


@dataclass(frozen=True)
class ResumeProfile:
    lines: tuple[str, ...]
    evidence: dict[str, Evidence] = field(hash=False)
    have: frozenset[str]  # concept ids, with their categories and ESCO links
    jobs: tuple[Job, ...]
    total_years: float
    claimed_years: float | None
    level: int
    level_from_title: bool
    degrees: tuple[ResumeDegree, ...]
    credentials: dict[str, int] = field(hash=False)  # credential id -> line
    pending_credentials: frozenset[str]
    credential_states: tuple[str, ...]
    languages: frozenset[str]
    occupations: tuple[tuple[str, float], ...]
    families: tuple[tuple[str, float], ...]
    focus: float
    line_words: tuple[frozenset[str], ...] = field(hash=False)
    words: frozenset[str] = field(hash=False)
    job_words: tuple[frozenset[str], ...] = field(hash=False)  # each job's words, its title's included
    credential_lines: frozenset[int] = frozenset()  # the lines under a Licences or Certifications header
    needs_sponsorship: int | None = None  # the line saying the person will need a work visa sponsored
    conversational: frozenset[str] = frozenset()  # languages held only at a conversational level

    @property
    def level_name(self) -> str:
        return LEVEL_NAMES[self.level]

    @property
    def max_degree(self) -> int:
        return max((d.level for d in self.degrees), default=0)

    def years_for(self, concept_ids: Sequence[str]) -> float:
        """Years of the jobs whose entries mention any of the concepts."""
        wanted = set(concept_ids)
        spans = [
            (job.start, job.end)
            for job in self.jobs
            if any(self._line_concepts.get(i, frozenset()) & wanted for i in job.lines)
        ]
        return _union_years(spans)

    @property
    def evidence_lines_by_word(self) -> dict[str, tuple[int, ...]]:
        """Word -> the lines of three words or more that hold it (shorter lines, such as a "PROJECTS"
        header, are not evidence); built once per resume so that a requirement visits only its lines."""
        if self._memo.by_word is None:
            self._memo.by_word = self._lines_by_word()
        return self._memo.by_word

    def _lines_by_word(self) -> dict[str, tuple[int, ...]]:
        index: dict[str, list[int]] = defaultdict(list)
        for number, words in enumerate(self.line_words):
            if len(words) >= 3:
                for word in words:
                    index[word].append(number)
        return {word: tuple(numbers) for word, numbers in index.items()}

    @property
    def acronyms(self) -> dict[str, frozenset[str]]:
        """The acronyms the resume spells out itself, as their words: "Washington Substance Use Disorder
        Professional (SUDP)" makes a later "Washington SUDP" name the same credential."""
        if self._memo.acronyms is None:
            self._memo.acronyms = self._spelled_acronyms()
        return self._memo.acronyms

    def _spelled_acronyms(self) -> dict[str, frozenset[str]]:
        found: dict[str, frozenset[str]] = {}
        for line in self.lines:
            if "(" in line:
                for words, acronym in _SPELLED_ACRONYM.findall(line):
                    initials = [w for w in words.split() if w[0].isupper()]
                    if len(acronym) <= len(initials) and spells_out(" ".join(initials[-len(acronym) :]), acronym):
                        found.setdefault(acronym.lower(), frozenset(tokens(" ".join(initials[-len(acronym) :]))))
        return found

    @property
    def year_claims(self) -> tuple[tuple[float, frozenset[str]], ...]:
        """The summary's sentences that claim years ("eight years in a 1,100-bed county jail"), above the first
        job, as (years, words) in order; built once per resume, as `rank` weighs them against every posting."""
        if self._memo.year_claims is None:
            self._memo.year_claims = self._year_claims()
        return self._memo.year_claims

    @property
    def managing_years(self) -> float:
        """Years in jobs with a leading title or a bullet that says the person led a number of people."""
        if self._memo.managing_years is None:
            self._memo.managing_years = self._managing_years()
        return self._memo.managing_years

    def _managing_years(self) -> float:
        spans = [
            (job.start, job.end)
            for job in self.jobs
            if (_MANAGER_TITLE.search(job.title) and not is_specialist_manager(job.title))
            or any(_MANAGED_PEOPLE.search(self.lines[i]) for i in job.lines)
        ]
        return round(_union_years(spans), 1)

    def _year_claims(self) -> tuple[tuple[float, frozenset[str]], ...]:
        first_job = min((job.line for job in self.jobs), default=len(self.lines))
        claims: list[tuple[float, frozenset[str]]] = []
        for line in self.lines[:first_job]:
            for sentence in _SENTENCE.split(line):
                claimed = claimed_years_of(sentence)
                if claimed is not None:
                    claims.append((claimed, frozenset(tokens(sentence))))
        return tuple(claims)

    def job_mentions(self, job: Job, concept_ids: Sequence[str]) -> bool:
        wanted = set(concept_ids)
        return any(self._line_concepts.get(i, frozenset()) & wanted for i in job.lines)

    _line_concepts: dict[int, frozenset[str]] = field(default_factory=dict, hash=False, repr=False)
    # what is derived once per resume and asked for again with every posting (functools.cached_property
    # would recompute it in the compiled build, whose classes have no __dict__ to keep it in)
    _memo: _Memo = field(default_factory=_Memo, init=False, hash=False, repr=False, compare=False)


_MANAGER_TITLE = compile_scanning(
    r"\b(?:manager|supervisor|director|head|chief|foreman|superintendent|lead|sergeant|lieutenant)\b", re.I
)
_MANAGED_PEOPLE = compile_scanning(
    r"\b(?:manag(?:e|es|ed|ing)|supervis(?:e|es|ed|ing)|lead|leads|led|leading|oversee|oversees|oversaw|directs|directed)"
    # "Leads a pastry and bakeshop team of 11", "Manages 12 technicians"
    r"\s+(?:an?\s+)?(?:(?:[a-z&-]+\s+){0,3}?(?:team|staff|crew|department)\s+of\s+)?"
    # "supervised a 64-bed housing unit" counts beds, not people
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\b(?!-(?:bed|room|acre|unit|site|store|mile|hour|day|week|month|year)s?\b)",
    re.I,
)


_SENTENCE = compile_scanning(r"(?<=[.!?;])\s+")
# short words of credential names that are words, not a body's initials
_EVERYDAY_WORDS = frozenset(tokens("level class grade senior master chief field board state basic advanced"))
_SPELLED_ACRONYM = compile_scanning(r"((?:[A-Z][\w'-]*\s+(?:(?:of|and|&|for|in)\s+)?){2,6})\(([A-Z]{2,6})\)")


# --- dates --------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_SEASONS = {"winter": 0.0, "spring": 0.25, "summer": 0.5, "fall": 0.75, "autumn": 0.75}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# "Jan 2020", "Spring 2020", "04/2020", "2020-04" (a month only when it is 01-12 and the number ends)
_DATE = rf"(?:(?:{_MONTH}|{_SEASON})\s+|\d{{1,2}}/)?(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?!\d))?"
_RANGE = compile_scanning(rf"({_DATE})\s*(?:-|–|—|to|until|through)\s*({_DATE}|present|current|now|today|date)", re.I)
_SINGLE = compile_scanning(rf"\(?((?:{_MONTH}|{_SEASON})\s+(?:19|20)\d\d)\)?", re.I)


def _when(text: str, end: bool, today: float) -> float:
    text = text.lower().strip()
    if text in {"present", "current", "now", "today", "date"}:
        return today
    year = float(re.findall(r"(?:19|20)\d\d", text)[0])
    slash = re.match(r"(\d{1,2})/", text)
    if slash:
        return year + (min(int(slash.group(1)), 12) - 1) / 12
    iso = re.search(r"(?:19|20)\d\d-(\d\d)", text)
    if iso:
        return year + (int(iso.group(1)) - 1) / 12
    for name, month in _MONTHS.items():
        if text.startswith(name):
            return year + (month - 1) / 12
    for name, offset in _SEASONS.items():
        if text.startswith(name):
            return year + offset
    return year


def _fractional_year(day: date) -> float:
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def _union_years(spans: Sequence[tuple[float, float]]) -> float:
    total = 0.0
    current_start = current_end = None
    for start, end in sorted(spans):
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start
    return round(total, 2)


# --- sections and jobs --------------------------------------------------------------------------------

_SECTION = compile_scanning(
    r"^(professional |work |relevant |teaching |clinical |employment |career )?"
    r"(experience|history|employment|sea service|sea time|seagoing service)|"
    r"^(education|certifications?|licen[cs]es?|credentials|skills|technical skills|core competencies|"
    r"projects|"
    r"professional development|training|summary|profile|objective|languages|awards|volunteer|publications|"
    r"interests|references|certifications? (?:and|&) licen[cs]es?|licen[cs]es? (?:and|&) certifications?)\b",
    re.I,
)
_EXPERIENCE_SECTIONS = {"experience", "history", "employment", "sea service", "sea time", "seagoing service"}
_JOB_TITLE_END = compile_scanning(
    r"\b(?:manager|coordinator|director|specialist|assistant|officer|trainer|instructor|analyst|engineer|teacher|"
    r"supervisor|lead|consultant|representative|associate|technician|administrator|advis[eo]r|counsel+or|developer|"
    r"designer|nurse|aide|clerk|liaison|intern|writer|editor)s?$",
    re.I,
)
_CREDENTIAL_HEADER_END = compile_scanning(r"^(?:[A-Za-z&/-]+ ){1,3}(?:certifications?|licen[cs]es?|credentials)$", re.I)


_BAR_HEADER = compile_scanning(
    r"^(?:bar admissions?|admissions|licensure|court admissions|(?:security )?clearances?(?: held)?|"
    r"licensure (?:and|&) (?:permits|registrations?|certifications?)|"
    r"permits (?:and|&) (?:licen[cs]es|registrations?))$",
    re.I,
)


def _section_of(line: str) -> str | None:
    text = clean_line(line).rstrip(":").strip()
    if text.endswith(")") and "(" in text and text[: text.index("(")].strip().isupper():
        text = text[: text.index("(")].strip()  # "CERTIFICATIONS (Washington State Department of Health)"
    if not text or len(text.split()) > 5 or text.endswith("."):
        return None
    if _BAR_HEADER.match(text):
        return "certifications"
    match = _SECTION.match(text)
    if match and " " in text and _JOB_TITLE_END.search(text):
        return None  # "Volunteer Program Manager", "Training Coordinator": a job, not a section
    if not match:
        # "OHIO EPA CERTIFICATION", "State Licenses": a credentials header named for its issuer
        return "certifications" if _CREDENTIAL_HEADER_END.search(text) else None
    word = (match.group(2) or match.group(3) or "").lower()
    return "experience" if word in _EXPERIENCE_SECTIONS else word.split()[0]


def _jobs(lines: Sequence[str], sections: Sequence[str | None], today: float) -> list[Job]:
    has_experience = any(s == "experience" for s in sections)
    heads: list[tuple[int, str, float, float]] = []
    for index, raw in enumerate(lines):
        if has_experience and sections[index] != "experience":
            continue
        if re.match(r"^\s*(?:[-•·▪]|\*(?!\w)|\\-)", raw):
            continue  # a bullet mentioning dates is not a new entry; "*April 2022 – Present*" is Markdown italics
        span = _span(raw, today)
        if span is None:
            continue
        title = _job_title(raw, lines, index)
        if title:
            heads.append((index, title, span[0], span[1]))
    jobs = []
    for position, (index, title, start, end) in enumerate(heads):
        stop = heads[position + 1][0] if position + 1 < len(heads) else _section_end(sections, index)
        lowered = title.lower()
        kind = (
            "internship"
            if re.search(r"\bintern(ship)?\b", lowered)
            else ("part-time" if re.search(r"part[- ]time|volunteer", lowered) else "job")
        )
        jobs.append(Job(title, index, start, max(end, start + 0.1), kind, tuple(range(index, stop))))
    return jobs


def _section_end(sections: Sequence[str | None], index: int) -> int:
    for later in range(index + 1, len(sections)):
        if sections[later] != sections[index]:
            return later
    return len(sections)


# "Since July 2020 she has been a Hydrologic Technician II": a range to the present, written in prose
_SINCE = compile_scanning(rf"\s*since\s+({_DATE})\b(?!\s*(?:-|–|—|to|until|through)\s)", re.I)


def _span(line: str, today: float) -> tuple[float, float] | None:
    since = _SINCE.match(line) if "ince " in line[:12] else None
    if since:
        return _when(since.group(1), False, today), today
    match = _RANGE.search(line)
    if match:
        start = _when(match.group(1), False, today)
        end = _when(match.group(2), True, today)
        return (start, end) if end >= start else None
    single = _SINGLE.search(line)
    if single:
        start = _when(single.group(1), False, today)
        return start, start + 0.25
    return None


# "2.1 Certified Pedorthist, Gulfside Foot & Orthotic Lab": a resume with numbered sections
_SUBSECTION_NUMBER = compile_scanning(r"^\d{1,2}\.\d{1,2}\s+(?=[A-Z])")
# the end of an entry's heading wrapped onto the line with its dates: "Division, Phoenix, AZ"
_WRAPPED_TAIL = compile_scanning(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s")


def _plain_line(line: str) -> bool:
    """A line of text that is not a bullet, a section header or an entry's dated line."""
    stripped = line.strip()
    return bool(stripped) and clean_line(line) == stripped and not _RANGE.search(stripped) and not _section_of(stripped)


def _wrapped_head(above: str) -> bool:
    """A long plain heading ("title - employer") without dates, cut off mid-name: the start of a wrapped
    heading."""
    stripped = above.strip()
    return (
        len(stripped) >= 50
        and stripped[-1].isalpha()
        and any(separator in stripped for separator in (" - ", " – ", " — ", " | "))
        and _plain_line(above)
    )


# the words an employer's name ends with
_ORGANISATION = compile_scanning(
    r"\b(?:Center|Centre|Hospital|Inc\.?|LLC|LLP|Ltd\.?|Company|Co\.|Corporation|Corp\.?|University|College|"
    r"School|District|Department|Bank|Group|Clinic|Associates|Partners|Health|System|Systems|Authority|Agency)$"
)


def _title_above(line: str) -> bool:
    """A plain line above an employer's dated line names the job, unless it names an employer itself."""
    return _plain_line(line) and not _ORGANISATION.search(re.split(r",| \| ", line.strip())[0].strip())


# "Lakeshore Grand Hotel (468 rooms), Orlando, FL": an employer and its place
_EMPLOYER_LINE = compile_scanning(r",\s*[A-Z][A-Za-z .'-]+,\s*[A-Z]{2}\b|,\s*[A-Z]{2}\s*$")
# a short line of words without digits or commas: "Director of Housekeeping"
_TITLE_LINE = compile_scanning(r"^[A-Za-z][A-Za-z&/ .'()-]{2,60}$")


def _job_title(line: str, lines: Sequence[str], index: int) -> str:
    cleaned = clean_line(_SUBSECTION_NUMBER.sub("", line.strip()))
    named = _COMPANY_YEARS_TITLE.match(cleaned) or _PROSE_ROLE.search(cleaned)
    if named:
        return named.group("title").strip(" ,.")
    text = _SINGLE.sub(" ", _RANGE.sub(" ", _FEDERAL_FIELDS.sub(" ", cleaned)))
    text = _LINKEDIN_DURATION.sub(" ", text).strip(" ,|()-–—·")
    note = text if _DATE_NOTE.match(text) else ""
    text = "" if note else text  # "June 2021 – September 2026 (seasonal)": a note on the dates, not a title
    if index > 0 and _WRAPPED_TAIL.match(text) and _wrapped_head(lines[index - 1]):
        # "Inspector II - Arizona Department of …" over "Division, Phoenix, AZ - 2020-09 to present"
        text = f"{lines[index - 1].strip()} {text}"
    text = re.sub(r"\(\s*\)", "", text).strip(" ,|-–—")
    if len(re.findall(r"[A-Za-z]{2,}", text)) == 0 and index > 0:
        text = _heading_around_dates(lines, index)
    title = _title_segment(text)
    if note and note.lower() not in title.lower():
        title = f"{title} ({note})"
    if _ORGANISATION.search(title) and index > 0 and _title_above(lines[index - 1]):
        # "Staff RN / Relief Charge Nurse, Inpatient Rehab" over "Holston Ridge Medical Center, Knoxville, TN | 06/2019"
        title = re.split(r",| \| | – | — | - ", clean_line(lines[index - 1]), maxsplit=1)[0].strip(" ,|")
    if title.count("(") > title.count(")"):
        title = title + ")" if not title.endswith("(") else title[:-1].rstrip()
    return title


def _heading_around_dates(lines: Sequence[str], index: int) -> str:
    """The heading of an entry whose dates stand on a line of their own: the line above, or the title
    around an employer line ("Title / Employer, City, ST / dates"; a LinkedIn export's "Title / Company ·
    Full-time / dates"; a federal resume's "Employer / dates and hours / Title")."""
    text = clean_line(lines[index - 1])
    if index > 1 and _LINKEDIN_COMPANY.search(text):
        return clean_line(lines[index - 2])
    above = clean_line(lines[index - 2]) if index > 1 else ""
    if _EMPLOYER_LINE.search(text) and _TITLE_LINE.match(above) and _section_of(above) is None:
        return above
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if _employer_like(text) and not _HEADING_PARTS.search(text.split(" – ")[0]) and _title_only(below):
        return clean_line(below)
    return text


def _title_only(line: str) -> bool:
    """A short line of words that is no bullet and no sentence: "Traffic Management Specialist (Freight)"."""
    text = clean_line(line)
    return (
        bool(_TITLE_LINE.match(text))
        and not text.endswith(".")
        and len(text.split()) <= 8
        and not line.lstrip().startswith("-")
    )


# "Mississippi Delta Steel (2019–present): Melt Shop Shift Supervisor"
_COMPANY_YEARS_TITLE = compile_scanning(r"^[^():]{2,80}\((?:[^()]*\d{4}[^()]*)\)\s*:\s*(?P<title>[^:]{3,80})$")
# "Since July 2020 she has been a Hydrologic Technician II with the Treasure Valley Water Authority"
_PROSE_ROLE = compile_scanning(
    r"\b(?:has been|have been|was|were|is|am|served as|worked as|works as)\s+(?:an?\s+|the\s+)?"
    r"(?P<title>(?:[A-Z][\w&/'-]*\s+){0,5}[A-Z][\w&/'-]*(?:\s+[IVX]{1,3})?)\s+(?:with|at|for|in)\b"
)
# a federal resume's fields on the dates line: "03/2021 – Present | Hours per week: 40 | Series/Grade: GS-2130-11"
_FEDERAL_FIELDS = compile_scanning(
    r"\b(?:hours per week|series/grade|series|grade|pay plan|salary|supervisor)\s*:\s*[^|]*", re.I
)
_DATE_NOTE = compile_scanning(
    r"^(?:seasonal|part[- ]time|full[- ]time|contract|temporary|volunteer|summers?|winters?|remote|hybrid|"
    r"per diem|on call|freelance)$",
    re.I,
)
# LinkedIn's export: "Jan 2022 - Present · 4 yrs 11 mos" under "Northern Prairie State University · Full-time"
_LINKEDIN_DURATION = compile_scanning(r"·?\s*\b\d{1,2}\s*yrs?\b(?:\s*\d{1,2}\s*mos?\b)?|·?\s*\b\d{1,2}\s*mos?\b")
_LINKEDIN_COMPANY = compile_scanning(
    r"\s·\s*(?:Full-time|Part-time|Contract|Freelance|Self-employed|Internship|Seasonal|Temporary|Apprenticeship)\s*$",
    re.I,
)
# the words an employer's name ends with, beyond _ORGANISATION: "Ross County Fairgrounds — Grounds Crew"
_EMPLOYER_END = compile_scanning(
    r"\b(?:Resort|Fairgrounds|Theatre|Theater|Studio|Studios|Lines|Services|Club|Church|Association|Foundation|"
    r"Museum|Library|Airlines?|County|Township|Area|Park|Hotel|Casino|Station|Network|News|Labs?|Laboratory|"
    r"Laboratories|Institute|Trust|Cooperative|Farms?|Ranch|Restaurant|Bakery|Works|Motors|Logistics|Foods)$"
)


def _employer_like(segment: str) -> bool:
    """A heading's part that names an employer: its name ends like one, or a place follows it."""
    name = _OUTER_COMMA.split(segment, maxsplit=1)[0].strip(" ,|")
    return bool(
        _EMPLOYER_LINE.search(segment)
        or _ORGANISATION.search(name)
        or _EMPLOYER_END.search(name)
        or re.search(r",\s*(?:Inc|LLC|Ltd|Corp)\b", segment)
    )


_HEADING_PARTS = compile_scanning(r" \| | at | @ | – | — | - ")
# a comma outside parentheses: "News 10 (Sacramento, DMA 20), Assignment Editor"
_OUTER_COMMA = compile_scanning(r",(?![^()]*\))")


def _titled(part: str, plural: bool = True) -> bool:
    """The part ends like a job title ("Assignment Editor", "CADD Technician III (… until 2023)"); with
    plural=False not like a firm ("Calder Research Associates", "Kessler & Warrick Engineers")."""
    bare = _TITLE_LEVEL.sub("", part)
    return bool(_JOB_TITLE_END.search(bare)) and (plural or not bare.endswith("s"))


_TITLE_LEVEL = compile_scanning(r"(?:\s*\([^()]*\)|\s+(?:[IVX]{1,4}|\d))+$")


def _title_segment(heading: str) -> str:
    """The job title in an entry's heading: its first part, or a later one when only the later part
    ends like a job title ("Capitol Valley News 10 (Sacramento, DMA 20) — Assignment Editor, Dayside")."""
    raw = _HEADING_PARTS.split(heading)
    parts = [_OUTER_COMMA.split(part, maxsplit=1)[0].strip(" ,|") for part in raw]
    if not _titled(parts[0]):
        later = next((part for part in parts[1:] if _titled(part, plural=False)), None)
        if later:
            return later
        if len(parts) > 1 and _employer_like(raw[0]) and not _employer_like(raw[1]):
            return parts[1]  # "Tenmile Peak Resort, Frisco, CO — Ski Patroller III (Senior Patroller)"
    return re.split(r",| \| | at | @ | – | — | - ", heading, maxsplit=1)[0].strip(" ,|")


# --- profile --------------------------------------------------------------------------------------

PENDING = compile_scanning(
    r"\b(candidate|pursuing|in progress|expected|eligible|eligibility|studying for|working toward|"
    r"(?:accru\w*|logging|building|completing) (?:\w+ ){0,4}?(?:hours|time|experience) toward|"
    r"sitting for|plan to|exam scheduled|not (?:yet )?(?:licensed|certified)|inactive|lapsed|expired|"
    r"exam(?!.*\bpass))\b",
    re.I,
)
_LAPSED = compile_scanning(r"\b(?:inactive|lapsed|expired|not renewed|no longer (?:active|current|held|valid))\b", re.I)
_CLAIMED_YEARS = compile_scanning(
    r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\+?\s+(?:years?|yrs?)(?:'|’)?\s+(?:(?:of\s+)?(?:experience|in|as|at|"
    r"on|across|leading|teaching|working|professional|managing|running|building|supporting)|"
    # "seven years of uniformed patrol"
    r"of\s+(?!age\b)[a-z])",
    re.I,
)


def parse_resume(text: str, as_of: date | None = None, taxonomy: Taxonomy | None = None) -> ResumeProfile:
    """Read a resume. Raises InvalidInput for an empty, oversized or non-English resume."""
    check_text(text, "resume", MAX_RESUME_BYTES)
    taxonomy = taxonomy or load_taxonomy()
    today = _fractional_year(as_of or date.today())
    lines = tuple(text.replace("\r\n", "\n").split("\n"))
    token_lines = [tokens(line) for line in lines]
    sections = _sections(lines)
    jobs = _jobs(lines, sections, today)
    mentions = taxonomy.find_in_lines(lines, token_lines)
    line_concepts: dict[int, set[str]] = defaultdict(set)
    for mention in mentions:
        line_concepts[mention.line].update(mention.concept_ids)
    affirmed = _under_denying_headers(lines, [_affirmed(line) for line in lines])
    _drop_denied(line_concepts, affirmed, taxonomy)
    credentials, pending, states = _credentials(lines, line_concepts, taxonomy, sections)
    for cid, line in credentials.items():
        line_concepts[line].add(cid)
    frozen_lines = {i: taxonomy.closure(ids) for i, ids in line_concepts.items()}
    evidence = _evidence(lines, line_concepts, jobs, sections, taxonomy)
    have = taxonomy.closure(c for ids in line_concepts.values() for c in ids) - pending
    # a licence named only as someone else's ("report to the RN") is not held
    have -= _credential_kind(have, taxonomy) - taxonomy.closure(credentials)
    languages = _languages(lines, line_concepts, sections, taxonomy)
    conversational = _with_broader_languages(_conversational(lines, line_concepts, taxonomy, sections), taxonomy)
    conversational &= languages
    have -= {c for c in have if c in taxonomy.concepts and taxonomy.concept(c).kind == "language"} - languages
    total = _total_years(jobs)
    claimed = _claimed_years(lines, sections)
    level, from_title = _level(jobs, max(total, claimed or 0.0))
    occupations = _occupations(jobs, taxonomy)
    families, focus = _families(jobs, have, taxonomy)
    evidence_texts = [_without_pursuits(line, kept) for line, kept in zip(lines, affirmed, strict=True)]
    line_words = tuple(
        frozenset(_words(t if kept is None else tokens(kept)))
        for t, kept in zip(token_lines, evidence_texts, strict=True)
    )
    listed = frozenset(i for i, section in enumerate(sections) if section in _CREDENTIAL_SECTIONS)
    profile = ResumeProfile(
        lines=lines,
        evidence=evidence,
        have=have,
        jobs=tuple(jobs),
        total_years=total,
        claimed_years=claimed,
        level=level,
        level_from_title=from_title,
        degrees=_degrees(lines, sections, affirmed),
        credentials=credentials,
        pending_credentials=frozenset(pending),
        credential_states=states,
        languages=languages,
        conversational=conversational,
        occupations=occupations,
        families=families,
        focus=focus,
        line_words=line_words,
        words=frozenset().union(*line_words) if line_words else frozenset(),
        job_words=tuple(
            frozenset().union(*(line_words[i] for i in job.lines)) | frozenset(tokens(job.title)) for job in jobs
        ),
        credential_lines=listed,
        needs_sponsorship=_sponsorship_line(lines),
        _line_concepts=frozen_lines,
    )
    return profile


def _words(line_tokens: Sequence[str]) -> list[str]:
    return [w for w in line_tokens if w not in STOPWORDS and w not in PUNCTUATION]


_SPEAKS = compile_scanning(
    r"\b(fluen\w*|bilingual|trilingual|multilingual|native|speak\w*|spoken|conversational|proficien\w*|"
    # "scheduled interpreters for Dari and Pashto" arranged others' languages
    r"languages?|read(?:ing)? and writ\w*|written|interpret(?!ers\b)\w*|translat(?!ors\b)\w*|mother tongue|jlpt|"
    r"dele|hsk)\b",
    re.I,
)
_LANGUAGE_SECTIONS = frozenset({"languages", "skills"})
# "basic jobsite Spanish", "Spanish (elementary)", a "Command Spanish" course for officers: some words, not a
# working language
_BASIC = compile_scanning(
    r"\b(basic|limited|beginner|kitchen|menu|beginning|elementary|rudimentary|some|learning|survival|"
    r"command(?! of)|not (?:yet )?"
    r"(?:conversational|fluent))\b",
    re.I,
)


def _basic(line: str, language: str) -> bool:
    """ "basic jobsite Spanish", or a European level of A1 or A2 ("German (A2)") in the language's part of a list."""
    return bool(_BASIC.search(_near(line, language)) or _CEFR_BASIC.search(_own_segment(line, language)))


# the levels of the Common European Framework of Reference: A1-A2 basic, B1-B2 independent, C1-C2 proficient
_CEFR_BASIC = compile_scanning(r"(?<![\w-])A[12](?![\w-])")


def _near(line: str, language: str) -> str:
    """The words just around a language's name on a line (the line itself when the name is absent)."""
    found = line.lower().find(language.lower())
    return line if found < 0 else line[max(0, found - 25) : found + len(language) + 20]


def _languages(
    lines: Sequence[str], line_concepts: dict[int, set[str]], sections: Sequence[str | None], taxonomy: Taxonomy
) -> frozenset[str]:
    """Languages the resume says it speaks: in a Languages or Skills list, or on a line that says so
    ("bilingual", "fluent", "conversational"); "Chinese-sourced parts" is not Chinese."""
    held = {"lex:english"}
    for index, ids in line_concepts.items():
        spoken = {c for c in ids if c in taxonomy.concepts and taxonomy.concept(c).kind == "language"}
        if spoken and (sections[index] in _LANGUAGE_SECTIONS or _SPEAKS.search(lines[index])):
            held |= {c for c in spoken if not _basic(lines[index], taxonomy.concept(c).name)}
    return _with_broader_languages(held, taxonomy)


def _with_broader_languages(held: Iterable[str], taxonomy: Taxonomy) -> frozenset[str]:
    """Mandarin is Chinese: a plain ask for Chinese is met by either spoken form."""
    broader = {a for c in held for a in taxonomy.ancestors(c) if a in taxonomy.concepts}
    return frozenset(held) | {a for a in broader if taxonomy.concept(a).kind == "language"}


_CONVERSATIONAL = compile_scanning(
    r"\b(conversational|working knowledge|intermediate|functional)\b|(?<![\w-])B[12](?![\w-])", re.I
)
_FLUENT = compile_scanning(
    r"\b(fluent|fluency|native|bilingual|professional|business)\b|(?<![\w-])C[12](?![\w-])", re.I
)


def _conversational(
    lines: Sequence[str], line_concepts: dict[int, set[str]], taxonomy: Taxonomy, sections: Sequence[str | None]
) -> frozenset[str]:
    """Languages said to be "conversational" and nowhere "fluent"; a Languages list, where there is one,
    is the resume's own word on the level."""
    some: set[str] = set()
    fluent: set[str] = set()
    listed = [i for i in line_concepts if sections[i] in _LANGUAGE_SECTIONS]
    for index in listed or list(line_concepts):
        for cid in line_concepts[index]:
            if cid in taxonomy.concepts and taxonomy.concept(cid).kind == "language":
                own = _own_segment(lines[index], taxonomy.concept(cid).name)
                (fluent if _FLUENT.search(own) else some if _CONVERSATIONAL.search(own) else set()).add(cid)
    return frozenset(some - fluent)


def _own_segment(line: str, language: str) -> str:
    """The part of a list line that names the language: "Spanish (conversational)" in "English (native),
    Spanish (conversational)"."""
    for segment in re.split(r"[,;|•]", line):
        if language.lower() in segment.lower():
            return segment
    return ""


def _sections(lines: Sequence[str]) -> list[str | None]:
    current: str | None = None
    out: list[str | None] = []
    for line in lines:
        found = _section_of(line)
        if found:
            current = found
        out.append(current)
    return out


def _credentials(
    lines: Sequence[str],
    line_concepts: dict[int, set[str]],
    taxonomy: Taxonomy,
    sections: Sequence[str | None],
) -> tuple[dict[str, int], set[str], tuple[str, ...]]:
    held: dict[str, int] = {}
    pending: set[str] = set()
    lapsed: set[str] = set()
    states: list[str] = []
    for index, line in enumerate(lines):
        if ":" in line and lists_what_is_not_held(line):
            continue
        listed = sections[index] in _CREDENTIAL_SECTIONS
        ids = {c for c in line_concepts.get(index, set()) if taxonomy.concept(c).kind in CREDENTIAL_KINDS}
        for group in endorsement_groups(line, taxonomy) + state_licence_groups(line):
            ids.update(group)
        if listed and not ids:
            ids = _listed_credentials(line, taxonomy)
        ids -= _negated_credentials(line, taxonomy)
        if ids and _someone_elses(line, sections[index] == "experience"):
            ids = set()  # "report changes to the RN wound nurse", "Holcomb & Reyes, CPAs"
        if not ids:
            if listed and not PENDING.search(line):
                states += states_named(line, credential_line=True)  # "BAR ADMISSION" / "Colorado, 2019"
            continue
        if PENDING.search(line):
            cued = _pending_asides(line, ids, taxonomy)
            pending.update(cued)
            if _LAPSED.search(line):
                lapsed.update(cued)
            ids -= cued
            if not ids:
                continue
        for cid in ids:
            held.setdefault(cid, index)
        states += states_named(line, credential_line=listed)
    # "NREMT EMT: held 2016-2021, lapsed" outweighs "EMT certificate, 2016" under Education
    held = {cid: line for cid, line in held.items() if cid not in lapsed}
    return held, pending - set(held), tuple(dict.fromkeys(states))


def _pending_asides(line: str, ids: set[str], taxonomy: Taxonomy) -> set[str]:
    """The credentials a line's pending or lapsed cue is about: all of them, unless the cue sits in a
    parenthesis or a ";" part that names credentials of its own ("BLS, AHA (ACLS held 2014-2019, lapsed)" holds
    BLS); "RN licence (expired 2019)" has the cue about the credential before it."""
    parts = _OUTER_SEMICOLON.split(line)
    if len(parts) > 1 and not all(PENDING.search(part) for part in parts):
        # "PALS, BLS, NRP (current); CCRN (Pediatric) 2016-2020, lapsed": the cue is about its own part
        return _pending_parts(parts, ids, taxonomy)
    cued = [aside for aside in _ASIDE.findall(line) if PENDING.search(aside)]
    if not cued or PENDING.search(_ASIDE.sub(" ", line)):
        return set(ids)
    # "Nurse Aide Registry (2016, inactive since licensure as LPN)": a credential named as the reason is not the
    # one the cue is about; the one before the parenthesis is
    subjects = [_REASON.sub(" ", aside) for aside in cued]
    named = {c for m in taxonomy.find_in_lines(subjects) for c in m.concept_ids} & ids
    if named or subjects == cued:
        return named or set(ids)
    return {c for m in taxonomy.find_in_lines([_ASIDE.sub(" ", line)]) for c in m.concept_ids} & ids


def _pending_parts(parts: list[str], ids: set[str], taxonomy: Taxonomy) -> set[str]:
    """Per ";" part: a cued part's own credentials; a bare cue ("RN licence; expired 2019") is about the part
    before it; a cued part that names no credential the lexicon knows leaves the others held ("USCG MMC: Mate,
    Great Lakes; Third Mate, Oceans (2016, STCW lapsed)")."""
    named = [{c for m in taxonomy.find_in_lines([part]) for c in m.concept_ids} & ids for part in parts]
    cued: set[str] = set()
    for index, part in enumerate(parts):
        if PENDING.search(part):
            bare = index > 0 and not named[index] and PENDING.match(part.strip()) is not None
            cued |= named[index - 1] if bare else named[index]
    return cued


_OUTER_SEMICOLON = compile_scanning(r";(?![^()]*\))")
_REASON = compile_scanning(
    r"\b(?:since|after|upon|on|when)\b[^,;)]*?\b(?:licensure|licensed|certification|certified|registration|"
    r"registered|becoming|qualifying)\b[^,;)]*",
    re.I,
)
_ASIDE = compile_scanning(r"\(([^)]*)\)")


def _credential_kind(ids: Iterable[str], taxonomy: Taxonomy) -> frozenset[str]:
    return frozenset(c for c in ids if c in taxonomy.concepts and taxonomy.concept(c).kind in CREDENTIAL_KINDS)


# the grades a teaching certificate covers: "(EC-12)", "PK-3", "Grades 7-12", "Birth-Grade 2"
GRADE_BAND = compile_scanning(
    r"\b(?:EC|PK|P|K|Birth)\s?[-–]\s?(?:Grade\s)?\d{1,2}\b|\bGrades?\s\d{1,2}\s?[-–]\s?\d{1,2}\b|\(\d{1,2}\s?[-–]\s?\d{1,2}\)|"
    # "Biology 7-12"; Wisconsin's developmental levels, "German (Early Childhood through Adolescence)"
    r"\b(?:[5-9]|1[01])\s?[-–]\s?12\b|\b(?:early childhood|middle childhood|early adolescence) through "
    r"(?:middle childhood|early adolescence|adolescence)\b",
    re.I,
)
_BULLET = compile_scanning(r"^\s*[-•*▪◦●]")
_PLURAL_ACRONYM = compile_scanning(r"\b([A-Z]{2,6})s\b")
_FIRM_KIND = compile_scanning(r"\b[A-Z]{2,6} (?:firm|practice|office|group|partnership)s?\b")


def _sponsorship_line(lines: Sequence[str]) -> int | None:
    """The line that says the person needs a work visa sponsored ("F-1 STEM OPT; will require H-1B
    sponsorship")."""
    return next((i for i, line in enumerate(lines) if _NEEDS_SPONSORSHIP.search(line)), None)


_NEEDS_SPONSORSHIP = compile_scanning(
    r"\b(?i:will|would|do|does|currently)?\s*(?i:require|need)s?\s+(?i:(?:future |an? |h-1b |visa |employer |work )*)"
    r"(?i:sponsorship|visa sponsorship)|\b(?:F-1|STEM OPT|OPT EAD|H-1B transfer)\b"
)


def _someone_elses(line: str, experience: bool) -> bool:
    """A line that names a credential without saying the person holds it: an experience bullet, or a
    credential named as other people's anywhere."""
    if _only_a_kind_of_firm(line):
        return True  # "after three years as a staff accountant at a small CPA firm"
    return not _HOLDS.search(line) and ((experience and bool(_BULLET.match(line))) or _names_others(line))


def _only_a_kind_of_firm(line: str) -> bool:
    """Every credential acronym of the line names a kind of firm ("a regional CPA firm")."""
    kinds = _FIRM_KIND.findall(line)
    if not kinds:
        return False
    acronyms = {kind.split()[0] for kind in kinds}
    return all(len(re.findall(rf"\b{a}\b", line)) == sum(k.startswith(a + " ") for k in kinds) for a in acronyms)


def _names_others(line: str) -> bool:
    """A credential named in the plural only ("Holcomb & Reyes, CPAs") or as a kind of firm ("a regional
    CPA firm") belongs to other people."""
    if _FIRM_KIND.search(line):
        return True
    plural = _PLURAL_ACRONYM.findall(line)
    return bool(plural) and not any(re.search(rf"\b{a}\b", line) for a in plural)


_HOLDS = compile_scanning(
    r"\b(licen[cs]ed|licen[cs]e|certified|certification|certificate|credential\w*|registered|passed|earned|"
    r"obtained|hold|holds|holding|as an?|active|current|maintain\w*)\b",
    re.I,
)
_CREDENTIAL_SECTIONS = frozenset(
    {"licences", "licenses", "licence", "license", "certifications", "certification", "credentials"}
)
_CREDENTIAL_WORDS = ("licence", "certification", "certificate")


# "No CDL", "Domestic operations only: no flag dispatch", "(not a sworn officer)", "I am not a CPA"
_NEGATED_CLAUSE = compile_scanning(
    r"(?:^|[.;,:]\s*)((?:(?:I am|I'm|am) )?(?:no|not|without|never)\b[^.;]*)|\(\s*((?:no|not|without|never)\b[^.;)]*)",
    re.I,
)


# "Not held: MAAO or MMAO; income-approach valuation; full-tribunal cases." denies every item of its list,
# up to the end of its sentence
_DENYING_LABEL = compile_scanning(
    r"^(?:not|no|never|without|don't have|do not have)\b[^:.;]{0,25}:(?:[^.]|\.(?!\s+(?-i:[A-Z])))*\.?", re.I
)


def _wrapped_denials(lines: Sequence[str]) -> list[int]:
    """The lines a "Not held:" list wraps onto ("...; subdivision work;" / "fluent Mandarin; French."), up to a
    blank line or a line that opens something new (a bullet, a capital and a colon)."""
    wrapped: list[int] = []
    for index, line in enumerate(lines):
        if ":" in line and lists_what_is_not_held(line):
            after = index + 1
            while after < len(lines) and _continues_a_list(lines[after]):
                wrapped.append(after)
                after += 1
    return wrapped


def _continues_a_list(line: str) -> bool:
    text = line.strip()
    return bool(text) and not _BULLET_START.match(line) and _OPENS_A_LABEL.match(text) is None


_OPENS_A_LABEL = compile_scanning(r"^[A-Z][\w &/'-]{0,40}:")


def lists_what_is_not_held(line: str) -> bool:
    """ "Not held: master's degree, LSW, Pennsylvania Certified Peer Specialist": a list that affirms nothing."""
    return _DENYING_LABEL.match(clean_line(line)) is not None


def _without_denials(line: str) -> str:
    return _NEGATED_CLAUSE.sub(" ", _DENYING_LABEL.sub(" ", line))


def _denying_clauses(line: str) -> list[str]:
    label = _DENYING_LABEL.match(line)
    clauses = [m.group(1) or m.group(2) for m in _NEGATED_CLAUSE.finditer(line[label.end() if label else 0 :])]
    return [label.group(0), *clauses] if label else clauses


def _affirmed(line: str) -> str | None:
    """The line without the clauses that say what the person has not done ("Domestic operations only: no
    flag or ETOPS dispatch"), or None when it has none: those words are no evidence of the work."""
    cleaned = clean_line(line)
    kept = _without_denials(cleaned)
    return None if kept == cleaned else kept


def _under_denying_headers(lines: Sequence[str], affirmed: list[str | None]) -> list[str | None]:
    """The lines under a header that says what follows is not held ("NOT IN MY TOOLKIT", "Not yet") affirm
    nothing, up to the next blank line; nor do the lines a "Not held:" list wraps onto."""
    denying = False
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            denying = False
        elif _DENYING_HEADER.match(text):
            denying = True
        elif denying:
            affirmed[index] = ""
    for index in _wrapped_denials(lines):
        affirmed[index] = ""
    return affirmed


_DENYING_HEADER = re.compile(r"^(?:not|no|never)\s[^.]{0,40}$|^[^.]{0,30}\bnot (?:in|yet|my|done)\b[^.]{0,20}$", re.I)


# "Studying for the CMS Advanced Sommelier exam": what the person works toward is not yet evidence
_PURSUIT = compile_scanning(
    r"\b(?:studying for|pursuing|working toward|preparing for|sitting for|candidate for|enrolled in)\b[^.;()]*", re.I
)


def _without_pursuits(line: str, affirmed: str | None) -> str | None:
    text = affirmed if affirmed is not None else line
    kept = _PURSUIT.sub(" ", text)
    return affirmed if kept == text else kept


def _drop_denied(line_concepts: dict[int, set[str]], affirmed: Sequence[str | None], taxonomy: Taxonomy) -> None:
    """Concepts a line names only in a denying clause are not held."""
    for index, kept in enumerate(affirmed):
        if kept is not None and line_concepts.get(index):
            still = {c for m in taxonomy.find_in_lines([kept]) for c in m.concept_ids}
            line_concepts[index] &= still


def _negated_credentials(line: str, taxonomy: Taxonomy) -> set[str]:
    """Credentials named only in a clause that denies holding them ("No hazmat (H) endorsement.")."""
    clauses = _denying_clauses(clean_line(line))
    if not clauses:
        return set()
    denied = {c for m in taxonomy.find_in_lines(clauses) for c in m.concept_ids}
    for clause in clauses:
        for group in endorsement_groups(clause.split(" ", 1)[-1], taxonomy):
            denied.update(group)
    return denied


def _listed_credentials(line: str, taxonomy: Taxonomy) -> set[str]:
    """A line under a Licences header names its credential without saying "licence" ("Professional
    Engineer (Civil), Colorado, No. 59214"): its lead phrase is read as "<phrase> licence" (or
    certification) and must name a lexicon credential end to end."""
    lead = re.split(r"[,;:(|]| - | – ", clean_line(line), maxsplit=1)[0].strip()
    if not lead or len(lead.split()) > 6:
        return set()
    found: set[str] = set()
    for word in _CREDENTIAL_WORDS:
        query = f"{lead} {word}"
        size = len(tokens(query))
        for mention in taxonomy.find_in_lines([query]):
            if mention.start == 0 and mention.end == size:
                found.update(c for c in mention.concept_ids if taxonomy.concept(c).kind in CREDENTIAL_KINDS)
    return found


def credential_line(resume: ResumeProfile, words: Sequence[str]) -> int | None:
    """The first line that names a credential by all its words and does not say it is pending; the
    state that opens its name may be written either way ("NC Alarm Systems Licensing Board")."""
    found = _credential_line(resume, words)
    other = _state_written_other_way(words) if found is None else None
    return _credential_line(resume, other) if other else found


def _state_written_other_way(words: Sequence[str]) -> list[str] | None:
    code = words[0].upper() if words else ""
    if code in _STATE_CODES:
        return [*tokens(_STATE_CODES[code]), *words[1:]]
    for code, name in _STATE_CODES.items():
        named = tokens(name)
        if list(words[: len(named)]) == named:
            return [code.lower(), *words[len(named) :]]
    return None


def _credential_line(resume: ResumeProfile, words: Sequence[str]) -> int | None:
    lines = [set(resume.evidence_lines_by_word.get(w, ())) for w in words]
    if not lines:
        return None
    for index in sorted(set.intersection(*lines)):
        line = resume.lines[index]
        if not PENDING.search(line) and not _denies(line, words) and _named_outside_issuers(line, words):
            return index
    # a credentials section lists a credential alone on a short line: "- RPSGT, BRPT"
    wanted = set(words)
    for index in sorted(resume.credential_lines):
        line = resume.lines[index]
        if wanted <= resume.line_words[index] and not PENDING.search(line) and _named_outside_issuers(line, words):
            return index
    if len(words) == 1 and words[0].isalpha() and 2 < len(words[0]) < 7:
        return _spelled_out_line(resume, words[0])
    return _with_body_spelled_out(resume, words)


def _with_body_spelled_out(resume: ResumeProfile, words: Sequence[str]) -> int | None:
    """ "AFA Certified Farrier" on a line "American Farrier's Association Certified Farrier (CF), 2019": the
    body's initials written out in full."""
    initials = [w for w in words if w.isalpha() and 2 < len(w) < 7 and w not in _EVERYDAY_WORDS]
    rest = [w for w in words if w not in initials]
    if len(words) < 2 or not initials or not rest:
        return None
    for index in sorted(set.intersection(*(set(resume.evidence_lines_by_word.get(w, ())) for w in rest))):
        line = resume.lines[index]
        if not PENDING.search(line) and all(spells_out(line, w.upper()) for w in initials):
            return index
    return None


def _named_outside_issuers(line: str, words: Sequence[str]) -> bool:
    """A credential's words outside the names of the bodies that issue credentials: "Certified Dialysis
    Nurse (CDN), Nephrology Nursing Certification Commission" does not name a Certified Nephrology Nurse."""
    if len(words) < 2 or not _ISSUING_WORDS.isdisjoint(words) or _ISSUER.search(line) is None:
        return True  # "certified by the American Board of …" is how a board certification is named
    return set(words) <= set(tokens(_ISSUER.sub(" ", line)))


_ISSUING_WORDS = frozenset(tokens("commission board council association institute society registry"))
# named after the credential, as its attribution: "RV Technical Institute (RVTI) Level 2" is the credential
_ISSUER = compile_scanning(
    # credentialing bodies only: "Manufactured Housing Division" names the licensed work itself
    r"(?:,|\s[-–—]|\bby|\bfrom)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,6}"
    r"(?:Commission|Board|Council|Association|Institute|Society|Registry)\b"
    # and what the body's name goes on to say: "American Board for Certification in Orthotics, Prosthetics & Pedorthics"
    r"(?:(?:\s+(?:for|of|on|in|and)|,|\s+&)\s+(?:the\s+)?[A-Z][\w'’-]*)*"
)


def _denies(line: str, words: Sequence[str]) -> bool:
    """The line names the credential only to say the person lacks it: "not a sworn officer (no AZPOST)"."""
    if not _denying_clauses(line):
        return False
    return not set(words) <= set(tokens(_without_denials(line)))


def _spelled_out_line(resume: ResumeProfile, acronym: str) -> int | None:
    """A line that spells an unknown acronym out: "FAA Airline Transport Pilot" holds an "ATP"."""
    for index, line in enumerate(resume.lines):
        # a line under "NOT HELD" affirms no words; "No FAA Airline Transport Pilot" denies its own
        if not resume.line_words[index] or PENDING.search(line):
            continue
        if spells_out(_without_denials(line), acronym):
            return index
    return None


def spells_out(line: str, acronym: str, shortest: int = 3) -> bool:
    """Whether the line writes the acronym's words out, capitalised: "Licensed Massage Therapist" is an LMT.
    Two letters spell too many pairs of words to count unless the caller knows what kind of name to expect."""
    return shortest <= len(acronym) < 7 and acronym.isalpha() and _spelled_out(acronym).search(line) is not None


@lru_cache(maxsize=1024)
def _spelled_out(acronym: str) -> re.Pattern[str]:
    joint = r"[\s-]+(?:(?:of|and|in|for|the|&|as|a|an|to)\s+){0,2}"
    # "American Farrier's Association" spells AFA; "Certified in Healthcare Privacy Compliance" goes on past CHP
    # (a credential's own noun may follow: "Airline Transport Pilot Certificate" is an ATP)
    words = joint.join(f"{letter.upper()}[a-z]+(?:['’]s)?" for letter in acronym)
    return re.compile(r"\b" + words + r"\b(?![\s-]+(?!" + _CREDENTIAL_NOUNS + r")[A-Z][a-z])")


_CREDENTIAL_NOUNS = (
    r"(?:Certifi|Licen[cs]|Credential|Registration|Registered|Card|Endorsement|Rating|Designation|Member)"
)


def _evidence(
    lines: Sequence[str],
    line_concepts: dict[int, set[str]],
    jobs: Sequence[Job],
    sections: Sequence[str | None],
    taxonomy: Taxonomy,
) -> dict[str, Evidence]:
    """Per concept, the best line: an experience bullet beats a skills list; years from its jobs."""
    in_job = {i: job for job in jobs for i in job.lines}
    best: dict[str, int] = {}
    for index in sorted(line_concepts):
        for cid in line_concepts[index]:
            current = best.get(cid)
            if current is None or (current not in in_job and index in in_job):
                best[cid] = index
    out: dict[str, Evidence] = {}
    for cid, index in best.items():
        spans = [(j.start, j.end) for j in jobs if any(cid in line_concepts.get(i, set()) for i in j.lines)]
        name = taxonomy.concept(cid).name if cid in taxonomy.concepts else cid.split(":", 1)[-1]
        out[cid] = Evidence(cid, name, index, clean_line(lines[index]), _union_years(spans) if spans else None)
    return out


def _total_years(jobs: Sequence[Job]) -> float:
    full = [(j.start, j.end) for j in jobs if j.kind == "job"]
    partial = [(j.start, j.end) for j in jobs if j.kind != "job"]
    full_years = _union_years(full)
    extra = max(_union_years(full + partial) - full_years, 0.0)
    return round(full_years + 0.5 * extra, 2)


def claimed_years_of(text: str) -> float | None:
    """The years a sentence claims ("eight years in a county jail"), or None."""
    found = _CLAIMED_YEARS.search(text)
    return None if found is None else _claimed_number(found)


def _claimed_number(match: re.Match[str]) -> float:
    word = match.group(1).lower()
    return float(_NUMBER_WORDS.get(word, 0) or word)


def _claimed_years(lines: Sequence[str], sections: Sequence[str | None]) -> float | None:
    """Years the summary claims ("seven years in software support"); only the summary counts."""
    found = []
    for index, line in enumerate(lines[:25]):
        if sections[index] not in (None, "summary", "profile", "objective"):
            continue
        found += [_claimed_number(match) for match in _CLAIMED_YEARS.finditer(line)]
    return max(found) if found else None


def _level(jobs: Sequence[Job], years: float) -> tuple[int, bool]:
    """The most recent title's stated level; else the years' level, capped at senior (a "Teacher"
    with fifteen years is still a teacher, not a director)."""
    professional = [j for j in jobs if j.kind != "internship"] or list(jobs)
    if professional:
        latest = max(professional, key=lambda j: (j.end, j.start))
        stated = title_level(latest.title)
        if stated == 1 and years >= 5 and is_specialist_manager(latest.title):
            return 2, True  # twelve years as a project manager is senior, though the title says no level
        if stated is not None and not (stated == 0 and years >= 3):
            return stated, True
    return min(years_level(years), 2), False


def _occupations(jobs: Sequence[Job], taxonomy: Taxonomy) -> tuple[tuple[str, float], ...]:
    weights: dict[str, float] = defaultdict(float)
    for job in jobs:
        for occupation, score in taxonomy.nearest_occupations(job.title, 3):
            weights[occupation.name] += score * (job.years + 0.5)
    total = sum(weights.values()) or 1.0
    ranked = sorted(weights.items(), key=lambda item: -item[1])[:5]
    return tuple((name, round(weight / total, 3)) for name, weight in ranked)


@lru_cache(maxsize=16_384)
def title_family_scores(title: str, taxonomy: Taxonomy) -> dict[str, float]:
    """How well a job title names each role family (1.0: a family title is inside it). Cached: titles
    repeat across thousands of postings. Callers must not change the returned dict."""
    normal = f" {' '.join(tokens(title))} "
    words = set(normal.split())
    scores: dict[str, float] = {}
    for family in taxonomy.families:
        best = 0.0
        for term in family.title_terms:
            if f" {term} " in normal:
                best = max(best, 1.0 if len(term.split()) > 1 else 0.7)
            else:
                term_words = set(term.split())
                overlap = len(term_words & words) / len(term_words)
                best = max(best, 0.5 * overlap if overlap >= 0.5 else 0.0)
        if best:
            scores[family.id] = best
    return scores


def _families(
    jobs: Sequence[Job], have: frozenset[str], taxonomy: Taxonomy
) -> tuple[tuple[tuple[str, float], ...], float]:
    """Role families by title (weighted by years) and skills; focus is the top family's share of title
    weight (1.0: every job in one family; lower: spread over several)."""
    title_weight: dict[str, float] = defaultdict(float)
    for job in jobs:
        named = {f: s for f, s in title_family_scores(job.title, taxonomy).items() if f != "people_leadership"}
        if named:
            best = max(named.values())
            for family_id in (f for f, s in named.items() if s == best):
                title_weight[family_id] += best * (job.years + 0.25)
    scores: dict[str, float] = {}
    total_title = sum(title_weight.values())
    for family in taxonomy.families:
        if family.id == "people_leadership":
            continue
        skill_share = sum(1 for c in family.concepts if c in have) / max(min(len(family.concepts), 6), 1)
        title_share = title_weight.get(family.id, 0.0) / total_title if total_title else 0.0
        score = 0.6 * title_share + 0.4 * min(skill_share, 1.0)
        if score > 0.05:
            scores[family.name] = round(score, 3)
    ranked = tuple(sorted(scores.items(), key=lambda item: -item[1])[:6])
    focus = max(title_weight.values()) / total_title if total_title else 0.0
    return ranked, round(focus, 2)


def _degrees(
    lines: Sequence[str], sections: Sequence[str | None], affirmed: Sequence[str | None]
) -> tuple[ResumeDegree, ...]:
    """The degrees held; "No MSN, no APRN" names degrees that are not."""
    out = []
    for index, line in enumerate(lines):
        if sections[index] not in (None, "education", "summary", "profile", "certifications", "credentials"):
            continue
        kept = affirmed[index]
        found = parse_degree(line if kept is None else kept, whole_line=True)
        if found and not PENDING.search(line):
            out.append(ResumeDegree(found[0], found[1], index, clean_line(line)))
    return tuple(out)


def focus_label(focus: float, families: Sequence[tuple[str, float]]) -> str:
    if not families:
        return "no clear role family"
    if focus >= 0.75:
        return f"focused on {families[0][0].lower()}"
    if focus >= 0.5:
        return f"mostly {families[0][0].lower()}, with other roles"
    return "spread over several role families"
