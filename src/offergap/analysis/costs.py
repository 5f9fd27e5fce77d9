"""What the search cost, and whether the next round is worth its cost.

Money is always kept per currency: amounts in different currencies are never added together.
Time is interview minutes plus travel days, valued only at a rate the seeker chooses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal, Protocol

from offergap.analysis.pseudo import RiskAssessment, assess_risk, valid_minutes
from offergap.analysis.stage_odds import StageOdds, next_stage, stage_odds
from offergap.errors import InvalidInput
from offergap.workbook import Expense, Opportunity, Workbook, derived_outcome, effective_as_of

TRAVEL_DAY_HOURS = Decimal(8)
MEETINGS = ("screen", "interview", "assessment")
TRAVEL_CATEGORIES = ("travel", "lodging")
CENT = Decimal("0.01")


def money(amount: Decimal, currency: str | None) -> str:
    text = f"{amount.quantize(CENT):,}"
    return f"{currency} {text}" if currency else text


@dataclass(frozen=True)
class CurrencyTotals:
    """Amounts per currency, never summed across currencies."""

    amounts: tuple[tuple[str, Decimal], ...] = ()

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, Decimal]]) -> CurrencyTotals:
        sums: dict[str, Decimal] = defaultdict(Decimal)
        for currency, amount in pairs:
            sums[currency] += amount
        return cls(tuple(sorted(sums.items())))

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.amounts)

    def get(self, currency: str) -> Decimal:
        return dict(self.amounts).get(currency, Decimal(0))

    def render(self) -> str:
        return " + ".join(money(a, c) for c, a in self.amounts) if self.amounts else "0"

    def to_json(self) -> dict[str, float]:
        return {c: float(a.quantize(CENT)) for c, a in self.amounts}


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    currency: str
    spent: Decimal
    reimbursed: Decimal
    unknown_reimbursement: Decimal

    @property
    def out_of_pocket(self) -> Decimal:
        return self.spent - self.reimbursed

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "currency": self.currency,
            "spent": float(self.spent.quantize(CENT)),
            "reimbursed": float(self.reimbursed.quantize(CENT)),
            "out_of_pocket": float(self.out_of_pocket.quantize(CENT)),
            "reimbursement_unknown": float(self.unknown_reimbursement.quantize(CENT)),
        }


@dataclass(frozen=True)
class TimeSpent:
    interview_minutes: int = 0
    meetings_without_minutes: int = 0
    travel_days: int = 0

    @property
    def exact_hours(self) -> Decimal:
        return Decimal(self.interview_minutes) / 60 + self.travel_days * TRAVEL_DAY_HOURS

    @property
    def hours(self) -> Decimal:
        return self.exact_hours.quantize(CENT)

    def __add__(self, other: TimeSpent) -> TimeSpent:
        return TimeSpent(
            self.interview_minutes + other.interview_minutes,
            self.meetings_without_minutes + other.meetings_without_minutes,
            self.travel_days + other.travel_days,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "interview_minutes": self.interview_minutes,
            "meetings_without_minutes": self.meetings_without_minutes,
            "travel_days": self.travel_days,
            "hours": float(self.hours),
        }


@dataclass(frozen=True)
class HourlyRate:
    amount: Decimal
    currency: str | None = None

    @classmethod
    def parse(cls, text: str) -> HourlyRate:
        """'35', '35 USD', 'USD 35' or '35.50usd'."""
        match = re.fullmatch(r"\s*(?:([A-Za-z]{3})\s*)?(\d+(?:\.\d+)?)\s*(?:([A-Za-z]{3}))?\s*", text)
        if not match or (match[1] and match[3]):
            raise InvalidInput(f"cannot read the rate {text!r}", hint="write it like 35 or '35 USD'")
        return cls(Decimal(match[2]), (match[1] or match[3] or "").upper() or None)


def _category_totals(expenses: Iterable[Expense]) -> tuple[CategoryTotal, ...]:
    rows: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 3)
    for expense in expenses:
        row = rows[(expense.category, expense.currency)]
        row[0] += expense.amount
        row[1] += expense.amount if expense.reimbursed else Decimal(0)
        row[2] += expense.amount if expense.reimbursed is None else Decimal(0)
    return tuple(CategoryTotal(cat, cur, *vals) for (cat, cur), vals in sorted(rows.items()))


def _sum(lines: Iterable[CategoryTotal], value: str) -> CurrencyTotals:
    return CurrencyTotals.of((line.currency, getattr(line, value)) for line in lines)


class _HasCategories(Protocol):
    @property
    def categories(self) -> tuple[CategoryTotal, ...]: ...


class _Totals:
    """Spent, reimbursed and out of pocket, per currency, from the category lines."""

    @property
    def spent(self: _HasCategories) -> CurrencyTotals:
        return _sum(self.categories, "spent")

    @property
    def reimbursed(self: _HasCategories) -> CurrencyTotals:
        return _sum(self.categories, "reimbursed")

    @property
    def out_of_pocket(self: _HasCategories) -> CurrencyTotals:
        return _sum(self.categories, "out_of_pocket")


@dataclass(frozen=True)
class OpportunityCosts(_Totals):
    opportunity_id: str
    company: str
    title: str
    categories: tuple[CategoryTotal, ...]
    time: TimeSpent
    risk: RiskAssessment | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.opportunity_id,
            "company": self.company,
            "title": self.title,
            "risk": self.risk.risk if self.risk else None,
            "band": self.risk.band if self.risk else None,
            "spent": self.spent.to_json(),
            "reimbursed": self.reimbursed.to_json(),
            "out_of_pocket": self.out_of_pocket.to_json(),
            "by_category": [c.to_json() for c in self.categories],
            "time": self.time.to_json(),
        }


@dataclass(frozen=True)
class CostLedger(_Totals):
    as_of: date
    opportunities: tuple[OpportunityCosts, ...]
    hourly_rate: HourlyRate | None = None
    warnings: tuple[str, ...] = ()

    @property
    def categories(self) -> tuple[CategoryTotal, ...]:
        """The whole search by category and currency."""
        merged: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 3)
        for line in (c for o in self.opportunities for c in o.categories):
            row = merged[(line.category, line.currency)]
            for i, value in enumerate((line.spent, line.reimbursed, line.unknown_reimbursement)):
                row[i] += value
        return tuple(CategoryTotal(cat, cur, *vals) for (cat, cur), vals in sorted(merged.items()))

    @property
    def high_risk(self) -> tuple[OpportunityCosts, ...]:
        return tuple(o for o in self.opportunities if o.risk and o.risk.band == "high")

    @property
    def high_risk_out_of_pocket(self) -> CurrencyTotals:
        return _sum((c for o in self.high_risk for c in o.categories), "out_of_pocket")

    @property
    def time(self) -> TimeSpent:
        return sum((o.time for o in self.opportunities), TimeSpent())

    @property
    def time_value(self) -> Decimal | None:
        if self.hourly_rate is None:
            return None
        return (self.time.exact_hours * self.hourly_rate.amount).quantize(CENT)

    def to_json(self) -> dict[str, Any]:
        rate = self.hourly_rate
        return {
            "as_of": self.as_of.isoformat(),
            "opportunities": [o.to_json() for o in self.opportunities],
            "by_category": [c.to_json() for c in self.categories],
            "spent": self.spent.to_json(),
            "reimbursed": self.reimbursed.to_json(),
            "out_of_pocket": self.out_of_pocket.to_json(),
            "high_risk_ids": [o.opportunity_id for o in self.high_risk],
            "high_risk_out_of_pocket": self.high_risk_out_of_pocket.to_json(),
            "time": self.time.to_json(),
            "hourly_rate": None if rate is None else {"amount": float(rate.amount), "currency": rate.currency},
            "time_value": None if self.time_value is None else float(self.time_value),
            "warnings": list(self.warnings),
        }


# --- building the ledger ------------------------------------------------------------------


def usable_expenses(opportunity: Opportunity, warnings: list[str]) -> list[Expense]:
    """Expenses that can be counted; impossible amounts are named and left out, never guessed."""
    usable = []
    for index, expense in enumerate(opportunity.expenses or []):
        if expense.amount < 0:
            warnings.append(
                f"{opportunity.id}: expense {index + 1} has a negative amount ({expense.amount}); "
                "left out of the totals"
            )
            continue
        usable.append(expense)
    return usable


def time_spent(opportunity: Opportunity, expenses: Sequence[Expense]) -> TimeSpent:
    """Minutes in screens, interviews and assessments, plus days spent travelling.

    A travel day is a night away (a lodging expense) or a travel expense on the day before a meeting
    (the day spent getting there). A trip on the meeting's own day is inside that day, not extra.
    """
    meetings = [e for e in opportunity.sorted_events() if e.type in MEETINGS]
    minutes = [valid_minutes(e.actual_minutes) or valid_minutes(e.scheduled_minutes) for e in meetings]
    eves = {e.date - timedelta(days=1) for e in meetings}
    travel_days = {
        x.date for x in expenses if x.date and (x.category == "lodging" or (x.category == "travel" and x.date in eves))
    }
    return TimeSpent(sum(m for m in minutes if m), sum(1 for m in minutes if not m), len(travel_days))


def _resolve_rate(rate: HourlyRate | None, currencies: Sequence[str]) -> HourlyRate | None:
    if rate is None or rate.currency:
        return rate
    if len(currencies) == 1:
        return HourlyRate(rate.amount, currencies[0])
    raise InvalidInput(
        "the hourly rate needs a currency: "
        + (
            "the search has no expenses to take it from"
            if not currencies
            else f"the expenses are in {', '.join(currencies)}"
        ),
        hint="write the rate with its currency, e.g. '35 USD'",
    )


def ledger_warnings(workbook: Workbook, opportunities: Sequence[OpportunityCosts]) -> list[str]:
    warnings = []
    if workbook.as_of is None:
        warnings.append(f"no as_of was given, so the search was judged as of today ({date.today().isoformat()})")
    currencies = sorted({c.currency for o in opportunities for c in o.categories})
    if len(currencies) > 1:
        warnings.append(
            f"expenses are in {len(currencies)} currencies ({', '.join(currencies)}): each total is "
            "shown per currency and they are never added together"
        )
    unknown = sum(1 for o in workbook.opportunities for x in o.expenses or [] if x.reimbursed is None)
    if unknown:
        warnings.append(
            f"{unknown} expense{'s' * (unknown != 1)} do not say whether they were reimbursed; counted as out of pocket"
        )
    missing = sum(o.time.meetings_without_minutes for o in opportunities)
    if missing:
        warnings.append(
            f"{missing} screen/interview/assessment event{'s' * (missing != 1)} have no usable minutes and add no time"
        )
    return warnings


def cost_ledger(workbook: Workbook, hourly_rate: HourlyRate | None = None, as_of: date | None = None) -> CostLedger:
    """Money and time per opportunity and for the whole search, with each opportunity's risk."""
    day = as_of or effective_as_of(workbook)
    warnings: list[str] = []
    rows = []
    for opportunity in workbook.opportunities:
        expenses = usable_expenses(opportunity, warnings)
        rows.append(
            OpportunityCosts(
                opportunity.id,
                opportunity.company,
                opportunity.title,
                _category_totals(expenses),
                time_spent(opportunity, expenses),
                assess_risk(opportunity, day),
            )
        )
    currencies = sorted({c.currency for o in rows for c in o.categories})
    rate = _resolve_rate(hourly_rate, currencies)
    return CostLedger(day, tuple(rows), rate, tuple(ledger_warnings(workbook, rows) + warnings))


