"""The pseudo-interview risk model: every signal present, absent, unknown and negated."""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from offergap.analysis.pseudo import (
    COEFFICIENTS,
    HIGH_FROM,
    MEDIUM_FROM,
    PRIOR,
    PROTECTIVE_LIMIT,
    RiskAssessment,
    assess_risk,
    assess_search,
    find_cues,
    promised_date,
)
from offergap.workbook import (
    Event,
    Expense,
    Interviewer,
    Opportunity,
    Posting,
    Signals,
    Workbook,
    load_workbook,
)

AS_OF = date(2026, 6, 1)
APPLIED = date(2026, 3, 2)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "pseudo.md"


def make(
    notes: str | None = None,
    *,
    posting: dict[str, Any] | None = None,
    events: list[Event] | None = None,
    expenses: list[Expense] | None = None,
    research: str | None = None,
    applied_on: date | None = APPLIED,
    **flags: bool | None,
) -> Opportunity:
    return Opportunity(
        id="o-1",
        company="Acme",
        title="Analyst",
        applied_on=applied_on,
        posting=Posting(**posting) if posting is not None else None,
        company_research=research,
        signals=Signals(notes=notes, **flags) if notes or flags else None,
        events=events,
        expenses=expenses,
    )


def with_flag(flag: str, value: bool | None) -> Opportunity:
    return make().model_copy(update={"signals": Signals.model_validate({flag: value})})


def assess(opportunity: Opportunity, as_of: date = AS_OF) -> RiskAssessment:
    return assess_risk(opportunity, as_of)


def names(opportunity: Opportunity, as_of: date = AS_OF) -> set[str]:
    return {s.name for s in assess(opportunity, as_of).signals}


def interview(day: date, **extra: Any) -> Event:
    return Event(type="interview", date=day, **extra)


# --- the seeker's notes: present in several wordings, negated, absent, unknown -------------

CUES: list[tuple[str, list[str], str | None]] = [
    (
        "internal_candidate",
        [
            "They already have an internal candidate.",
            "The acting director is applying for it too.",
            "Sam has basically been doing the job since spring.",
            "Word is the role will be filled internally.",
            "The interim manager sat on my panel.",
            "The VP has someone in mind already.",
        ],
        "There is no internal candidate.",
    ),
    (
        "interview_required_by_policy",
        [
            "They have to interview three people per policy.",
            "Under civil service rules they must interview the top three ranks.",
            "HR needs a diverse slate for every opening.",
            "The union agreement requires them to post it externally first.",
            "The committee is required to bring three finalists to campus.",
        ],
        "She said they are not required to interview anyone else.",
    ),
    (
        "hiring_freeze_or_layoffs",
        [
            "The company announced layoffs last week.",
            "There's a hiring freeze until spring.",
            "They're in the middle of a restructuring.",
        ],
        None,
    ),
    (
        "role_already_filled_rumor",
        [
            "A friend there said the job was already promised to someone.",
            "Honestly the whole thing felt like a formality.",
            "It felt like they were going through the motions.",
        ],
        "The recruiter said it is definitely not a formality.",
    ),
    (
        "just_exploring",
        [
            "The manager said they're just exploring for now.",
            "They want to see what's out there before committing.",
            "Headcount is still pending approval.",
            "The budget hasn't been approved yet.",
            "He was picking my brain about our vendor contracts.",
        ],
        "They were clear they're not just exploring.",
    ),
    (
        "budget_approved",
        [
            "The budget is already approved.",
            "It's a funded position in this year's plan.",
        ],
        "It isn't a funded position yet, she admitted.",
    ),
    (
        "interviewers_disengaged",
        [
            "He checked his phone the whole time.",
            "They read the questions off a sheet with no follow-ups.",
            "The director was clearly distracted.",
            "She didn't ask me a single question about my work.",
        ],
        "She wasn't distracted at all.",
    ),
    (
        "interviewers_engaged",
        [
            "The interview ran way over.",
            "They asked lots of follow-up questions.",
            "She gave me a tour of the lab.",
        ],
        "There was no tour.",
    ),
    (
        "interview_cut_short",
        [
            "They cut it short after ten minutes.",
            "The interview ended early.",
        ],
        "It wasn't cut short.",
    ),
    (
        "no_decision_timeline",
        [
            "At the end they said they'd be in touch.",
            "She couldn't give me a timeline.",
        ],
        None,
    ),
    (
        "hiring_manager_not_met",
        [
            "I never met the hiring manager.",
            "The person I'd report to wasn't there.",
        ],
        None,
    ),
    (
        "reference_checks",
        [
            "They asked for three references.",
            "HR called my references yesterday.",
        ],
        "They never asked for references.",
    ),
    (
        "offer_stage_step",
        [
            "They started a background check.",
            "We talked about a start date.",
            "Start date: June 2, pending the drug screen.",
        ],
        "There was no background check.",
    ),
    (
        "paid_assessment",
        [
            "I did a paid working interview on Friday.",
            "They paid me $300 for the take-home.",
        ],
        None,
    ),
    (
        "feedback_given",
        [
            "She gave me detailed feedback.",
            "They went with someone who had more years in the field.",
        ],
        "They didn't give any feedback.",
    ),
    ("repeatedly_rescheduled", ["The interview was rescheduled three times."], "It was never rescheduled."),
    ("employer_paid_travel", ["The university booked my flight."], None),
    ("always_hiring", ["The recruiter said they keep a talent pool for future openings."], None),
    ("concrete_reason", ["The last coordinator retired in May."], None),
]


