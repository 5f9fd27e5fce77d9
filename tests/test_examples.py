from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from offergap.errors import InvalidInput
from offergap.examples import (
    example_json,
    example_workbook,
    generate_posting_texts,
    generate_workbook,
    write_generated_workbook,
)
from offergap.workbook import (
    Workbook,
    derived_outcome,
    dump_workbook,
    load_workbook,
    validate_workbook,
    workbook_json,
)

EXAMPLE_FILE = Path(__file__).resolve().parents[1] / "examples" / "dana-reyes.json"


# --- the example --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example() -> Workbook:
    return load_workbook(EXAMPLE_FILE)


def test_the_packaged_copy_is_identical_to_the_example_file() -> None:
    assert example_json() == EXAMPLE_FILE.read_text(encoding="utf-8")
    assert example_workbook() == load_workbook(EXAMPLE_FILE)


def test_the_example_is_one_synthetic_data_analyst_search(example: Workbook) -> None:
    assert example.as_of == date(2026, 11, 20)
    assert example.extra == {"synthetic": True}
    assert example.seeker is not None
    assert example.seeker.location == "Columbus, OH"
    assert [r.id for r in example.resumes] == ["r-general", "r-bi"]
    for resume in example.resumes:
        assert 300 <= len((resume.text or "").split()) <= 450
    assert {o.resume for o in example.opportunities} == {"r-general", "r-bi"}


def test_the_example_has_postings_for_at_least_ten_opportunities(example: Workbook) -> None:
    with_postings = [o for o in example.opportunities if o.posting and o.posting.text]
    assert len(with_postings) >= 10
    for opportunity in with_postings:
        text = (opportunity.posting.text if opportunity.posting else None) or ""
        assert "required" in text.lower(), opportunity.id
    assert sum(1 for o in with_postings if o.posting and o.posting.salary_min is not None) >= 10


def test_the_example_has_interview_rounds_and_a_final_round(example: Workbook) -> None:
    rounds = Counter(e.round for o in example.opportunities for e in o.events or [] if e.type == "interview")
    assert rounds[1] >= 6
    assert rounds[2] >= 3
    assert rounds[3] >= 1
    types = {e.type for o in example.opportunities for e in o.events or []}
    assert {"screen", "interview", "assessment", "follow_up", "no_response", "feedback", "rejection"} <= types


def test_the_example_records_questions_asked_and_answered(example: Workbook) -> None:
    events = [e for o in example.opportunities for e in o.events or []]
    asked = [q for e in events for q in e.questions_i_asked or []]
    answered = [qa for e in events for qa in e.questions_asked_of_me or []]
    assert len(asked) >= 20
    assert len(answered) >= 20
    assert all(qa.my_answer for qa in answered)
    assert all(e.interviewers and all(i.role for i in e.interviewers)
               for e in events if e.type in ("screen", "interview"))


def test_the_example_records_expenses_of_several_kinds(example: Workbook) -> None:
    expenses = [x for o in example.opportunities for x in o.expenses or []]
    assert {"travel", "lodging", "clothing", "pet_care", "lost_wages"} <= {x.category for x in expenses}
    assert {x.currency for x in expenses} == {"USD"}


def test_the_example_has_a_mix_of_outcomes(example: Workbook) -> None:
    as_of = example.as_of or date.today()
    outcomes = Counter(derived_outcome(o, as_of) for o in example.opportunities)
    assert outcomes["rejected"] >= 2
    assert outcomes["ghosted"] >= 2
    assert outcomes["open"] >= 1
    assert len(outcomes) >= 3


def test_recorded_example_outcomes_agree_with_the_events(example: Workbook) -> None:
    as_of = example.as_of or date.today()
    for opportunity in example.opportunities:
        if opportunity.outcome:
            implied = derived_outcome(opportunity.model_copy(update={"outcome": None}), as_of)
            assert implied == opportunity.outcome, opportunity.id


# --- the generator ------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_workbook() -> None:
    first = workbook_json(generate_workbook(30, seed=7))
    assert workbook_json(generate_workbook(30, seed=7)) == first
    assert workbook_json(generate_workbook(30, seed=8)) != first


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_generated_workbooks_are_valid(seed: int) -> None:
    workbook = generate_workbook(100, seed=seed)
    dumped = dump_workbook(workbook)
    assert Workbook.model_validate(dumped) == workbook
    assert validate_workbook(dumped) == workbook  # also the id and resume-reference checks
    assert workbook.extra and workbook.extra["synthetic"] is True


