"""The cue lists and their scanner: the fast scanner finds exactly what one big regex would."""

from __future__ import annotations

import json
import re
from pathlib import Path

from offergap.analysis import question_cues as c
from offergap.analysis.textutil_conduct import repair_typos

BENCH = Path(__file__).resolve().parents[2] / "bench" / "conduct"


def test_the_fast_scanner_finds_what_one_big_regex_finds() -> None:
    plain = re.compile(r"(?<![\w'-])(?:" + "|".join(f"(?:{c.CUES[i].pattern})" for i in c._ORDERED) + r")(?![\w])")
    texts = [json.loads(line)["question"] for line in (BENCH / "questions.jsonl").read_text().splitlines()]
    for text in texts:
        lowered = repair_typos(text.lower())[0]
        assert [m.span() for m in plain.finditer(lowered)] == [s[:2] for s in c.ALL_SCANNER.spans(lowered)]


def test_prefixes_are_conservative() -> None:
    assert c.prefixes("salar(?:y|ies)|wages?") == frozenset({"sal", "wag"})
    assert c.prefixes(r"\d+ ?(?:%|percent)") == frozenset("0123456789")
    assert c.prefixes(r"(?:a )?bonus") == frozenset({"a ", "bon"})  # a group ends a prefix early: still safe
    assert c.prefixes(r"\w+ed") is None
