"""Posting understanding: requirements, must/nice, years, degree, gates, seniority, bad input."""

from __future__ import annotations

import pytest

from offergap.analysis.posting_credentials import endorsement_groups, state_licence_groups
from offergap.analysis.posting_levels import title_level
from offergap.analysis.posting_text import detect_language
from offergap.analysis.postings import PostingProfile, Requirement, parse_posting, parse_years
from offergap.analysis.skills import Taxonomy, load_taxonomy
from offergap.errors import InvalidInput

POSTING = """Backend Engineer
Northwind Freight, Pittsburgh, PA

Northwind moves freight for 400 regional carriers.

Responsibilities:
- Build REST APIs in Python and deploy them with Docker
- Own the PostgreSQL schema

Requirements:
- 3+ years of professional Python development
- Strong C programming; C++ a plus
- Experience with Zendesk, Freshdesk or Salesforce Service Cloud
- Familiarity with Docker and at least one cloud platform
- B.S. in Computer Science or equivalent experience
- CompTIA A+ or ITIL 4 Foundation certification

Preferred:
- Kafka experience
- Spanish is a plus

Salary: $90,000-$110,000.
"""


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def posting(taxonomy: Taxonomy) -> PostingProfile:
    return parse_posting(POSTING, taxonomy)


def find(posting: PostingProfile, words: str) -> Requirement:
    return next(r for r in posting.requirements if words in r.text)


def test_headers_decide_must_and_nice(posting: PostingProfile) -> None:
    assert find(posting, "3+ years").importance == "must"
    assert find(posting, "Kafka").importance == "nice"
    assert posting.title == "Backend Engineer"


def test_words_override_the_section(posting: PostingProfile) -> None:
    assert find(posting, "C++ a plus").importance == "nice"
    assert find(posting, "Strong C programming").importance == "must"
    assert find(posting, "Spanish").importance == "nice"


def test_duties_and_salary_are_not_requirements(posting: PostingProfile) -> None:
    texts = " ".join(r.text for r in posting.requirements)
    assert "Salary" not in texts and "Own the PostgreSQL" not in texts
    assert "lex:postgresql" in posting.duties


def test_each_requirement_keeps_its_posting_line(posting: PostingProfile) -> None:
    lines = POSTING.split("\n")
    for requirement in posting.requirements:
        assert requirement.text.split(";")[0][:20] in lines[requirement.line - 1]


def test_or_lists_are_one_any_of_group(posting: PostingProfile) -> None:
    assert find(posting, "Zendesk").groups == (("lex:zendesk", "lex:freshdesk", "lex:sf_service_cloud"),)


def test_and_lists_need_every_item_and_categories_widen(posting: PostingProfile) -> None:
    groups = find(posting, "at least one cloud platform").groups
    assert len(groups) == 2
    docker, cloud = groups
    assert "lex:docker" in docker and "lex:cloud_platform" not in docker
    assert "lex:cloud_platform" in cloud


def test_certifications_are_gates_with_alternatives(posting: PostingProfile) -> None:
    requirement = find(posting, "CompTIA")
    assert requirement.kind == "credential"
    assert requirement.gates == (("lex:comptia_a", "lex:itil"),)


def test_degree_with_equivalence(posting: PostingProfile) -> None:
    degree = find(posting, "B.S.").degree
    assert degree is not None and degree.level == 2 and degree.equivalent_ok
    assert "comput" in degree.fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3+ years of Python", (3.0, None)),
        ("0-2 years of experience", (0.0, 2.0)),
        ("at least four years closing new business", (4.0, None)),
        ("minimum of 5 yrs in a hospital", (5.0, None)),
        ("experience with Python", (None, None)),
    ],
)
def test_years_per_requirement(text: str, expected: tuple[float | None, float | None]) -> None:
    assert parse_years(text) == expected


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Senior Python Engineer", 2),
        ("Director of Customer Support", 4),
        ("Customer Success Manager, Mid-Market", 1),
        ("Engineering Manager", 3),
        ("Software Engineer I, Internal Tools", 0),
        ("Secondary Math Interventionist (Algebra I Focus)", None),
        ("Third Grade Teacher", None),
        ("Staff Accountant", None),
        ("Staff Software Engineer", 3),
        ("Vice President, Commercial Credit Underwriter", 2),
        ("Assistant Vice President - Treasury Operations", 2),
        ("AVP, Model Risk", 2),
        ("Credit Risk Officer - Vice President", 2),
        ("Vice President of Engineering", 5),
        ("Executive Vice President, Credit Officer", 5),
        ("VP, Sales", 5),
    ],
)
def test_seniority_from_title(title: str, level: int | None) -> None:
    assert title_level(title) == level


def test_seniority_from_years_when_the_title_is_silent(posting: PostingProfile) -> None:
    assert posting.seniority.level == 1 and not posting.seniority.from_title
    assert posting.years_min == 3


def test_endorsements_and_languages_are_gates(taxonomy: Taxonomy) -> None:
    text = (
        "Chemistry Teacher\nQualifications:\n"
        "- Washington State teaching certificate with a Chemistry or Science (secondary) endorsement"
        " (required)\n"
        "- Native or business-fluent Japanese and fluent English\n"
    )
    posting = parse_posting(text, taxonomy)
    endorsement = find(posting, "Chemistry or Science")
    assert ("endorse:chemistry", "endorse:scienc") in endorsement.gates
    assert ("lex:teaching_certificate",) in endorsement.gates
    assert find(posting, "Japanese").gates == (("lex:japanese",),)


