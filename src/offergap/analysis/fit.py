"""Resume-to-posting fit: a score 0-100, a label (good / potential / no_fit) and an explanation that names
the lines of the resume and of the posting behind each finding. See docs/fit.md.

The score is a weighted sum of five parts (must-haves, nice-to-haves, the posting's key skills, domain,
seniority), then capped by hard findings: a missing licence, certification, endorsement or language; a
missing core technology; seniority two or more levels off; a large years shortfall. Every part only grows
when the resume gains content and every cap only lifts, so adding a missing must-have never lowers it.
"""

from __future__ import annotations

import csv
import gc
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from offergap.analysis.official_languages import describe, profile_gap
from offergap.analysis.phrase_spans import tokens
from offergap.analysis.posting_credentials import _STATE_CODES, states_named, states_of_places
from offergap.analysis.posting_levels import LEVEL_NAMES, is_specialist_manager
from offergap.analysis.posting_rejections import shown_on
from offergap.analysis.postings import (
    STRONG_ASK,
    PostingProfile,
    Requirement,
    _is_language_group,
    _strip_parentheses,
    parse_posting,
)
from offergap.analysis.regex_start import compile_scanning
from offergap.analysis.resumes import (
    GRADE_BAND,
    PENDING,
    ResumeProfile,
    _union_years,
    credential_line,
    lists_what_is_not_held,
    parse_resume,
    spells_out,
    title_family_scores,
)
from offergap.analysis.skills import Taxonomy, load_taxonomy
from offergap.analysis.work_rights import holds_work_right, work_right_name
from offergap.errors import InvalidInput, OffergapError

Label = Literal["good", "potential", "no_fit"]
Status = Literal["met", "partial", "missing"]

# "words" is the vocabulary the resume and the posting share, a keyword tool's whole signal: a fifth of the
# score, so that a posting in another trade's words ranks lower even when the lexicon knows none of them
WEIGHTS = {"must": 0.30, "nice": 0.12, "key": 0.08, "domain": 0.05, "level": 0.07, "words": 0.38}
GOOD_AT = 70.0
CAP_GATE = 35.0
CAP_SENIORITY = 40.0
CAP_CORE = 45.0
_HARD_KINDS = frozenset({"technology", "tool", "programming_language", "knowledge"})


@dataclass(frozen=True, init=False)
class RequirementCheck:
    """One posting requirement checked against the resume."""

    text: str
    posting_line: int
    importance: Literal["must", "nice"]
    kind: str
    status: Status
    met: float
    found: tuple[str, ...]
    missing: tuple[str, ...]
    resume_line: int | None
    resume_text: str | None
    years_required: float | None = None
    years_found: float | None = None
    years_ceiling: float | None = None  # "no more than 12 months in infection prevention"
    managing_years_required: float | None = None  # "4 years managing teams"
    managing_years_found: float | None = None
    gate: bool = False
    gate_met: float | None = None  # share of the licence/certification/language groups held

    # written out: a frozen dataclass's generated __init__ runs as Python even when compiled, and `rank` makes
    # thousands of these
    def __init__(
        self,
        text: str,
        posting_line: int,
        importance: Literal["must", "nice"],
        kind: str,
        status: Status,
        met: float,
        found: tuple[str, ...],
        missing: tuple[str, ...],
        resume_line: int | None,
        resume_text: str | None,
        years_required: float | None = None,
        years_found: float | None = None,
        years_ceiling: float | None = None,
        managing_years_required: float | None = None,
        managing_years_found: float | None = None,
        gate: bool = False,
        gate_met: float | None = None,
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "posting_line", posting_line)
        object.__setattr__(self, "importance", importance)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "met", met)
        object.__setattr__(self, "found", found)
        object.__setattr__(self, "missing", missing)
        object.__setattr__(self, "resume_line", resume_line)
        object.__setattr__(self, "resume_text", resume_text)
        object.__setattr__(self, "years_required", years_required)
        object.__setattr__(self, "years_found", years_found)
        object.__setattr__(self, "years_ceiling", years_ceiling)
        object.__setattr__(self, "managing_years_required", managing_years_required)
        object.__setattr__(self, "managing_years_found", managing_years_found)
        object.__setattr__(self, "gate", gate)
        object.__setattr__(self, "gate_met", gate_met)


@dataclass(frozen=True, init=False)
class SeniorityCheck:
    posting_level: str
    resume_level: str
    gap: int  # posting minus resume: positive = under-qualified, negative = over-qualified
    posting_reason: str
    resume_reason: str
    years_required: float | None
    years_found: float

    # written out: a frozen dataclass's generated __init__ runs as Python even when compiled, and `rank` makes
    # thousands of these
    def __init__(
        self,
        posting_level: str,
        resume_level: str,
        gap: int,
        posting_reason: str,
        resume_reason: str,
        years_required: float | None,
        years_found: float,
    ) -> None:
        object.__setattr__(self, "posting_level", posting_level)
        object.__setattr__(self, "resume_level", resume_level)
        object.__setattr__(self, "gap", gap)
        object.__setattr__(self, "posting_reason", posting_reason)
        object.__setattr__(self, "resume_reason", resume_reason)
        object.__setattr__(self, "years_required", years_required)
        object.__setattr__(self, "years_found", years_found)


@dataclass(frozen=True, init=False)
class DomainCheck:
    similarity: float
    posting_occupations: tuple[str, ...]
    resume_occupations: tuple[str, ...]
    closest_resume_title: str | None

    # written out: a frozen dataclass's generated __init__ runs as Python even when compiled, and `rank` makes
    # thousands of these
    def __init__(
        self,
        similarity: float,
        posting_occupations: tuple[str, ...],
        resume_occupations: tuple[str, ...],
        closest_resume_title: str | None,
    ) -> None:
        object.__setattr__(self, "similarity", similarity)
        object.__setattr__(self, "posting_occupations", posting_occupations)
        object.__setattr__(self, "resume_occupations", resume_occupations)
        object.__setattr__(self, "closest_resume_title", closest_resume_title)


@dataclass(frozen=True, init=False)
class FitResult:
    score: float
    label: Label
    summary: str
    explanation: tuple[str, ...]
    must_haves: tuple[RequirementCheck, ...]
    nice_to_haves: tuple[RequirementCheck, ...]
    missing_gates: tuple[str, ...]
    seniority: SeniorityCheck
    domain: DomainCheck
    parts: dict[str, float]
    posting_title: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    # written out: a frozen dataclass's generated __init__ runs as Python even when compiled, and `rank` makes
    # thousands of these
    def __init__(
        self,
        score: float,
        label: Label,
        summary: str,
        explanation: tuple[str, ...],
        must_haves: tuple[RequirementCheck, ...],
        nice_to_haves: tuple[RequirementCheck, ...],
        missing_gates: tuple[str, ...],
        seniority: SeniorityCheck,
        domain: DomainCheck,
        parts: dict[str, float],
        posting_title: str,
    ) -> None:
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "summary", summary)
        object.__setattr__(self, "explanation", explanation)
        object.__setattr__(self, "must_haves", must_haves)
        object.__setattr__(self, "nice_to_haves", nice_to_haves)
        object.__setattr__(self, "missing_gates", missing_gates)
        object.__setattr__(self, "seniority", seniority)
        object.__setattr__(self, "domain", domain)
        object.__setattr__(self, "parts", parts)
        object.__setattr__(self, "posting_title", posting_title)


# --- entry points ------------------------------------------------------------------------------------


def score_fit(resume_text: str, posting_text: str) -> FitResult:
    """Score how well a resume fits a posting. Raises InvalidInput for an empty, oversized or
    non-English resume or posting (it refuses to guess), MissingData without the ESCO data."""
    taxonomy = load_taxonomy()
    resume = _cached_resume(resume_text, date.today())
    return score_profiles(resume, parse_posting(posting_text, taxonomy), taxonomy)


@lru_cache(maxsize=32)
def _cached_resume(text: str, as_of: date) -> ResumeProfile:
    return parse_resume(text, as_of, load_taxonomy())


