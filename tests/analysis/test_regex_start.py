"""The lookahead `compile_scanning` puts first must change no match: tested against the plain patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offergap.analysis import (
    fit,
    posting_credentials,
    posting_layout,
    posting_levels,
    posting_text,
    postings,
    resumes,
    work_rights,
)
from offergap.analysis.regex_start import compile_scanning, first_characters
from offergap.examples import example_workbook

_PREFIX = re.compile(r"^\(\?=\[((?:\\.|[^\]\\])*)\]\)\(\?:(.*)\)$", re.S)


def _module_patterns() -> Iterator[re.Pattern[str]]:
    modules = (fit, posting_credentials, posting_layout, posting_levels, posting_text, postings, resumes, work_rights)
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, posting_text._Folded):
                yield value.pattern
                yield value._twin
            elif isinstance(value, re.Pattern):
                yield value
            elif isinstance(value, tuple):
                yield from (item for entry in value if isinstance(entry, tuple) for item in entry
                            if isinstance(item, re.Pattern))


def _rewritten() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(the module's pattern, the same pattern compiled plainly) for every pattern that got a lookahead."""
    pairs = []
    for pattern in _module_patterns():
        found = _PREFIX.match(pattern.pattern)
        if found:
            pairs.append((pattern, re.compile(found.group(2), pattern.flags)))
    return pairs


REWRITTEN = _rewritten()


def _corpus() -> list[str]:
    book = example_workbook().model_dump_json()
    lines = [line for line in re.split(r"\\n|\n|(?<=[.;])\s", book) if line.strip()]
    return lines + [line.lower() for line in lines] + [line.upper() for line in lines]


CORPUS = _corpus()


def _same_matches(scanning: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    found = [(m.span(), m.groups()) for m in scanning.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], (plain.pattern, text)
    assert (scanning.match(text) is None) == (plain.match(text) is None)


def test_the_posting_and_fit_patterns_are_scanned() -> None:
    assert len(REWRITTEN) > 100  # a lookahead took: the rest of this file tests something


@pytest.mark.parametrize("text", CORPUS[:400])
def test_every_rewritten_pattern_matches_as_the_plain_one_on_real_text(text: str) -> None:
    for scanning, plain in REWRITTEN:
        _same_matches(scanning, plain, text)


_TEXT = st.text(alphabet=st.sampled_from("aAbBcCeEiIlLnNoOrRsStTuUyY ,.;:()-/'0123\nſKé"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_every_rewritten_pattern_matches_as_the_plain_one_on_any_text(text: str) -> None:
    for scanning, plain in REWRITTEN:
        _same_matches(scanning, plain, text)


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"clearance|licen[cs]|\bfluen", re.I, set("clf")),
        (r"(?<![\w.])(?:CPA|EA)\b", 0, set("CE")),
        (r"\b(?:you (?:must|need)|to be considered)", 0, set("yt")),
        (r"(?:ab)?c", 0, set("ac")),
        (r"x{2,3}y", 0, {"x"}),
    ],
)
def test_the_first_characters_of_a_pattern(pattern: str, flags: int, expected: set[str]) -> None:
    assert first_characters(pattern, flags) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"x*", r"^\W*or\b", r"(?:a|)b?", r"[^a]b", r"\d+ years", r".ab"])
def test_no_first_characters_when_a_match_may_start_with_anything_or_be_empty(pattern: str) -> None:
    assert first_characters(pattern) is None


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"zz|qq", 0), (r"(?i)\bzz", 0), (r"\bzz # a comment", re.X), (r"\d+\bzz", 0), (r"[A-Z][a-z]+", 0)],
)
def test_patterns_re_scans_well_or_that_cannot_take_a_lookahead_stay_as_written(pattern: str, flags: int) -> None:
    assert compile_scanning(pattern, flags).pattern == pattern


def test_a_lookahead_goes_first_where_a_zero_width_test_or_ignored_case_slowed_the_scan() -> None:
    assert compile_scanning(r"\bzzz\b").pattern == r"(?=[z])(?:\bzzz\b)"
    assert compile_scanning(r"clearance|licen[cs]", re.I).pattern == r"(?=[cl])(?:clearance|licen[cs])"
