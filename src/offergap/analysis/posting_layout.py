"""Postings pasted with their line breaks lost: a job board's page copied into one long line, where wide
gaps, "**" or ">>" markers, mid-line bullets and headers run into their first item are all that is left
of the layout. Such a line is cut back into the lines it had; other lines are left as they are."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from offergap.analysis.regex_start import compile_scanning

# A line this long with at least two marks of a lost layout was pasted, not written as a paragraph.
_PASTED_LENGTH = 200
# "~~", "––", " :: " and " || " are the "--" of other boards
_SEGMENT_BREAK = compile_scanning(r"\s{2,}|\s*(?:\*{2,}|>>|~~|––)\s*|\s(?:--|:{2,3}|\|\|)\s|(?<=:)--\s")
# what a job board prints around a posting, copied with it: not the employer's words
_BOARD_JUNK = compile_scanning(
    r"^[\W_]*(?:apply now|easy apply|apply|save|saved|show more|show less|show more show less|report job|"
    r"report this job|promoted|urgently hiring|actively recruiting|be an early applicant|"
    r"posted \d+\+? (?:days?|hours?|weeks?) ago|\d+ applicants?|see who .{0,40} hired for this role|"
    # a career site's breadcrumbs and buttons: "< Back to search results", "Careers at …", "Apply  Save  Share"
    r"back to (?:search results|results|jobs|all jobs|job search|search|job listings|careers)|"
    r"(?:careers|jobs|job openings) at [^.:]{1,50}|(?:(?:apply|save|share)(?: this job)?\s*){2,3})[\W_]*$",
    re.I,
)
# a line that may be a board button, found in one scan of the text (a literal newline first lets the
# engine skip ahead) before any line is matched against _BOARD_JUNK
_MAY_BE_JUNK = compile_scanning(
    r"\n[^\w\n]*(?:apply|save|show m|show l|report j|report t|promoted|urgently|actively|be an early|posted \d|"
    r"\d+ applicant|see who|back to|careers at|jobs at|job openings at)"
)
# a mark of a lost layout, looked for before the marks are counted
_LAYOUT_MARKS = ("  ", "\t", "**", ">>", "•", "▪", "●", "◦", "·", "▸", "»", " -- ", "~~", "––", " :: ", " ::: ", " || ")
_MID_BULLET = compile_scanning(r"\s[•▪●◦·▸»]\s*")
_STAR_BULLET = compile_scanning(r"\s\*\s+(?=\S)")
_DASH_BULLET = compile_scanning(r"\s[-–]\s+(?=\S)")
_NUMBERED = compile_scanning(r"\s\d{1,2}[.)]\s+(?=[A-Za-z])")
_O_BULLET = compile_scanning(r"\so\s+(?=[A-Z])")
# where a header may start: a segment's or sentence's start, after a bullet, or an ALL-CAPS header run on
# after the last item ("... fieldwork PREFERRED: -- NBIS")
_SENTENCE_START = compile_scanning(
    r"(?:^|(?<=[.!?])\s+|(?<=[•▪●◦·▸»|])\s*|(?<=[a-z0-9)])\s+(?=[A-Z][A-Z' ]{3,40}(?:\([^)]*\))?:)|"
    # "... the Guide for the Care and Use of Laboratory Animals Requirements: • High school diploma"
    r"(?<=[a-z0-9)\"%])\s+(?=(?:Minimum |Basic |Preferred |Required |Key |Job )?"
    r"(?:Requirements|Qualifications|Preferred|"
    r"Responsibilities|Duties|Benefits|Schedule|Skills|Education|Nice to have|Must have|What you need|Work Location)"
    r"\s*:))"
)
_TRAILING_JUNK = compile_scanning(
    r"(?:[\s.]*(?:show more|show less|report (?:this )?job|apply now|apply online|easy apply|promoted|"
    r"save(?: job)?)\b)+[\W_]*$",
    re.I,
)
_AFTER_COLON = compile_scanning(r"^\s*[-–•▪*]*\s*")
# the words a section header starts with; "FLUENT SPANISH REQUIRED: must pass the exam" is an item
_SECTION_WORD = compile_scanning(
    r"(?i)(?:the |your |our |key |job |position |minimum |basic |required |preferred |desired |additional |"
    r"essential |special |other )?"
    r"(?:about|what|who|why|how|you|requirements?|required|qualifications?|preferred|nice|bonus|must|education|"
    r"experience|skills|licen[cs]\w*|certif\w*|physical|work|schedule|benefits|perks|compensation|pay|salary|"
    r"duties|responsibilities|summary|overview|role|job|position|functions|tasks|desired|ideal|plus|"
    r"knowledge|abilities|competenc\w*|training|eligibility|apply)\b"
)


def reflow(lines: Sequence[str], is_header: Callable[[str], bool]) -> tuple[list[str], list[int]]:
    """The lines with each pasted line cut back into its own lines, and for every line out the index of
    the line it came from."""
    lines = [_with_plain_marks(line) if len(line) >= _PASTED_LENGTH else line for line in lines]
    pasted = {i for i, line in enumerate(lines) if _pasted(line)}
    if not pasted and not _MAY_BE_JUNK.search("\n" + "\n".join(lines).lower()):
        return list(lines), list(range(len(lines)))  # the usual case: nothing pasted, no board buttons
    out: list[str] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        pieces = _pieces(line, is_header) if index in pasted else ["" if _junk(line) else line]
        out += pieces
        origin += [index] * len(pieces)
    return out, origin


def _pasted(line: str) -> bool:
    if len(line) < _PASTED_LENGTH:
        return False
    if not any(mark in line for mark in _LAYOUT_MARKS):
        # "Responsibilities: - Lead the department - Serve as ... Requirements: - B.S. in ...": headers that
        # open dash lists, twice or more
        return ":" in line and (
            (len(_HEADED_DASH_LIST.findall(line)) >= 2 and len(_DASH_BULLET.findall(line)) >= 3)
            or len(_RUN_IN_HEADER.findall(line)) >= 3
        )
    # dashes alone do not tell a list from a paragraph that uses them as punctuation
    marks = len(_SEGMENT_BREAK.findall(line)) + len(_MID_BULLET.findall(line))
    return marks >= 2 or (marks == 1 and len(_DASH_BULLET.findall(line)) >= 3)


_HEADED_DASH_LIST = compile_scanning(r"\b[A-Za-z][A-Za-z' ]{2,40}:\s*[-–]\s")
# "... and care plans. Minimum Qualifications: Bachelor of Science in Nursing ... Preferred Qualifications:
# RAC-CT. Epic experience. Pay Range: ...": section headers run on after sentences, three or more of them
_RUN_IN_HEADER = compile_scanning(
    r"(?:[.!?)]|\s[-–])\s+(?:Minimum |Basic |Preferred |Required |Key |Job )?(?:Requirements|Qualifications|"
    r"Responsibilities|Duties|Benefits|Schedule|Skills|Education|Summary|Nice to have|Must have|Work Location|"
    r"Pay Range|Preferred)\s*:"
)
# "... speak Spanish only. Requirements - Fluent Spanish - 2+ years ... Preferred - CBS": a header that lost
# its line break and its colon, after a sentence's end and before a dash list
_BARE_HEADER = compile_scanning(
    r"(?<=[.!?] )((?:Minimum |Basic |Preferred |Required |Key )?(?:Requirements|Qualifications|Preferred|"
    r"Responsibilities|Duties|Nice to have|Must have|Benefits|Skills|Education))(?= [-–] )"
)


def _with_plain_marks(line: str) -> str:
    return _with_header_colons(_with_dash_breaks(line))


def _with_header_colons(line: str) -> str:
    return _BARE_HEADER.sub(r"\1:", line) if " - " in line or " – " in line else line


# "... a year. — Requirements: * PA(ASCP) ... — Preferred: * ...": spaced em dashes that open sections break the
# line as "--" does; one in a sentence is punctuation
_DASHED_HEADER = compile_scanning(r"\s—\s+(?=[A-Z][\w'’ ]{1,40}:)")


def _with_dash_breaks(line: str) -> str:
    if " — " not in line or len(_DASHED_HEADER.findall(line)) < 2:
        return line
    return line.replace(" — ", " -- ")


def _pieces(line: str, is_header: Callable[[str], bool]) -> list[str]:
    """The lines a pasted line held; after the first header every piece is an item of a list, so a short
    one ("NBIS experience") is not taken for a header of its own."""
    pieces: list[str] = []
    in_section = False
    for segment in _SEGMENT_BREAK.split(line):
        for part, header in _split_headers(segment.strip(), is_header):
            if header:
                pieces.append(part)
                in_section = True
                continue
            items = _items(part)
            pieces += [_as_item(i) for i in items] if in_section else items
    pieces = [_TRAILING_JUNK.sub("", p) if p.endswith(("more", "less", "job", "now", ".")) else p for p in pieces]
    return [p for p in pieces if p.strip(" -•") and not _junk(p.lstrip("- "))]


def _as_item(text: str) -> str:
    return text if text.startswith(("-", "•", "*")) else f"- {text}"


def _junk(line: str) -> bool:
    return bool(line) and len(line) < 60 and _BOARD_JUNK.match(line) is not None


def _split_headers(segment: str, is_header: Callable[[str], bool]) -> list[tuple[str, bool]]:
    """ "You need: • 5+ years", "...12 months. REQUIREMENTS:- Mate": a header at the segment's or a
    sentence's start, cut off from what follows it; (text, is a header) pairs."""
    colon = segment.find(":")
    while colon > 0:
        start = _header_start(segment, colon, is_header)
        if start is not None:
            before, head, rest = segment[:start].strip(), segment[start : colon + 1], segment[colon + 1 :]
            rest = _AFTER_COLON.sub("", rest, count=1)
            out = [(before, False)] if before else []
            out.append((head.strip(), True))
            return out + (_as_items(_split_headers(rest, is_header)) if rest else [])
        colon = segment.find(":", colon + 1)
    return [(segment, False)]