def score_profiles(
    resume: ResumeProfile, posting: PostingProfile, taxonomy: Taxonomy, *, explain: bool = True
) -> FitResult:
    """The fit of parsed documents; `rank` parses the resume once and calls this for every posting.
    `explain=False` leaves `explanation` empty (ranking shows only the summary); all else is the same."""
    names = posting.written_names
    musts = tuple(_check(r, resume, taxonomy, names) for r in posting.must_haves)
    nices = tuple(_check(r, resume, taxonomy, names) for r in posting.nice_to_haves)
    seniority = _seniority(resume, posting, musts)
    domain = _domain(resume, posting, taxonomy)
    key = _key_coverage(posting, resume)
    parts = {
        "must": _weighted(musts, posting.must_haves, default=key),
        "nice": _weighted(nices, posting.nice_to_haves, default=None),
        "key": key,
        "domain": domain.similarity,
        "level": _level_fit(seniority),
        "words": _shared_vocabulary(resume, posting, taxonomy),
    }
    if parts["nice"] < 0:
        parts["nice"] = parts["must"]
    raw = 100 * sum((WEIGHTS[name] * value for name, value in parts.items()), 0.0)
    findings = _hard_findings(musts, seniority, posting, resume, taxonomy)
    step_up = _first_time_leading(posting, resume)
    label, score = _label(raw, findings, parts, step_up)
    missing_gates = tuple(g for check in musts if check.gate and (check.gate_met or 0.0) < 1.0 for g in check.missing)
    explanation = _explain(musts, nices, seniority, domain, findings, posting, resume) if explain else ()
    summary = _summary(label, findings, musts, nices, step_up)
    return FitResult(
        score=round(score, 1),
        label=label,
        summary=summary,
        explanation=explanation,
        must_haves=musts,
        nice_to_haves=nices,
        missing_gates=missing_gates,
        seniority=seniority,
        domain=domain,
        parts={k: round(v, 3) for k, v in parts.items()},
        posting_title=posting.title,
    )


# --- checking one requirement ------------------------------------------------------------------------


def _satisfied(concept_id: str, resume: ResumeProfile) -> bool:
    if concept_id.startswith("licence:"):
        return _holds_state_licence(concept_id, resume)
    if concept_id.startswith("workright:"):
        return holds_work_right(concept_id, resume.lines)
    if concept_id.startswith(("cred:", "endorse:")) and concept_id not in resume.credentials:
        return _named_credential_line(concept_id, resume) is not None
    if concept_id in _SHOWN_BY_THE_WORK and _SHOWN_BY_THE_WORK[concept_id] in resume.have:
        return True
    return concept_id in resume.have or concept_id in resume.credentials or concept_id in resume.languages


# certificates an employer issues on site after a practical check: "drove sit-down and stand-up forklifts"
# is what "forklift certified" asks
_SHOWN_BY_THE_WORK = {"lex:forklift_cert": "lex:forklift"}


def _named_credential_line(concept_id: str, resume: ResumeProfile) -> int | None:
    """The line naming a credential the lexicon does not know, by all its words; resumes list an
    endorsement by its name alone ("STCW III/1 Officer in Charge of an Engineering Watch")."""
    kind, _, words = concept_id.partition(":")
    if kind == "endorse":
        # "Sheltered English Immersion (SEI) Teacher Endorsement" is the "SEI Endorsement" a resume lists
        words = " ".join(w for w in words.split() if w not in _HOLDER_WORDS) or words
    return credential_line(resume, words.split()) if kind in ("cred", "endorse") else None


_HOLDER_WORDS = frozenset(tokens("teacher teaching educator"))


def _holds_state_licence(licence_id: str, resume: ResumeProfile) -> bool:
    """A licence the lexicon does not know is held when a resume credential of the same state shares
    most of its words ("Minnesota Master Electrician license")."""
    _, state, words = licence_id.split(":", 2)
    wanted = set(words.split())
    for held, line in resume.credentials.items():
        if held.startswith(f"licence:{state}:"):
            # the rest of the line counts: "Oregon Dental Hygiene License (RDH)" is an "Oregon RDH license"
            have = set(held.split(":", 2)[2].split()) | resume.line_words[line]
            # "English as a Second Language (K-12)" is an ESL licence
            have |= {w for w in wanted - have if spells_out(resume.lines[line], w.upper(), shortest=2)}
            if (
                _names_the_licence(wanted, have)
                and _level_in_place(words, resume.lines[line])
                and not _trainee_line(resume.lines[line], wanted)
            ):
                return True
    return _state_credential_line(state, wanted, resume, words)


_CREDENTIAL_WORDS = frozenset(tokens("licence license licensed certificate certification certified registration"))


# "Texas Geoscientist-in-Training (GIT)" is a trainee's registration, not the licence it leads to
_TRAINEE = compile_scanning(r"\b(?:in[- ]training|trainee|intern)\b", re.I)


def _trainee_line(line: str, wanted: set[str]) -> bool:
    # only the credential's own name counts: "Clear Education Specialist Credential, clear 2022; Intern 2018"
    name = re.split(r"[;,(]", line, maxsplit=1)[0]
    return _TRAINEE.search(name) is not None and not wanted & _TRAINEE_WORDS


_TRAINEE_WORDS = frozenset(tokens("training trainee intern"))


def _state_credential_line(state: str, wanted: set[str], resume: ResumeProfile, name: str = "") -> bool:
    """A resume line naming the state and a credential, with most of the licence's words: "New York
    State Certification, Early Childhood Education (Birth-Grade 2)"."""
    state_words = set(tokens(state))
    # a line without a state counts when the resume's own places are in it ("TCOLE Telecommunicator
    # License" on the resume of someone who works in Denton, TX)
    local = _works_in(resume, state)
    credential_lines = set(resume.credentials.values()) | resume.credential_lines
    code = _STATE_CODE.get(state.lower())
    for number, have in enumerate(resume.line_words):
        line = resume.lines[number]
        in_state = local or state_words <= have or (code is not None and re.search(rf"\b{code}\b", line) is not None)
        named = in_state and (have & _CREDENTIAL_WORDS or number in credential_lines)
        if (
            named
            and not _trainee_line(line, wanted)
            and not lists_what_is_not_held(line)
            and _names_the_licence(wanted, have | _spelled(wanted - have, line) | _expanded(have, resume))
            and _level_in_place(name, line)
        ):
            return True
    return False


_STATE_CODE = {name.lower(): code for code, name in _STATE_CODES.items()}


def _level_in_place(name: str, line: str) -> bool:
    """A licence named by its level ("1st Class Engineer") is held when the line names that level with
    the licence, not another licence of the line ("2nd Class Engineer …; 1st Class Fireman")."""
    wanted = name.split()
    if not set(wanted) & _ORDINALS:
        return True
    have = tokens(line)
    size = len(wanted)
    return any(have[i : i + size] == wanted for i in range(len(have) - size + 1))


_ORDINALS = frozenset(tokens("1st 2nd 3rd 4th first second third fourth"))


def _expanded(have: set[str] | frozenset[str], resume: ResumeProfile) -> set[str]:
    """The words of the acronyms on a line that the resume spells out elsewhere."""
    acronyms = resume.acronyms
    return {w for a in have if a in acronyms for w in acronyms[a]} if acronyms else set()


def _spelled(acronyms: set[str], line: str) -> set[str]:
    """The acronyms a line writes out: an "Oregon LMT license" is held as "Oregon Licensed Massage Therapist".
    On a line that names the state and a licence, two letters are enough: a "Georgia AA licence" is held as
    "Georgia Composite Medical Board, Anesthesiologist Assistant licence"."""
    return {a for a in acronyms if spells_out(line, a, shortest=2)}


# words that tell one level or kind of a licence from another: a "Certified Residential" appraiser
# does not hold the "Certified General" credential, whatever else the names share
_LEVEL_WORDS = frozenset(
    tokens(
        "general residential master journeyman journeyworker apprentice limited provisional temporary trainee "
        "associate clinical independent advanced basic intermediate senior commercial"
    )
)


def _names_the_licence(wanted: set[str], have: set[str] | frozenset[str]) -> bool:
    """Most of the licence's words, and no other level in place of the one asked for."""
    have = set(have) | _other_forms(wanted - set(have), have)
    if len(wanted & have) < max(1, math.ceil(0.6 * len(wanted))):
        return False
    levels = wanted & _LEVEL_WORDS
    return not levels or bool(levels & have)


def _other_forms(words: set[str], have: set[str] | frozenset[str]) -> set[str]:
    """The wanted words the resume writes in another form of the same root: an "optometry license" is
    held by a "Licensed Optometrist", a "pharmacy license" by a "Pharmacist"."""
    return {w for w in words if len(w) >= _SAME_ROOT and any(h[:_SAME_ROOT] == w[:_SAME_ROOT] for h in have)}


# letters two words must share from their start to be forms of one root ("optometri", "pharmac")
_SAME_ROOT = 7


def _works_in(resume: ResumeProfile, state: str) -> bool:
    # a line the resume denies ("NOT HELD: Idaho, Oregon or any other state licence") names no place of its
    affirmed = tuple(line for line, words in zip(resume.lines, resume.line_words, strict=True) if words)
    return state.lower() in _states_of_resume(affirmed)