# --- the next round -----------------------------------------------------------------------

Decision = Literal["go", "ask_first", "decline"]
HEADLINES: dict[Decision, str] = {
    "go": "Go.",
    "ask_first": "Go, but ask first.",
    "decline": "Decline politely.",
}
MONTHS_PER_PERIOD = {"year": Decimal(1) / 12, "month": Decimal(1), "hour": Decimal(160)}
CLOSED = ("offer", "accepted", "rejected", "withdrawn")


@dataclass(frozen=True)
class Estimate:
    """A number used in the advice and where it came from."""

    amount: Decimal
    currency: str | None
    note: str


@dataclass(frozen=True)
class NextRoundAdvice:
    opportunity_id: str
    risk: RiskAssessment
    stage: StageOdds
    offer_value: Estimate
    cost: Estimate
    reimbursable_share: Decimal
    decision: Decision
    asks: tuple[str, ...]

    @property
    def currency(self) -> str | None:
        return self.offer_value.currency or self.cost.currency

    @property
    def p_real(self) -> float:
        return round(1 - self.risk.probability, 3)

    @property
    def p_offer(self) -> float:
        return round(self.p_real * self.stage.p_offer, 4)

    @property
    def expected_value(self) -> Decimal:
        return (Decimal(str(self.p_offer)) * self.offer_value.amount).quantize(CENT)

    @property
    def net(self) -> Decimal:
        return self.expected_value - self.cost.amount

    @property
    def headline(self) -> str:
        return HEADLINES[self.decision]

    def arithmetic(self) -> tuple[str, ...]:
        cur = self.currency
        return (
            f"P(real) = 1 - risk {self.risk.probability:.3f} = {self.p_real:.3f}",
            f"P(offer | real, {self.stage.label}) = {self.stage.p_offer:.2f}",
            f"P(offer) = {self.p_real:.3f} x {self.stage.p_offer:.2f} = {self.p_offer:.4f}",
            f"expected value = {self.p_offer:.4f} x offer value {money(self.offer_value.amount, cur)} "
            f"= {money(self.expected_value, cur)}",
            f"cost of the round = {money(self.cost.amount, cur)}",
            f"expected value - cost = {money(self.net, cur)}",
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.opportunity_id,
            "decision": self.decision,
            "headline": self.headline,
            "risk": self.risk.risk,
            "band": self.risk.band,
            "stage": self.stage.stage,
            "p_real": self.p_real,
            "p_offer_if_real": self.stage.p_offer,
            "p_offer": self.p_offer,
            "currency": self.currency,
            "offer_value": float(self.offer_value.amount),
            "cost": float(self.cost.amount),
            "expected_value": float(self.expected_value),
            "net": float(self.net),
            "asks": list(self.asks),
            "arithmetic": list(self.arithmetic()),
            "notes": [self.offer_value.note, self.cost.note, f"stage odds: {self.stage.source}"],
        }