def _header_start(segment: str, colon: int, is_header: Callable[[str], bool]) -> int | None:
    starts = [m.end() for m in _SENTENCE_START.finditer(segment) if m.end() < colon]
    for start in starts:
        # "Preferred (not required, please apply if you meet the required qualifications):" is judged without its aside
        candidate = _ASIDE.sub("", segment[start:colon]).strip()
        if candidate and len(candidate.split()) <= 6 and _SECTION_WORD.match(candidate) and is_header(f"{candidate}:"):
            return start
    return None


_ASIDE = compile_scanning(r"\s*\([^()]*\)\s*$")


def _as_items(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """What a run-in header opens is a list, even when its first item has no bullet of its own."""
    if parts and not parts[0][1]:
        parts[0] = (_as_item(parts[0][0]), False)
    return parts


def _items(text: str) -> list[str]:
    """A segment holding a list run together: "• operate buses • assist riders", "1. raise 2. plumb-up",
    "- Mate (Pilot) - 4+ years as a pilot"; each kind of bullet is cut in turn."""
    parts = [text]
    for pattern, least in _LIST_MARKS:
        parts = [item for part in parts for item in _split_list(part, pattern, least)]
    return parts


def _split_list(text: str, pattern: re.Pattern[str], least: int) -> list[str]:
    if len(pattern.findall(f" {text}")) < least:
        return [text]
    head, *items = pattern.split(f" {text}")
    first = [head.strip()] if head.strip() else []
    return first + [f"- {item.strip()}" for item in items if item.strip()]


_LIST_MARKS = ((_MID_BULLET, 1), (_STAR_BULLET, 2), (_NUMBERED, 2), (_O_BULLET, 2), (_DASH_BULLET, 2))