@lru_cache(maxsize=64)
def _states_of_resume(lines: tuple[str, ...]) -> frozenset[str]:
    """The states of the places a resume names; kept, as `rank` checks one resume against many postings."""
    return frozenset(s.lower() for line in lines for s in states_of_places(line))


def _name(concept_id: str, taxonomy: Taxonomy, written: Mapping[str, str]) -> str:
    """A concept's name; a credential the lexicon does not know, as the posting wrote it."""
    if concept_id.startswith("workright:"):
        return work_right_name(concept_id)
    if concept_id in written:
        suffix = " endorsement" if concept_id.startswith("endorse:") else ""
        return written[concept_id] + suffix
    return taxonomy.concept(concept_id).name if concept_id in taxonomy.concepts else concept_id


def _group_name(group: Sequence[str], taxonomy: Taxonomy, written: Mapping[str, str]) -> str:
    return " or ".join(dict.fromkeys(_name(c, taxonomy, written) for c in group[:3]))


def _check(
    requirement: Requirement, resume: ResumeProfile, taxonomy: Taxonomy, written: Mapping[str, str]
) -> RequirementCheck:
    """How far the resume meets a requirement, by its best path: the requirement itself or an alternative
    path, which is as good as its least-met requirement."""
    best = _check_one(requirement, resume, taxonomy, written)
    for path in requirement.alternatives:
        weakest = min((_check_one(r, resume, taxonomy, written) for r in path), key=lambda c: c.met)
        if weakest.met > best.met:
            best = weakest
    return best


def _check_one(
    requirement: Requirement, resume: ResumeProfile, taxonomy: Taxonomy, written: Mapping[str, str]
) -> RequirementCheck:
    found: list[str] = []
    missing: list[str] = []
    parts: list[float] = []
    evidence_ids: list[str] = []
    gate_score = _gates(requirement, resume, taxonomy, written, found, missing, evidence_ids)
    if gate_score is not None and requirement.obtainable:
        gate_score = max(gate_score, OBTAINABLE_MISSING)  # "must obtain within six months of hire"
    if gate_score is not None:
        parts.append(gate_score)
    coverage, best_line = _coverage(requirement.content, resume, taxonomy)
    if requirement.groups:
        hits = 0
        for group in requirement.groups:
            hit = next((c for c in group if _satisfied(c, resume)), None)
            if hit:
                hits += 1
                found.append(_name(hit, taxonomy, written))
                evidence_ids.append(hit)
            else:
                missing.append(_group_name(group, taxonomy, written))
        # the resume may use the requirement's own words where the lexicon knows no concept for them
        # ("FLSA"): most of the words, by weight, count as partial evidence
        parts.append(max(hits / len(requirement.groups), 0.8 * coverage if coverage >= 0.6 else 0.0))
    if requirement.degree:
        parts.append(_degree_score(requirement, resume, found, missing))
    if not parts and requirement.years_min is None:
        parts.append(max(0.5, min(1.0, coverage * 1.25)))  # "clear written communication": unverifiable
    elif not parts:
        parts.append(1.0)
    met = sum(parts) / len(parts)
    managing = requirement.managing_years
    led = None
    if managing is not None:
        led = resume.managing_years
        parts.append(min(1.0, led / managing))
        if led < managing:
            missing.append(f"{managing:g}+ years managing people ({led:g} found)")
    years_found = None
    if requirement.years_min is not None:
        years_found = _relevant_years(requirement, resume, taxonomy)
        if led is not None and requirement.years_min <= (managing or 0.0):
            years_found = max(years_found, led)  # "3+ years supervising staff": the years are the leading
        if requirement.years_min > 0:
            factor = min(1.0, years_found / requirement.years_min)
            met *= 0.5 + 0.5 * factor
            if factor < 1:
                missing.append(f"{requirement.years_min:g}+ years")
    if requirement.names and not any(_names(name, resume) for name in requirement.names):
        met = min(met, NAMES_ABSENT)  # "HeavyBid or HCSS HeavyJob" and the resume names neither
        missing.append(" or ".join(requirement.names[:3]))
    line, text = _evidence_line(evidence_ids, best_line, resume, taxonomy)
    status: Status = "met" if met >= 0.75 else "partial" if met >= 0.35 else "missing"
    return RequirementCheck(
        text=requirement.text,
        posting_line=requirement.line,
        importance=requirement.importance,
        kind=requirement.kind,
        status=status,
        met=round(met, 3),
        found=tuple(dict.fromkeys(found)),
        missing=tuple(dict.fromkeys(missing)),
        resume_line=None if line is None else line + 1,
        resume_text=text,
        years_required=requirement.years_min,
        years_found=years_found,
        years_ceiling=requirement.years_max,
        managing_years_required=managing,
        managing_years_found=led,
        gate=bool(requirement.gates) and requirement.importance == "must" and not requirement.obtainable,
        gate_met=gate_score,
    )


# How much of a credential to be obtained after hire counts as met when the resume lacks it: half, as
# the posting expects new hires not to hold it yet, but one who holds it is further along
OBTAINABLE_MISSING = 0.5

# How much of a requirement counts as met when it names products, systems or bodies the resume never
# mentions: little, since the lexicon cannot know every tool but the resume's silence is telling.
NAMES_ABSENT = 0.25


def _names(name: str, resume: ResumeProfile) -> bool:
    """The resume names it, or the initials of a name of several words: "Global Wind Organisation"
    is held as "GWO"."""
    if set(tokens(name)) <= resume.words:
        return not _LEVELLED_NAME.search(name) or _names_in_a_line(name, resume)
    if name.isupper() and any(spells_out(line, name) for line in resume.lines):
        return True  # "a certified CSO" and "Community Supervision Officer"
    parts = name.split()
    return len(parts) > 2 and "".join(p[0] for p in parts).lower() in resume.words


# "RJG Master Molder II": the level is part of the name, and "Master Molder I ... Decoupled II" is not it
_LEVELLED_NAME = compile_scanning(r"\s(?:I{1,3}|IV|V|[1-5])$")


def _names_in_a_line(name: str, resume: ResumeProfile) -> bool:
    phrase = re.compile(r"\b" + re.escape(name.lower()) + r"\b")
    return any(phrase.search(line.lower()) for line in resume.lines)


def _first_time_leading(posting: PostingProfile, resume: ResumeProfile) -> bool:
    """A job that leads people ("Lead Sleep Technologist", "QC Laboratory Supervisor") for someone who
    has led no one: a step up a recruiter would weigh, not yet a good fit."""
    leads = posting.people_manager or (
        _LEADS_PEOPLE.search(posting.title) is not None and not is_specialist_manager(posting.title)
    )
    return leads and resume.managing_years == 0


_LEADS_PEOPLE = compile_scanning(r"\b(?:lead|supervisor|foreman|forewoman|manager|superintendent|chief|head)\b", re.I)


def _gates(
    requirement: Requirement,
    resume: ResumeProfile,
    taxonomy: Taxonomy,
    written: Mapping[str, str],
    found: list[str],
    missing: list[str],
    evidence_ids: list[str],
) -> float | None:
    if not requirement.gates:
        return None
    hits = 0.0
    for group in requirement.gates:
        hit = next((c for c in group if _satisfied(c, resume)), None)
        if hit is None and _is_licence_group(group, taxonomy) and _state_subject_held(requirement, resume):
            hit = group[0]
        if hit is None:
            hit = _known_licence_in_state(group, resume, taxonomy)
        if hit is None and _TEACHING in group and _teaching_field_listed(requirement, resume):
            hit = _TEACHING
        if hit is None:
            pending = any(c in resume.pending_credentials for c in group)
            lapsed = " (in progress or lapsed on the resume)" if pending else ""
            missing.append(_group_name(group, taxonomy, written) + lapsed)
            continue
        # most requirements name no class or level: the resume's line is looked up only when one does
        below = (
            _designator_below(requirement.text, _hit_line(hit, resume, taxonomy))
            if _DESIGNATOR.search(requirement.text)
            else ""
        )
        if below:
            missing.append(f"{_name(hit, taxonomy, written)} {below}")  # "Class A wet welding" against a Class B
            continue
        if hit in resume.conversational and _FLUENCY_ASKED.search(requirement.text):
            missing.append(f"{_name(hit, taxonomy, written)} (conversational on the resume, fluent asked)")
            continue
        if not _national_alternative(hit, group) and _wrong_state(requirement, group, resume, taxonomy, hit):
            missing.append(f"{_name(hit, taxonomy, written)} for {' or '.join(requirement.states)}")
            hits += 0.5
            continue
        hits += 1
        found.append(_name(hit, taxonomy, written))
        evidence_ids.append(hit)
    return hits / len(requirement.gates)