def monthly_pay(opportunity: Opportunity) -> Estimate | None:
    """One month's pay at the middle of the posted range, if the posting has one."""
    posting = opportunity.posting
    if posting is None:
        return None
    known = [v for v in (posting.salary_min, posting.salary_max) if v is not None]
    if not known:
        return None
    period = posting.salary_period or "year"
    mid = sum(known, Decimal(0)) / len(known)
    amount = (mid * MONTHS_PER_PERIOD[period]).quantize(CENT)
    note = (
        f"offer value: one month's pay at the posted midpoint ({money(mid, posting.salary_currency)} per "
        f"{period}), because no offer value was given"
    )
    return Estimate(amount, posting.salary_currency, note)


def _offer_value(opportunity: Opportunity, given: Decimal | None, currency: str | None) -> Estimate:
    if given is not None:
        return Estimate(given, currency, "offer value: as you gave it")
    estimate = monthly_pay(opportunity)
    if estimate is None:
        raise InvalidInput(
            f"{opportunity.id}: no offer value was given and the posting has no salary to estimate it from",
            hint="pass --offer-value: what getting this offer is worth to you (for example a month's pay)",
        )
    return estimate


def _round_costs(opportunity: Opportunity) -> list[tuple[Decimal, Decimal]]:
    """(out of pocket, travel and lodging part) for each past round that cost something.

    An expense belongs to a round when it is dated on the round's day or the day before.
    """
    dated = [(x.date, x) for x in opportunity.expenses or [] if x.date and not x.reimbursed and x.amount >= 0]
    rounds = []
    for event in opportunity.sorted_events():
        if event.type not in MEETINGS:
            continue
        mine = [x for day, x in dated if event.date - timedelta(days=1) <= day <= event.date]
        if mine:
            travel = sum((x.amount for x in mine if x.category in TRAVEL_CATEGORIES), Decimal(0))
            rounds.append((sum((x.amount for x in mine), Decimal(0)), travel))
    return rounds


