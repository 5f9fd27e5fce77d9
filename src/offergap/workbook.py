"""The job-search workbook, format version 1 (see docs/workbook.md).

The models are strict: unknown keys are errors, except inside any `extra` object, which
is kept as it is. `load_workbook` reports every problem at once, each with its JSON path.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
    ValidationError,
)

from offergap.errors import InvalidInput, Problem

FORMAT = "offergap.workbook/1"
MAX_FILE_BYTES = 50 * 1024 * 1024
GHOSTED_AFTER_DAYS = 21

EventType = Literal[
    "applied",
    "screen",
    "interview",
    "assessment",
    "follow_up",
    "feedback",
    "offer",
    "rejection",
    "withdrawn",
    "no_response",
    "note",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
InterviewFormat = Literal["phone", "video", "onsite", "panel", "take_home"]
ExpenseCategory = Literal[
    "travel",
    "lodging",
    "meals",
    "clothing",
    "pet_care",
    "child_care",
    "lost_wages",
    "other",
]
EXPENSE_CATEGORIES: tuple[str, ...] = ExpenseCategory.__args__  # type: ignore[attr-defined]
Outcome = Literal["offer", "accepted", "rejected", "withdrawn", "ghosted", "open"]
OUTCOMES: tuple[str, ...] = Outcome.__args__  # type: ignore[attr-defined]
SalaryPeriod = Literal["year", "month", "hour"]


def _plain_decimal(value: Decimal) -> Decimal:
    """One spelling per value (110000.0000 and 110000 are the same amount), never exponent notation."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


# Decimals are written as JSON numbers, not strings, so exports read like the input.
Amount = Annotated[
    Decimal,
    Field(ge=0, max_digits=18, decimal_places=4),
    AfterValidator(_plain_decimal),
    PlainSerializer(lambda v: int(v) if v == v.to_integral_value() else float(v), return_type=Any),
]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code, e.g. USD")]
Count = Annotated[int, Field(ge=0, strict=True)]
Minutes = Annotated[int, Field(gt=0, le=24 * 60, strict=True)]
Extra = dict[str, Any] | None
Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Seeker(_Strict):
    name: str | None = None
    target_roles: list[str] | None = None
    location: str | None = None
    years_experience: (
        Annotated[
            Decimal,
            Field(ge=0, le=80),
            PlainSerializer(lambda v: int(v) if v == v.to_integral_value() else float(v), return_type=Any),
        ]
        | None
    ) = None
    extra: Extra = None


class Resume(_Strict):
    id: Text
    label: str | None = None
    text: str | None = None
    path: str | None = None
    extra: Extra = None


class Posting(_Strict):
    text: str | None = None
    url: str | None = None
    posted_on: date | None = None
    first_seen_on: date | None = None
    repost_count: Count | None = None
    applicant_count: Count | None = None
    salary_min: Amount | None = None
    salary_max: Amount | None = None
    salary_currency: Currency | None = None
    salary_period: SalaryPeriod | None = None
    extra: Extra = None


SIGNAL_NAMES: tuple[str, ...] = (
    "internal_candidate",
    "interview_required_by_policy",
    "hiring_freeze_or_layoffs",
    "role_already_filled_rumor",
    "budget_approved",
    "decision_timeline_given",
    "hiring_manager_met",
    "interviewers_engaged",
    "interview_shorter_than_scheduled",
    "employer_paid_travel",
)


class Signals(_Strict):
    internal_candidate: StrictBool | None = None
    interview_required_by_policy: StrictBool | None = None
    hiring_freeze_or_layoffs: StrictBool | None = None
    role_already_filled_rumor: StrictBool | None = None
    budget_approved: StrictBool | None = None
    decision_timeline_given: StrictBool | None = None
    hiring_manager_met: StrictBool | None = None
    interviewers_engaged: StrictBool | None = None
    interview_shorter_than_scheduled: StrictBool | None = None
    employer_paid_travel: StrictBool | None = None
    notes: str | None = None
    extra: Extra = None

    def flags(self) -> dict[str, bool | None]:
        return {name: getattr(self, name) for name in SIGNAL_NAMES}


class Interviewer(_Strict):
    name: str | None = None
    role: str | None = None
    extra: Extra = None


class QuestionAnswer(_Strict):
    question: Text
    my_answer: str | None = None
    extra: Extra = None