# the class, level or grade of a credential: "Class A", "Level II", "Grade 3"
_DESIGNATOR = compile_scanning(
    r"\b((?i:class|level|grade|type|category))\s+((?:[A-E]|[IVX]{1,4}|\d{1,2})\b(?!-)"
    # "Class A or B", "Level II/III": the alternatives share the word
    r"(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:[A-E]|[IVX]{1,4}|\d{1,2})\b(?!-))*)"
)
_DESIGNATOR_SPLIT = compile_scanning(r"\s*(?:,|/|\bor\b|\band\b)\s*")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def _hit_line(hit: str, resume: ResumeProfile, taxonomy: Taxonomy) -> str:
    line, _ = _evidence_line([hit], None, resume, taxonomy)
    return resume.lines[line] if line is not None else ""


def _designator_below(asked_text: str, held_line: str) -> str:
    """The class, level or grade asked when the resume's line for the credential names only another one
    of the same kind that does not cover it: a Class B is no Class A, a Level II no Level III."""
    asked = _designators(asked_text)
    held = _designators(held_line)
    if not asked or not held:
        return ""
    for kind, wanted in asked:
        have = [value for k, value in held if k == kind]
        if not have or any(_covers(value, wanted) for value in have):
            return ""  # one of the classes asked is held, or the line names no class of that kind
    return " or ".join(f"{kind.title()} {value.upper()}" for kind, value in asked)


def _designators(text: str) -> list[tuple[str, str]]:
    if not text:
        return []
    return [
        (m.group(1).lower(), value.lower())
        for m in _DESIGNATOR.finditer(text)
        for value in _DESIGNATOR_SPLIT.split(m.group(2))
    ]


def _covers(held: str, wanted: str) -> bool:
    """A letter class covers the letters after it (a Class A CDL covers Class B); a number or numeral
    covers the ones below it (Level III covers Level II)."""
    if held.isalpha() and wanted.isalpha() and len(held) == len(wanted) == 1 and held not in _ROMAN:
        return held <= wanted
    rank = {**_ROMAN, **{str(n): n for n in range(100)}}
    if held in rank and wanted in rank:
        return rank[held] >= rank[wanted]
    return held == wanted


# "Fluent, professional Spanish, spoken and written": more than a conversational level
_FLUENCY_ASKED = compile_scanning(
    r"\b(?:fluent|fluency|native|professional|business|bilingual|advanced)\b|(?<![\w-])C[12](?![\w-])", re.I
)
_GENERIC_CREDENTIAL_WORDS = (
    frozenset(
        tokens(
            "valid current active state teaching teacher educator professional standard clear required or in and "
            "bachelor's degree accredited university college a an any field area subject"
        )
    )
    | _CREDENTIAL_WORDS
)


def _state_subject_held(requirement: Requirement, resume: ResumeProfile) -> bool:
    """A state credential named by its subject on the resume: "Georgia teaching certificate in Middle
    Grades Science (4-8)" is held as "Georgia Professional Certificate, Middle Grades Science (4-8)"."""
    if len(requirement.states) != 1:
        return False
    subject = _subject(requirement)
    return len(subject) >= 2 and _state_credential_line(requirement.states[0], subject, resume)


def _known_licence_in_state(group: Sequence[str], resume: ResumeProfile, taxonomy: Taxonomy) -> str | None:
    """A state licence the posting names by a licence the lexicon knows ("a current Oregon OT or PT
    licence") is held by that licence on a resume line of the same state ("Occupational Therapist
    licence, Oregon Occupational Therapy Licensing Board")."""
    for concept_id in group:
        if not concept_id.startswith("licence:"):
            continue
        state = concept_id.split(":", 2)[1]
        for known in _known_licences(concept_id, taxonomy):
            line = resume.credentials.get(known)
            if line is not None and _line_in_state(resume, line, state):
                return concept_id
    return None


@lru_cache(maxsize=4096)
def _known_licences(licence_id: str, taxonomy: Taxonomy) -> frozenset[str]:
    # "Colorado licence as an OT" is an "OT license", whichever words the posting put between; read from the id,
    # so that it does not depend on how another posting wrote the name
    words = licence_id.split(":", 2)[2]
    spellings = [f"{words} license", f"licensed {words}"]
    found = (c for mention in taxonomy.find_in_lines(spellings) for c in mention.concept_ids)
    return frozenset(c for c in found if c in taxonomy.concepts and taxonomy.concept(c).kind == "licence")


def _line_in_state(resume: ResumeProfile, line: int, state: str) -> bool:
    named = {s.lower() for s in states_named(resume.lines[line], credential_line=True)}
    return state.lower() in named if named else _works_in(resume, state)


def _subject(requirement: Requirement) -> set[str]:
    """The words of a credential requirement that name its field: "Middle Grades Science (4-8)"."""
    state_words = {w for state in requirement.states for w in tokens(state)}
    return set(requirement.content) - state_words - _GENERIC_CREDENTIAL_WORDS


_TEACHING = "lex:teaching_certificate"


def _teaching_field_listed(requirement: Requirement, resume: ResumeProfile) -> bool:
    """Teachers list their certificates by field and grades ("Texas Core Subjects EC-6", "Mathematics
    (7-12)"): such a line holds a teaching certificate that names no field of its own."""
    subject = _subject(requirement)
    return any(
        GRADE_BAND.search(resume.lines[i])
        and not PENDING.search(resume.lines[i])
        # "Wisconsin teaching licence in German": a listed licence in that subject
        and (len(subject) < 2 or bool(subject & resume.line_words[i]))
        for i in resume.credential_lines
    )


def _national_alternative(hit: str, group: Sequence[str]) -> bool:
    """ "the CRC credential or a Maryland counselor license": the credential holds in any state."""
    return hit.startswith("cred:") and any(c.startswith("licence:") for c in group)


def _is_licence_group(group: Sequence[str], taxonomy: Taxonomy) -> bool:
    return all(c in taxonomy.concepts and taxonomy.concept(c).kind == "licence" for c in group)


def _wrong_state(
    requirement: Requirement, group: Sequence[str], resume: ResumeProfile, taxonomy: Taxonomy, hit: str = ""
) -> bool:
    """A state licence named for another state ("Ohio RN licence" against a Texas one), unless the
    resume holds a compact/multistate licence. The state is the held licence's own where its line names
    one ("Professional Engineer (Civil), Washington" beside an "EIT, Oregon")."""
    if not requirement.states or requirement.obtainable or _is_language_group(tuple(group), taxonomy):
        return False
    if any(c.startswith("endorse:") for c in group) or not resume.credential_states:
        return False
    if all(c == "lex:first_aid" or _LIFE_SUPPORT in taxonomy.closure([c]) for c in group):
        return False  # "an Iowa RN license and current BLS, ACLS and TNCC": the life-support cards are national
    # the Nurse Licensure Compact covers RN and LPN licences, not an APRN's
    compact = bool(set(group) & _COMPACT_LICENCES) and any(
        re.search(r"\b(compact|multistate|multi-state)\b", line, re.I) for line in resume.lines
    )
    if compact and not set(requirement.states) & _OUTSIDE_THE_COMPACT:
        return False
    line = resume.credentials.get(hit)
    own = states_named(resume.lines[line], credential_line=True) if line is not None else ()
    return not set(requirement.states) & set(own or resume.credential_states)


_COMPACT_LICENCES = frozenset({"lex:rn_licence", "lex:lpn_licence"})
_LIFE_SUPPORT = "lex:life_support"
# States outside the Nurse Licensure Compact, where a multistate licence from elsewhere does not count
_OUTSIDE_THE_COMPACT = frozenset(
    {
        "California",
        "Nevada",
        "Oregon",
        "Hawaii",
        "Alaska",
        "New York",
        "Illinois",
        "Minnesota",
        "Michigan",
        "District of Columbia",
    }
)


