"""Text helpers for the conduct coach: normalising, typo repair, sentences, language and terms.

Typo repair is deliberately narrow: a word is only rewritten when it is one edit (insert, delete,
substitute or swap two neighbours) away from a cue word the classifier cares about, and it is not
itself a real English word that happens to be that close (`_REAL_WORD_NEIGHBOURS`, generated from a
dictionary by bench/conduct/make_typo_guard.py). "salery" becomes "salary"; "remove" stays "remove".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


def word_set(text: str) -> frozenset[str]:
    """A set of words written as a block of text, one space apart (easier to read than a list)."""
    return frozenset(text.split())


# Words worth repairing: the cue vocabulary of the question classifier and of the answer review.
FUZZY_TARGETS: frozenset[str] = word_set(
    """
    salary salaries wages compensation bonus bonuses commission commissions equity benefits insurance
    pension retirement vacation holidays overtime weekends weekend remote remotely hybrid relocation
    relocate relocating stipend stipends allowance discount parking perks promotion promoted schedule
    schedules flexible flexibility workload childcare reimbursement reimbursed tuition parental
    maternity paternity hours hourly shifts differential dental medical background criminal felony
    misdemeanor marijuana fingerprinting interviewing candidates transfer department gossip micromanaged
    terrible horrible nightmare toxic company organization process decision timeline references
    interview interviews assessment meeting success successful challenges challenge biggest hardest
    typical manager management supervisor reporting onboarding orientation training mentor mentorship
    priorities responsibilities collaborate culture measure performance expectations projects research
    announced announcement acquired acquisition launched launch merger expansion quarterly earnings
    annual report release strategy competitor competitors integration partnership initiative funding
    revenue growth recently website newsletter podcast article situation result results because actually
    basically literally
    """
)

# Everyday words one edit away from a target: never "corrected". Generated; see the module docstring.
_REAL_WORD_NEIGHBOURS: frozenset[str] = word_set(
    """
    acquire acquires acquisitions ages allowances anneal announce announcements announcer announces
    annuals annul articles assessments atypical backgrounds barking benefit berger bogus bonds bones
    bongs braining cages candidate challenged challenger challengers collaborated collaborates
    compensations criminals cultured cultures decently decisions demote denial departments deport
    deporting deportment derision differentials discounts dismount dourly draining earning earrings
    emote expansions expectation factually felon felons fending finding flexibly founding fours funking
    gages gossips gossipy growths hardiest harking harvest haunch holiday horribly horus hour hybrids
    initiatives insurances jerks larking laterally launcher launches liberally lunch lunched manage
    managed managements managers manages manger marihuana marking meager measured measures medial
    medicals meetings melting mental mentors mercer merge merged mergers merges meting miscount
    misdemeanors narking newsletters nightmares onus onuses organizations orientations ours overtimes
    packing pages paring parks parring parsing particle parting partnerships paunch peaks pecks peeks
    pensions performances perk perking perky perls perms podcasts pours preferences prioritizes profess
    project promote promoter promotes promotions prompted protects prowess rages raining reference
    referenced reimburse reimbursements reimburses released releases relocated relocates remoter remotes
    remove rental reports resort resorting retirements retort retorting revenge revenues reverences
    revocation sages salaried scheduled scheduler schedulers shafts shift shifty shirts shits sifts
    situations sourly sours sparking straining supervisors supervisory swifts tanager tension terribly
    timelines tonic topic topical tours toxin trailing transfers vacations viscount vocation vulture
    wades wage waged wager wagers wags wakes wales wanes wares warnings waves waxes websites workloads
    yearnings yours
    """
)

_STOPWORDS: frozenset[str] = word_set(
    """
    a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
    he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't
    it it's its itself just let's me more most mustn't my myself no nor not now of off on once only or
    other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so
    some such than that that's the their theirs them themselves then there there's these they they'd
    they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're
    we've were weren't what what's when when's where where's which while who who's whom why why's will
    with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves yes okay ok
    get got like one also
    """
)

# Run-together or dropped-apostrophe spellings and a few short typos that edit distance can't judge safely.
_SPELLING_FIXES: dict[str, str] = {
    "whats": "what's",
    "thats": "that's",
    "hows": "how's",
    "whos": "who's",
    "wheres": "where's",
    "whens": "when's",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "cant": "can't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "theyre": "they're",
    "teh": "the",
    "hte": "the",
    "nxt": "next",
    "teem": "team",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "wfh": "work from home",
    "vacay": "vacation",
    "comp": "compensation",
    "bkgd": "background",
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+(?:[.,]\d+)*", re.UNICODE)
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def clean(text: str) -> str:
    """Unicode-normalised text with straight quotes, plain dashes and single spaces; case kept."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Lower-case word and number tokens (apostrophes inside a word are kept)."""
    return _WORD.findall(text.lower())


