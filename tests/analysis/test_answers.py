"""Answer review: STAR parts and their sentences, numbers, I vs we, length, fillers, negativity, job terms."""

from __future__ import annotations

from offergap.analysis.answers import SHORT_WORDS, posting_terms, review_answer

STAR_ANSWER = (
    "At my last job the monthly claims report took three days to build by hand. "
    "I was asked to speed it up before the audit. "
    "I rebuilt it as SQL views on Snowflake and automated the refresh in Airflow. "
    "As a result it went from three days to four hours, and finance now gets it on day 2."
)
POSTING = """Data Analyst
What you'll do:
- Build reports in Snowflake and Tableau
- Schedule pipelines in Airflow
Required:
- Strong SQL and Tableau
"""


def test_star_parts_come_with_the_sentence_that_shows_them() -> None:
    review = review_answer("Tell me about a time you made a slow process faster.", STAR_ANSWER)
    parts = {e.part: e for e in review.star}
    assert review.behavioral and review.star_count == 4
    assert parts["task"].sentence == "I was asked to speed it up before the audit."
    assert parts["action"].sentence is not None and "rebuilt" in parts["action"].sentence
    assert parts["result"].sentence is not None and "four hours" in parts["result"].sentence


def test_a_quantified_result_is_recognised_and_quoted() -> None:
    review = review_answer("Tell me about a time you improved something.", STAR_ANSWER)
    assert review.result_quantified and any("three days" in q for q in review.quantities)
    vague = review_answer("Tell me about a time you improved something.", "I always work hard and get it done.")
    assert not vague.result_quantified and "no number in the result" in " ".join(vague.notes)


def test_i_versus_we_ownership() -> None:
    assert review_answer("Q", STAR_ANSWER).ownership == "I"
    we = review_answer("Q", "We built a dashboard. We trained the team. Our numbers improved.")
    assert we.ownership == "we" and we.we_count > we.i_count
    assert any('"we"' in note for note in we.notes)


def test_length_short_ok_long_and_empty() -> None:
    assert review_answer("Q", "Yes, Level 2.").length == "short"
    assert review_answer("Q", " ".join(["word"] * SHORT_WORDS)).length == "ok"
    assert review_answer("Q", " ".join(["word"] * 400)).length == "long"
    empty = review_answer("Q", "")
    assert empty.length == "empty" and empty.quality == 0.0


def test_fillers_are_counted() -> None:
    review = review_answer("Q", "Um, so basically I, like, you know, fixed it. Uh, I mean it worked, sort of.")
    assert {"um", "uh", "basically", "like", "you know", "I mean"} <= set(review.fillers)
    assert review.filler_rate > 10
    assert review_answer("Q", "I'd like to know what you like about the team.").fillers == {}


def test_negativity_about_past_employers_is_quoted() -> None:
    review = review_answer("Why are you leaving?", "My manager was clueless. I want to grow.")
    assert review.negativity == ("My manager was clueless.",)
    assert review_answer("Why leave?", "I want to own a BI platform.").negativity == ()


def test_posting_terms_used_and_missing() -> None:
    assert {"Snowflake", "Tableau", "Airflow", "SQL"} <= set(posting_terms(POSTING))
    review = review_answer("How would you build our Tableau reports?", "I'd use SQL views on Snowflake.", POSTING)
    assert {"Snowflake", "SQL"} <= set(review.terms_used)
    assert review.terms_missing[0] == "Tableau"  # named in the question, so listed first


def test_a_complete_answer_scores_higher_than_a_vague_one() -> None:
    question = "Tell me about a time you made a process faster."
    strong = review_answer(question, STAR_ANSWER)
    vague = review_answer(question, "I'm very organized, so things go fast.")
    negative = review_answer(question, STAR_ANSWER + " My old boss was useless though.")
    assert strong.quality > negative.quality > vague.quality


def test_json_has_every_finding() -> None:
    data = review_answer("Tell me about a time.", STAR_ANSWER, POSTING).to_json()
    assert set(data["star"]) == {"situation", "task", "action", "result"}
    assert {"result_quantified", "ownership", "fillers", "negativity", "terms_used", "terms_missing"} <= set(data)