def _degree_score(requirement: Requirement, resume: ResumeProfile, found: list[str], missing: list[str]) -> float:
    degree = requirement.degree
    assert degree is not None
    names = {1: "associate", 2: "bachelor's", 3: "master's", 4: "doctorate"}
    best = max(resume.degrees, key=lambda d: (d.level, len(set(d.fields) & set(degree.fields))), default=None)
    if best is not None and best.level >= degree.level:
        of_kind = set(degree.field_kind) <= set(best.fields)
        if not degree.fields or (set(degree.fields) & set(best.fields) and of_kind) or degree.related_ok:
            found.append(f"{names[best.level]} degree")
            return 1.0
        missing.append(f"degree in {' '.join(degree.fields[:4])}")
        return 0.6
    if degree.equivalent_ok and resume.total_years >= 2 * degree.level:
        found.append("experience in place of the degree")
        return 0.7
    missing.append(f"{names.get(degree.level, 'a')} degree")
    return 0.35 if degree.equivalent_ok else 0.0


def _coverage(content: Sequence[str], resume: ResumeProfile, taxonomy: Taxonomy) -> tuple[float, int | None]:
    """IDF-weighted share of a requirement's content words found anywhere in the resume, and the line
    that holds the most of them."""
    if not content:
        return 1.0, None
    weights = {w: taxonomy.idf(w) for w in content}
    total = sum(weights.values())
    hit = sum(weight for word, weight in weights.items() if word in resume.words)
    best_line, best_score = None, 0.0
    if hit:
        # a line with none of the words scores 0 and cannot win, so only the lines holding one are visited
        by_word = resume.evidence_lines_by_word
        for index in sorted({i for w in weights for i in by_word.get(w, ())}):
            words = resume.line_words[index]
            # over the requirement's few words rather than the line's many; fsum is exact in any order
            score = math.fsum(weight for w, weight in weights.items() if w in words)
            if score > best_score:
                best_line, best_score = index, score
    return hit / total, best_line


def _relevant_years(requirement: Requirement, resume: ResumeProfile, taxonomy: Taxonomy) -> float:
    """Years of the jobs that mention the requirement's concepts or most of its words; the whole career
    when the requirement names no field ("3+ years of professional experience")."""
    ids = [c for group in requirement.groups for c in group]
    if not ids and not requirement.content:
        return max(resume.total_years, resume.claimed_years or 0.0)
    spans: list[tuple[float, float]] = []
    weights = {w: taxonomy.idf(w) for w in _years_content(requirement)}
    total = sum(weights.values())
    for job, words in zip(resume.jobs, resume.job_words, strict=True):
        share = sum(weights[w] for w in weights if w in words) / total if total else 0.0
        if requirement.strict_years:
            if share >= _STRICT_SHARE:
                spans.append((job.start, job.end))
            continue
        title_hit = bool(_title_words(job.title) & set(requirement.content))
        if share >= 0.4 or title_hit or (ids and resume.job_mentions(job, ids)):
            spans.append((job.start, job.end))
    years = _union_years(spans)
    if not resume.jobs and resume.claimed_years:
        return resume.claimed_years
    if resume.claimed_years and years < (requirement.years_min or 0) and weights:
        # "eight years in a 1,100-bed county jail": the summary's claim names the field its years are in,
        # where the job bullets use other words for it
        claim = _claim_share(weights, resume)
        if claim is not None and claim[1] >= 0.5:
            return max(years, claim[0])
    return years


_STRICT_SHARE = 0.75  # most of what the years are in, when the posting says other experience does not count


def _claim_share(weights: dict[str, float], resume: ResumeProfile) -> tuple[float, float] | None:
    """The best (years, weighted share of the words) of the summary sentences that claim years."""
    total = sum(weights.values())
    best: tuple[float, float] | None = None
    for claimed, words in resume.year_claims:
        share = sum(weights[w] for w in weights if w in words) / total
        if best is None or share > best[1]:
            best = (claimed, share)
    return best


def _years_content(requirement: Requirement) -> Sequence[str]:
    """The words of what the years are asked in: "at least four years of experience administering zoning
    regulations, with a solid grasp of 160D" counts years of zoning work, not of all the sentence says.
    A ceiling's aside says what does not count ("internships during your degree do not count"), not the
    field whose years are capped."""
    content: Sequence[str] = requirement.content
    if requirement.years_max is not None and "(" in requirement.text:
        outside = set(tokens(_strip_parentheses(requirement.text)))
        content = [w for w in content if w in outside] or content
    found = _YEARS_OBJECT.search(requirement.text) if len(content) > _LONG_CLAUSE else None
    if found is None:
        return content
    object_words = set(tokens(found.group(1)))
    return [w for w in content if w in object_words] or content


# a clause with more content words than this says more than what its years are in
_LONG_CLAUSE = 8
_YEARS_OBJECT = compile_scanning(
    r"\b(?:years?|yrs?)\b(?:\s+of)?(?:\s+(?:professional|progressive|relevant|related|paid|full-time|recent))*"
    r"(?:\s+(?:experience|work))?\s+(?:in|as|with|of|doing|on)?\s*([^,;:.()]{3,90}?)"
    r"(?=[,;:.()]|\s+(?:with|and (?:a|an|the|strong|solid|working|demonstrated|at least|\d)|including|plus)\b|$)",
    re.I,
)


def _evidence_line(
    ids: Sequence[str], best_line: int | None, resume: ResumeProfile, taxonomy: Taxonomy
) -> tuple[int | None, str | None]:
    for cid in ids:
        evidence = resume.evidence.get(cid)
        if evidence is None:
            narrower = [e for e in resume.evidence.values() if cid in taxonomy.ancestors(e.concept_id)]
            evidence = min(narrower, key=lambda e: (e.line, e.concept_id)) if narrower else None
        if evidence is not None:
            return evidence.line, evidence.text
        if cid in resume.credentials:
            line = resume.credentials[cid]
            return line, resume.lines[line].strip()
        found = _named_credential_line(cid, resume)
        if found is not None:
            return found, resume.lines[found].strip()
    if best_line is not None:
        return best_line, resume.lines[best_line].strip(" -•*")
    return None, None


def _weighted(checks: Sequence[RequirementCheck], requirements: Sequence[Requirement], default: float | None) -> float:
    if not checks:
        return default if default is not None else -1.0
    total = sum(_requirement_weight(r) for r in requirements)
    return sum(_requirement_weight(r) * c.met for r, c in zip(requirements, checks, strict=True)) / total


def _requirement_weight(requirement: Requirement) -> float:
    base = requirement.weight
    return base * (0.5 if requirement.kind == "general" else 1.0)


# --- the other parts ---------------------------------------------------------------------------------


def _shared_vocabulary(resume: ResumeProfile, posting: PostingProfile, taxonomy: Taxonomy) -> float:
    """IDF-weighted cosine of the resume's words and the words of what the posting asks and describes,
    scaled so that a typical close match (a cosine of 1/2) counts in full."""
    shared = posting.words & resume.words
    if not shared:
        return 0.0
    norm = math.sqrt(_sum_of_squares(posting.words, taxonomy) * _resume_weight(resume.words, taxonomy))
    return min(1.0, _VOCABULARY_SCALE * _sum_of_squares(shared, taxonomy) / norm)


_VOCABULARY_SCALE = 2.0


@lru_cache(maxsize=64)
def _resume_weight(words: frozenset[str], taxonomy: Taxonomy) -> float:
    """The resume's side of the cosine, once per resume: `rank` scores one resume against thousands."""
    return _sum_of_squares(words, taxonomy)


def _sum_of_squares(words: frozenset[str], taxonomy: Taxonomy) -> float:
    idf, unknown = taxonomy.idf_table()
    return math.fsum([idf.get(w, unknown) ** 2 for w in words])


def _key_coverage(posting: PostingProfile, resume: ResumeProfile) -> float:
    total = sum(posting.key_concepts.values())
    if not total:
        return 0.5
    return sum(w for c, w in posting.key_concepts.items() if c in resume.have) / total


def _seniority(resume: ResumeProfile, posting: PostingProfile, musts: Sequence[RequirementCheck]) -> SeniorityCheck:
    found = max(resume.total_years, resume.claimed_years or 0.0)
    posting_level = posting.seniority.level
    if posting.people_manager and posting_level < 2 and not posting.seniority.from_title:
        posting_level = 2
    resume_reason = (
        f"latest title '{resume.jobs and max(resume.jobs, key=lambda j: (j.end, j.start)).title}'"
        if resume.level_from_title
        else f"{found:g} years of experience"
    )
    return SeniorityCheck(
        posting_level=LEVEL_NAMES[posting_level],
        resume_level=resume.level_name,
        gap=posting_level - resume.level,
        posting_reason=posting.seniority.reason,
        resume_reason=resume_reason,
        years_required=posting.years_min,
        years_found=round(found, 1),
    )


def _level_fit(seniority: SeniorityCheck) -> float:
    if seniority.gap > 0:
        return max(0.0, 1 - 0.4 * seniority.gap)
    return max(0.0, 1 - 0.25 * max(0, -seniority.gap - 1))


