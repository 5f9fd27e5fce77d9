"""What a posting says will not do: "A QSP certification alone does not meet this requirement", "Premiere is
expressly not a substitute", "the Associate-level certification is not sufficient". When the resume shows
the very thing the posting turns away, the person is the candidate it describes as not enough."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from offergap.analysis.phrase_spans import tokens
from offergap.analysis.regex_start import compile_scanning
from offergap.analysis.skills import PUNCTUATION, STOPWORDS, Taxonomy


@dataclass(frozen=True)
class Rejection:
    """One thing the posting says is not enough, with the words that name it."""

    subject: str  # as the posting wrote it: "A QSP certification alone"
    words: frozenset[str]  # its distinctive normalised words: {"qsp"}
    line: int  # 1-based line of the posting
    text: str  # the sentence that says it


_VERDICT = compile_scanning(
    r"(?:\b(?:is|are|was|were|will be|would be)\s+)?(?:\b(?:expressly|explicitly|also|still|stated|stated as)\s+)?"
    r"\b(?:not (?:enough|sufficient|accepted|acceptable|eligible|counted|qualifying|equivalent|considered equivalent|"
    r"an? (?:acceptable |suitable )?substitute)"
    r"|(?:does|do|will|would) not (?:qualify|substitute|count|suffice|replace"
    # "does not meet this requirement"; a report that "does not meet criteria" is the work, not a verdict
    r"|(?:meet|satisfy)(?= (?:this|the|our|these|those|that|any|its|it|them)\b|\s*[.;:,)]|\s*$))"
    r"|(?:cannot|can't|can not) (?:substitute|replace|be substituted)|insufficient)\b",
    re.I,
)
# a subject ends where its clause opens: "..., and the Associate-level certification is not sufficient"
_CLAUSE_OPENING = re.compile(
    r"[,;:()\[\]–—]|\s-\s|\b(?:and|but|because|while|so|where|however|since|which|as|if|though|although|"
    r"that|or|nor|when|whenever|unless|until|after|before|who|whose)\b",
    re.I,
)
# "applicants without a licence will not be considered" asks for the licence; it rejects no one's evidence
_NOT_EVIDENCE = re.compile(
    r"\b(?:without|lacking|unless|no|not|never|pending|toward|towards|more than|less than|fewer than|years?|"
    r"months?|over|under)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# nouns that say what kind of thing is not enough, not which: "registration alone does not meet this requirement"
_KIND_WORDS = frozenset(
    tokens(
        "credential credentials registration licence license licensure certification certificate qualification "
        "qualifications experience training degree education work background role roles position job requirement "
        "alone only itself own applicant applicants candidate candidates holder holders person people individual "
        "one level type kind"
    )
)
_RARE_WORD = 7.5  # a word this rare in ESCO's labels names one thing on its own ("QSP", "Cree")
_RARE_PHRASE = 10.0  # a few words name one thing together ("structural steel erection")
_MAX_WORDS = 6


def find_rejections(lines: Sequence[str], taxonomy: Taxonomy) -> tuple[Rejection, ...]:
    """Every "X is not enough" of the posting whose X is specific enough to look for on a resume."""
    found: list[Rejection] = []
    for number, line in enumerate(lines, start=1):
        low = line.lower()
        if "not" in low or "n't" in low or "insufficient" in low:
            found += _in_line(line, number, taxonomy)
    return tuple(found)


def _in_line(line: str, number: int, taxonomy: Taxonomy) -> list[Rejection]:
    out: list[Rejection] = []
    for sentence in _SENTENCE_END.split(line):
        for verdict in _VERDICT.finditer(sentence):
            subject = _subject(sentence[: verdict.start()])
            words = _distinctive(subject, taxonomy) if subject else frozenset()
            if words:
                out.append(Rejection(subject, words, number, sentence.strip()))
    return out


def _subject(before: str) -> str:
    """The words the verdict is about: the end of the text before it, from where its clause opens."""
    pieces = _CLAUSE_OPENING.split(before)
    subject = pieces[-1].strip() if pieces else ""
    return "" if _NOT_EVIDENCE.search(subject) else subject


def _distinctive(subject: str, taxonomy: Taxonomy) -> frozenset[str]:
    words = [w for w in tokens(subject) if w not in STOPWORDS and w not in PUNCTUATION and w not in _KIND_WORDS]
    if not words or len(words) > _MAX_WORDS:
        return frozenset()
    named = [w for w in words if not w.isdigit()]
    if not named:
        return frozenset()
    weight = sum(taxonomy.idf(w) for w in named)
    enough = _RARE_WORD if len(words) == 1 else _RARE_PHRASE
    return frozenset(words) if weight >= enough else frozenset()


def shown_on(rejection: Rejection, line_words: Sequence[frozenset[str]]) -> int | None:
    """The first resume line (0-based) whose affirmed words include every word that names the rejected thing."""
    for index, words in enumerate(line_words):
        if rejection.words <= words:
            return index
    return None