@pytest.mark.parametrize(("signal", "text"), [(signal, text) for signal, texts, _ in CUES for text in texts])
def test_a_cue_in_the_notes_is_found(signal: str, text: str) -> None:
    found = assess(make(text))
    assert signal in {s.name for s in found.signals}
    evidence = found.signal(signal)
    assert evidence is not None and text[:20].lower() in evidence.evidence.lower()


@pytest.mark.parametrize(("signal", "text"), [(s, n) for s, _, n in CUES if n])
def test_a_negated_cue_does_not_count(signal: str, text: str) -> None:
    assert signal not in names(make(text))


@pytest.mark.parametrize("signal", [signal for signal, _, _ in CUES])
def test_notes_without_the_cue_say_nothing(signal: str) -> None:
    assert signal not in names(make("We talked about the team's reporting tools and the weather."))


def test_unknown_is_not_false() -> None:
    bare = assess(make())
    assert bare.signals == ()
    assert bare.risk == round(PRIOR * 100)


def test_the_two_sentences_from_the_brief() -> None:
    assert "internal_candidate" not in names(make("There is no internal candidate."))
    assert "no_internal_candidate" in names(make("There is no internal candidate."))
    raised = assess(make("They have to interview three people per policy."))
    assert raised.signal("interview_required_by_policy") is not None
    assert raised.risk > assess(make()).risk


@pytest.mark.parametrize(
    "text",
    [
        "Not sure if there's an internal candidate.",
        "I asked whether there was an internal candidate.",
        "Is there an internal candidate?",
    ],
)
def test_hedges_and_questions_are_unknown(text: str) -> None:
    assert not names(make(text)) & {"internal_candidate", "no_internal_candidate"}


def test_negation_stays_in_its_clause() -> None:
    text = "There was no tour, but the acting manager is applying for it."
    assert "internal_candidate" in names(make(text))


def test_company_research_and_event_notes_are_read() -> None:
    research = make(research="LinkedIn lists Jo as Interim Director since May.")
    assert "internal_candidate" in names(research)
    event = make(events=[interview(date(2026, 4, 1), notes="He took a call in the middle.")])
    assert "interviewers_disengaged" in names(event)


def test_find_cues_reports_negation() -> None:
    hits = find_cues([("notes", "There is no internal candidate. The interim lead applied.")], ("internal",))
    assert [h.affirmed for h in hits] == [False, True]


# --- the workbook flags -------------------------------------------------------------------

FLAGS = [
    ("internal_candidate", "internal_candidate", "no_internal_candidate"),
    ("interview_required_by_policy", "interview_required_by_policy", None),
    ("hiring_freeze_or_layoffs", "hiring_freeze_or_layoffs", "no_freeze_or_layoffs"),
    ("role_already_filled_rumor", "role_already_filled_rumor", None),
    ("budget_approved", "budget_approved", "no_approved_budget"),
    ("decision_timeline_given", "decision_timeline_given", "no_decision_timeline"),
    ("hiring_manager_met", "hiring_manager_met", "hiring_manager_not_met"),
    ("interviewers_engaged", "interviewers_engaged", "interviewers_disengaged"),
    ("interview_shorter_than_scheduled", "interview_cut_short", None),
    ("employer_paid_travel", "employer_paid_travel", None),
]