def _cost(opportunity: Opportunity, given: Decimal | None, currency: str | None) -> tuple[Estimate, Decimal]:
    """The round's cost and the share of it that is travel or lodging (which the employer could pay).

    Past rounds are only averaged when their expenses share one currency.
    """
    currencies = sorted({x.currency for x in opportunity.expenses or []})
    rounds = _round_costs(opportunity) if len(currencies) <= 1 else []
    spent = sum((r[0] for r in rounds), Decimal(0))
    share = (sum((r[1] for r in rounds), Decimal(0)) / spent).quantize(CENT) if spent else Decimal(0)
    if given is not None:
        return Estimate(given, currency, "cost: as you gave it"), share
    if len(currencies) > 1:
        raise InvalidInput(
            f"{opportunity.id}: the expenses are in {', '.join(currencies)}, so their average is not one number",
            hint="pass --cost (and --currency) for the coming round",
        )
    if not rounds:
        return Estimate(
            Decimal(0),
            currency,
            "cost: none given and no past expenses recorded, so assumed 0 (pass --cost to weigh a trip)",
        ), share
    average = (spent / len(rounds)).quantize(CENT)
    note = f"cost: the average out-of-pocket spend of your {len(rounds)} past round(s) that cost money"
    return Estimate(average, currencies[0], note), share


