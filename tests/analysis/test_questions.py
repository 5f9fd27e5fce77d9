"""The question classifier: categories, stage verdicts, negation, compounds, typos, bad input."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from offergap.analysis import questions as q
from offergap.analysis.questions import (
    EmployerContext,
    judge_question,
    judge_questions,
    verdict_for,
)
from offergap.analysis.textutil_conduct import repair_typos
from offergap.errors import InvalidInput

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dana-reyes.json"
BENCH = Path(__file__).resolve().parents[2] / "bench" / "conduct"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "I read that you acquired Brightline in March. How is the integration going for the data team?",
            "research",
        ),
        ("Your annual report says turnover dropped to 18 percent. What drove that?", "research"),
        ("What would success look like in the first six months?", "role"),
        ("Who would I report to, and how do they like to give feedback?", "role"),
        ("What are the next steps, and when do you expect to decide?", "process"),
        ("Would you like a list of references?", "process"),
        ("What's the salary range?", "premature"),
        ("How many vacation days would I get?", "premature"),
        ("Could I work from home on Fridays?", "premature"),
        ("How soon could I be promoted?", "premature"),
        ("What does your company do?", "red_flag"),
        ("Did I get the job?", "red_flag"),
        ("How many other people are you interviewing?", "red_flag"),
        ("How soon could I transfer to a different department?", "red_flag"),
        ("Do you drug test, and how far back does it go?", "red_flag"),
        ("My last boss was a nightmare. Are you like that?", "red_flag"),
    ],
)
def test_each_category(text: str, category: str) -> None:
    assert judge_question(text).category == category


def test_premature_is_avoid_before_an_offer_and_good_at_the_offer() -> None:
    for stage in ("screen", "interview", "final"):
        assert judge_question("Is there a signing bonus?", stage).verdict == "avoid"
    judged = judge_question("Is there a signing bonus?", "offer")
    assert judged.verdict == "good" and "offer" in judged.why


def test_red_flags_are_avoid_at_every_stage() -> None:
    assert {judge_question("Did I get the job?", s).verdict for s in q.STAGES} == {"avoid"}
    assert verdict_for("role", "offer") == "good" and verdict_for("unknown", "screen") == "unclear"


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="unknown stage"):
        judge_question("What are the next steps?", "lunch")


def test_why_names_the_deciding_words() -> None:
    assert '"salary"' in judge_question("What's the salary for this job?").why
    assert '"did i get the job"' in judge_question("So... did I get the job?").why


def test_negation_and_disclaimers_do_not_count_as_asking() -> None:
    judged = judge_question("I'm not worried about the salary, but what does success look like?")
    assert judged.category == "role" and "salary" in judged.why and "ignored" in judged.why
    assert judge_question("Salary aside, what would my first project be?").category == "role"
    assert judge_question("Pay isn't my main concern; what I'd love to know is how the team works.").category == "role"
    # a bare "no" is not a disclaimer: the question still asks about overtime
    assert judge_question("Is there no overtime at all?").category == "premature"
    assert judge_question("I don't mean to be pushy, but what's the pay range?").category == "premature"


def test_compound_questions_take_the_worst_part() -> None:
    judged = judge_question("What does success look like, and how many days of PTO do I get?")
    assert judged.category == "premature" and "decided by the part" in judged.why
    assert judge_question("Who would I report to? Also, is there a bonus?").category == "premature"
    assert judge_question("What does a typical day look like, and did I get the job?").category == "red_flag"
    assert len([p for p in judge_question("What are the next steps, and who decides?").parts if p.is_question]) == 2


def test_politeness_wrappers_are_stripped() -> None:
    assert judge_question("I was wondering what the next steps are.").category == "process"
    assert judge_question("Could you tell me a little about what the company does?").category == "red_flag"
    assert judge_question("If you don't mind me asking, what's the budget for this position?").category == "premature"


def test_typos_are_read_as_the_cue_word() -> None:
    judged = judge_question("Whats the salery for this job?")
    assert judged.category == "premature" and ("salery", "salary") in judged.typos
    assert judge_question("How far back does the backround check go?").category == "red_flag"
    # a real word one letter from a cue is left alone
    assert repair_typos("can you remove the old report")[0] == "can you remove the old report"


def test_research_with_pay_words_stays_research() -> None:
    for text in (
        "Your Q2 filing said compensation expense grew faster than revenue. Is hiring slowing in this division?",
        "The firm's pro bono report says associates averaged 60 hours last year. How do paralegals take part?",
    ):
        assert judge_question(text).category == "research", text


def test_terms_from_the_research_notes_are_evidence_of_research() -> None:
    text = "How is the Autoship retention work going?"
    context = EmployerContext.from_texts("BI Analyst.", "Their CEO said Autoship is a third of online sales.")
    without, with_context = judge_question(text), judge_question(text, "interview", context)
    assert without.category != "research"
    assert with_context.category == "research" and "Autoship" in with_context.why


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Thanks so much for your time today.", "statement"),
        ("asdf qwer zxcv", "recognisable"),
        ("¿Cuál es el salario?", "Spanish"),
        ("Quel est le salaire pour ce poste ?", "French"),
        ("1234 ???", "no words"),
        ("   ", "empty"),
    ],
)
def test_non_questions_are_unknown_with_a_reason(text: str, reason: str) -> None:
    judged = judge_question(text)
    assert judged.category == "unknown" and judged.verdict == "unclear" and reason in judged.why


def test_many_lines_are_judged_lazily_and_empty_lines_skipped() -> None:
    endless = itertools.cycle(["What's the pay?", "", "   ", "What are the next steps?"])
    first = list(itertools.islice(judge_questions(endless), 4))
    assert [j.category for j in first] == ["premature", "process", "premature", "process"]


def test_json_shape_is_exactly_the_documented_one() -> None:
    assert set(judge_question("What are the next steps?").to_json()) == {
        "question",
        "category",
        "verdict",
        "why",
    }


def test_dev_set_meets_the_recall_targets(dev_dir: Path) -> None:
    rows = [json.loads(line) for line in (dev_dir / "questions.jsonl").read_text().splitlines() if line.strip()]
    for label in ("premature", "red_flag"):
        gold = [r for r in rows if r["label"] == label]
        hits = sum(judge_question(r["question"]).category == label for r in gold)
        assert hits / len(gold) >= 0.95, label


@pytest.mark.parametrize(
    "text",
    [
        "Am I the strongest candidate you've met?",
        "Where do I stand compared with the others?",
        "Did I do anything wrong in that last answer?",
        "How well did I come across to the panel?",
        "Is there anything that would stop you from hiring me?",
        "What's the chance that I make it through?",
        "Do you think I'll be getting a call?",
    ],
)
def test_asking_for_a_verdict_on_oneself_is_neediness(text: str) -> None:
    judged = judge_question(text)
    assert (judged.category, judged.verdict) == ("red_flag", "avoid"), judged.why


@pytest.mark.parametrize(
    "text",
    [
        "Are you going to contact my former supervisor?",
        "Will my references be checked? One of them may not give me a good reference.",
        "My old manager and I never saw eye to eye; will that come up?",
        "Do you look through applicants' Twitter posts?",
        "Would an employment gap look bad?",
    ],
)
def test_worries_about_what_the_employer_will_find_are_red_flags(text: str) -> None:
    assert judge_question(text).category == "red_flag"


def test_probation_is_a_role_question_but_a_worry_about_failing_it_is_not() -> None:
    assert judge_question("How is the probationary period structured?").category == "role"
    assert judge_question("What happens if I fail the probation period?").category == "red_flag"


@pytest.mark.parametrize(
    "text",
    [
        "Is it a unionized shop?",
        "Would you sponsor a work visa?",
        "Does the employer supply uniforms and boots?",
        "Could I set my own hours?",
        "How much parental leave is there?",
        "Is there a monthly stipend for home office equipment, or do I buy my own?",
        "Would I have to go into the office every day?",
        "How many weeks of vacation come with the job?",
    ],
)
def test_terms_of_employment_in_their_many_wordings_are_premature(text: str) -> None:
    assert judge_question(text).category == "premature"


def test_own_without_equipment_or_the_candidates_hours_is_not_a_perk() -> None:
    assert judge_question("Do nurses use their own judgment on pacing the unit?").category != "premature"
    assert judge_question("How do nurses hand over at the end of their shifts?").category != "premature"


def test_moving_elsewhere_soon_is_a_plan_to_leave_but_the_funnel_is_process() -> None:
    assert judge_question("Could I move to the Austin office after a few months?").category == "red_flag"
    assert judge_question("How many candidates usually make it to the panel?").category == "process"
    assert judge_question("How many candidates are you still considering?").category == "red_flag"


def test_a_document_that_reports_something_is_research() -> None:
    judged = judge_question("The incident report flagged slow paging. Has the on-call tooling improved?")
    assert judged.category == "research", judged.why


def test_a_polite_request_inside_a_sentence_is_a_question() -> None:
    judged = judge_question("In the event that I am selected, kindly tell me the salary and allowances for the post.")
    assert judged.category == "premature" and judged.verdict == "avoid"


def test_a_premature_cue_inside_a_worse_request_is_a_red_flag() -> None:
    # the model, nearly sure, escalates the cue for pay: the question pleads hardship
    judged = judge_question("If I get hired, could I get my first paycheck early? Money's tight right now.")
    assert judged.category == "red_flag" and "outweighs the cue for premature" in judged.why


@pytest.mark.parametrize(
    "question",
    ["Hoe ziet een gewone werkdag eruit?", "Che tipo di formazione offrite ai nuovi assunti?"],
)
def test_questions_in_dutch_and_italian_are_unknown(question: str) -> None:
    assert judge_question(question).category == "unknown"


@pytest.mark.parametrize(
    "question",
    [
        "Can I do the bare minimum hours and still get the bonus?",
        "Which team here has the lightest workload? I'd prefer that one.",
        "How do people usually get around the time-tracking software?",
        "Will my probation get extended if I take sick days?",
    ],
)
def test_asking_how_to_do_little_or_dodge_the_rules_is_a_red_flag(question: str) -> None:
    assert judge_question(question).category == "red_flag"
