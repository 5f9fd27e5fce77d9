"""The right to work in a country other than the US, asked by a posting and held by a resume."""

from __future__ import annotations

import pytest

from offergap.analysis.work_rights import holds_work_right, work_right_groups, work_right_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("candidates who are already legally entitled to work in Canada", (("workright:canada",),)),
        ("You must have the right to work in the UK.", (("workright:united kingdom",),)),
        ("must be authorized to work in the United States", ()),
        ("Experience working in Spain is a plus", ()),
    ],
)
def test_the_country_asked(text: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert work_right_groups(text) == expected


@pytest.mark.parametrize(
    ("lines", "held"),
    [
        (["Ana Ruiz", "Toronto, ON, Canada | ana@example.com"], True),
        (["Ana Ruiz", "Seattle, WA", "Canadian citizen; TN visa holder"], True),
        (["Ana Ruiz", "Seattle, WA", "", "EXPERIENCE", "Volunteer, Habitat for Humanity, Toronto, Canada"], False),
        (["Ana Ruiz", "Seattle, WA", "Citizenship: United States"], False),
    ],
)
def test_the_right_held(lines: list[str], held: bool) -> None:
    assert holds_work_right("workright:canada", lines) is held


def test_an_eu_citizen_may_work_in_spain_but_not_in_canada() -> None:
    lines = ["Ana Ruiz", "Boston, MA", "EU citizen (Irish passport)"]
    assert holds_work_right("workright:spain", lines)
    assert not holds_work_right("workright:canada", lines)
    assert work_right_name("workright:spain") == "the right to work in Spain"