class Event(_Strict):
    type: EventType
    date: dt.date
    round: Annotated[int, Field(ge=1, le=50, strict=True)] | None = None
    format: InterviewFormat | None = None
    scheduled_minutes: Minutes | None = None
    actual_minutes: Minutes | None = None
    interviewers: list[Interviewer] | None = None
    questions_i_asked: list[Text] | None = None
    questions_asked_of_me: list[QuestionAnswer] | None = None
    self_rating: Annotated[int, Field(ge=1, le=5, strict=True)] | None = None
    next_step_promised: str | None = None
    notes: str | None = None
    extra: Extra = None


class Expense(_Strict):
    date: dt.date | None = None
    category: ExpenseCategory
    amount: Amount
    currency: Currency
    reimbursed: StrictBool | None = None
    note: str | None = None
    extra: Extra = None


class Opportunity(_Strict):
    id: Text
    company: Text
    title: Text
    resume: str | None = None
    source: str | None = None
    referral: StrictBool | None = None
    location: str | None = None
    posting: Posting | None = None
    company_research: str | None = None
    applied_on: date | None = None
    signals: Signals | None = None
    events: list[Event] | None = None
    expenses: list[Expense] | None = None
    outcome: Outcome | None = None
    extra: Extra = None

    def sorted_events(self) -> list[Event]:
        """Events by date; events on the same day keep the order they were written in."""
        return sorted(self.events or [], key=lambda e: e.date)


class Workbook(_Strict):
    format: Literal["offergap.workbook/1"]
    as_of: date | None = None
    seeker: Seeker | None = None
    # The contract asks for at least one resume; offergap also reads none, so that a search
    # imported from a tracker (which has no resumes) exports and re-imports unchanged.
    resumes: list[Resume] = Field(default_factory=list)
    opportunities: list[Opportunity] = Field(default_factory=list)
    extra: Extra = None

    def resume(self, resume_id: str | None) -> Resume | None:
        return next((r for r in self.resumes if r.id == resume_id), None)

    def resume_text_for(self, opportunity: Opportunity) -> str | None:
        """The text of the resume sent (the first resume when none is named)."""
        resume = self.resume(opportunity.resume) or (self.resumes[0] if self.resumes else None)
        return resume.text if resume and resume.text else None

    def opportunity(self, opportunity_id: str) -> Opportunity | None:
        return next((o for o in self.opportunities if o.id == opportunity_id), None)


# --- derived values -------------------------------------------------------------------

DECISIVE = {"offer": "offer", "rejection": "rejected", "withdrawn": "withdrawn"}
# Events that are the seeker's own doing (or nothing at all) are not contact with the employer.
NOT_CONTACT = {"follow_up", "no_response", "note"}


def last_contact(opportunity: Opportunity) -> date | None:
    dates = [e.date for e in opportunity.events or [] if e.type not in NOT_CONTACT]
    if opportunity.applied_on:
        dates.append(opportunity.applied_on)
    return max(dates, default=None)


def derived_outcome(opportunity: Opportunity, as_of: date, ghosted_after_days: int = GHOSTED_AFTER_DAYS) -> str:
    """The recorded outcome, or the one the events imply (workbook-v1 rules)."""
    if opportunity.outcome:
        return opportunity.outcome
    decisive = [e for e in opportunity.sorted_events() if e.type in DECISIVE]
    if decisive:
        return DECISIVE[decisive[-1].type]
    contact = last_contact(opportunity)
    if contact and as_of - contact > timedelta(days=ghosted_after_days):
        return "ghosted"
    return "open"


def effective_as_of(workbook: Workbook) -> date:
    return workbook.as_of or date.today()


# --- loading ----------------------------------------------------------------------------


def json_path(loc: Iterable[int | str]) -> str:
    path = "$"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _problem_from_pydantic(error: Any) -> Problem:
    loc = [p for p in error["loc"] if not (isinstance(p, str) and ("[" in p or p in _UNION_TAGS))]
    kind = error["type"]
    if kind == "extra_forbidden":
        return Problem(json_path(loc), "unknown key", "remove it, fix its spelling, or move it under 'extra'")
    if kind == "missing":
        return Problem(json_path(loc), "required key is missing")
    return Problem(json_path(loc), error["msg"], _hint_for(kind, loc))