@lru_cache(maxsize=4)
def line_words(text: str) -> tuple[str, ...]:
    """words(text), kept for the few steps that read the same question line one after another."""
    return tuple(words(text))


# --- typo repair ---------------------------------------------------------------------------


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _within_one_edit(a: str, b: str) -> bool:
    """Optimal-string-alignment distance <= 1 (a swap of neighbours counts as one edit)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _delete_index(targets: Iterable[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for target in targets:
        for key in {target, *_deletes(target)}:
            index.setdefault(key, set()).add(target)
    return {key: tuple(sorted(found)) for key, found in index.items()}


_MIN_FUZZY_LENGTH = 5
_INDEX = _delete_index(FUZZY_TARGETS)
_NEVER_REPAIR = FUZZY_TARGETS | _REAL_WORD_NEIGHBOURS | _STOPWORDS


@lru_cache(maxsize=65536)
def repair_word(word: str) -> str:
    """The intended cue word for a misspelt one, or the word unchanged."""
    fixed = _SPELLING_FIXES.get(word)
    if fixed is not None:
        return fixed
    if len(word) < _MIN_FUZZY_LENGTH or word in _NEVER_REPAIR or not word.isalpha():
        return word
    candidates = {t for key in {word, *_deletes(word)} for t in _INDEX.get(key, ())}
    close = sorted(t for t in candidates if _within_one_edit(word, t))
    return close[0] if close else word


_REPAIRABLE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def repair_typos(lowered: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Lower-case text with misspelt cue words repaired, and the (typed, read-as) pairs."""
    fixes: list[tuple[str, str]] = []
    if all(repair_word(w) == w for w in _REPAIRABLE.findall(lowered)):
        return lowered, ()  # the common case, without a call back for every word

    def fix(match: re.Match[str]) -> str:
        typed = match.group(0)
        repaired = repair_word(typed)
        if repaired != typed:
            fixes.append((typed, repaired))
        return repaired

    return _REPAIRABLE.sub(fix, lowered), tuple(fixes)


# --- sentences ------------------------------------------------------------------------------