def _domain(resume: ResumeProfile, posting: PostingProfile, taxonomy: Taxonomy) -> DomainCheck:
    """How close the posting's role is to the roles on the resume: the better of title-word similarity
    and a shared role family. (Shared ESCO occupations were tried and measured worse: title-to-occupation
    matching is too loose to score with; they are shown, not scored.)"""
    title_words = _title_words(posting.title)
    best, best_title = 0.0, None
    for job in resume.jobs:
        similarity = _cosine(title_words, _title_words(job.title), taxonomy)
        if similarity > best:
            best, best_title = similarity, job.title
    posting_families = title_family_scores(posting.title, taxonomy)
    for job in resume.jobs:
        for family, score in title_family_scores(job.title, taxonomy).items():
            if family in posting_families and family != "people_leadership":
                shared = min(score, posting_families[family])
                if shared > best:
                    best, best_title = shared, job.title
    return DomainCheck(
        similarity=round(min(best, 1.0), 3),
        posting_occupations=tuple(name for name, _ in posting.occupations[:3]),
        resume_occupations=tuple(name for name, _ in resume.occupations[:3]),
        closest_resume_title=best_title,
    )


_TITLE_NOISE = frozenset(
    tokens(
        "senior junior lead principal staff associate intern i ii iii iv sr jr remote hybrid onsite "
        "full time "
        "part contract temporary entry level mid"
    )
)


@lru_cache(maxsize=16_384)
def _title_words(title: str) -> frozenset[str]:
    return frozenset(
        w
        for w in tokens(re.sub(r"\(.*?\)", " ", title))
        if w.isalnum() and w not in _TITLE_NOISE and len(w) > 1 and w not in {"and", "of", "the", "for", "with"}
    )


def _cosine(a: frozenset[str], b: frozenset[str], taxonomy: Taxonomy) -> float:
    if not a or not b:
        return 0.0
    dot = sum(taxonomy.idf(w) ** 2 for w in a & b)
    norm = math.sqrt(sum(taxonomy.idf(w) ** 2 for w in a)) * math.sqrt(sum(taxonomy.idf(w) ** 2 for w in b))
    return dot / norm


# --- label ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Finding:
    cap: float
    text: str


def _second_language_profile(posting: PostingProfile, resume: ResumeProfile) -> list[_Finding]:
    """ "Bilingual - Imperative (CCC/CCC)" against a resume whose evaluation is CBC, or that has none."""
    gap = profile_gap(posting.lines, resume.lines)
    if gap is None:
        return []
    line = posting.lines[gap.posting_line - 1]
    return [_Finding(CAP_GATE, f'{describe(gap)} (posting line {gap.posting_line}: "{_short(line)}")')]


def _rejected_evidence(posting: PostingProfile, resume: ResumeProfile) -> list[_Finding]:
    """ "A QSP certification alone does not meet this requirement" against a resume that shows a QSP."""
    for rejection in posting.rejections:
        index = shown_on(rejection, resume.line_words)
        if index is not None:
            return [
                _Finding(
                    CAP_GATE,
                    f'the posting says "{_short(rejection.subject, 50)}" will not do (posting line {rejection.line}: '
                    f'"{_short(rejection.text)}"), and that is what the resume shows (line {index + 1}: '
                    f'"{_short(resume.lines[index])}")',
                )
            ]
    return []


def _hard_findings(
    musts: Sequence[RequirementCheck],
    seniority: SeniorityCheck,
    posting: PostingProfile,
    resume: ResumeProfile,
    taxonomy: Taxonomy,
) -> list[_Finding]:
    findings: list[_Finding] = []
    gates = [c for c in musts if c.gate and (c.gate_met or 0.0) < 1.0]
    findings += _degree_without_substitute(musts, posting)
    findings += _rejected_evidence(posting, resume)
    findings += _second_language_profile(posting, resume)
    for check in gates:
        findings.append(
            _Finding(
                CAP_GATE,
                f"missing {', '.join(check.missing) or 'a required credential'} "
                f'(posting line {check.posting_line}: "{_short(check.text)}")',
            )
        )
    if seniority.gap >= 2:
        findings.append(
            _Finding(
                CAP_SENIORITY,
                f"under-qualified: the posting is {seniority.posting_level} "
                f"({seniority.posting_reason}), the resume {seniority.resume_level} "
                f"({seniority.resume_reason})",
            )
        )
    # a "Cocktail Program Manager" leads a programme: a bar manager is not two levels above it
    if (
        seniority.gap <= -2
        and posting.seniority.from_title
        and (resume.level_from_title or resume.total_years >= 5)
        and not is_specialist_manager(posting.title)
    ):
        findings.append(
            _Finding(
                CAP_SENIORITY,
                f"over-qualified: the resume is {seniority.resume_level} "
                f"({seniority.resume_reason}), the posting {seniority.posting_level} "
                f"({seniority.posting_reason})",
            )
        )
    elif (
        posting.years_max is not None
        and _experience(resume) >= max(2 * posting.years_max, posting.years_max + 3)
        and resume.level > posting.seniority.level
    ):
        findings.append(
            _Finding(
                CAP_SENIORITY,
                f"over-qualified: {_experience(resume):g} years against a {posting.years_max:g}-year ceiling",
            )
        )
    findings += _over_ceilings(musts)
    findings += _missing_graduate_degrees(musts, posting)
    findings += _sponsorship(posting, resume)
    findings += _not_a_student(posting, resume)
    for check in musts:
        asked, led = check.managing_years_required, check.managing_years_found
        if asked is not None and led is not None and led < 0.5 * asked and asked - led >= 1.5:
            findings.append(
                _Finding(
                    CAP_SENIORITY,
                    f"under-qualified: {asked:g}+ years managing people asked "
                    f'(posting line {check.posting_line}: "{_short(check.text)}"), {led:g} found',
                )
            )
    duty: set[str] | None = None  # built only when a weak must-have needs it
    for check, requirement in zip(musts, posting.must_haves, strict=True):
        if check.gate or (check.met >= 0.5 and not _none_of_the_only_experience(check, requirement)):
            continue
        if _years_shortfall(check) or _none_of_the_only_experience(check, requirement):
            findings.append(
                _Finding(
                    CAP_CORE,
                    f"years short: {check.years_required:g}+ years asked for "
                    f'"{_short(check.text)}", {check.years_found:g} found',
                )
            )
            continue
        if duty is None:
            duty = _duty_concepts(posting, taxonomy)
        core = [
            g
            for g in requirement.groups
            if not any(_satisfied(c, resume) for c in g)
            and any(taxonomy.concept(c).kind in _HARD_KINDS for c in g if c in taxonomy.concepts)
            and set(g) & duty
        ]
        if core:
            findings.append(
                _Finding(
                    CAP_CORE,
                    f"missing core skill {_group_name(core[0], taxonomy, posting.written_names)} "
                    f'(posting line {check.posting_line}: "{_short(check.text)}")',
                )
            )
        elif _named_and_asked(requirement, check, posting):
            # "we require direct experience preparing a NYDFS BitLicense application": a named system or
            # body, asked in so many words, that the resume never names
            findings.append(
                _Finding(
                    CAP_CORE,
                    f"missing {' or '.join(requirement.names[:2])} "
                    f'(posting line {check.posting_line}: "{_short(check.text)}")',
                )
            )
    return findings


def _named_and_asked(requirement: Requirement, check: RequirementCheck, posting: PostingProfile) -> bool:
    """Names the posting asks for in so many words, other than its own title's, a status (ITAR's "U.S.
    person"), something to obtain after hire, or the setting of years the resume has ("the CVOR team …
    two years circulating open-heart cases")."""
    names = [n for n in requirement.names if n.lower() not in posting.title.lower()]
    years_met = check.years_required is not None and (check.years_found or 0.0) >= check.years_required
    return (
        bool(names)
        and not years_met
        and not requirement.groups
        and STRONG_ASK.found(requirement.text)
        and _STATUS_OR_LATER.search(requirement.text) is None
    )


_STATUS_OR_LATER = compile_scanning(
    r"\b(?:U\.?S\.? (?:person|citizen)|citizen\w*|ITAR|export control|permanent resident|after hire|upon hire|"
    r"within (?:\w+ ){1,2}(?:days|weeks|months)|able to (?:register|obtain|get|acquire|pass))\b",
    re.I,
)


