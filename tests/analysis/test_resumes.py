"""Resume understanding: years from date ranges, evidence lines, degrees, credentials, level, focus."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from offergap.analysis.resumes import ResumeProfile, parse_resume
from offergap.analysis.skills import Taxonomy, load_taxonomy
from offergap.errors import InvalidInput

RESUME = """JORDAN ELLIS
Minneapolis, MN

SUMMARY
Customer support team lead with seven years in software support. Fluent in English and Spanish.

EXPERIENCE
Customer Support Team Lead, Northwind Payroll, Minneapolis, MN (2023-present)
- Lead a team of 8 support agents handling 9,000 tickets a month in Zendesk.
- Raised CSAT from 86% to 93% with weekly QA reviews.

Customer Support Specialist, BrightCart (Jan 2019 - Dec 2022)
- Answered chats in Intercom about orders and payments.

Support Intern, Acme (Summer 2018)
- Tagged tickets in Zendesk.

SKILLS
Zendesk, Intercom, Salesforce Service Cloud, Jira

CERTIFICATIONS
Zendesk Support Administrator, 2024
Studying for the PMP exam

EDUCATION
B.A., Communication Studies, University of Minnesota, 2019
"""

TEACHER = """REBECCA THORNTON
CERTIFICATION
Washington State Residency Teacher Certificate,
with Elementary Education (K-8) and Reading (P-12) endorsements
EXPERIENCE
Third Grade Teacher, Lincoln Heights Elementary (2020-present)
- Daily guided reading groups and structured phonics.
EDUCATION
Master in Teaching, Elementary Education, Pacific Lutheran University, 2020
"""


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def resume(taxonomy: Taxonomy) -> ResumeProfile:
    return parse_resume(RESUME, date(2026, 1, 1), taxonomy)


def test_jobs_and_years_from_date_ranges(resume: ResumeProfile) -> None:
    titles = [job.title for job in resume.jobs]
    assert titles == ["Customer Support Team Lead", "Customer Support Specialist", "Support Intern"]
    lead, specialist, intern = resume.jobs
    assert lead.years == pytest.approx(3.0, abs=0.05)
    assert specialist.years == pytest.approx(3 + 11 / 12, abs=0.05)
    assert intern.kind == "internship" and intern.years == pytest.approx(0.25)
    # full-time years plus half of the internship
    assert resume.total_years == pytest.approx(3.0 + 3 + 11 / 12 + 0.125, abs=0.05)
    assert resume.claimed_years == 7


def test_skills_are_evidenced_by_an_experience_line(resume: ResumeProfile) -> None:
    zendesk = resume.evidence["lex:zendesk"]
    assert "9,000 tickets" in zendesk.text
    assert resume.lines[zendesk.line].strip().endswith(zendesk.text)


def test_per_skill_years(resume: ResumeProfile) -> None:
    assert resume.years_for(["lex:zendesk"]) == pytest.approx(3.25, abs=0.05)
    assert resume.years_for(["lex:intercom"]) == pytest.approx(3 + 11 / 12, abs=0.05)
    assert resume.years_for(["lex:jira"]) == 0.0  # only in the skills list


def test_credentials_held_and_in_progress(resume: ResumeProfile) -> None:
    assert "lex:zendesk_admin_cert" in resume.credentials
    assert "lex:pmp" in resume.pending_credentials and "lex:pmp" not in resume.have


def test_languages_and_degrees(resume: ResumeProfile) -> None:
    assert {"lex:english", "lex:spanish"} <= resume.languages
    assert resume.max_degree == 2
    assert "communication" in resume.degrees[0].fields


def test_level_from_the_latest_title(resume: ResumeProfile) -> None:
    assert resume.level_name == "senior" and resume.level_from_title


def test_level_from_years_when_the_title_is_silent(taxonomy: Taxonomy) -> None:
    junior = parse_resume(
        "Software Developer, Acme (Sept 2025-present)\n- Python and Django\n", date(2026, 11, 1), taxonomy
    )
    assert junior.level_name == "entry" and not junior.level_from_title


def test_endorsements_are_credentials(taxonomy: Taxonomy) -> None:
    teacher = parse_resume(TEACHER, date(2026, 1, 1), taxonomy)
    assert {"endorse:elementary education", "endorse:read", "lex:teaching_certificate"} <= set(teacher.credentials)
    assert teacher.max_degree == 3


def test_occupation_profile_and_focus(taxonomy: Taxonomy, resume: ResumeProfile) -> None:
    assert resume.families[0][0] == "Customer support and experience"
    assert resume.focus == 1.0
    mixed = parse_resume(
        "EXPERIENCE\nRegistered Nurse, City Hospital (2015-2019)\n- Telemetry\n"
        "Software Developer, Acme (2019-2023)\n- Python\n",
        date(2024, 1, 1),
        taxonomy,
    )
    assert mixed.focus == pytest.approx(0.5, abs=0.01)
    assert resume.occupations and all(0 < weight <= 1 for _, weight in resume.occupations)


def test_empty_resume_is_refused(taxonomy: Taxonomy) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        parse_resume("\n  \n", taxonomy=taxonomy)


def test_non_english_resume_is_refused(taxonomy: Taxonomy) -> None:
    with pytest.raises(InvalidInput, match="not English"):
        parse_resume(
            "软件工程师，五年经验。熟悉数据库和云计算，负责后端服务的设计与开发，带领团队完成多个项目。",
            taxonomy=taxonomy,
        )


LICENSED = """JORDAN PIKE
LICENCES
- Professional Engineer (Mechanical), Ohio, No. PE.81234, since 2020
- Nevada Respiratory Care License, active
- Class A CDL. Endorsements: T (doubles). No hazmat (H) endorsement.
EXPERIENCE
Mechanical Engineer, Buckeye Plant Design, Columbus, OH (Jun 2016-present)
- Design process piping and pumps for food plants.
"""


def test_a_licence_listed_under_a_licences_header_is_held(taxonomy: Taxonomy) -> None:
    profile = parse_resume(LICENSED, date(2026, 11, 1), taxonomy)
    assert "lex:pe_licence" in profile.credentials
    assert "licence:nevada:respiratory care" in profile.credentials
    assert {"Ohio", "Nevada"} <= set(profile.credential_states)


def test_a_credential_the_resume_denies_is_not_held(taxonomy: Taxonomy) -> None:
    profile = parse_resume(LICENSED, date(2026, 11, 1), taxonomy)
    assert "lex:doubles_endorsement" in profile.credentials
    assert "lex:hazmat_endorsement" not in profile.credentials


@pytest.mark.parametrize(
    ("line", "held", "pending"),
    [
        ("- BLS, American Heart Association (ACLS held 2014-2019, lapsed)", {"lex:bls"}, {"lex:acls"}),
        ("- ACLS (expired 2019)", set(), {"lex:acls"}),
        ("- PMP (exam scheduled)", set(), {"lex:pmp"}),
    ],
)
def test_a_lapsed_credential_in_a_parenthesis_is_its_own(
    taxonomy: Taxonomy, line: str, held: set[str], pending: set[str]
) -> None:
    text = (
        "Jane Doe\nRegistered Nurse\n\nLICENSES AND CERTIFICATIONS\n"
        f"{line}\n\nEXPERIENCE\nStaff Nurse, Mercy Hospital, 2015 - Present\n"
        "- Patient care on a 30-bed medical-surgical unit with telemetry.\n"
    )
    found = parse_resume(text, date(2026, 11, 1), taxonomy)
    assert set(found.credentials) & (held | pending) == held
    assert set(found.pending_credentials) == pending


def test_what_is_derived_once_per_resume_is_kept_not_recomputed(resume: ResumeProfile) -> None:
    # `rank` asks for these with every posting; the compiled build has no instance __dict__ to cache them in
    assert resume.evidence_lines_by_word is resume.evidence_lines_by_word
    assert resume.year_claims is resume.year_claims
    assert resume.acronyms is resume.acronyms
    copy = dataclasses.replace(resume, lines=resume.lines[:1])
    assert copy.evidence_lines_by_word is not resume.evidence_lines_by_word
