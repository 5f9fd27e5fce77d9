"""Postings pasted into one line are cut back into their lines before they are read."""

from __future__ import annotations

import pytest

from offergap.analysis.posting_layout import reflow
from offergap.analysis.postings import _is_header, parse_posting

PASTED = (
    "Relief Captain (Development Track)  Ohio Valley Marine  Paducah, KY  $780-$900/day  Full-time  "
    "ABOUT THE PROGRAM: experienced pilots move into a relief captain role on our line-haul boats.  "
    "REQUIREMENTS:- Mate (Pilot) of Towing Vessels, Western Rivers - 4+ years as a pilot on line-haul "
    "towboats - Radar Observer (Rivers) - TWIC  PREFERRED:- Subchapter M TSMS familiarity - Leadership "
    "training  ⚓ Apply now  Show more  Report job"
)


def test_a_pasted_line_is_cut_at_its_headers_and_bullets() -> None:
    lines, origin = reflow([PASTED], _is_header)
    assert lines[0] == "Relief Captain (Development Track)"
    start = lines.index("REQUIREMENTS:")
    assert lines[start + 1 : start + 5] == [
        "- Mate (Pilot) of Towing Vessels, Western Rivers",
        "- 4+ years as a pilot on line-haul towboats",
        "- Radar Observer (Rivers)",
        "- TWIC",
    ]
    assert lines[start + 5] == "PREFERRED:"
    assert set(origin) == {0}


def test_job_board_buttons_are_dropped() -> None:
    lines, _ = reflow([PASTED, "Show more", "Easy Apply"], _is_header)
    assert not {"Apply now", "Show more", "Report job", "Easy Apply"} & set(lines)
    assert lines[-2:] == ["", ""]


def test_a_long_paragraph_is_left_whole() -> None:
    prose = " ".join(["You will plan the maintenance of the mill - the paper machines, the boilers and more."] * 4)
    assert reflow([prose], _is_header) == ([prose], [0])


def test_a_pasted_posting_is_read_like_the_same_posting_with_its_lines() -> None:
    pasted = parse_posting(PASTED)
    assert pasted.title == "Relief Captain (Development Track)"
    musts = [r.text for r in pasted.must_haves]
    assert "4+ years as a pilot on line-haul towboats" in musts
    assert "Subchapter M TSMS familiarity" in [r.text for r in pasted.nice_to_haves]
    assert {r.line for r in pasted.requirements} == {1}  # the line the user gave, not an invented one
    assert not any("Show more" in text or "Report job" in text for text in musts)


def test_numbered_and_dotted_lists_in_one_line() -> None:
    line = (
        "STEEL ERECTION TECHNICIAN *** The job: 1. raise and connect members 2. plumb-up and bolting "
        "3. field weld connections *** You need: • 5+ years hands-on structural steel erection • AWS D1.1 "
        "welding qualification • OSHA 30 *** Benefits: health, dental, 401k"
    )
    lines, _ = reflow([line], _is_header)
    assert lines[lines.index("The job:") + 1] == "- raise and connect members"
    assert lines[lines.index("You need:") + 1 : lines.index("You need:") + 4] == [
        "- 5+ years hands-on structural steel erection",
        "- AWS D1.1 welding qualification",
        "- OSHA 30",
    ]


def test_an_item_with_a_label_is_not_a_header_and_is_not_joined_to_the_next() -> None:
    line = (
        "Deputy  REQUIREMENTS:-- Active Florida Corrections Officer certification -- 2+ years of jail experience "
        "-- FLUENT SPANISH REQUIRED: must pass the oral and written Spanish proficiency exam before an offer is "
        "made -- HS diploma/GED   PREFERRED:-- CIT"
    )
    parsed = parse_posting(line)
    spanish = [r for r in parsed.must_haves if r.kind == "language"]
    assert [r.text for r in spanish] == [
        "FLUENT SPANISH REQUIRED: must pass the oral and written Spanish proficiency exam before an offer is made"
    ]