def _not_a_student(posting: PostingProfile, resume: ResumeProfile) -> list[_Finding]:
    """A job for current students, and a resume with a finished degree, no degree under way and a year
    or more of work since."""
    if not posting.students_only or _experience(resume) < 1:
        return []
    finished = [d for d in resume.degrees if d.level >= 2]
    if not finished or any(_DEGREE_UNDER_WAY.search(line) for line in resume.lines):
        return []
    text = f'resume line {finished[0].line + 1}: "{_short(finished[0].text)}"'
    return [_Finding(CAP_SENIORITY, f"the posting is for current students; the resume's degree is finished ({text})")]


_DEGREE_UNDER_WAY = compile_scanning(
    r"\b(?:expected|anticipated|in progress|candidate|pursuing|currently enrolled)\b[^.]{0,60}\b(?:20\d\d|degree|"
    r"bachelor|master|b\.?s|m\.?s|mba)|\b(?:bachelor|master|b\.?s\.?|m\.?s\.?|mba)\b[^.]{0,60}\b(?:expected|anticipated|"
    r"in progress)\b",
    re.I,
)


def _degree_without_substitute(musts: Sequence[RequirementCheck], posting: PostingProfile) -> list[_Finding]:
    """A degree the posting says nothing can stand in for ("experience cannot be substituted for the degree",
    "ADN-prepared nurses will not be considered") is a gate like a licence; a degree that may be replaced
    by experience is weighed, not required."""
    return [
        _Finding(CAP_GATE, f'missing {check.missing[0]} (posting line {check.posting_line}: "{_short(check.text)}")')
        for check in musts
        if check.kind == "degree"
        and check.met < 1.0
        and check.missing
        and (
            _NO_SUBSTITUTE.search(_posting_line(posting, check.posting_line) or check.text)
            or _LOWER_DEGREE_REFUSED.search("\n".join(posting.lines))
        )
    ]


def _posting_line(posting: PostingProfile, number: int) -> str:
    """The posting's line as given: "Bachelor's degree (required; experience cannot be substituted)" says
    what its first clause alone does not."""
    return posting.lines[number - 1] if 0 < number <= len(posting.lines) else ""


_LOWER_DEGREE_REFUSED = compile_scanning(
    r"\b(?:ADN|associate(?:'s)?(?: degree)?|diploma)[- ](?:prepared|educated|trained)\b[^.;]{0,60}?"
    r"\b(?:will not|won't|cannot|can't|are not|is not) (?:be )?(?:considered|eligible|accepted)|"
    # "A bachelor's degree with teaching experience does not meet the credential requirement."
    r"\b(?:associate'?s?|bachelor'?s?) degree\b[^.;]{0,60}?\b(?:does|do|will) not (?:meet|satisfy)\b|"
    # "Equivalent work experience is not accepted in place of the degree"
    r"\b(?:cannot|can ?not|will not|won't|may not|is not|are not|does not|do not) (?:be )?(?:substitute[sd]?|accepted) "
    r"(?:for|in place of|in lieu of) (?:the |a )?(?:[\w']+ )?degree\b|"
    # "Experience, certifications or non-engineering degrees do not substitute for this requirement"
    r"\b(?:non-[\w-]+|other) degrees?\b[^.;]{0,40}?\b(?:do|does|will) not (?:substitute|qualify|count|meet)\b|"
    # "degrees in public administration, public policy or business do not meet the requirement"
    r"\bdegrees? in [^.;]{3,80}?\b(?:do|does|will) not (?:meet|satisfy|qualify|count)\b",
    re.I,
)


_NO_SUBSTITUTE = compile_scanning(
    r"\b(?:cannot|can ?not|will not|won't|may not|does not|do not) (?:be )?substitut\w*|\bno substitut\w*|"
    r"\bnot (?:be )?substitut\w*|\bin lieu of (?:the )?degree (?:is|will) not\b",
    re.I,
)


def _sponsorship(posting: PostingProfile, resume: ResumeProfile) -> list[_Finding]:
    """A posting that sponsors no work visa, for a resume that says it needs one."""
    line = resume.needs_sponsorship
    if not posting.no_sponsorship or line is None:
        return []
    text = f'resume line {line + 1}: "{_short(resume.lines[line])}"'
    return [_Finding(CAP_GATE, f"work authorization: the posting sponsors no visa and the resume needs one ({text})")]


def _missing_graduate_degrees(musts: Sequence[RequirementCheck], posting: PostingProfile) -> list[_Finding]:
    """A required doctorate is a gate and a required master's degree a core requirement ("the position
    requires a master's degree in operations research"): no experience stands in for either unless the
    posting says so, and a master's offered only in place of experience asks for nothing."""
    return [
        _Finding(cap, f'missing {name} (posting line {check.posting_line}: "{_short(check.text)}")')
        for level, (cap, name, missing) in _GRADUATE_DEGREES.items()
        for check, requirement in zip(musts, posting.must_haves, strict=True)
        if requirement.degree is not None
        and requirement.degree.level == level
        and not requirement.degree.equivalent_ok
        and missing in check.missing
        and not (level == 3 and _STANDS_IN.search(check.text))
    ]


_GRADUATE_DEGREES = {
    4: (CAP_GATE, "a doctorate", "doctorate degree"),
    3: (CAP_CORE, "a master's degree", "master's degree"),
}


# "A Master's degree in social work may substitute for one year of the required experience": an option
_STANDS_IN = compile_scanning(
    r"\b(?:may|can|will|could) (?:be )?substitute|\bsubstitutes? for\b|\bin (?:lieu|place) of\b|"
    r"\bcounts? (?:as|toward|for)\b|\bwith (?:a|an) (?:master'?s|graduate)",
    re.I,
)


def _over_ceilings(musts: Sequence[RequirementCheck]) -> list[_Finding]:
    """ "No more than 12 months of experience in infection prevention" against seven years of it."""
    return [
        _Finding(
            CAP_SENIORITY,
            f"over-qualified: {check.years_found:g} years against a {check.years_ceiling:g}-year ceiling "
            f'(posting line {check.posting_line}: "{_short(check.text)}")',
        )
        for check in musts
        if check.years_ceiling is not None
        and check.years_found is not None
        and check.years_found >= _ceiling_tolerance(check.years_ceiling)
    ]


def _ceiling_tolerance(ceiling: float) -> float:
    """A ceiling under a year marks a programme for beginners, where a year and a half more is far over;
    a ceiling of years ("0-2 years") tolerates a few more."""
    return ceiling + 1.5 if ceiling < 1 else max(2 * ceiling, ceiling + 3)


def _experience(resume: ResumeProfile) -> float:
    """Years of work: the dated jobs, or what the resume says of itself when its dates are not all read."""
    return max(resume.total_years, resume.claimed_years or 0.0)


def _none_of_the_only_experience(check: RequirementCheck, requirement: Requirement) -> bool:
    """ "At least one year in a blood establishment; food inspection experience alone does not meet this
    factor": no year of the one kind that counts is a shortfall however few years are asked."""
    return requirement.strict_years and check.text == requirement.text and check.years_found == 0.0


def _years_shortfall(check: RequirementCheck) -> bool:
    if check.years_required is None or check.years_found is None:
        return False
    return check.years_found < 0.5 * check.years_required and check.years_required - check.years_found >= 1.5


def _duty_concepts(posting: PostingProfile, taxonomy: Taxonomy) -> set[str]:
    """Concepts the title or the duties name, with their categories: the work the role centres on."""
    out: set[str] = set()
    for cid in posting.duties:
        out.add(cid)
        out |= taxonomy.ancestors(cid)
    return out


def _label(
    raw: float,
    findings: Sequence[_Finding],
    parts: dict[str, float],
    step_up: bool = False,
) -> tuple[Label, float]:
    if findings or parts["must"] < 0.5:
        cap = min([f.cap for f in findings] + [45.0])
        return "no_fit", min(raw, cap)
    # Missing preferences no longer make a match "potential" by themselves: on the labelled sets, where they were
    # all that kept a match from "good", the match was good 338 times in 372. They weigh in the score instead.
    if raw >= GOOD_AT and not step_up and parts["must"] >= 0.75:
        return "good", raw
    return "potential", min(raw, GOOD_AT - 0.1)


