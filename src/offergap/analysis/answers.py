"""Review of an answer the seeker gave in an interview: observable facts, not judgements of personality.

For one answer: the STAR parts (situation, task, action, result) with the sentence that shows each,
whether the result has a number in it, whose actions they were ("I" or "we"), the length, filler
words, negative remarks about past employers or colleagues, and which of the posting's job terms
the answer used and which it left out (as Google's Interview Warmup shows job-related terms).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from offergap.analysis.textutil_conduct import clean, job_terms, sentences, words

StarPart = Literal["situation", "task", "action", "result"]
STAR_PARTS: tuple[StarPart, ...] = ("situation", "task", "action", "result")
Length = Literal["empty", "short", "ok", "long"]
Ownership = Literal["I", "we", "mixed", "none"]

SHORT_WORDS = 20  # a remembered answer under this many words gives the interviewer little to go on
LONG_WORDS = 300  # about two minutes spoken; past this an answer tends to ramble
WORDS_PER_MINUTE = 150
MAX_ANSWER_CHARS = 1_000_000
MAX_MISSING_TERMS = 8

_STAR_CUES: dict[StarPart, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(?:when i (?:was|worked)|at my (?:last|previous|old|current) (?:job|company|employer|role)|"
        r"at [A-Z]\w+|we had|there was|there were|the problem was|the issue was|our (?:team|company|clinic|"
        r"store|firm|school|unit|department) (?:was|had)|in (?:19|20)\d\d|last (?:year|quarter|spring|"
        r"summer|fall)|"
        r"while (?:i was )?working|a client|a customer|a patient|backlog|took (?:three|two|\d+) days|"
        r"(?:was|were) (?:taking|late|behind|failing|missing|losing))\b",
        re.IGNORECASE,
    ),
    "task": re.compile(
        r"\b(?:i was (?:asked|responsible|tasked|assigned|hired)|my (?:job|role|task|goal|responsibility) "
        r"was|"
        r"(?:i|we) needed to|i had to|the goal was|our goal|was asked to|objective|i (?:was|am) in charge|"
        r"(?:i|we) wanted to|to (?:fix|reduce|cut|improve|speed up|get)\b)",
        re.IGNORECASE,
    ),
    "action": re.compile(
        r"\b(?:i|we) (?:\w+ly )?(?:built|created|designed|led|wrote|set up|organized|talked|analy[sz]ed|"
        r"rebuilt|"
        r"introduced|proposed|implemented|trained|negotiated|called|met|scheduled|automated|broke|sketched|"
        r"presented|showed|asked|mapped|ran|tested|fixed|started|changed|moved|added|reviewed|mentored|"
        r"coached|documented|launched|developed|migrated|replaced|tracked|compared|did|described|explained|"
        r"chose|walked|drafted|filed|prepared|coordinated|reconciled|tuned|cleaned|merged|planned|found|"
        r"made|used|worked|pulled|shared|checked|caught|escalated|identified|streamlined)\b",
        re.IGNORECASE,
    ),
    "result": re.compile(
        r"\b(?:result(?:ed|s)?|as a result|so that|which (?:meant|led|cut|saved)|(?:cut|reduced|increased|"
        r"improved|saved|grew|dropped|rose|fell|doubled|halved|finished|approved|agreed|adopted|switched|"
        r"retired|caught|won|shipped|delivered|went) (?:\w+ ){0,4}?(?:to|from|by|on time|early)|went from|"
        r"down to|up to|now (?:gets|get|use|uses|runs|takes)|in the end|finally|outcome|(?:led|leading) to|"
        r"from \d[\d,.]* to \d)",
        re.IGNORECASE,
    ),
}
_NUMBER = re.compile(
    r"(?:\$\s?\d[\d,.]*(?:\s?(?:k|m|million|billion))?|\d[\d,.]*\s?(?:%|percent|percentage points|points|x\b|"
    r"times|hours?|days?|weeks?|months?|minutes?|seconds?|people|users|customers|patients|students|reports?|"
    r"dashboards?|errors?|tickets?|claims?|members?|stores?|checks?|tabs?)|from \d[\d,.]* to \d[\d,.]*|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)\s"
    r"(?:hours|days|weeks|months|percent|times))",
    re.IGNORECASE,
)
_FILLERS: dict[str, re.Pattern[str]] = {
    "um": re.compile(r"\bu+m+\b", re.I),
    "uh": re.compile(r"\bu+h+\b", re.I),
    "like": re.compile(r"(?:^|,\s*|\b(?:was|is|it's|and|just)\s+)like,?\s+(?!to\b|a\b|the\b|this\b|that\b)", re.I),
    "you know": re.compile(r"\byou know\b(?! (?:how|what|why|when|where|that|if))", re.I),
    "basically": re.compile(r"\bbasically\b", re.I),
    "actually": re.compile(r"\bactually\b", re.I),
    "literally": re.compile(r"\bliterally\b", re.I),
    "kind of": re.compile(r"\bkind of\b(?= \w+(?:ed|ing|y)?\b)(?! (?:a|an|the|person|work|thing)\b)", re.I),
    "sort of": re.compile(r"\bsort of\b(?! (?:a|an|the)\b)", re.I),
    "I mean": re.compile(r"\bi mean\b", re.I),
    "stuff like that": re.compile(r"\b(?:and |or )?(?:stuff|things) like that\b|\bor whatever\b", re.I),
    "so yeah": re.compile(r"\bso,? yeah\b", re.I),
}
_PAST_EMPLOYER = re.compile(
    r"\b(?:my|our) (?:last|old|previous|former|current|ex)[- ]?(?:boss|manager|supervisor|company|employer|"
    r"firm|team|coworkers?|colleagues?|director|principal|lead|job|workplace|hospital|school|store)\b|"
    r"\b(?:my|our) (?:boss|manager|supervisor|coworkers?|colleagues?|director|lead|team)\b|\bthey\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"\b(?:micromanag\w*|nightmare|terrible|horrible|awful|toxic|incompetent|clueless|idiots?|useless|"
    r"hated?|worst|lazy|unfair|disorganized|a mess|dysfunctional|backstab\w*|jerks?|never (?:listened|"
    r"supported|helped|backed|cared)|didn't care|took credit|threw me under|blamed me|yelled|rude|stupid|"
    r"ridiculous|couldn't stand|can't stand|waste of time)\b",
    re.IGNORECASE,
)
_BEHAVIORAL = re.compile(
    r"\b(?:tell (?:me|us) about (?:a|an) |describe a (?:time|situation)|give (?:me |us )?an example|"
    r"walk (?:me|us) through a time|a time (?:when|you)|have you ever|how have you|what did you do when|"
    r"share an example|an example of)\b",
    re.IGNORECASE,
)
_I_WORDS = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)
_WE_WORDS = re.compile(r"\b(?:we|we're|we've|we'd|we'll|us|our|ourselves)\b", re.IGNORECASE)


@dataclass(frozen=True)
class StarEvidence:
    part: StarPart
    present: bool
    sentence: str | None


@dataclass(frozen=True)
class AnswerReview:
    """What an answer shows, each point observable in its text."""

    question: str
    answer: str
    behavioral: bool
    word_count: int
    speaking_seconds: int
    length: Length
    star: tuple[StarEvidence, ...]
    result_quantified: bool
    quantities: tuple[str, ...]
    i_count: int
    we_count: int
    ownership: Ownership
    fillers: Mapping[str, int] = field(default_factory=dict)
    filler_rate: float = 0.0
    negativity: tuple[str, ...] = ()
    terms_used: tuple[str, ...] = ()
    terms_missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def star_count(self) -> int:
        return sum(e.present for e in self.star)

    @property
    def quality(self) -> float:
        """0-1: STAR parts shown (for an example question) or a concrete answer, a number, no negativity."""
        if self.length == "empty":
            return 0.0
        if self.behavioral:
            base = self.star_count / len(STAR_PARTS) * 0.7
        else:
            concrete = any(e.present for e in self.star if e.part in {"action", "result"})
            base = 0.35 + 0.35 * concrete
        score = base + 0.2 * self.result_quantified + 0.1 * (self.length == "ok")
        return round(max(0.0, score - 0.3 * bool(self.negativity)), 3)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "behavioral": self.behavioral,
            "word_count": self.word_count,
            "speaking_seconds": self.speaking_seconds,
            "length": self.length,
            "star": {e.part: {"present": e.present, "sentence": e.sentence} for e in self.star},
            "result_quantified": self.result_quantified,
            "quantities": list(self.quantities),
            "ownership": {"i": self.i_count, "we": self.we_count, "leaning": self.ownership},
            "fillers": dict(self.fillers),
            "filler_rate_per_100_words": self.filler_rate,
            "negativity": list(self.negativity),
            "terms_used": list(self.terms_used),
            "terms_missing": list(self.terms_missing),
            "quality": self.quality,
            "notes": list(self.notes),
        }


def _star(sentence_list: list[str]) -> tuple[StarEvidence, ...]:
    evidence = []
    for part in STAR_PARTS:
        hit = next((s for s in sentence_list if _STAR_CUES[part].search(s)), None)
        if part == "result" and hit is None:
            hit = next((s for s in sentence_list[1:] if _NUMBER.search(s)), None)
        evidence.append(StarEvidence(part, hit is not None, hit))
    return tuple(evidence)


def _ownership(text: str) -> tuple[int, int, Ownership]:
    mine, ours = len(_I_WORDS.findall(text)), len(_WE_WORDS.findall(text))
    if mine == ours == 0:
        return 0, 0, "none"
    if mine >= 2 * ours:
        return mine, ours, "I"
    if ours >= 2 * mine:
        return mine, ours, "we"
    return mine, ours, "mixed"


def _fillers(text: str) -> dict[str, int]:
    counts = {name: len(pattern.findall(text)) for name, pattern in _FILLERS.items()}
    return {name: n for name, n in counts.items() if n}


def _negativity(sentence_list: list[str]) -> tuple[str, ...]:
    return tuple(s for s in sentence_list if _NEGATIVE.search(s) and _PAST_EMPLOYER.search(s))


def _length(count: int) -> Length:
    if count == 0:
        return "empty"
    if count < SHORT_WORDS:
        return "short"
    return "long" if count > LONG_WORDS else "ok"


def posting_terms(posting: str | None, company: str | None = None) -> tuple[str, ...]:
    """The posting's job-related terms: named tools, methods and credentials, most mentioned first."""
    return tuple(job_terms(posting, company)) if posting else ()


