"""Form fields into workbook objects: text to numbers, dates and lists, then the workbook's own checks.

Every problem names the form field it comes from, and all of them are reported at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from offergap.errors import InvalidInput, Problem
from offergap.workbook import SIGNAL_NAMES, Event, Expense, Opportunity, Signals

M = TypeVar("M", bound=BaseModel)


class FormLike(Protocol):
    """A submitted form (starlette's FormData, or a plain stand-in in tests)."""

    def get(self, key: str, /) -> Any: ...

    def getlist(self, key: str, /) -> list[Any]: ...


class _Reader:
    """Reads typed values out of a form, collecting problems instead of stopping at the first."""

    def __init__(self, form: FormLike) -> None:
        self.form = form
        self.problems: list[Problem] = []

    def text(self, name: str) -> str | None:
        value = self.form.get(name)
        return value.strip() or None if isinstance(value, str) else None

    def texts(self, name: str) -> list[str]:
        return [v.strip() if isinstance(v, str) else "" for v in self.form.getlist(name)]

    def lines(self, name: str) -> list[str]:
        return [line.strip() for line in (self.text(name) or "").splitlines() if line.strip()]

    def integer(self, name: str) -> int | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            self.problems.append(Problem(name, f"{value!r} is not a whole number"))
            return None

    def amount(self, name: str) -> Decimal | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return Decimal(value.replace(",", ""))
        except InvalidOperation:
            self.problems.append(Problem(name, f"{value!r} is not an amount", "for example 42.50"))
            return None

    def day(self, name: str) -> date | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problems.append(Problem(name, f"{value!r} is not a date", "write dates as YYYY-MM-DD"))
            return None

    def flag(self, name: str) -> bool | None:
        """A yes / no / unknown choice."""
        value = self.text(name)
        return {"yes": True, "no": False}.get(value or "")

    def build(self, model: type[M], what: str, values: Mapping[str, Any]) -> M:
        cleaned = {k: v for k, v in values.items() if v is not None and v != []}
        try:
            built = model.model_validate(cleaned)
        except ValidationError as error:
            already = {p.where for p in self.problems}
            found = [Problem(".".join(str(p) for p in e["loc"]) or what, e["msg"]) for e in error.errors()]
            self.problems += [p for p in found if p.where not in already]
        if self.problems:
            raise InvalidInput(f"the {what} could not be saved", problems=tuple(self.problems))
        return built


def _pairs(first: Sequence[str], second: Sequence[str]) -> list[tuple[str, str]]:
    """Repeated field pairs (name and role, question and answer), blank pairs dropped."""
    size = max(len(first), len(second))
    padded = zip([*first, *[""] * (size - len(first))], [*second, *[""] * (size - len(second))], strict=True)
    return [(a, b) for a, b in padded if a or b]


def event_from_form(form: FormLike) -> Event:
    read = _Reader(form)
    interviewers = [
        {"name": name or None, "role": role or None}
        for name, role in _pairs(read.texts("interviewer_name"), read.texts("interviewer_role"))
    ]
    answered = []
    for question, answer in _pairs(read.texts("qa_question"), read.texts("qa_answer")):
        if not question:
            read.problems.append(Problem("qa_question", "an answer was given without its question"))
        answered.append({"question": question, "my_answer": answer or None})
    values = {
        "type": read.text("type"),
        "date": read.day("date"),
        "round": read.integer("round"),
        "format": read.text("format"),
        "scheduled_minutes": read.integer("scheduled_minutes"),
        "actual_minutes": read.integer("actual_minutes"),
        "interviewers": interviewers,
        "questions_i_asked": read.lines("questions_i_asked"),
        "questions_asked_of_me": answered,
        "self_rating": read.integer("self_rating"),
        "next_step_promised": read.text("next_step_promised"),
        "notes": read.text("notes"),
    }
    return read.build(Event, "event", values)


def expense_from_form(form: FormLike) -> Expense:
    read = _Reader(form)
    values = {
        "date": read.day("date"),
        "category": read.text("category"),
        "amount": read.amount("amount"),
        "currency": (read.text("currency") or "").upper() or None,
        "reimbursed": True if read.text("reimbursed") else None,
        "note": read.text("note"),
    }
    return read.build(Expense, "expense", values)


def signals_from_form(form: FormLike, current: Signals | None) -> Signals:
    """The form's answers replace the signals; values the form does not show (extra) are kept."""
    read = _Reader(form)
    values: dict[str, Any] = {name: read.flag(name) for name in SIGNAL_NAMES}
    values["notes"] = read.text("notes")
    values["extra"] = current.extra if current else None
    return read.build(Signals, "signals", values)


def opportunity_from_form(form: FormLike) -> Opportunity:
    """A new opportunity; its id is chosen when it is saved."""
    read = _Reader(form)
    posting = {"url": read.text("posting_url"), "text": read.text("posting_text")}
    values = {
        "id": "new",
        "company": read.text("company"),
        "title": read.text("title"),
        "location": read.text("location"),
        "source": read.text("source"),
        "applied_on": read.day("applied_on"),
        "posting": {k: v for k, v in posting.items() if v} or None,
    }
    return read.build(Opportunity, "opportunity", values)
