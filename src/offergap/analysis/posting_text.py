"""Text helpers for reading postings: cleaning a line, case-insensitive patterns tested fast, substring
finders, and the checks that refuse empty, oversized or non-English text."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick  # type: ignore[import-not-found,unused-ignore]

from offergap.analysis.regex_start import compile_scanning
from offergap.errors import InvalidInput

MAX_POSTING_BYTES = 1_000_000


class _Folded:
    """A case-insensitive pattern, tested on ASCII text by its case-sensitive twin on the lowered text:
    the same answer, several times faster in Python's re. Other text goes to the original pattern."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
            raise ValueError(f"not a lowercase case-insensitive pattern: {pattern.pattern!r}")
        self.pattern = pattern
        self._twin = compile_scanning(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def found(self, text: str) -> bool:
        if text.isascii():
            pair = _LAST_LOWERED[0]
            if pair[0] is not text:  # several patterns test the same clause in a row: lower it once
                pair = (text, text.lower())
                _LAST_LOWERED[0] = pair  # one slot holding a pair: safe when threads share it
            return self._twin.search(pair[1]) is not None
        return self.pattern.search(text) is not None


_LAST_LOWERED: list[tuple[str, str]] = [("", "")]


def _substring_finder(words: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of (substring, value) pairs: every substring found in one pass, where a
    test per substring would scan the text once each."""
    automaton = ahocorasick.Automaton()
    for word, value in words:
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def _has_any(finder: ahocorasick.Automaton, text: str) -> bool:
    return any(True for _ in finder.iter(text))


# "o RJG Master Molder II": a lone "o" is the bullet of lists pasted from Word
_BULLET = compile_scanning(r"^\s*(?:[-*•·–—▪◦●>→►➢➤✓✔❖◆■□▸»]+|\\-|\d{1,2}[.)]|[a-z][.)](?=\s)|o(?=\s+\S))\s*")
_MARKUP = compile_scanning(r"\*\*|__|^#+\s*|`")


_BULLET_START = compile_scanning(r"\s*(?:[-*•·–—▪◦●>→►➢➤✓✔❖◆■□▸»\\]|\d{1,2}[.)]|[a-z][.)]\s|o\s+\S)")


def _needs_cleaning(line: str) -> bool:
    """A bullet at the start or a markup character anywhere; substring tests first, as most lines have
    neither."""
    return "*" in line or "_" in line or "#" in line or "`" in line or _BULLET_START.match(line) is not None


def clean_line(line: str) -> str:
    """A line without its bullet and markdown emphasis."""
    if not _needs_cleaning(line):
        return line.strip()
    line = _BULLET.sub("", line)
    if "*" in line or "_" in line or "#" in line or "`" in line:  # every markup pattern needs one of these
        line = _MARKUP.sub("", line)
    return line.strip()


def check_text(text: str, what: str, limit: int = MAX_POSTING_BYTES) -> str:
    """Refuse empty, oversized and non-English text with a clear message."""
    size = len(text) if text.isascii() else len(text.encode("utf-8"))
    if size > limit:
        raise InvalidInput(
            f"the {what} is {size / 1e6:.1f} MB of text, over the {limit / 1e6:.0f} MB limit",
            hint=f"a real {what} is a few kilobytes: check that the right file was given",
        )
    if _TWO_LETTERS.search(text) is None:
        raise InvalidInput(f"the {what} is empty", hint=f"give the {what}'s full text")
    language = detect_language(text)
    if language != "English":
        raise InvalidInput(
            f"the {what} looks like {language}, not English; offergap reads English only, so it will not guess a score",
            hint="use the English version if there is one",
        )
    return text


_LANGUAGE_WORDS = {
    "English": set(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "for",
            "with",
            "you",
            "your",
            "our",
            "we",
            "are",
            "is",
            "will",
            "be",
            "this",
            "that",
            "on",
            "as",
            "an",
            "or",
        ]
    ),
    "Spanish": set(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "para",
            "con",
            "por",
            "una",
            "un",
            "que",
            "es",
            "se",
            "su",
            "sus",
            "al",
            "como",
            "más",
            "experiencia",
        ]
    ),
    "French": set(
        [
            "le",
            "la",
            "les",
            "des",
            "de",
            "du",
            "et",
            "en",
            "pour",
            "avec",
            "vous",
            "nous",
            "une",
            "un",
            "est",
            "sur",
            "au",
            "aux",
            "dans",
            "expérience",
        ]
    ),
    "German": set(
        [
            "der",
            "die",
            "das",
            "und",
            "mit",
            "für",
            "ein",
            "eine",
            "ist",
            "wir",
            "sie",
            "zu",
            "von",
            "den",
            "im",
            "auf",
            "bei",
            "erfahrung",
            "oder",
        ]
    ),
    "Portuguese": set(
        [
            "o",
            "os",
            "as",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "em",
            "para",
            "com",
            "uma",
            "um",
            "que",
            "é",
            "se",
            "no",
            "na",
            "experiência",
        ]
    ),
    "Italian": set(
        [
            "il",
            "lo",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "e",
            "in",
            "per",
            "con",
            "una",
            "un",
            "che",
            "è",
            "si",
            "nel",
            "esperienza",
        ]
    ),
    "Dutch": set(["de", "het", "een", "en", "van", "met", "voor", "je", "wij", "zijn", "is", "op", "in", "ervaring"]),
}


_WORD = compile_scanning(r"[a-zà-ÿ]+")
_NOT_A_TO_Z = str.maketrans({c: " " for c in map(chr, range(128)) if not "a" <= c <= "z"})
_LETTER = compile_scanning(r"[^\W\d_]")
_ASCII_LETTER = compile_scanning(r"[A-Za-z]")
_TWO_LETTERS = compile_scanning(r"[^\W\d_].*?[^\W\d_]", re.S)


def detect_language(text: str) -> str:
    """The language whose common words are most frequent; English when the text is too short to tell."""
    sample = text[:1500]
    if not sample.isascii():
        letters = len(_LETTER.findall(sample))
        if letters and len(_ASCII_LETTER.findall(sample)) < 0.5 * letters:
            return "a language in a non-Latin script"
    # ASCII text splits faster by a translation table than by the pattern, to the same words
    words = sample.lower().translate(_NOT_A_TO_Z).split() if sample.isascii() else _WORD.findall(sample.lower())
    if len(words) < 15:
        return "English"
    english = _LANGUAGE_WORDS["English"]
    if sum(map(english.__contains__, words)) >= 0.12 * len(words):
        return "English"  # the common case, decided without counting the other languages
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANGUAGE_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    english_share = counts["English"] / len(words)
    if best != "English" and counts[best] > 1.5 * counts["English"] and english_share < 0.08:
        return best
    if english_share < 0.02:
        return "a language other than English"
    return "English"