@pytest.mark.parametrize(("n", "events"), [(0, 5), (1, 0), (17, 1), (25, 2), (40, 12)])
def test_the_generator_honours_the_requested_sizes(n: int, events: int) -> None:
    workbook = generate_workbook(n, events_per_opportunity=events, seed=n)
    assert len(workbook.opportunities) == n
    assert len({o.id for o in workbook.opportunities}) == n
    assert all(len(o.events or []) == events for o in workbook.opportunities)


def test_generated_events_are_in_a_sensible_order() -> None:
    as_of = date(2026, 3, 1)
    workbook = generate_workbook(150, events_per_opportunity=8, seed=5, as_of=as_of)
    assert workbook.as_of == as_of
    for opportunity in workbook.opportunities:
        events = opportunity.events or []
        assert events[0].type == "applied"
        assert [e.date for e in events] == sorted(e.date for e in events)
        assert events[-1].date <= as_of
        rounds = [e.round for e in events if e.type == "interview"]
        assert rounds == list(range(1, len(rounds) + 1))
        decisive = [i for i, e in enumerate(events) if e.type in ("offer", "rejection", "withdrawn")]
        if decisive:  # nothing but feedback follows a decision
            assert {e.type for e in events[decisive[0] + 1:]} <= {"feedback"}


def test_recorded_generated_outcomes_agree_with_the_events() -> None:
    workbook = generate_workbook(300, seed=9)
    as_of = workbook.as_of or date.today()
    recorded = [o for o in workbook.opportunities if o.outcome]
    assert recorded
    for opportunity in recorded:
        assert derived_outcome(opportunity.model_copy(update={"outcome": None}), as_of) == opportunity.outcome


def test_generated_workbooks_are_varied() -> None:
    workbook = generate_workbook(300, seed=4)
    as_of = workbook.as_of or date.today()
    assert len(Counter(derived_outcome(o, as_of) for o in workbook.opportunities)) >= 4
    assert len({o.title for o in workbook.opportunities}) >= 4
    assert len({o.company for o in workbook.opportunities}) >= 50
    events = [e for o in workbook.opportunities for e in o.events or []]
    assert {"applied", "screen", "interview", "rejection"} <= {e.type for e in events}
    assert any(qa.my_answer for e in events for qa in e.questions_asked_of_me or [])
    assert any(o.expenses for o in workbook.opportunities)
    lengths = [len(o.posting.text or "") for o in workbook.opportunities if o.posting]
    assert min(lengths) >= 1500
    assert max(lengths) <= 3000


def target_roles(workbook: Workbook) -> tuple[str, ...]:
    assert workbook.seeker is not None
    return tuple(workbook.seeker.target_roles or ())


def test_seekers_differ_in_occupation_and_cause_across_seeds() -> None:
    workbooks = [generate_workbook(0, seed=s) for s in range(20)]
    assert len({target_roles(w) for w in workbooks}) >= 5
    assert len({(w.extra or {})["generator"]["dominant_cause"] for w in workbooks}) == 4


@pytest.mark.parametrize("n", [0, 1, 12])
def test_streaming_writer_matches_the_in_memory_workbook(tmp_path: Path, n: int) -> None:
    workbook = generate_workbook(n, events_per_opportunity=4, seed=3)
    path = write_generated_workbook(tmp_path / "w.json", n, events_per_opportunity=4, seed=3)
    assert path.read_text(encoding="utf-8") == workbook_json(workbook)
    compact = write_generated_workbook(tmp_path / "c.json", n, events_per_opportunity=4, seed=3, compact=True)
    assert json.loads(compact.read_text(encoding="utf-8")) == dump_workbook(workbook)
    assert compact.stat().st_size < path.stat().st_size
    assert load_workbook(compact) == workbook


def test_negative_sizes_are_refused() -> None:
    with pytest.raises(InvalidInput):
        generate_workbook(-1)
    with pytest.raises(InvalidInput):
        generate_workbook(3, events_per_opportunity=-2)


# --- posting texts ------------------------------------------------------------------------


def test_posting_texts_are_deterministic_varied_and_realistic() -> None:
    texts = generate_posting_texts(200, seed=1)
    assert len(texts) == 200
    assert generate_posting_texts(200, seed=1) == texts
    assert generate_posting_texts(200, seed=2) != texts
    assert len(set(texts)) == 200
    assert all(1500 <= len(t) <= 3000 for t in texts)
    assert all("equired" in t and "referred" in t for t in texts)
    titles = {t.split("\n", 1)[0].split(" - ", 1)[1] for t in texts}
    assert len(titles) >= 20
    assert generate_posting_texts(0) == []
