"""Tokens and the spans of taxonomy phrases in them: the normaliser every phrase and text goes through, and the
one-pass search of the phrase automaton. Apart from skills.py, whose Taxonomy is pickled to the disk cache, so
that it can be compiled with the rest of the ranking path."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

Source = Literal["lexicon", "esco"]


@dataclass(frozen=True, init=False)
class Mention:
    """Concepts found at one place: the line index and the token span inside that line."""

    concept_ids: tuple[str, ...]
    line: int
    start: int
    end: int
    source: Source

    # written out: a frozen dataclass's generated __init__ runs as Python even when compiled, and `rank` makes
    # thousands of these
    def __init__(self, concept_ids: tuple[str, ...], line: int, start: int, end: int, source: Source) -> None:
        object.__setattr__(self, "concept_ids", concept_ids)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "source", source)


# --- normalisation ---------------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9]+(?:[.&'][a-z0-9]+)*(?:\+\+|\+|#|(?<=\.[a-z])\.)?|[,/();:.]")
_DOTNET = re.compile(r"(?<![a-z0-9])\.net\b")
_KEEP_AS_IS = frozenset(
    {"aws", "gcp", "sas", "ios", "js", "css", "has", "was", "is", "its", "this", "us", "ms"}
    # tool names that would stem to a common word ("we are looking for" is not Looker)
    | {"looker", "docker", "dagster", "cerner"}
    # credentials whose final s is not a plural ("ACL reconstruction" is not ACLS)
    | {"acls", "pals", "nrp"}
)
_NO_DOUBLE_STRIP = frozenset("lsfz")


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """A light, deterministic stemmer: plurals and -ing/-ed/-e endings, so 'managed' == 'manage'."""
    token = token.replace(".", "").replace("'", "")
    if token.startswith("licenc"):
        token = "licens" + token[6:]  # British and American spellings: a "Driver's Licence" is a "Driver's License"
    if len(token) <= 3 or not token.isalpha() or token in _KEEP_AS_IS:
        return token
    if token.endswith("ies") and len(token) > 4:
        token = token[:-3] + "y"
    elif token.endswith(("sses", "ches", "shes", "xes", "zes")):
        token = token[:-2]
    elif token.endswith("s") and not token.endswith(("ss", "us", "is")):
        token = token[:-1]
    if token.endswith("ing") and len(token) >= 7:
        token = _undouble(token[:-3])
    elif token.endswith("ed") and len(token) >= 6 and not token.endswith("eed"):
        token = _undouble(token[:-2])
    elif token.endswith("ment") and len(token) >= 9:
        token = token[:-4]
    elif token.endswith(("er", "or")) and len(token) >= 6 and token[-3] not in "aeiou":
        token = token[:-2]  # agent nouns meet their verbs: teacher/teach, supervisor/supervise
    if token.endswith("e") and len(token) > 4:
        token = token[:-1]
    return token


def _undouble(token: str) -> str:
    if len(token) > 3 and token[-1] == token[-2] and token[-1] not in _NO_DOUBLE_STRIP and token[-1].isalpha():
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    """Normalised tokens of one line; the punctuation , / ( ) ; : . stays as tokens so no phrase spans it."""
    lowered = text.lower().replace("’", "'")
    if ".net" in lowered:
        lowered = _DOTNET.sub("dotnet", lowered)
    known = _NORMAL
    out: list[str] = []
    for raw in _TOKEN.findall(lowered):
        value = known.get(raw)
        out.append(value if value is not None else _remember(raw))
    return out


def _normal_token(raw: str) -> str:
    """One raw token, normalised."""
    if raw.endswith("'s"):
        raw = raw[:-2]
    return stem(raw) if raw[0].isalpha() else raw.replace("'", "")


# raw token -> normalised token, filled as words come: the same words recur in every posting, and a dict hit
# costs less than a cached function call
_NORMAL: dict[str, str] = {}
_NORMAL_LIMIT = 200_000


def _remember(raw: str) -> str:
    value = _normal_token(raw)
    if len(_NORMAL) < _NORMAL_LIMIT:
        _NORMAL[raw] = value
    return value


def find_spans(
    automaton: Any, values: list[tuple[tuple[str, ...], Source, int]], token_lines: Sequence[Sequence[str]]
) -> list[Mention]:
    """Every phrase of the automaton (keys ' phrase ', values indexes into `values`) in the lines; per
    source, overlapping matches keep the longest."""
    joined, starts = _join_lines(token_lines)
    found: list[tuple[int, int, int, int]] = []  # (line, start token, end token, pattern)
    line, last_line = 0, len(starts) - 1
    for end_char, value in automaton.iter(joined):
        length = values[value][2]
        while line < last_line and starts[line + 1] <= end_char:
            line += 1  # matches come in order of their end, so the line only moves forward
        end_token = joined.count(" ", starts[line], end_char)  # tokens before the closing space
        found.append((line, end_token - length, end_token, value))
    return _longest_per_source(found, values)


def _join_lines(token_lines: Sequence[Sequence[str]]) -> tuple[str, list[int]]:
    """One string ' a b | c d | ' with a line break token no pattern contains, and each line's offset."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for line_tokens in token_lines:
        starts.append(offset)
        piece = " " + " ".join(line_tokens) + " |" if line_tokens else " |"
        parts.append(piece)
        offset += len(piece)
    return "".join(parts) + " ", starts


def _longest_per_source(
    found: list[tuple[int, int, int, int]], values: list[tuple[tuple[str, ...], Source, int]]
) -> list[Mention]:
    mentions: list[Mention] = []
    sources: tuple[Source, ...] = ("lexicon", "esco")
    for source in sources:
        candidates = sorted((f for f in found if values[f[3]][1] == source), key=lambda f: (f[0], -(f[2] - f[1]), f[1]))
        taken: dict[int, list[tuple[int, int]]] = {}
        for line, start, end, value in candidates:
            spans = taken.setdefault(line, [])
            if spans and any(start < e and s < end for s, e in spans):
                continue
            spans.append((start, end))
            mentions.append(Mention(values[value][0], line, start, end, source))
    mentions.sort(key=lambda m: (m.line, m.start))
    return mentions