def travelled(opportunity: Opportunity) -> bool:
    return any(x.category in TRAVEL_CATEGORIES and not x.reimbursed for x in opportunity.expenses or [])


def _agree_currency(offer: Estimate, cost: Estimate, given: str | None) -> None:
    found = {c for c in (offer.currency, cost.currency, given) if c}
    if len(found) > 1:
        raise InvalidInput(
            f"the amounts are in different currencies ({', '.join(sorted(found))}) and cannot be compared",
            hint="give --offer-value and --cost in one currency (and --currency)",
        )


def _decide(ev: Decimal, cost: Decimal, share: Decimal, band: str) -> Decision:
    if ev >= cost:
        return "go" if band == "low" else "ask_first"
    if share and ev >= cost * (1 - share):
        return "ask_first"  # reimbursed travel would make the round worth it
    if band != "high" and ev * 2 >= cost:
        return "ask_first"  # good answers to the questions would lower the risk enough
    return "decline"


def _asks(risk: RiskAssessment, cost: Decimal, paid_travel_before: bool) -> tuple[str, ...]:
    names = {s.name for s in risk.signals}
    asks = []
    if "internal_candidate" in names:
        asks.append(
            "Ask plainly whether the internal candidate is still the favourite, and what would make an "
            "outside candidate win."
        )
    elif "no_internal_candidate" not in names:
        asks.append("Ask whether an internal or already-identified candidate is being considered.")
    if names & {"no_approved_budget", "just_exploring", "hiring_freeze_or_layoffs"}:
        asks.append("Ask whether the position is approved and funded today.")
    if not names & {"timeline_kept", "decision_timeline_given"}:
        asks.append("Ask for the decision date and the steps that remain.")
    if cost > 0 and paid_travel_before and "employer_paid_travel" not in names:
        asks.append("Ask them to reimburse travel and lodging for this round.")
    if "hiring_manager_not_met" in names:
        asks.append("Ask to meet the hiring manager in this round.")
    return tuple(asks)


def next_round_advice(
    opportunity: Opportunity,
    as_of: date,
    *,
    cost: Decimal | None = None,
    offer_value: Decimal | None = None,
    currency: str | None = None,
    stage: str | None = None,
) -> NextRoundAdvice:
    """Go, go but ask first, or decline: P(real) x P(offer | real, stage) x offer value against the cost."""
    outcome = derived_outcome(opportunity, as_of)
    if outcome in CLOSED:
        raise InvalidInput(f"{opportunity.id} is already closed ({outcome}); there is no next round to weigh")
    for name, amount in (("cost", cost), ("offer value", offer_value)):
        if amount is not None and amount < 0:
            raise InvalidInput(f"the {name} cannot be negative ({amount})")
    risk = assess_risk(opportunity, as_of)
    value = _offer_value(opportunity, offer_value, currency)
    round_cost, share = _cost(opportunity, cost, currency)
    _agree_currency(value, round_cost, currency)
    odds = stage_odds(stage or next_stage(opportunity))
    advice = NextRoundAdvice(opportunity.id, risk, odds, value, round_cost, share, "go", ())
    decision = _decide(advice.expected_value, round_cost.amount, share, risk.band)
    asks = () if decision == "go" else _asks(risk, round_cost.amount, travelled(opportunity))
    return NextRoundAdvice(opportunity.id, risk, odds, value, round_cost, share, decision, asks)