@pytest.mark.parametrize(("flag", "when_true", "when_false"), FLAGS)
def test_a_flag_true_false_and_null(flag: str, when_true: str, when_false: str | None) -> None:
    base = assess(make()).probability
    true = assess(with_flag(flag, True))
    assert true.signal(when_true) is not None
    assert (true.probability > base) == (COEFFICIENTS[when_true].log_odds > 0)
    false_names = names(with_flag(flag, False))
    assert when_true not in false_names
    assert (when_false in false_names) if when_false else not false_names
    assert names(with_flag(flag, None)) == set()


def test_a_flag_outranks_the_notes() -> None:
    found = names(make("The acting manager applied too.", internal_candidate=False))
    assert "no_internal_candidate" in found and "internal_candidate" not in found


def test_a_flag_quotes_the_sentence_behind_it() -> None:
    found = assess(make("Beth, the interim manager, runs the unit.", internal_candidate=True))
    signal = found.signal("internal_candidate")
    assert signal is not None and "signals.internal_candidate is true" in signal.evidence
    assert "interim manager" in signal.evidence


# --- the posting --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (3, "fresh_posting"),
        (20, None),
        (45, "posting_1_to_2_months"),
        (90, "posting_2_to_4_months"),
        (200, "posting_over_4_months"),
    ],
)
def test_posting_age_at_application(days: int, expected: str | None) -> None:
    found = names(make(posting={"posted_on": APPLIED - timedelta(days=days)}))
    ages = {"fresh_posting", "posting_1_to_2_months", "posting_2_to_4_months", "posting_over_4_months"}
    assert found & ages == ({expected} if expected else set())


def test_posting_age_uses_the_first_sighting_and_flags_a_redated_posting() -> None:
    posting = {"posted_on": APPLIED - timedelta(days=5), "first_seen_on": APPLIED - timedelta(days=150)}
    found = names(make(posting=posting))
    assert {"posting_over_4_months", "posting_redated"} <= found
    assert "posting_redated" not in names(make(posting={"posted_on": APPLIED, "first_seen_on": APPLIED}))


def test_posting_age_is_unknown_without_dates() -> None:
    assert names(make(posting={"repost_count": 0})) == set()
    assert names(make(posting={"posted_on": APPLIED}, applied_on=None)) == set()


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, None),
        (1, "reposted_once"),
        (3, "reposted_2_to_3"),
        (6, "reposted_4_plus"),
        (None, None),
    ],
)
def test_reposts(count: int | None, expected: str | None) -> None:
    found = names(make(posting={"repost_count": count})) & {
        "reposted_once",
        "reposted_2_to_3",
        "reposted_4_plus",
    }
    assert found == ({expected} if expected else set())


@pytest.mark.parametrize(("count", "present"), [(2400, True), (300, False), (None, False)])
def test_applicant_count(count: int | None, present: bool) -> None:
    assert ("many_applicants" in names(make(posting={"applicant_count": count}))) is present


@pytest.mark.parametrize(
    ("posting", "expected"),
    [
        ({"salary_min": 60000, "salary_max": 70000}, "salary_posted"),
        ({"salary_min": 60000, "salary_max": 140000}, "very_wide_salary_range"),
        (
            {"text": "Pay: $24-$28 per hour. Evening shifts at our Main Street store, team of 12."},
            "salary_posted",
        ),
        ({"text": "Join our team at the Main Street store, 12 people, evenings and weekends."}, "no_salary"),
        ({"repost_count": 0}, None),
    ],
)
def test_salary(posting: dict[str, Any], expected: str | None) -> None:
    salary = {"salary_posted", "no_salary", "very_wide_salary_range"}
    assert names(make(posting=posting)) & salary == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (
            "We want a dynamic, results-driven team player for a fast-paced environment. Other duties as "
            "assigned "
            "and more across our offices in several cities.",
            True,
        ),
        ("Coordinates programs. Other duties as required.", True),
        ("Opening our 12th store on May 3: lead 40 people, own a $9M P&L.", False),
        (
            "The controller's team of four closes the books in five days; you will own fixed assets and "
            "leases "
            "under ASC 842, reconcile 30 bank accounts and prepare the monthly flux analysis for the CFO.",
            False,
        ),
    ],
)
def test_vague_description(text: str, vague: bool) -> None:
    assert ("vague_description" in names(make(posting={"text": text}))) is vague


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("We are always hiring great people!", True),
        ("Applications are accepted on a continuous basis to fill current and future vacancies.", True),
        ("Join our talent community.", True),
        ("We are not always hiring, so apply now: the role closes May 3.", False),
        ("Two openings on the night shift, starting June 1.", False),
    ],
)
def test_always_hiring_in_the_posting(text: str, present: bool) -> None:
    assert ("always_hiring" in names(make(posting={"text": text}))) is present