def test_licences_in_the_title_are_must_haves(taxonomy: Taxonomy) -> None:
    posting = parse_posting("Registered Nurse - Telemetry\nWe care for 300 patients a day.\n", taxonomy)
    assert any(("lex:rn_licence",) in r.gates for r in posting.must_haves)


def test_obtainable_licence_is_not_a_hard_gate(taxonomy: Taxonomy) -> None:
    posting = parse_posting("Driver\nRequirements:\n- CDL Class A or ability to obtain within 90 days\n", taxonomy)
    assert posting.must_haves[0].obtainable


def test_prose_postings_yield_requirements(taxonomy: Taxonomy) -> None:
    text = (
        "Account Executive\nAcme sells payroll software.\n\nWe need someone with at least four years of "
        "experience closing new business in B2B software. You must be at home in Salesforce. Ideally you "
        "have sold payments software.\n"
    )
    posting = parse_posting(text, taxonomy)
    assert find(posting, "four years").years_min == 4
    assert find(posting, "Salesforce").importance == "must"
    assert find(posting, "Ideally").importance == "nice"


def test_nearest_occupations_are_named(taxonomy: Taxonomy) -> None:
    posting = parse_posting("Journeyman Electrician\nRequirements:\n- Journeyman electrician license\n", taxonomy)
    assert any("electrician" in name for name, _ in posting.occupations)


def test_empty_posting_is_refused(taxonomy: Taxonomy) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        parse_posting("  \n\n", taxonomy)


def test_posting_over_one_megabyte_is_refused(taxonomy: Taxonomy) -> None:
    with pytest.raises(InvalidInput, match="1 MB"):
        parse_posting("Engineer\n" + "Build reliable services with Python. " * 30_000, taxonomy)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Buscamos un desarrollador de software con experiencia en Python y bases de datos para el "
            "equipo de "
            "producto. Es necesario tener tres años de experiencia y un título universitario en informática.",
            "Spanish",
        ),
        (
            "Nous recherchons un développeur avec une expérience de Python pour notre équipe de produit. "
            "Vous "
            "travaillerez avec les équipes de données et les clients dans un environnement agile.",
            "French",
        ),
        (
            "Wir suchen eine Softwareentwicklerin mit Erfahrung in Python und Datenbanken für unser Team. "
            "Sie arbeiten mit den Kunden und mit der Produktentwicklung zusammen und sind für die Qualität "
            "zuständig.",
            "German",
        ),
    ],
)
def test_non_english_posting_is_named_and_refused(taxonomy: Taxonomy, text: str, language: str) -> None:
    assert detect_language(text) == language
    with pytest.raises(InvalidInput, match=f"looks like {language}"):
        parse_posting(text, taxonomy)


def test_english_with_foreign_names_is_still_english() -> None:
    text = (
        "We are hiring a bilingual Spanish and English support agent for our office in San José. You will "
        "answer questions from customers in Mexico and the United States by phone and email."
    )
    assert detect_language(text) == "English"


# --- credentials, conditions and look-back windows (issue 3, held-out set 2) ------------------------


def test_years_in_a_look_back_window_are_not_experience() -> None:
    assert parse_years("Clean record: no more than 2 violations in 3 years") == (None, None)
    assert parse_years("no claims within the past 5 years; 2 years of driving") == (2.0, None)
    assert parse_years("over 5 years of fleet experience") == (5.0, None)


def test_an_endorsement_is_the_same_with_or_without_its_state() -> None:
    taxonomy = load_taxonomy()
    on_resume = endorsement_groups("Nevada Radiology Endorsement (2019)", taxonomy)
    in_posting = endorsement_groups("an active license with the radiology endorsement", taxonomy)
    assert on_resume == in_posting and on_resume


def test_endorsements_listed_after_a_colon_are_read() -> None:
    line = "- Endorsements: T (double/triple trailers) and N (tank vehicle)."
    groups = endorsement_groups(line, load_taxonomy())
    assert groups == (("lex:doubles_endorsement",), ("lex:tanker_endorsement",))


def test_a_state_licence_written_in_lower_case_is_a_licence() -> None:
    assert state_licence_groups("Active Nevada State respiratory care license at start") == (
        ("licence:nevada:respiratory care",),
    )
    assert state_licence_groups("licensed in Nevada and hold a valid license") == ()


def test_an_unknown_credential_is_still_a_gate() -> None:
    posting = parse_posting(
        "Strength Coach\nRequirements:\n- CSCS certification required\n- 2+ years coaching athletes\n",
        load_taxonomy(),
    )
    gates = [g for r in posting.must_haves for g in r.gates]
    assert gates and all(c.startswith("cred:") for g in gates for c in g)


def test_conditions_of_employment_are_not_requirements() -> None:
    posting = parse_posting(
        "Courier\nRequirements:\n- 1+ year of delivery experience\n"
        "- Pass a drug screen and background check\n"
        "- Valid driver's license\n",
        load_taxonomy(),
    )
    texts = " ".join(r.text for r in posting.requirements)
    assert "drug screen" not in texts and "driver's license" not in texts
    assert "delivery" in texts


def test_a_credential_abbreviation_is_not_read_as_a_technology() -> None:
    posting = parse_posting(
        "Payroll Lead\nRequirements:\n- Active Certified Payroll Professional (CPP) designation\n"
        "- FPC or CPP certification\n",
        load_taxonomy(),
    )
    skills = {c for r in posting.must_haves for g in r.groups for c in g}
    gates = [g for r in posting.must_haves for g in r.gates]
    assert "lex:cpp" not in skills
    assert ("lex:cpp_payroll",) in gates
    assert any("lex:fpc_payroll" in g and len(g) > 1 for g in gates)  # "FPC or CPP": either one
