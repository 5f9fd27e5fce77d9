"""What a posting says will not do, and a resume that shows exactly that."""

from __future__ import annotations

from datetime import date

import pytest

from offergap.analysis.fit import score_fit
from offergap.analysis.phrase_spans import tokens
from offergap.analysis.posting_rejections import find_rejections, shown_on
from offergap.analysis.resumes import parse_resume
from offergap.analysis.skills import Taxonomy, load_taxonomy

AS_OF = date(2026, 11, 1)


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.mark.parametrize(
    ("line", "subject", "words"),
    [
        ("A QSP certification alone does not meet this requirement.", "A QSP certification alone", "qsp"),
        ("Adobe Premiere is expressly not a substitute.", "Adobe Premiere", "adobe premiere"),
        ("Must hold CAMS-FCI or CAMS-Audit; CAMS alone is not sufficient.", "CAMS alone", "cams"),
        (
            "Structural steel erection alone does not qualify.",
            "Structural steel erection alone",
            "structural steel erection",
        ),
        ("UEFA B licence required, and the UEFA C is not enough.", "the UEFA C", "uefa c"),
    ],
)
def test_what_will_not_do_is_read_with_the_words_that_name_it(
    taxonomy: Taxonomy, line: str, subject: str, words: str
) -> None:
    (found,) = find_rejections(["Requirements", line], taxonomy)
    assert (found.subject, found.line, found.text) == (subject, 2, line)
    assert found.words == frozenset(tokens(words))


@pytest.mark.parametrize(
    "line",
    [
        "Education does not substitute for experience at GS-09.",  # a kind of thing, not a thing
        "Registration alone does not meet this requirement.",
        "Applicants without a Texas licence will not be considered.",  # asks for the licence
        "Candidates with more than two years of sales experience are not eligible.",  # a ceiling, read elsewhere
        "Spanish is not required.",  # says nothing will not do
        "Other experience is not a substitute for the five years.",
    ],
)
def test_a_kind_a_requirement_or_a_ceiling_is_no_rejection(taxonomy: Taxonomy, line: str) -> None:
    assert find_rejections([line], taxonomy) == ()


def _resume(lines: str) -> str:
    return (
        "DANA CRUZ\nSUMMARY\nStormwater inspector with seven years on California construction sites.\n"
        f"CERTIFICATIONS\n{lines}\n"
        "EXPERIENCE\nStormwater Inspector, Coastline Civil, San Diego, CA (Jan 2019-present)\n"
        "- Inspect BMPs weekly and before storms under the 2022 CGP; file reports in SMARTS.\n"
    )


POSTING = """Stormwater Compliance Lead
Coastline Civil, San Diego, CA

Requirements:
- Three or more years of construction stormwater inspection.
- Knowledge of the 2022 CGP and SMARTS.
- A current Qualified SWPPP Developer (QSD) certification at hire.
  A QSP certification alone does not meet this requirement.
"""


def test_a_resume_showing_what_will_not_do_is_no_fit_and_says_why() -> None:
    fit = score_fit(_resume("- Qualified SWPPP Practitioner (QSP), 2019"), POSTING)
    assert fit.label == "no_fit"
    assert any(
        '"A QSP certification alone" will not do (posting line 8' in line and '(line 5: "- Qualified SWPPP' in line
        for line in fit.explanation
    )


def test_a_resume_that_does_not_show_it_keeps_its_fit() -> None:
    held = score_fit(_resume("- Qualified SWPPP Developer (QSD), 2021"), POSTING)
    denied = score_fit(_resume("- OSHA 30\nNot held: QSP"), POSTING)
    for fit in (held, denied):
        assert not any("will not do" in line for line in fit.explanation)


def test_the_resume_line_must_show_every_word_that_names_it(taxonomy: Taxonomy) -> None:
    (found,) = find_rejections(["Structural steel erection alone does not qualify."], taxonomy)
    resume = parse_resume(_resume("- Structural steel detailing\n- Erection of precast"), AS_OF, taxonomy)
    assert shown_on(found, resume.line_words) is None
    resume = parse_resume(_resume("- Structural steel erection, ten years"), AS_OF, taxonomy)
    assert shown_on(found, resume.line_words) == 4


@pytest.mark.parametrize(
    "line",
    [
        "- Provides information and referral when a report does not meet criteria for investigation",
        "Escalate any claim that does not meet service standards to the team leader.",
    ],
)
def test_work_that_mentions_what_falls_short_is_no_rejection(taxonomy: Taxonomy, line: str) -> None:
    assert find_rejections([line], taxonomy) == ()
