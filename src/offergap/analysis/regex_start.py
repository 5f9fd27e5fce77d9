"""Patterns compiled to skip, in C, the positions where no match can start.

Python's re tries a search pattern at every position of the text unless the pattern opens with a literal or a
character set. An alternation of words ("clearance|licen[cs]|certificat|\\bfluen") opens with neither, so each
position of a long line costs a try of every branch. `compile_scanning` works out the characters a match can
start with and puts them first as a lookahead, "(?=[bcfl])", which the engine scans for quickly: the same
matches, at the same places, with the same groups, up to three times faster on long text.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser re uses itself; private, so any change to it means the plain pattern is compiled
    from re import _constants as _c  # type: ignore[attr-defined,unused-ignore]
    from re import _parser  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # pragma: no cover - Python keeps these from 3.11 on
    _parser = None

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT) if _parser is not None else ()
# a lookahead over more characters than this skips too little to pay for itself
_MOST_CHARACTERS = 48
# the widest range of characters spelled out ("[a-z]" is 26)
_WIDEST_RANGE = 64


def compile_scanning(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, opened by a lookahead on its possible first characters where they are few.
    Verbose patterns, patterns that may match the empty string and those whose first character may be any of
    many are compiled as they are."""
    plain = re.compile(pattern, flags)
    if flags & re.VERBOSE or (pattern.startswith("(?") and _inline_flags(pattern)):
        return plain
    items = _parsed(pattern, flags)
    if items is None or not (flags & re.IGNORECASE or _opens_with_assertion(items)):
        return plain  # re scans for a pattern's opening literal or set itself, faster than for a lookahead
    first = _first_of_pattern(items)
    if not first or len(first) > _MOST_CHARACTERS:
        return plain
    characters = "".join(re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{characters}])(?:{pattern})", flags)


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a non-empty match must start with (as written: re.IGNORECASE applies to the lookahead
    too), or None when any character may start one, or the pattern may match the empty string."""
    items = _parsed(pattern, flags)
    return None if items is None else _first_of_pattern(items)


def _parsed(pattern: str, flags: int) -> list[tuple[Any, Any]] | None:
    if _parser is None:
        return None
    try:
        return list(_parser.parse(pattern, flags))
    except (re.error, ValueError, TypeError):
        return None


def _first_of_pattern(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    try:
        found, empty = _first_of_sequence(items)
    except (ValueError, TypeError, AttributeError):
        return None
    return None if found is None or empty else frozenset(found)


def _opens_with_assertion(items: list[tuple[Any, Any]]) -> bool:
    """ "\\bfluen", "(?<![\\w.])CPA": a zero-width test first, which keeps re from scanning for what follows."""
    while len(items) == 1 and items[0][0] == _c.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][3])
    if len(items) == 1 and items[0][0] == _c.BRANCH:
        return any(branch and branch[0][0] in _ZERO_WIDTH for branch in items[0][1][1])
    return bool(items) and items[0][0] in _ZERO_WIDTH


def _inline_flags(pattern: str) -> bool:
    """ "(?i)..." sets flags for the whole pattern and must stay first."""
    end = pattern.find(")")
    return end > 2 and pattern[2:end].isalpha()


def _first_of_sequence(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence may match the empty string)."""
    found: set[str] = set()
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue  # the next item starts the match
        item, empty = _first_of_item(op, value)
        if item is None:
            return None, False
        found |= item
        if not empty:
            return found, False
    return found, True


def _first_of_item(op: Any, value: Any) -> tuple[set[str] | None, bool]:
    if op == _c.LITERAL:
        return {chr(value)}, False
    if op == _c.IN:
        return _first_of_set(value), False
    if op == _c.BRANCH:
        return _first_of_branches(value[1])
    if op == _c.SUBPATTERN:
        _group, add_flags, del_flags, items = value
        if add_flags or del_flags:
            return None, False  # "(?i:...)" inside: the lookahead would not share its flags
        return _first_of_sequence(list(items))
    if op == _c.ATOMIC_GROUP:
        return _first_of_sequence(list(value))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, items = value
        found, empty = _first_of_sequence(list(items))
        return found, empty or low == 0
    return None, False  # any character, a category such as \w, a back reference


def _first_of_branches(branches: list[Any]) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    empty = False
    for branch in branches:
        item, may_be_empty = _first_of_sequence(list(branch))
        if item is None:
            return None, False
        found |= item
        empty = empty or may_be_empty
    return found, empty


def _first_of_set(members: list[tuple[Any, Any]]) -> set[str] | None:
    found: set[str] = set()
    for op, value in members:
        if op == _c.LITERAL:
            found.add(chr(value))
        elif op == _c.RANGE and value[1] - value[0] < _WIDEST_RANGE:
            found.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # a negated set, a category, a wide range
    return found