def _mentions(text: str, term: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(term.lower()) + r"(?![\w-])", text) is not None


def _terms(answer: str, question: str, terms: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lowered, asked = answer.lower(), question.lower()
    used = tuple(t for t in terms if _mentions(lowered, t))
    unused = [t for t in terms if t not in used]
    # Terms the question itself names come first: those are the ones the interviewer was listening for.
    unused.sort(key=lambda t: not _mentions(asked, t))
    return used, tuple(unused[:MAX_MISSING_TERMS])


def _notes(review: AnswerReview) -> tuple[str, ...]:
    notes = []
    if review.length == "short":
        notes.append(f"short: {review.word_count} words (about {review.speaking_seconds} s spoken)")
    if review.length == "long":
        notes.append(f"long: {review.word_count} words (about {review.speaking_seconds // 60} min spoken)")
    missing = [e.part for e in review.star if not e.present]
    if review.behavioral and missing:
        notes.append("no sentence shows the " + ", ".join(missing))
    if review.behavioral and not review.result_quantified:
        notes.append("no number in the result (time, money, count or percent)")
    if review.ownership == "we":
        notes.append(f'actions told as "we" ({review.we_count}) more than "I" ({review.i_count})')
    if review.filler_rate >= 3:
        notes.append(f"{review.filler_rate} filler words per 100 words")
    if review.negativity:
        notes.append("negative words about a past employer or colleagues")
    return tuple(notes)


def review_answer(question: str, answer: str, posting: str | None = None) -> AnswerReview:
    """What the answer shows. `posting` (the job description) adds job terms used and missing."""
    return review_answer_with_terms(question, answer, posting_terms(posting))


def review_answer_with_terms(question: str, answer: str, terms: Sequence[str]) -> AnswerReview:
    """As review_answer, with the posting's terms already extracted (for many answers to one posting)."""
    text = clean(answer)[:MAX_ANSWER_CHARS]
    sentence_list = [c.strip() for s in (sentences(text) if text else []) for c in re.split(r";\s+", s) if c.strip()]
    count = len(words(text))
    star = _star(sentence_list)
    result = next((e.sentence for e in star if e.part == "result" and e.sentence), None)
    quantities = tuple(m.group(0).strip() for m in _NUMBER.finditer(result or ""))
    mine, ours, leaning = _ownership(text)
    fillers = _fillers(text)
    used, missing = _terms(text, question, terms)
    review = AnswerReview(
        question=clean(question),
        answer=text,
        behavioral=bool(_BEHAVIORAL.search(question)),
        word_count=count,
        speaking_seconds=round(count / WORDS_PER_MINUTE * 60),
        length=_length(count),
        star=star,
        result_quantified=bool(quantities),
        quantities=quantities,
        i_count=mine,
        we_count=ours,
        ownership=leaning,
        fillers=fillers,
        filler_rate=round(sum(fillers.values()) / count * 100, 1) if count else 0.0,
        negativity=_negativity(sentence_list),
        terms_used=used,
        terms_missing=missing,
    )
    return _with_notes(review)


def _with_notes(review: AnswerReview) -> AnswerReview:
    return replace(review, notes=_notes(review))