def test_a_rejection_letters_eligible_list_is_not_evergreen_evidence() -> None:
    letter = Event(type="rejection", date=date(2026, 5, 1), notes="You remain on the eligible list for 12 months.")
    assert "always_hiring" not in names(make(events=[letter]))


def test_concrete_reason_in_the_posting() -> None:
    assert "concrete_reason" in names(make(posting={"text": "A new position funded by the 2026 grant."}))
    assert "concrete_reason" not in names(make(posting={"text": "Benefits include a retirement plan."}))


# --- events and expenses ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheduled", "actual", "expected"),
    [
        (60, 20, "interview_cut_to_half"),
        (60, 40, "interview_cut_short"),
        (60, 55, None),
        (60, 90, "interviews_ran_long"),
        (60, None, None),
    ],
)
def test_interview_length(scheduled: int, actual: int | None, expected: str | None) -> None:
    found = names(make(events=[interview(date(2026, 4, 1), scheduled_minutes=scheduled, actual_minutes=actual)]))
    lengths = {"interview_cut_to_half", "interview_cut_short", "interviews_ran_long"}
    assert found & lengths == ({expected} if expected else set())


def test_minutes_outrank_the_flag() -> None:
    events = [interview(date(2026, 4, 1), scheduled_minutes=60, actual_minutes=70)]
    assert "interview_cut_short" not in names(make(events=events, interview_shorter_than_scheduled=True))


def test_a_kept_promise_a_missed_one_and_a_pending_one() -> None:
    promise = interview(date(2026, 4, 1), next_step_promised="decision by April 10")
    kept = make(events=[promise, Event(type="rejection", date=date(2026, 4, 9))])
    assert "timeline_kept" in names(kept)
    missed = make(events=[promise])
    assert {"next_step_missed"} <= names(missed) and "timeline_kept" not in names(missed)
    pending = names(missed, as_of=date(2026, 4, 5))
    assert "decision_timeline_given" in pending and "next_step_missed" not in pending


def test_we_will_be_in_touch_with_a_date_is_a_timeline() -> None:
    dated = make(events=[interview(date(2026, 4, 1), next_step_promised="We'll be in touch by April 30.")])
    assert "no_decision_timeline" not in names(dated, as_of=date(2026, 4, 5))


def test_many_rounds_without_a_decision() -> None:
    rounds = [interview(date(2026, 4, d), round=i) for i, d in enumerate((1, 8, 15, 22), start=1)]
    assert "many_rounds_no_decision" in names(make(events=rounds))
    decided = [*rounds, Event(type="rejection", date=date(2026, 4, 29))]
    assert "many_rounds_no_decision" not in names(make(events=decided))
    assert "many_rounds_no_decision" not in names(make(events=rounds[:3]))


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (["HR generalist", "Director of Nursing (hiring manager)"], "hiring_manager_met"),
        (["recruiter", "talent acquisition partner"], "hiring_manager_not_met"),
        (["peer engineer"], None),
        ([], None),
    ],
)
def test_hiring_manager_from_interviewer_roles(roles: list[str], expected: str | None) -> None:
    people = [Interviewer(name="X", role=r) for r in roles]
    found = names(make(events=[interview(date(2026, 4, 1), interviewers=people)]))
    manager = {"hiring_manager_met", "hiring_manager_not_met"}
    assert found & manager == ({expected} if expected else set())