# --- explanation ---------------------------------------------------------------------------------------


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _explain(
    musts: Sequence[RequirementCheck],
    nices: Sequence[RequirementCheck],
    seniority: SeniorityCheck,
    domain: DomainCheck,
    findings: Sequence[_Finding],
    posting: PostingProfile,
    resume: ResumeProfile,
) -> tuple[str, ...]:
    lines: list[str] = [f"Hard finding: {f.text}" for f in findings]
    for check in musts:
        lines.append(_check_line("Must-have", check))
    for check in nices:
        lines.append(_check_line("Nice-to-have", check))
    direction = "under-qualified by" if seniority.gap > 0 else "over-qualified by" if seniority.gap < 0 else ""
    lines.append(
        f"Seniority: posting {seniority.posting_level} ({seniority.posting_reason}); resume "
        f"{seniority.resume_level} ({seniority.resume_reason})"
        + (
            f": {direction} {abs(seniority.gap)} level{'s' * (abs(seniority.gap) != 1)}"
            if direction
            else ": same level"
        )
    )
    if seniority.years_required is not None:
        gap = seniority.years_found - seniority.years_required
        lines.append(
            f"Years: {seniority.years_required:g}+ asked, {seniority.years_found:g} on the resume "
            f"({'+' if gap >= 0 else ''}{gap:.1f})"
        )
    lines.append(
        f"Domain: similarity {domain.similarity:.2f}; posting '{posting.title}' is nearest to "
        f"{', '.join(domain.posting_occupations) or 'no ESCO occupation'}; resume roles: "
        f"{', '.join(domain.resume_occupations) or 'none found'}"
        + (f"; closest resume title '{domain.closest_resume_title}'" if domain.closest_resume_title else "")
    )
    return tuple(lines)


def _check_line(what: str, check: RequirementCheck) -> str:
    head = f'{what} {check.status} (posting line {check.posting_line}: "{_short(check.text)}")'
    if check.status != "missing" and check.resume_line is not None:
        head += f'; resume line {check.resume_line}: "{_short(check.resume_text or "")}"'
    if check.missing:
        head += f"; missing: {', '.join(check.missing)}"
    if check.years_required and check.years_found is not None and check.years_found < check.years_required:
        head += f" ({check.years_found:g} years found)"
    return head


def _summary(
    label: Label,
    findings: Sequence[_Finding],
    musts: Sequence[RequirementCheck],
    nices: Sequence[RequirementCheck],
    step_up: bool = False,
) -> str:
    met = sum(1 for c in musts if c.status == "met")
    nice_met = sum(1 for c in nices if c.status == "met")
    counts = f"{met}/{len(musts)} must-haves met, {nice_met}/{len(nices)} nice-to-haves"
    if label == "no_fit":
        return f"No fit: {findings[0].text if findings else 'too few must-haves met'} ({counts})"
    if label == "potential" and step_up:
        return f"Potential: {counts}; a first step into leading people, which the resume does not show yet"
    if label == "potential":
        return f"Potential: {counts}; short on what the role centres on"
    return f"Good fit: {counts}"


# --- ranking many postings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PostingInput:
    id: str
    text: str


@dataclass(frozen=True, init=False)
class RankedPosting:
    posting: str
    score: float | None
    label: Label | None
    title: str
    summary: str
    error: str | None = None
    missing_must_haves: tuple[str, ...] = ()

    # written out: a frozen dataclass's generated __init__ runs as Python even when compiled, and `rank` makes
    # thousands of these
    def __init__(
        self,
        posting: str,
        score: float | None,
        label: Label | None,
        title: str,
        summary: str,
        error: str | None = None,
        missing_must_haves: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "posting", posting)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "summary", summary)
        object.__setattr__(self, "error", error)
        object.__setattr__(self, "missing_must_haves", missing_must_haves)


def rank_postings(
    resume_text: str,
    postings: Iterable[PostingInput],
    *,
    as_of: date | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> list[RankedPosting]:
    """Score every posting for one resume, in input order. A posting that cannot be scored (empty,
    too large, not English) gets `error` set and no score; the others are unaffected."""
    taxonomy = load_taxonomy()
    resume = parse_resume(resume_text, as_of or date.today(), taxonomy)
    out: list[RankedPosting] = []
    with _collector_paused():
        for count, item in enumerate(postings, start=1):
            out.append(_rank_one(resume, item, taxonomy))
            if count % _COLLECT_EVERY == 0:
                gc.collect(0)
            if on_progress is not None:
                on_progress(count)
    return out


# Reading a posting makes and drops thousands of small objects, none of them in reference cycles, so they are
# freed as they go; the cyclic collector, run every few hundred allocations, would walk them for nothing. A young
# collection every thousand postings still frees any cycle that does appear.
_COLLECT_EVERY = 1000


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _rank_one(resume: ResumeProfile, item: PostingInput, taxonomy: Taxonomy) -> RankedPosting:
    try:
        posting = parse_posting(item.text, taxonomy, occupations=False)
    except OffergapError as error:
        return RankedPosting(item.id, None, None, "", "", error=error.message)
    result = score_profiles(resume, posting, taxonomy, explain=False)
    missing = tuple(m for check in result.must_haves if check.status == "missing" for m in check.missing)
    return RankedPosting(item.id, result.score, result.label, posting.title, result.summary, missing_must_haves=missing)


JOBSPY_TEXT_COLUMNS = ("description", "job_description", "text", "posting")
JOBSPY_ID_COLUMNS = ("id", "job_id", "job_url", "url")


def postings_from_csv(path: Path, text_column: str | None = None, id_column: str | None = None) -> list[PostingInput]:
    """Postings from a CSV: a JobSpy export (title, company, description, job_url...) or any CSV with
    the named text and id columns. The title, when there is one, becomes the posting's first line."""
    csv.field_size_limit(8 * 1024 * 1024)
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as error:
        raise InvalidInput(f"{path}: cannot be read ({error.strerror})") from None
    with handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or [])
        text_col = _pick_column(columns, text_column, JOBSPY_TEXT_COLUMNS, path, "--text-column")
        id_col = _pick_column(columns, id_column, JOBSPY_ID_COLUMNS, path, "--id-column", required=False)
        rows = list(reader)
    out = []
    for number, row in enumerate(rows, start=2):
        text = (row.get(text_col) or "").strip()
        title = (row.get("title") or "").strip() if text_column is None else ""
        if text and title and not text.lower().startswith(title.lower()):
            text = f"{title}\n{row.get('company') or ''}\n\n{text}".strip()
        ident = (row.get(id_col) or "").strip() if id_col else ""
        out.append(PostingInput(ident or f"{path.name}:{number}", text))
    return out


def _pick_column(
    columns: list[str],
    wanted: str | None,
    defaults: Sequence[str],
    path: Path,
    option: str,
    required: bool = True,
) -> str | None:
    if wanted is not None:
        if wanted not in columns:
            raise InvalidInput(
                f"{path}: no column named {wanted!r}",
                hint=f"the columns are: {', '.join(columns) or '(none)'}; choose one with {option}",
            )
        return wanted
    found = next((c for c in defaults if c in columns), None)
    if found is None and required:
        raise InvalidInput(
            f"{path}: no posting text column (looked for {', '.join(defaults)})",
            hint=f"the columns are: {', '.join(columns) or '(none)'}; name the text column with {option}",
        )
    return found


# --- targeting -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecurringGap:
    requirement: str
    postings: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class TargetReport:
    families: tuple[tuple[str, float], ...]
    occupations: tuple[tuple[str, float], ...]
    focus: float
    focus_label: str
    level: str
    total_years: float
    postings_checked: int
    recurring_gaps: tuple[RecurringGap, ...]
    best_postings: tuple[RankedPosting, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def target_resume(
    resume_text: str, postings: Sequence[PostingInput] = (), *, as_of: date | None = None
) -> TargetReport:
    """The role families this resume fits best, and the must-haves it lacks that recur across the
    postings the seeker applied to (each counted once per posting)."""
    from offergap.analysis.resumes import focus_label

    taxonomy = load_taxonomy()
    resume = parse_resume(resume_text, as_of or date.today(), taxonomy)
    ranked = [_rank_one(resume, item, taxonomy) for item in postings]
    counts: dict[str, list[str]] = {}
    for item in ranked:
        for gap in dict.fromkeys(item.missing_must_haves):
            counts.setdefault(gap, []).append(item.posting)
    gaps = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    recurring = tuple(
        RecurringGap(g, len(ids), tuple(ids[:3])) for g, ids in gaps if len(ids) >= 2 or len(postings) <= 2
    )
    scored = sorted((r for r in ranked if r.score is not None), key=lambda r: -(r.score or 0.0))
    return TargetReport(
        families=resume.families,
        occupations=resume.occupations,
        focus=resume.focus,
        focus_label=focus_label(resume.focus, resume.families),
        level=resume.level_name,
        total_years=resume.total_years,
        postings_checked=len(ranked),
        recurring_gaps=recurring[:15],
        best_postings=tuple(scored[:5]),
    )
