"""Canada's second-language profiles, asked by a posting and reported on a resume."""

from __future__ import annotations

import pytest

from offergap.analysis.fit import score_fit
from offergap.analysis.official_languages import asked_profile, covers, held_profile, profile_gap


@pytest.mark.parametrize(
    ("line", "profile"),
    [
        ("Bilingual - Imperative (CCC/CCC)", "CCC"),
        ("Language requirements: bilingual imperative BBB/BBB", "BBB"),
        ("Bilingual imperative: CBC", "CBC"),
        ("Candidates must hold results at or above the CBC profile in their second official language.", "CBC"),
    ],
)
def test_the_profile_a_posting_asks_is_read(line: str, profile: str) -> None:
    assert asked_profile(["Compensation Advisor", line]) == (profile, 2)


@pytest.mark.parametrize(
    "line",
    ["Experience with CBC/Radio-Canada media relations", "Bilingual (English and French); CPA designation required"],
)
def test_a_posting_without_a_profile_asks_none(line: str) -> None:
    assert asked_profile(["English essential", line]) is None


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("French second-language evaluation: CBC (reading C, writing B, oral C), valid to 2029.", "CBC"),
        ("SLE results (English): EBE", "EBE"),
        ("English; no French second-language evaluation results.", ""),
        ("Fluent in French and English.", None),
    ],
)
def test_the_profile_a_resume_reports_is_read(line: str, held: str | None) -> None:
    assert held_profile(["DANA CRUZ", line]) == held


@pytest.mark.parametrize(
    ("held", "asked", "ok"),
    [("CBC", "CBC", True), ("CCC", "BBB", True), ("CBC", "CCC", False), ("EBE", "CBC", True), ("BBB", "CBC", False)],
)
def test_each_skill_must_reach_the_level_asked(held: str, asked: str, ok: bool) -> None:
    assert covers(held, asked) is ok


POSTING = """Access to Information Analyst (PM-05)
Department of Public Works, Ottawa, Ontario

Essential qualifications
- Three years of experience processing access to information requests
- Bilingual - Imperative (CCC/CCC)
"""


def _resume(languages: str) -> str:
    return (
        "DANA CRUZ\nSUMMARY\nAccess to information analyst with seven years in federal ATIP offices.\n"
        "EXPERIENCE\nATIP Analyst, Federal Department, Ottawa, ON (Jan 2019-present)\n"
        "- Processed access to information requests and consultations under the Access to Information Act.\n"
        f"LANGUAGES\n{languages}\n"
    )


def test_a_lower_profile_is_no_fit_and_says_which_skill() -> None:
    fit = score_fit(_resume("French second-language evaluation: CBC (reading C, writing B, oral C)"), POSTING)
    assert fit.label == "no_fit"
    assert any("profile CBC below the CCC asked (writing)" in line for line in fit.explanation)


def test_a_profile_that_meets_it_raises_no_finding() -> None:
    held = profile_gap(POSTING.split("\n"), _resume("French second-language evaluation: CCC").split("\n"))
    assert held is None
    fit = score_fit(_resume("French second-language evaluation: CCC"), POSTING)
    assert not any("below the CCC asked" in line or "no second-language evaluation" in line for line in fit.explanation)