def test_after_a_header_every_piece_is_an_item_and_trailing_buttons_go() -> None:
    line = (
        "Background Investigator II -- Federal Contract -- Acme Investigations -- $31.00 - $38.50 per hour -- "
        "SUMMARY: Investigators wanted for Tier 3 and Tier 5 fieldwork. REQUIRED: -- Active Secret clearance -- "
        "3+ years of background investigation fieldwork PREFERRED: -- NBIS experience -- Spanish language ability "
        "-- bachelor's degree. Show more. Report job."
    )
    lines, _ = reflow([line], _is_header)
    assert lines[-4:] == ["PREFERRED:", "- NBIS experience", "- Spanish language ability", "- bachelor's degree"]
    parsed = parse_posting(line)
    assert [r.text for r in parsed.nice_to_haves if r.kind == "language"] == ["Spanish language ability"]


def test_headers_between_bullets_and_dashed_items_inside_them() -> None:
    line = (
        "Forklift Technician III | Capital City Lift | Columbus, OH • Full-time • $33 - $41 an hour • • "
        "REQUIREMENTS: - 5+ years as a forklift technician - OEM factory training - read schematics • • "
        "NICE TO HAVE: Raymond or Crown experience • • BENEFITS: medical, 401(k)"
    )
    lines, _ = reflow([line], _is_header)
    start = lines.index("REQUIREMENTS:")
    assert lines[start + 1 : start + 4] == [
        "- 5+ years as a forklift technician",
        "- OEM factory training",
        "- read schematics",
    ]


@pytest.mark.parametrize(
    ("section", "bullet"),
    [(" ~~ ", " • "), (" –– ", " » "), (" — ", " * "), (" ▸ ", "; "), (" ::: ", " :: "), (" || ", " * ")],
)
def test_other_boards_section_marks_and_bullets_cut_a_pasted_line(section: str, bullet: str) -> None:
    text = section.join(
        [
            "Medical Dosimetrist | Tri-River Oncology | Full-time | Work from home",
            "Tri-River Oncology runs 14 radiation oncology centers in four states and plans for all of them.",
            "Requirements:" + bullet.join(["", "Certified Medical Dosimetrist (CMD)", "5+ years of treatment planning",
                                           "Advanced Eclipse VMAT planning"]),
            "Preferred:" + bullet.join(["", "RayStation experience", "Proton planning experience", "Spanish"]),
            "Pay $130,000-$150,000 salary and full benefits. Tri-River Oncology is an equal opportunity employer.",
        ]
    )
    posting = parse_posting(text)
    importance = {r.text: r.importance for r in posting.requirements}
    assert importance.get("Proton planning experience") == "nice"
    assert importance.get("RayStation experience") == "nice"
    assert posting.years_min == 5


def test_a_paragraph_with_one_spaced_em_dash_is_left_whole() -> None:
    prose = " ".join(["You will plan the maintenance of the mill — the paper machines and the boilers."] * 3)
    assert reflow([prose], _is_header) == ([prose], [0])


def test_a_header_with_an_aside_before_its_colon_still_opens_its_section() -> None:
    text = (
        "Program Officer | Whitcombe Family Foundation | Cincinnati, OH | Full-time || We fund education and youth "
        "programs across Greater Cincinnati and award about $14 million a year to 60-70 grantees. || What you bring "
        "(required): bachelor's degree * at least four years of grantmaking experience * nonprofit financial analysis "
        "|| Preferred (not required, please apply if you meet the required qualifications): master's degree in "
        "public policy * Spanish language skills * training in program evaluation || Benefits: full health coverage"
    )
    importance = {r.text: r.importance for r in parse_posting(text).requirements}
    assert importance.get("Spanish language skills") == "nice"
    assert importance.get("at least four years of grantmaking experience") == "must"