_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr st inc co corp ltd jr sr vs etc e.g i.e u.s no dept
    """
)
_SENTENCE_END = re.compile(r"(?<=[?!])\s+|(?<=\.)\s+(?=[A-Z0-9\"'(])")


def sentences(text: str) -> list[str]:
    """Sentences of cleaned text, keeping their punctuation; abbreviations do not end a sentence."""
    found: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()]
        last_word = before.rsplit(" ", 1)[-1].rstrip(".").lower()
        if before.endswith(".") and last_word in _ABBREVIATIONS:
            continue
        found.append(before.strip())
        start = match.end()
    found.append(text[start:].strip())
    return [s for s in found if s]


# --- language and gibberish ------------------------------------------------------------------

_FOREIGN_WORDS: dict[str, frozenset[str]] = {
    "Spanish": word_set(
        """
    el los las es cuál cual qué cómo cuándo dónde del por para una está son hay puedo trabajo horario
    salario usted ustedes empresa puesto cuántos cuántas días vacaciones casa desde posibilidad trabajar
    de que nuevos ofrecen tipo formación tienen hacen su sus al con también cuáles equipo empleo
    """
    ),
    "French": word_set(
        """
    le les est quel quelle quels comment quand des pour une sont je vous nous est-ce poste salaire
    travail entreprise combien ce cette avec jours par congé congés heures semaine télétravail
    de du la qu que quelles offrez formation nouveaux équipe sur dans avez faites mon ma mes
    """
    ),
    "German": word_set(
        """
    der die das ist wie was wann ich sie und ein eine gibt es nicht viele welche arbeit stelle gehalt
    urlaubstage firma wir
    den dem zu mit für auf im wird werden haben können sieht aus einen typischer arbeitstag neue
    mitarbeiter schulung
    """
    ),
    "Portuguese": word_set(
        """
    o os é qual como quando do da para um uma são há eu você próximo passo processo empresa vaga salário
    trabalho
    de que vocês oferecem treinamento novos funcionários com no na em seu sua meu minha equipe tem têm
    """
    ),
    "Italian": word_set(
        """
    il lo gli è qual come quando di del per un una sono c'è io lavoro stipendio azienda posizione quanti
    che ai tipo offrite formazione nuovi assunti la le dei delle alla questo questa avete fate quale
    quali dove perché anche si ci non mi
    """
    ),
    "Dutch": word_set(
        """
    hoe ziet een het van wat wie waar wanneer zijn er eruit werkdag jullie ik je bij voor met niet ook
    kan moet hebben heeft welke baan salaris werk gewone
    """
    ),
}
_ANY_FOREIGN = frozenset().union(*_FOREIGN_WORDS.values())
_ENGLISH_MARKERS = word_set(
    """
    the is are what how when who which do does did you your i a an to of in for and would could can will
    should there this that with be my we our it
    """
)
_NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def foreign_language(text: str) -> str | None:
    """The name of the language when the text is clearly not English, else None."""
    if _NON_LATIN.search(text):
        letters = [c for c in text if c.isalpha()]
        if len(_NON_LATIN.findall(text)) > len(letters) / 2:
            return "a non-Latin script"
    tokens = set(line_words(text))
    english = len(tokens & _ENGLISH_MARKERS)
    foreign = len(tokens & _ANY_FOREIGN)  # no language can have more hits than all of them
    if (foreign < 2 or foreign <= english) and not text.lstrip().startswith("¿"):
        return None
    best, hits = None, 0
    for language, vocabulary in _FOREIGN_WORDS.items():
        count = len(tokens & vocabulary)
        if count > hits:
            best, hits = language, count
    if text.lstrip().startswith("¿"):
        return "Spanish"
    return best if hits >= 2 and hits > english else None


_VOWELS = frozenset("aeiouy")


def _word_like(token: str) -> bool:
    if token in _STOPWORDS or token in FUZZY_TARGETS:
        return True
    if not any(c in _VOWELS for c in token):
        return False
    run = 0
    for c in token:
        run = 0 if c in _VOWELS else run + 1
        if run >= 4:
            return False
    return True


def looks_like_gibberish(text: str) -> bool:
    """No English function word and most tokens unpronounceable, or no letters at all."""
    tokens = [t for t in words(text) if t.isalpha()]
    if not tokens:
        return True
    if any(t in _ENGLISH_MARKERS for t in tokens):
        return False
    odd = sum(not _word_like(t) for t in tokens)
    return odd * 2 >= len(tokens) or (len(tokens) <= 3 and all(len(t) <= 4 for t in tokens))


# --- salient terms of a posting or research notes --------------------------------------------

_GENERIC_WORDS = word_set(
    """
    work works working job jobs role roles position team teams company companies business experience
    years year required preferred skills skill ability strong including include includes new using use
    used build building support supporting help helps make makes making plus across within based good
    great well able want looking opportunity opportunities equal employer candidate candidates people
    person responsibilities duties what you'll will our their its they them about more most other each
    every day days week weeks month months time first last next data related field fields degree
    bachelor's knowledge understanding excellent communication written verbal highly level senior junior
    hire hiring apply applicants salary pay range compensation benefits bonus annual hybrid remote
    office onsite site per hour hours full part summary qualifications minimum requirements description
    environment provide provides manage managing managed lead leading own owning partner partners
    partnering closely clear clearly ensure deliver delivering drive driving create creating maintain
    maintaining develop developing design designing analyze analysis analyses analytics report reports
    reporting process processes quality support tools tool system systems platform set says said also
    million billion percent thousand hundred since still now last this that these those
    """
)
_TERM = re.compile(r"[A-Za-z][A-Za-z0-9+#&./-]*[A-Za-z0-9+#]|[A-Za-z]")
_CAPITALISED = re.compile(r"^(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*|[A-Z][A-Z0-9&+#./-]{1,}[a-z]?s?)$")


@dataclass(frozen=True)
class Term:
    """A distinctive word of a posting or research note: its lower-case key and how it was written."""

    key: str
    shown: str
    proper: bool


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def term_key(token: str) -> str:
    """Match key of a word: lower case, a plural 's' dropped from longer words."""
    key = token.lower().strip(".-/")
    if len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]
    return key


def salient_terms(text: str) -> dict[str, Term]:
    """Distinctive words of a text by match key: names, acronyms, tools and uncommon content words."""
    found: dict[str, Term] = {}
    for sentence in sentences(clean(text)):
        tokens = _TERM.findall(sentence)
        for position, token in enumerate(tokens):
            lowered = token.lower()
            if lowered in _STOPWORDS or lowered in _GENERIC_WORDS or (len(lowered) < 3 and not token.isupper()):
                continue
            proper = bool(_CAPITALISED.match(token)) and (position > 0 or token.isupper())
            if not proper and len(lowered) < 5:
                continue
            key = term_key(token)
            if key not in found or (proper and not found[key].proper):
                found[key] = Term(key=key, shown=token, proper=proper)
    return found


# --- named job terms of a posting ----------------------------------------------------------------

BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(.+)$")
_NAME_RUN = re.compile(r"(?<![\w-])(?:[A-Z][\w+#./-]*)(?: (?:[A-Z][\w+#./-]*))*")
_NOT_JOB_TERMS = word_set(
    """
    a an and the or for with in on of to our your we you i ceo cmo cfo cto coo vp director manager
    marketing engineering finance product sales operations data analytics team teams leadership partner
    partners level kpi kpis required preferred experience bachelor's master's degree phd strong advanced
    equal opportunity employer
    """
)


def clean_lines(text: str) -> list[str]:
    return [clean(line) for line in text.splitlines() if line.strip()]


def job_terms(posting: str, company: str | None = None) -> list[str]:
    """Named tools, methods and credentials in a posting's bullet points, most mentioned first.

    A run of capitalised words ("Power BI", "Epic Clarity", "SQL") counts; a bullet's first word
    (usually a verb: "Build…"), two-letter names and job titles or departments do not.
    """
    skip = {w.lower() for w in (company or "").split()}
    counts: dict[str, int] = {}
    for line in clean_lines(posting):
        bullet = BULLET.match(line)
        if not bullet:
            continue
        for run in _NAME_RUN.finditer(bullet.group(1)):
            name = run.group(0).strip(" .,")
            if run.start() == 0:  # the bullet's first word is capitalised anyway
                name = name.partition(" ")[2]
            tokens = [part for t in name.lower().split() for part in t.split("-")]
            short = len(name) <= 2 or ("/" in name and len(name) <= 3)
            if short or all(t in _NOT_JOB_TERMS or t in skip for t in tokens):
                continue
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda t: -counts[t]) + _repeated_words(posting, set(counts))


def _repeated_words(posting: str, named: set[str]) -> list[str]:
    """Uncommon content words that come back in two or more of the posting's bullet points."""
    seen: dict[str, int] = {}
    shown: dict[str, str] = {}
    taken = {term_key(w) for name in named for w in name.split()}
    for line in clean_lines(posting):
        bullet = BULLET.match(line)
        if not bullet:
            continue
        for token in set(_TERM.findall(bullet.group(1).lower())):
            key = term_key(token)
            if len(key) < 5 or key in taken or token in _STOPWORDS or token in _GENERIC_WORDS or key in _GENERIC_WORDS:
                continue
            seen[key] = seen.get(key, 0) + 1
            shown.setdefault(key, token)
    return [shown[k] for k in sorted(seen, key=lambda k: -seen[k]) if seen[k] >= 2]