_UNION_TAGS = {"function-after", "function-plain", "constrained-str", "tagged-union"}


def _hint_for(kind: str, loc: list[Any]) -> str:
    field = str(loc[-1]) if loc else ""
    if kind.startswith("date") or field in {"date", "as_of", "posted_on", "first_seen_on", "applied_on"}:
        return "write dates as YYYY-MM-DD"
    if field in {"amount", "salary_min", "salary_max"}:
        return "amounts are non-negative numbers"
    if field == "format" and len(loc) == 1:
        return f'the first key must be "format": "{FORMAT}"'
    return ""


def _duplicates(items: list[Any], where: str) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        first = seen.setdefault(item["id"], index)
        if first != index:
            yield Problem(
                f"$.{where}[{index}].id",
                f"duplicate id {item['id']!r} (also at $.{where}[{first}])",
                "ids must be unique in a workbook",
            )


def _list_at(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key)
    return value if isinstance(value, list) else []


def reference_problems(raw: Any) -> list[Problem]:
    """Cross-record checks pydantic cannot do field by field; safe on malformed input."""
    if not isinstance(raw, dict):
        return []
    resumes = _list_at(raw, "resumes")
    opportunities = _list_at(raw, "opportunities")
    problems = [*_duplicates(resumes, "resumes"), *_duplicates(opportunities, "opportunities")]
    resume_ids = {r.get("id") for r in resumes if isinstance(r, dict)}
    for index, opp in enumerate(opportunities):
        if isinstance(opp, dict) and opp.get("resume") is not None and opp["resume"] not in resume_ids:
            problems.append(
                Problem(
                    f"$.opportunities[{index}].resume",
                    f"resume id {opp['resume']!r} does not exist",
                    "use the id of one of the workbook's resumes",
                )
            )
    for index, resume in enumerate(resumes):
        if isinstance(resume, dict) and not resume.get("text") and not resume.get("path"):
            problems.append(Problem(f"$.resumes[{index}]", "a resume needs 'text' or 'path'"))
    return problems


def validate_workbook(raw: Any, source: str = "workbook") -> Workbook:
    """Validate parsed JSON/YAML; raise InvalidInput listing every problem at once."""
    problems = reference_problems(raw)
    try:
        workbook = Workbook.model_validate(raw)
    except ValidationError as error:
        problems = [_problem_from_pydantic(e) for e in error.errors()] + problems
        workbook = None
    if problems or workbook is None:
        raise InvalidInput(
            f"{source} is not a valid workbook ({_count(problems, 'problem')}); nothing was written",
            problems=tuple(problems),
        )
    return workbook


def _count(items: list[Problem], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


def read_bytes_checked(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    if not path.exists():
        raise InvalidInput(f"{path}: no such file")
    if path.is_dir():
        raise InvalidInput(f"{path}: is a folder, not a file")
    size = path.stat().st_size
    if size > limit:
        raise InvalidInput(
            f"{path}: the file is {size / 2**20:.1f} MB, over the {limit // 2**20} MB limit",
            hint="split the search into smaller files",
        )
    return path.read_bytes()


def parse_document(data: bytes, source: str) -> Any:
    """Parse JSON, or YAML when it is not JSON; errors name the line and column."""
    if b"\x00" in data[:8192]:
        raise InvalidInput(f"{source}: this is a binary file, not a JSON or YAML workbook")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{source}: not UTF-8 text (byte {error.start})", hint="save the file as UTF-8") from None
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise InvalidInput(
                f"{source}: malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            ) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(error, "problem", None) or str(error)
        raise InvalidInput(f"{source}: malformed YAML{where}: {reason}") from None


def load_workbook(path: Path | str) -> Workbook:
    path = Path(path)
    raw = parse_document(read_bytes_checked(path), str(path))
    return validate_workbook(raw, str(path))


def dump_workbook(workbook: Workbook) -> dict[str, Any]:
    """The workbook as plain JSON data, with absent values left out."""
    data: dict[str, Any] = workbook.model_dump(mode="json", exclude_none=True)
    return data


def workbook_json(workbook: Workbook) -> str:
    return json.dumps(dump_workbook(workbook), indent=2, ensure_ascii=False) + "\n"


def json_schema() -> dict[str, Any]:
    schema = Workbook.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "offergap workbook, format version 1"
    return schema