def test_protective_events_and_expenses() -> None:
    feedback = make(events=[Event(type="feedback", date=date(2026, 4, 3))])
    assert "feedback_given" in names(feedback)
    offer = make(events=[Event(type="offer", date=date(2026, 4, 3))])
    assert "offer_stage_step" in names(offer)
    paid = make(expenses=[Expense(category="lodging", amount=120, currency="USD", reimbursed=True)])
    assert "employer_paid_travel" in names(paid)
    unpaid = make(expenses=[Expense(category="lodging", amount=120, currency="USD", reimbursed=False)])
    assert "employer_paid_travel" not in names(unpaid)


# --- the model ----------------------------------------------------------------------------


def test_effects_are_leave_one_out_risk_points_and_sorted() -> None:
    found = assess(make("Sam has basically been doing the job.", budget_approved=True, hiring_manager_met=False))
    total = math.log(PRIOR / (1 - PRIOR)) + sum(s.log_odds for s in found.signals)
    assert found.probability == pytest.approx(1 / (1 + math.exp(-total)))
    for signal in found.signals:
        without = 1 / (1 + math.exp(-(total - signal.log_odds)))
        assert signal.effect == pytest.approx(100 * (found.probability - without), abs=0.06)
    magnitudes = [abs(s.log_odds) for s in found.signals]
    assert magnitudes == sorted(magnitudes, reverse=True)


def test_protective_evidence_has_a_floor() -> None:
    everything_good = make(
        "They asked for three references and talked about a start date.",
        budget_approved=True,
        decision_timeline_given=True,
        hiring_manager_met=True,
        interviewers_engaged=True,
        employer_paid_travel=True,
        internal_candidate=False,
        hiring_freeze_or_layoffs=False,
    )
    found = assess(everything_good)
    floor = 1 / (1 + math.exp(-(math.log(PRIOR / (1 - PRIOR)) + PROTECTIVE_LIMIT)))
    assert found.probability == pytest.approx(floor)
    assert sum(s.log_odds for s in found.signals) == pytest.approx(PROTECTIVE_LIMIT, abs=0.01)


def test_bands_and_strongest_evidence() -> None:
    high = assess(make("I heard the job was already promised to someone.", budget_approved=False))
    assert high.band == "high" and high.risk >= HIGH_FROM
    assert high.strongest is not None and high.strongest.name == "role_already_filled_rumor"
    low = assess(make(budget_approved=True))
    assert low.band == "low" and low.risk < MEDIUM_FROM and low.strongest is None


def test_json_has_exactly_the_promised_keys() -> None:
    data = assess(make(internal_candidate=True)).to_json()
    assert set(data) == {"id", "risk", "band", "signals"}
    assert set(data["signals"][0]) == {"name", "effect", "evidence"}
    assert isinstance(data["risk"], int) and 0 <= data["risk"] <= 100


def test_every_coefficient_has_a_reason_and_is_in_the_docs() -> None:
    docs = DOCS.read_text()
    for name, coefficient in COEFFICIENTS.items():
        assert coefficient.log_odds != 0 and len(coefficient.basis) > 20
        assert f"`{name}`" in docs, f"{name} is not explained in docs/pseudo.md"


# --- bad input ----------------------------------------------------------------------------


def test_an_interview_before_the_application_is_named() -> None:
    found = assess(make(events=[interview(date(2026, 2, 1))]))
    assert any("before the application" in w for w in found.warnings)


def test_an_application_before_the_posting_leaves_the_age_out() -> None:
    found = assess(make(posting={"posted_on": APPLIED + timedelta(days=10)}))
    assert any("before the posting" in w for w in found.warnings)
    assert not {s.name for s in found.signals} & {"fresh_posting", "posting_1_to_2_months"}


@pytest.mark.parametrize("minutes", [0, -15])
def test_impossible_minutes_are_ignored_with_a_warning(minutes: int) -> None:
    bad = Event.model_construct(type="interview", date=date(2026, 4, 1), scheduled_minutes=60, actual_minutes=minutes)
    found = assess(make(events=[bad]))
    assert any("actual_minutes" in w for w in found.warnings)
    assert not {s.name for s in found.signals} & {"interview_cut_to_half", "interview_cut_short"}


def test_a_missing_as_of_uses_today_and_says_so() -> None:
    workbook = Workbook(
        format="offergap.workbook/1",
        resumes=[{"id": "r", "text": "x"}],
        opportunities=[make(internal_candidate=True)],
    )
    [found] = assess_search(workbook)
    assert found.as_of == date.today() and found.as_of_assumed
    assert any("today" in w for w in found.warnings)
    [given] = assess_search(workbook.model_copy(update={"as_of": AS_OF}))
    assert given.as_of == AS_OF and not given.as_of_assumed


