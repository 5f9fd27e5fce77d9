"""Hypothesis strategies that generate valid workbooks, including awkward values."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from offergap.workbook import EVENT_TYPES, EXPENSE_CATEGORIES, OUTCOMES, SIGNAL_NAMES

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)
maybe_text = st.none() | text
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
json_leaf = st.none() | st.booleans() | st.integers(-(10**9), 10**9) | text
extra = st.none() | st.dictionaries(st.text(min_size=1, max_size=10), json_leaf, max_size=3)


def optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A dict where every field may be absent, null, or a value."""
    return st.fixed_dictionaries({}, optional={k: st.none() | v for k, v in fields.items()})


interviewers = optional(name=text, role=text, extra=extra)
answers = st.fixed_dictionaries({"question": text}, optional={"my_answer": maybe_text, "extra": extra})
events = st.fixed_dictionaries(
    {"type": st.sampled_from(EVENT_TYPES), "date": dates.map(str)},
    optional={
        "round": st.integers(1, 6),
        "format": st.sampled_from(["phone", "video", "onsite", "panel", "take_home"]),
        "scheduled_minutes": st.integers(1, 600),
        "actual_minutes": st.integers(1, 600),
        "interviewers": st.lists(interviewers, max_size=3),
        "questions_i_asked": st.lists(text, max_size=3),
        "questions_asked_of_me": st.lists(answers, max_size=2),
        "self_rating": st.integers(1, 5),
        "next_step_promised": maybe_text,
        "notes": maybe_text,
        "extra": extra,
    },
)
expenses = st.fixed_dictionaries(
    {
        "category": st.sampled_from(EXPENSE_CATEGORIES),
        "amount": amounts.map(float),
        "currency": st.sampled_from(["USD", "EUR", "GBP"]),
    },
    optional={"date": dates.map(str), "reimbursed": st.booleans(), "note": maybe_text, "extra": extra},
)
postings = optional(
    text=text,
    url=text,
    posted_on=dates.map(str),
    first_seen_on=dates.map(str),
    repost_count=st.integers(0, 50),
    applicant_count=st.integers(0, 10**5),
    salary_min=st.integers(0, 10**6),
    salary_max=amounts.map(float),
    salary_currency=st.just("USD"),
    salary_period=st.sampled_from(["year", "month", "hour"]),
    extra=extra,
)
signals = optional(**{name: st.booleans() for name in SIGNAL_NAMES}, notes=text, extra=extra)


@st.composite
def workbooks(draw: st.DrawFn) -> dict[str, Any]:
    resume_ids = draw(
        st.lists(st.text("abcxyz-", min_size=1, max_size=6), min_size=1, max_size=3, unique=True)
    )
    opp_ids = draw(st.lists(st.text("abcdef0123-", min_size=1, max_size=8), max_size=5, unique=True))
    opportunities = [
        draw(
            st.fixed_dictionaries(
                {"id": st.just(oid), "company": text, "title": text},
                optional={
                    "resume": st.sampled_from(resume_ids),
                    "source": maybe_text,
                    "referral": st.booleans(),
                    "location": maybe_text,
                    "posting": postings,
                    "company_research": maybe_text,
                    "applied_on": dates.map(str),
                    "signals": signals,
                    "events": st.lists(events, max_size=4),
                    "expenses": st.lists(expenses, max_size=3),
                    "outcome": st.sampled_from(OUTCOMES),
                    "extra": extra,
                },
            )
        )
        for oid in opp_ids
    ]
    return {
        "format": "offergap.workbook/1",
        **draw(optional(as_of=dates.map(str), extra=extra)),
        "seeker": draw(
            st.fixed_dictionaries(
                {"name": text},
                optional={
                    "target_roles": st.lists(text, max_size=3),
                    "location": text,
                    "years_experience": st.integers(0, 40),
                    "extra": extra,
                },
            )
        ),
        "resumes": [{"id": rid, "text": draw(text)} for rid in resume_ids],
        "opportunities": opportunities,
    }
