"""Canada's second-language profiles: a federal posting's "Bilingual - Imperative (CBC/CBC)" against the
second-language evaluation a resume reports ("French second-language evaluation: CBC"). Each letter is a
level, in order reading, writing and oral: A, B, C, and E (exempt) or P (specialised) above C."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from offergap.analysis.regex_start import compile_scanning


@dataclass(frozen=True)
class ProfileGap:
    """The profile a posting asks and what the resume shows, as the explanation quotes them."""

    asked: str  # "CCC"
    held: str  # "CBC", or "" when the resume reports no evaluation
    posting_line: int  # 1-based


_RANK = {"A": 1, "B": 2, "C": 3, "E": 4, "P": 4}
_SKILLS = ("reading", "writing", "oral")
# "Bilingual - Imperative (CCC/CCC)", "bilingual imperative BBB/BBB", "at or above the CBC profile"
# (written as a pair, as a profile, or right after "imperative", so that "Bilingual; CPA required" asks none)
_ASKED = compile_scanning(
    r"(?i:bilingual|imperative|second[- ]language|language (?:requirement|profile)|profile)[^.\n]{0,60}?"
    r"\b([ABCEP]{3})/[ABCEP]{3}\b"
    r"|\b([ABCEP]{3})(?:/[ABCEP]{3})? (?i:profile|level)\b"
    r"|(?i:imperative)\W{1,4}([ABCEP]{3})\b"
)
_HELD = compile_scanning(
    r"(?i:second[- ]language evaluation|\bSLE\b|second official language|language evaluation)"
    r"[^.\n]{0,40}?\b([ABCEPX]{3})\b"
)


def asked_profile(lines: Sequence[str]) -> tuple[str, int] | None:
    """The profile a posting asks, with its 1-based line, when it names one."""
    for number, line in enumerate(lines, start=1):
        if "/" in line or "profile" in line.lower() or "mperative" in line:
            found = _ASKED.search(line)
            if found:
                return found.group(1) or found.group(2) or found.group(3), number
    return None


def held_profile(lines: Sequence[str]) -> str | None:
    """The profile a resume reports ("CBC"), "" when it says it has none, None when it says nothing."""
    for line in lines:
        found = _HELD.search(line)
        if found:
            return found.group(1)
        if _NO_RESULTS.search(line):
            return ""
    return None


_NO_RESULTS = re.compile(r"\bno (?:\w+ )?second[- ]language evaluation\b", re.I)


def profile_gap(posting_lines: Sequence[str], resume_lines: Sequence[str]) -> ProfileGap | None:
    """The posting's profile when the resume reports a lower one, or reports none."""
    asked = asked_profile(posting_lines)
    if asked is None:
        return None
    held = held_profile(resume_lines)
    if held is None or (held and covers(held, asked[0])):
        return None
    return ProfileGap(asked[0], held, asked[1])


def covers(held: str, asked: str) -> bool:
    """Each skill at or above the level asked; an "X" (not assessed) meets nothing but an "X" asked."""
    return all(h == a or _RANK.get(h, 0) >= _RANK.get(a, 0) for h, a in zip(held, asked, strict=True))


def describe(gap: ProfileGap) -> str:
    if not gap.held:
        return f"no second-language evaluation on the resume for the {gap.asked} profile asked"
    short = [s for s, h, a in zip(_SKILLS, gap.held, gap.asked, strict=True) if not covers(h, a)]
    return f"second-language profile {gap.held} below the {gap.asked} asked ({', '.join(short)})"