def test_events_after_as_of_are_named() -> None:
    found = assess(make(events=[interview(date(2026, 7, 1))]))
    assert any("after as_of" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decision by July 15", date(2026, 7, 15)),
        ("2026-05-20", date(2026, 5, 20)),
        ("within a week", date(2026, 4, 8)),
        ("in two weeks", date(2026, 4, 15)),
        ("by Friday", date(2026, 4, 3)),
        ("next week", date(2026, 4, 12)),
        ("Jan 5", date(2027, 1, 5)),
        ("We'll be in touch.", None),
    ],
)
def test_promised_dates(text: str, expected: date | None) -> None:
    assert promised_date(text, date(2026, 4, 1)) == expected  # a Wednesday


def test_the_dev_set_loads_and_every_high_risk_names_its_evidence(dev_dir: Path) -> None:
    for path in sorted((dev_dir / "pseudo").glob("dev-*.json")):
        [found] = assess_search(load_workbook(path))
        if found.band == "high":
            assert found.strongest is not None and found.strongest.evidence


MORE_WORDINGS: list[tuple[str, str]] = [
    ("internal_candidate", "They're promoting someone from inside, I think."),
    ("internal_candidate", "Her deputy is expected to step into the role."),
    ("internal_candidate", "The recruiter mentioned a strong inside candidate."),
    ("interview_required_by_policy", "HR makes them interview at least two outside people."),
    ("interview_required_by_policy", "State law says the job has to be posted publicly."),
    ("interview_required_by_policy", "The search committee needs three finalists no matter what."),
    ("hiring_freeze_or_layoffs", "Two weeks later they paused all hiring."),
    ("role_already_filled_rumor", "I found out they'd already made their pick."),
    ("role_already_filled_rumor", "A former employee said the posting was wired for the deputy."),
    ("just_exploring", "He admitted they were testing the waters."),
    ("just_exploring", "They don't actually have an opening right now."),
    ("interviewers_disengaged", "She was answering emails while I talked."),
    ("interviewers_disengaged", "He kept glancing at the clock."),
    ("interviewers_engaged", "They introduced me to the whole team."),
    ("interview_cut_short", "It was over in 15 minutes."),
    ("no_decision_timeline", "They'll let me know, no date."),
    ("hiring_manager_not_met", "I only ever talked to HR."),
    ("reference_checks", "They want to talk to my references."),
    ("reference_checks", "I was asked for three references."),
    ("offer_stage_step", "We agreed on a start date of June 2."),
    ("repeatedly_rescheduled", "They postponed it twice."),
    ("employer_paid_travel", "Travel was reimbursed within a week."),
    ("concrete_reason", "They're backfilling a coordinator who moved to Denver."),
]


@pytest.mark.parametrize(("signal", "text"), MORE_WORDINGS)
def test_other_wordings(signal: str, text: str) -> None:
    assert signal in names(make(text))


BENIGN = [
    "I sent the interim report to my own manager before leaving.",
    "My provisional patent came up when we talked about my side projects.",
    "Per company policy they don't discuss pay in the first round.",
    "The manager went over the schedule for the day.",
    "She said the background check is just a formality for finalists.",
    "The second interview moved to Zoom because of the snow.",
    "I've been covering the night shift at my current job.",
    "I didn't ask about salary.",
    "I was distracted by the construction noise outside.",
    "The posting mentions managing the sales pipeline for the region.",
    "We talked about how their team is always looking for ways to improve.",
    "The contract requires weekend work during inventory.",
    "I'm looking for a new role closer to home.",
    "It only took a week to hear back.",
    "Twelve minutes, mostly about pay and start date.",
    "HR asked when I could start.",
    "Letter: I'm on the eligible list and will be scheduled for a panel interview.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_sentences_raise_nothing(text: str) -> None:
    raised = [s.name for s in assess(make(text)).signals if s.log_odds > 0]
    assert raised == []


def test_long_specific_postings_with_two_stock_phrases_are_not_vague() -> None:
    text = "Competitive salary. We want a team player. " + "The unit has 24 beds and 40 nurses on three shifts. " * 12
    assert "vague_description" not in names(make(posting={"text": text}))
