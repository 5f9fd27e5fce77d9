"""The cost ledger and the next-round advice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from offergap.analysis.costs import (
    CurrencyTotals,
    HourlyRate,
    cost_ledger,
    next_round_advice,
)
from offergap.analysis.stage_odds import STAGE_ODDS, next_stage, stage_odds
from offergap.errors import InvalidInput
from offergap.workbook import Event, Expense, Opportunity, Posting, Signals, Workbook

AS_OF = date(2026, 6, 1)


def spend(
    day: str | None, category: str, amount: str, currency: str = "USD", reimbursed: bool | None = False
) -> Expense:
    return Expense(
        date=date.fromisoformat(day) if day else None,
        category=category,
        amount=Decimal(amount),
        currency=currency,
        reimbursed=reimbursed,
    )


def event(kind: str, day: str, **extra: Any) -> Event:
    return Event(type=kind, date=date.fromisoformat(day), **extra)


def opportunity(
    key: str = "o-1",
    *,
    events: list[Event] | None = None,
    expenses: list[Expense] | None = None,
    posting: Posting | None = None,
    **flags: bool,
) -> Opportunity:
    return Opportunity(
        id=key,
        company="Acme",
        title="Analyst",
        applied_on=date(2026, 3, 1),
        events=events,
        expenses=expenses,
        posting=posting,
        signals=Signals(**flags) if flags else None,
    )


def workbook(*opportunities: Opportunity, as_of: date | None = AS_OF) -> Workbook:
    return Workbook(
        format="offergap.workbook/1",
        as_of=as_of,
        resumes=[{"id": "r", "text": "x"}],
        opportunities=list(opportunities),
    )


# --- the ledger ---------------------------------------------------------------------------


def test_totals_are_per_currency_and_never_added_across() -> None:
    ledger = cost_ledger(
        workbook(
            opportunity(
                expenses=[
                    spend("2026-04-01", "travel", "100.50"),
                    spend("2026-04-01", "travel", "30", "EUR"),
                    spend("2026-04-01", "meals", "20"),
                ]
            )
        )
    )
    assert ledger.spent.amounts == (("EUR", Decimal("30")), ("USD", Decimal("120.50")))
    assert ledger.spent.render() == "EUR 30.00 + USD 120.50"
    assert any("never added" in w for w in ledger.warnings)
    travel = [c for c in ledger.categories if c.category == "travel"]
    assert {(c.currency, c.spent) for c in travel} == {("USD", Decimal("100.50")), ("EUR", Decimal("30"))}


def test_reimbursed_out_of_pocket_and_unknown() -> None:
    ledger = cost_ledger(
        workbook(
            opportunity(
                expenses=[
                    spend("2026-04-01", "travel", "400", reimbursed=True),
                    spend("2026-04-01", "lodging", "150"),
                    spend("2026-04-01", "meals", "25", reimbursed=None),
                ]
            )
        )
    )
    assert ledger.reimbursed.get("USD") == Decimal("400")
    assert ledger.out_of_pocket.get("USD") == Decimal("175")
    assert any("1 expense do not say" in w for w in ledger.warnings)
    meals = next(c for c in ledger.categories if c.category == "meals")
    assert meals.unknown_reimbursement == Decimal("25") and meals.out_of_pocket == Decimal("25")


def test_search_totals_add_up_the_opportunities() -> None:
    first = opportunity("o-1", expenses=[spend("2026-04-01", "travel", "10")])
    second = opportunity("o-2", expenses=[spend("2026-04-02", "travel", "15"), spend(None, "clothing", "80")])
    ledger = cost_ledger(workbook(first, second))
    assert [o.spent.get("USD") for o in ledger.opportunities] == [Decimal("10"), Decimal("95")]
    assert ledger.spent.get("USD") == Decimal("105")


def test_time_counts_minutes_and_travel_days() -> None:
    events = [
        event("screen", "2026-04-01", scheduled_minutes=30, actual_minutes=20),
        event("interview", "2026-04-10", scheduled_minutes=60),
        event("interview", "2026-04-20"),
    ]
    expenses = [
        spend("2026-04-09", "travel", "300"),
        spend("2026-04-09", "lodging", "120"),
        spend("2026-04-10", "lodging", "120"),
        spend("2026-04-10", "travel", "15"),
    ]
    [row] = cost_ledger(workbook(opportunity(events=events, expenses=expenses))).opportunities
    assert row.time.interview_minutes == 80 and row.time.meetings_without_minutes == 1
    assert row.time.travel_days == 2  # the 9th (travel and a hotel) and the 10th (a hotel)
    assert row.time.hours == Decimal("17.33")


def test_time_is_valued_only_at_a_rate_the_seeker_sets() -> None:
    events = [event("interview", "2026-04-10", scheduled_minutes=90)]
    search = workbook(opportunity(events=events, expenses=[spend("2026-04-10", "travel", "5")]))
    assert cost_ledger(search).time_value is None
    ledger = cost_ledger(search, HourlyRate.parse("40"))
    assert ledger.time_value == Decimal("60.00") and ledger.hourly_rate == HourlyRate(Decimal("40"), "USD")


def test_a_rate_without_a_currency_in_a_mixed_search_is_refused() -> None:
    search = workbook(
        opportunity(expenses=[spend("2026-04-01", "travel", "5"), spend("2026-04-01", "meals", "5", "CAD")])
    )
    with pytest.raises(InvalidInput, match="needs a currency"):
        cost_ledger(search, HourlyRate.parse("40"))
    assert cost_ledger(search, HourlyRate.parse("40 cad")).hourly_rate == HourlyRate(Decimal("40"), "CAD")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("35", HourlyRate(Decimal("35"))),
        ("35 USD", HourlyRate(Decimal("35"), "USD")),
        ("EUR 20.5", HourlyRate(Decimal("20.5"), "EUR")),
    ],
)
def test_rates_parse(text: str, rate: HourlyRate) -> None:
    assert HourlyRate.parse(text) == rate


@pytest.mark.parametrize("text", ["", "abc", "-5", "USD 5 EUR"])
def test_bad_rates_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        HourlyRate.parse(text)


def test_money_on_high_risk_opportunities() -> None:
    risky = opportunity(
        "o-risky",
        role_already_filled_rumor=True,
        internal_candidate=True,
        expenses=[spend("2026-04-01", "travel", "250")],
    )
    fine = opportunity("o-fine", budget_approved=True, expenses=[spend("2026-04-01", "travel", "90")])
    ledger = cost_ledger(workbook(risky, fine))
    assert [o.opportunity_id for o in ledger.high_risk] == ["o-risky"]
    assert ledger.high_risk_out_of_pocket.get("USD") == Decimal("250")
    assert ledger.to_json()["high_risk_ids"] == ["o-risky"]


def test_impossible_values_are_named_not_counted() -> None:
    negative = Expense.model_construct(
        date=date(2026, 4, 1), category="travel", amount=Decimal("-40"), currency="USD", reimbursed=False
    )
    zero = Event.model_construct(type="interview", date=date(2026, 4, 1), scheduled_minutes=0, actual_minutes=-5)
    ledger = cost_ledger(workbook(opportunity(events=[zero], expenses=[negative])))
    assert ledger.spent.amounts == ()
    assert ledger.time.interview_minutes == 0
    assert any("negative amount" in w for w in ledger.warnings)
    assert any("no usable minutes" in w for w in ledger.warnings)


def test_a_missing_as_of_is_today_and_said() -> None:
    ledger = cost_ledger(workbook(opportunity(), as_of=None))
    assert ledger.as_of == date.today() and any("today" in w for w in ledger.warnings)


def test_currency_totals_helpers() -> None:
    totals = CurrencyTotals.of([("USD", Decimal("1")), ("USD", Decimal("2.5"))])
    assert totals.get("USD") == Decimal("3.5") and totals.get("EUR") == 0
    assert totals.to_json() == {"USD": 3.5} and CurrencyTotals().render() == "0"


# --- stage odds ---------------------------------------------------------------------------


def test_stage_odds_have_sources_and_grow_with_the_stage() -> None:
    odds = [STAGE_ODDS[s].p_offer for s in ("screen", "first_interview", "second_interview", "final_round")]
    assert odds == sorted(odds) and all(0 < p < 1 for p in odds)
    assert all(("Jobvite" in o.source or "Lever" in o.source) for o in STAGE_ODDS.values())
    with pytest.raises(InvalidInput, match="unknown stage"):
        stage_odds("lunch")


@pytest.mark.parametrize(
    ("kinds", "stage"),
    [
        ([], "screen"),
        (["screen"], "first_interview"),
        (["screen", "interview"], "second_interview"),
        (["interview", "interview"], "final_round"),
    ],
)
def test_next_stage_from_the_record(kinds: list[str], stage: str) -> None:
    events = [event(k, f"2026-04-{i + 1:02d}") for i, k in enumerate(kinds)]
    assert next_stage(opportunity(events=events)) == stage


# --- next round ---------------------------------------------------------------------------


def test_the_arithmetic_is_shown_and_adds_up() -> None:
    advice = next_round_advice(
        opportunity(budget_approved=True, events=[event("interview", "2026-05-20")]),
        AS_OF,
        cost=Decimal("300"),
        offer_value=Decimal("6000"),
        currency="USD",
    )
    assert advice.stage.stage == "second_interview"
    assert advice.p_real == pytest.approx(round(1 - advice.risk.probability, 3))
    assert advice.p_offer == pytest.approx(round(advice.p_real * 0.28, 4))
    assert advice.expected_value == (Decimal(str(advice.p_offer)) * 6000).quantize(Decimal("0.01"))
    lines = advice.arithmetic()
    assert any(f"{advice.p_real:.3f} x 0.28" in line for line in lines)
    assert any("USD 300.00" in line for line in lines)
    assert advice.decision == "go" and advice.asks == ()


def test_worth_it_but_risky_means_ask_first_with_questions() -> None:
    risky = opportunity(
        interview_required_by_policy=True,
        hiring_manager_met=False,
        expenses=[spend("2026-04-30", "travel", "200")],
        events=[event("interview", "2026-05-01")],
    )
    advice = next_round_advice(risky, AS_OF, cost=Decimal("100"), offer_value=Decimal("8000"))
    assert advice.risk.band == "medium" and advice.decision == "ask_first"
    text = " ".join(advice.asks)
    assert "internal" in text and "decision date" in text and "reimburse" in text and "hiring manager" in text


def test_not_worth_it_and_high_risk_means_decline() -> None:
    doomed = opportunity(role_already_filled_rumor=True, internal_candidate=True, budget_approved=False)
    advice = next_round_advice(doomed, AS_OF, cost=Decimal("900"), offer_value=Decimal("5000"))
    assert advice.risk.band == "high" and advice.expected_value < 900 and advice.decision == "decline"


def test_reimbursed_travel_could_make_it_worth_it() -> None:
    trip = [spend("2026-04-30", "travel", "560"), spend("2026-05-01", "meals", "40")]
    advice = next_round_advice(
        opportunity(
            role_already_filled_rumor=True,
            internal_candidate=True,
            expenses=trip,
            events=[event("interview", "2026-05-01")],
        ),
        AS_OF,
        offer_value=Decimal("12000"),
    )
    assert advice.cost.amount == Decimal("600.00") and advice.reimbursable_share > Decimal("0.9")
    assert advice.expected_value < 600 and advice.decision == "ask_first"
    assert any("reimburse" in ask for ask in advice.asks)


def test_defaults_come_from_the_posting_and_past_rounds() -> None:
    posting = Posting(
        salary_min=Decimal("60000"), salary_max=Decimal("72000"), salary_currency="USD", salary_period="year"
    )
    advice = next_round_advice(
        opportunity(
            posting=posting,
            events=[event("interview", "2026-05-01")],
            expenses=[
                spend("2026-05-01", "travel", "40"),
                spend("2026-05-01", "travel", "60", reimbursed=True),
            ],
        ),
        AS_OF,
    )
    assert advice.offer_value.amount == Decimal("5500.00") and "one month's pay" in advice.offer_value.note
    assert advice.cost.amount == Decimal("40.00") and advice.currency == "USD"


def test_hourly_pay_becomes_a_month() -> None:
    posting = Posting(salary_min=Decimal("20"), salary_max=Decimal("30"), salary_currency="USD", salary_period="hour")
    advice = next_round_advice(opportunity(posting=posting), AS_OF)
    assert advice.offer_value.amount == Decimal("4000.00")
    assert advice.cost.amount == 0 and "assumed 0" in advice.cost.note


def test_no_offer_value_and_no_salary_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="no offer value"):
        next_round_advice(opportunity(), AS_OF)


def test_mixed_currencies_are_refused_not_averaged() -> None:
    mixed = opportunity(
        events=[event("interview", "2026-05-01")],
        expenses=[spend("2026-05-01", "travel", "40"), spend("2026-05-01", "meals", "20", "CAD")],
    )
    with pytest.raises(InvalidInput, match="CAD, USD"):
        next_round_advice(mixed, AS_OF, offer_value=Decimal("5000"))
    posting = Posting(salary_min=Decimal("60000"), salary_currency="EUR")
    with pytest.raises(InvalidInput, match="different currencies"):
        next_round_advice(opportunity(posting=posting), AS_OF, cost=Decimal("10"), currency="USD")


def test_a_closed_opportunity_has_no_next_round() -> None:
    closed = opportunity(events=[event("rejection", "2026-05-01")])
    with pytest.raises(InvalidInput, match="already closed"):
        next_round_advice(closed, AS_OF, offer_value=Decimal("1"))


def test_negative_amounts_are_refused() -> None:
    with pytest.raises(InvalidInput, match="cannot be negative"):
        next_round_advice(opportunity(), AS_OF, cost=Decimal("-1"), offer_value=Decimal("10"))


def test_advice_json() -> None:
    data = next_round_advice(opportunity(), AS_OF, cost=Decimal("50"), offer_value=Decimal("4000")).to_json()
    assert data["decision"] in {"go", "ask_first", "decline"}
    assert data["expected_value"] == pytest.approx(data["p_offer"] * 4000, abs=0.01)
    assert len(data["arithmetic"]) == 6
