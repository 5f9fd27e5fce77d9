"""Credentials in a posting: US states, state licences named in many ways, endorsements, credentials
named by an acronym or by a body and a code, and the ids that let a resume line hold them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from offergap.analysis.phrase_spans import tokens
from offergap.analysis.posting_text import _Folded
from offergap.analysis.regex_start import compile_scanning
from offergap.analysis.skills import CREDENTIAL_KINDS, PUNCTUATION, STOPWORDS, Taxonomy

_US_STATES = (
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
)
_STATE_NAMES_SET = frozenset(word for state in _US_STATES for word in state.split())
_STATE_NAMES = "|".join(sorted(_US_STATES, key=len, reverse=True))  # longest first, for alternations
_STATE_RE = compile_scanning(r"\b(" + _STATE_NAMES + r")\b")
_STATE_CODES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}
_PLACE_STATE = compile_scanning(r",\s*(" + "|".join(_STATE_CODES) + r")\b")


def states_of_places(text: str) -> tuple[str, ...]:
    """The states of the places a line names ("Denton, TX", "Springfield, Illinois")."""
    codes = [_STATE_CODES[c] for c in _PLACE_STATE.findall(text)]
    return tuple(dict.fromkeys(codes + _STATE_RE.findall(text)))


_STATE_RE_ANY_CASE = compile_scanning(_STATE_RE.pattern, re.I)


_CREDENTIAL_HINT = _Folded(
    compile_scanning(r"licen[cs]|certif|registration|credential|state bar|bar of |bar admission|bar\b", re.I)
)


def states_named(text: str, *, credential_line: bool = False) -> tuple[str, ...]:
    """States a credential line names; `credential_line` when the line is known to be one (it sits
    under a Licences header) even without the word "licence"."""
    if not credential_line and not _CREDENTIAL_HINT.found(text):
        return ()
    return tuple(dict.fromkeys(_STATE_RE.findall(text)))


_ENDORSEMENT = compile_scanning(r"endorse(?:ment|ments|d)\b", re.I)


_BEFORE_ENDORSEMENT = r"\b(?:with|including|holding|hold|have|has|and an?|plus|the|an?|our|your|this)\b|[:;,]|\.\s"
_ENDORSED_AS = compile_scanning(
    r"\s+(?:as|for)\s+(?:an?\s+)?([A-Za-z][A-Za-z &/-]{1,40}?)(?=\s*(?:[,.;(]|\bwith\b|\band\b|$))"
)
_KNOWING = compile_scanning(r"\b(?:knowledge|familiar\w*|understanding|experience|issuing|drafting|writing)\b", re.I)


def endorsement_groups(text: str, taxonomy: Taxonomy) -> tuple[tuple[str, ...], ...]:
    """Endorsements a line names: "Elementary Education (K-8) and Reading (P-12) endorsements" gives
    (('endorse:elementary education',), ('endorse:reading',)); "a Chemistry or Science endorsement"
    gives one group with both. CDL endorsements map to the lexicon ("H endorsement" -> Hazmat)."""
    groups: list[tuple[str, ...]] = []
    if "ndorse" not in text:
        return ()
    for match in _ENDORSEMENT.finditer(text):
        before = re.sub(r"\([^)]*\)", " ", text[: match.start()])
        # "The work relies on the community paramedic endorsement": the name starts after the last article
        before = re.split(_BEFORE_ENDORSEMENT, before, flags=re.I)[-1]
        if re.match(r"\s*(?:no|not|without)\b", before, re.I):  # "No hazmat (H) endorsement"
            continue
        if _KNOWING.search(before):  # "knowledge of ALTA forms and common endorsements": a subject, not held
            continue
        after = re.sub(r"\([^)]*\)", " ", text[match.end() :])
        after_match = re.match(r"\s+(?:in|for)\s+([A-Za-z &/-]{2,60})|\s*:\s*([A-Za-z ,&/-]{1,60})", after)
        listed = after_match.group(2) if after_match else None
        endorsed_as = _ENDORSED_AS.match(after) if match.group(0).lower() == "endorsed" else None
        if endorsed_as:  # "a USCG MMC endorsed as Chief Mate, Unlimited Tonnage": the endorsement is the rank
            span = endorsed_as.group(1)
        elif listed:  # "Endorsements: T and N"
            span = listed
        elif before.strip(" -•*\t"):
            span = before
        else:  # "endorsement in Chemistry"
            span = after_match.group(1) or "" if after_match else ""
        whole = _lexicon_endorsement(span, taxonomy)
        if whole is not None:  # "doubles/triples (T) endorsement" is one endorsement, not two
            groups.append((whole,))
            continue
        any_of = bool(re.search(r"\bor\b", span, re.I))
        # "Reading and Math endorsements" are two; "Basic Oil and Chemical Tanker endorsement" is one
        joins = r",|/|\band\b|\bor\b" if match.group(0).lower().endswith("s") or any_of else r"\bor\b"
        subjects = [s.strip() for s in re.split(joins, span, flags=re.I) if s.strip()]
        ids = [i for i in (_endorsement_id(s, taxonomy) for s in subjects) if i]
        if ids:
            groups.extend([tuple(ids)] if any_of else [(i,) for i in ids])
    return tuple(dict.fromkeys(groups))


# How the document being read wrote the credentials the lexicon does not know (id -> its words), for its
# explanations. One dictionary per document (`names_written_in`): a process that reads many, such as the web
# app or `rank`, never names one posting's credential in another's words.
_WRITTEN: ContextVar[dict[str, str] | None] = ContextVar("offergap_credential_names", default=None)


@contextmanager
def names_written_in() -> Iterator[dict[str, str]]:
    """The names the credential readers remember while the block reads one document."""
    names: dict[str, str] = {}
    token = _WRITTEN.set(names)
    try:
        yield names
    finally:
        _WRITTEN.reset(token)


def _remember_name(key: str, written: str) -> None:
    names = _WRITTEN.get()
    if names is not None:
        names.setdefault(key, written)


# words that qualify an endorsement without naming it (tokens() stems them as it stems the text)
_ENDORSEMENT_NOISE = frozenset(tokens("valid current active state secondary k p"))


def _endorsement_words(subject: str) -> list[str]:
    """The words that name an endorsement. The issuing state is left out ("Oregon Local Anesthesia
    Endorsement" on a resume is the "local anesthesia endorsement" a posting asks for); a posting's
    state is checked separately."""
    subject = _STATE_RE_ANY_CASE.sub(" ", subject)
    words = [w for w in tokens(subject) if w not in STOPWORDS and w not in PUNCTUATION]
    return [w for w in words if w not in _ENDORSEMENT_NOISE and not w.isdigit()]


def _lexicon_endorsement(subject: str, taxonomy: Taxonomy) -> str | None:
    """The lexicon endorsement that the whole subject names, if any."""
    words = _endorsement_words(subject)
    if not words or len(words) > 4:
        return None
    query = f"{' '.join(words)} endorsement"
    size = len(tokens(query))
    for mention in taxonomy.find_in_lines([query]):
        if mention.start > 0 or mention.end < size:
            continue
        for cid in mention.concept_ids:
            if taxonomy.concept(cid).kind in CREDENTIAL_KINDS:  # "Interprovincial Red Seal endorsement"
                return cid
    return None


def _endorsement_id(subject: str, taxonomy: Taxonomy) -> str | None:
    words = _endorsement_words(subject)
    if not words or len(words) > 4:
        return None
    whole = _lexicon_endorsement(subject, taxonomy)
    if whole is not None:
        return whole
    phrase = " ".join(words)
    for mention in taxonomy.find_in_lines([f"{phrase} endorsement"]):
        for cid in mention.concept_ids:
            if taxonomy.concept(cid).kind == "endorsement":
                return cid
    _remember_name(f"endorse:{phrase}", " ".join(subject.split()).strip(" ,").title())
    return f"endorse:{phrase}"


_STATE_LICENCE = compile_scanning(
    r"(?=[A-Z])\b(" + _STATE_NAMES + r")\s+((?:[A-Za-z0-9][A-Za-z0-9-]*\s+){1,6}?)"
    r"((?i:licen[cs]e|certificate|certification|registration|credential))\b"
)


def state_licence_groups(text: str) -> tuple[tuple[str, ...], ...]:
    """State licences the lexicon may not know: "a Massachusetts Refrigeration Technician license or
    Refrigeration Contractor license" gives one any-of group of 'licence:<state>:<words>' ids."""
    if not _CREDENTIAL_HINT.found(text):
        return ()
    text = _ISSUING_AGENCY.sub(" ", text)  # "Washington State Department of Health Surgical Technologist …"
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "California Certified Shorthand Reporter (CSR) license"
    named = [
        _named_licence(m.group(1), name, f"{m.group(1)} {name.strip()} {m.group(3)}")
        for m in _STATE_LICENCE.finditer(text)
        # "a Florida Nail Specialist or Full Specialist license": two licences of the state, either will do
        for name in _either_name(m.group(2))
    ]
    named += [  # "New York State certification in Early Childhood"
        _named_licence(m.group(1), m.group(3), m.group(0).strip()) for m in _STATE_LICENCE_IN.finditer(text)
    ]
    named += [  # "a license from the North Carolina State Board of Opticians": the board names it
        _named_licence(
            m.group(1), _without_joiners(m.group(2)), f"{m.group(1)} {m.group(2).strip()} licence"
        )
        for m in _FROM_A_BOARD.finditer(text)
        if not _board_purpose_only(m.group(2))
    ]
    named += [  # "Licensed Perfusionist in New York State": the profession, then the state
        _named_licence(m.group(2), m.group(1), f"{m.group(2)} {m.group(1).strip()} licence")
        for m in _LICENSED_IN.finditer(text)
    ]
    named += [  # "certification as a Virginia Professional Wetland Delineator": the state, then the name
        _named_licence(m.group(1), m.group(2), f"{m.group(1)} {m.group(2).strip()} licence")
        for m in _AS_A_STATE.finditer(text)
    ]
    named += [  # "licensed as an athletic trainer by the Oklahoma State Board of …": the profession names it
        _named_licence(m.group(2), m.group(1), f"{m.group(2)} {m.group(1).strip()} licence")
        for m in _LICENSED_AS.finditer(text)
    ]
    named += [  # "the denturist we hire must already be licensed by the Oregon Health Licensing Office"
        _named_licence(m.group(2), m.group(1), f"{m.group(2)} {m.group(1).strip()} licence")
        for m in _SUBJECT_LICENSED_BY.finditer(text)
    ]
    named += [  # "license to practice podiatric medicine issued by the State Medical Board of Ohio"
        _named_licence(m.group(2), _without_joiners(m.group(1)), f"{m.group(2)} {m.group(1).strip()} licence")
        for m in _TO_PRACTICE_IN.finditer(text)
    ]
    named += [  # "Washington State Department of Health license as an acupuncture practitioner"
        _named_licence(m.group(1), _without_joiners(m.group(2)), f"{m.group(1)} {m.group(2).strip()} licence")
        for m in _STATE_LICENCE_AS.finditer(text)
    ]
    named += [  # "an active occupational therapy licence issued by the Washington State Department of Health"
        _named_licence(m.group(2), subject, f"{m.group(2)} {subject} licence")
        for m in _SUBJECT_LICENCE_ISSUED_BY.finditer(text)
        if (subject := _trailing_subject(m.group(1)))
    ]
    named += [  # "Admission to the New Jersey bar", "the State Bar of California"
        _named_licence(m.group(1) or m.group(2), "bar", f"{m.group(1) or m.group(2)} bar admission")
        for m in _STATE_BAR.finditer(text)
    ]
    named += [  # "mortgage loan originator licenses in BOTH Florida and Georgia": one per state
        _named_licence(state, m.group(1), f"{state} {m.group(1).strip()} licence")
        for m in _IN_STATES.finditer(text)
        for state in re.findall(_STATE_NAMES, m.group(2))
    ]
    found = list(dict.fromkeys(key for key in named if key))
    if not found:
        return ()
    return (tuple(found),) if re.search(r"\bor\b", text) else tuple((f,) for f in found)


def with_credential_alternatives(
    licences: tuple[tuple[str, ...], ...], text: str, taxonomy: Taxonomy
) -> tuple[tuple[str, ...], ...]:
    """ "the CRC credential or a Maryland professional counselor license": a named credential given as
    the alternative to a state licence joins the licence's any-of group."""
    if len(licences) != 1 or not re.search(r"\bor\b", text):
        return licences
    states = states_named(text, credential_line=True)
    if not states:
        return licences
    alternatives = [
        group
        for group in unknown_credential_groups(text, taxonomy)
        if _joined_by_or(text, group[0], states[0])
    ]
    return (tuple(dict.fromkeys([*licences[0], *(c for g in alternatives for c in g)])),)


# "CPNP-AC or a physician assistant (PA-C) certification": an abbreviation joined by "or" to a credential
_OR_ABBREVIATION = compile_scanning(
    r"\b([A-Z][A-Z0-9]{2,7}(?:-[A-Z0-9]{1,5})?)\s+or\s+|\bor\s+(?:an?\s+|the\s+)?([A-Z][A-Z0-9]{2,7}(?:-[A-Z0-9]{1,5})?)\b"
)


def with_unknown_alternatives(
    known: tuple[tuple[str, ...], ...], text: str, taxonomy: Taxonomy
) -> tuple[tuple[str, ...], ...]:
    """A credential the lexicon does not know, given as the alternative to the one it knows, joins its any-of
    group: without it, a nurse practitioner holding the CPNP-AC would read as lacking the PA-C."""
    if len(known) != 1 or " or " not in text:
        return known
    names = (name for found in _OR_ABBREVIATION.finditer(text) for name in found.groups() if name)
    unknown = [n for n in names if sum(c.isupper() for c in n) >= 3 and not _known_term(n, taxonomy)]
    extra = [i for i in map(_credential_id, unknown) if i]
    return (tuple(dict.fromkeys([*known[0], *extra])),) if extra else known


def _joined_by_or(text: str, credential_id: str, state: str) -> bool:
    """The credential (by the first word of its id) and the state are named with "or" between them, and no
    "and" or ";": read on the words, so that it does not depend on how another posting wrote the name."""
    words = tokens(text)
    first = credential_id.partition(":")[2].split()[:1]
    state_words = tokens(state)[:1]
    if not first or not state_words or first[0] not in words or state_words[0] not in words:
        return False
    a, b = words.index(first[0]), words.index(state_words[0])  # where each is first named
    between = words[min(a, b) : max(a, b)]
    return "or" in between and "and" not in between and ";" not in between


_FROM_A_BOARD = compile_scanning(
    r"\b(?i:licen[cs]es?|certificat(?:e|ion)|registration)\s+(?:issued\s+)?(?:from|by|with)\s+the\s+("
    + _STATE_NAMES
    + r")\s+(?:State\s+)?(?:Board|Commission)\s+(?:of|for)\s+"
    # "the Alabama State Board of Registration for Foresters": the profession follows the board's purpose
    r"(?:(?:Registration|Licensure|Examiners|Certification)\s+(?:of|for)\s+)?((?:(?:[A-Z][\w-]*|and|&)\s*){1,6})"
)
_LICENSED_IN = compile_scanning(
    r"\b(?:Licensed|Certified|Registered|(?i:registration|licensure|certification)\s+as\s+an?)\s+((?:[A-Z][\w-]*\s+){1,3}?)"
    # "Registration as an Environmental Health Specialist (REHS) issued by the California Department of …"
    r"(?:\([A-Z]{2,6}\)\s+)?(?:issued\s+)?(?i:in|by|with)\s+(?:the\s+)?(?:(?i:state)\s+of\s+)?("
    + _STATE_NAMES
    + r")\b"
)
_AS_A_STATE = compile_scanning(
    r"\b(?i:certification|licensure|license|licence|registration)\s+as\s+an?\s+(" + _STATE_NAMES + r")\s+"
    r"((?:[A-Z][\w-]*\s*){1,5})"
)
_LICENSED_AS = compile_scanning(
    r"\b(?i:licensed|certified|registered)\s+as\s+an?\s+((?:[A-Za-z][\w-]*\s+){1,4}?)(?i:by|with|through|in)\s+"
    r"(?:the\s+)?(" + _STATE_NAMES + r")\b"
)
_SUBJECT_LICENSED_BY = compile_scanning(
    r"\bthe\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:we\s+(?:hire|select|choose)\s+|(?:hired|selected)\s+)?"
    r"(?:must|has to|needs to|will need to|shall)\s+(?:already\s+)?be\s+licensed\s+(?:by|in|with|through)\s+"
    r"(?:the\s+)?(" + _STATE_NAMES + r")\b"
)
_SUBJECT_LICENCE_ISSUED_BY = compile_scanning(
    r"\b((?:[a-z][a-z-]*\s+){1,4}?)licen[cs]e\s+(?:issued\s+)?(?:by|from)\s+the\s+(" + _STATE_NAMES + r")\s+"
    r"(?:State\s+)?(?:Department|Board|Commission|Division|Office)\b"
)
# words before "licence" that do not name the profession: "to hold an active … licence"
_NOT_SUBJECT = frozenset(
    {
        *("a", "an", "the", "to", "hold", "holds", "have", "has", "own", "possess"),
        *("active", "current", "valid", "unrestricted", "full", "permanent", "state", "professional", "clinical"),
    }
)


def _trailing_subject(words: str) -> str:
    """The profession in the words before "licence": "hold an active occupational therapy" gives
    "occupational therapy"."""
    subject: list[str] = []
    for word in reversed(words.split()):
        if word in _NOT_SUBJECT:
            break
        subject.insert(0, word)
    return " ".join(subject)


_TO_PRACTICE_IN = compile_scanning(
    r"\b(?i:licen[cs]e)\s+to\s+practice\s+((?:[A-Za-z][\w-]*\s+){1,5}?)(?:issued\s+)?(?i:in|by|from)\s+(?:the\s+)?"
    r"(?:(?:State|Commonwealth)\s+(?:(?:Medical|Dental|Nursing)\s+)?(?:Board\s+)?of\s+)?(" + _STATE_NAMES + r")\b"
)
_STATE_LICENCE_AS = compile_scanning(
    r"\b(" + _STATE_NAMES + r")\s+(?:State\s+)?(?:(?:Department|Board)\s+of\s+\w+(?:\s+\w+)?\s+)?"
    r"(?i:licen[cs]e)\s+as\s+an?\s+"
    r"((?:[A-Za-z][\w-]*\s*){1,5})"
)


_STATE_BAR = compile_scanning(
    r"\b(?i:admission|admitted|member(?:ship)?(?:\s+in\s+good\s+standing)?)\s+(?:to|of|in|with)\s+the\s+"
    r"(?:(" + _STATE_NAMES + r")\s+(?:State\s+)?(?i:bar)\b|(?i:state\s+bar\s+of)\s+(" + _STATE_NAMES + r")\b)"
)


def _without_joiners(name: str) -> str:
    return re.sub(r"\s(?:and|&)\s", " ", name)


_IN_STATES = compile_scanning(
    r"(?<![\w'])((?:[A-Za-z][\w'-]*\s+){1,5}?)(?i:licen[cs]es?)\s+in\s+(?:(?i:both|either)\s+)?"
    r"((?:" + _STATE_NAMES + r")(?:\s*(?:,|and|or|&)\s*(?:" + _STATE_NAMES + r"))*)\b"
)


def _named_licence(state: str, name: str, shown: str) -> str | None:
    """The id of a state licence by its name, remembering how the posting wrote it."""
    key = _state_licence_key(state, name)
    if key:
        _remember_name(key, shown)
    return key


_ISSUING_AGENCY = compile_scanning(
    r"\b(?:State\s+)?(?:Department|Dept\.?|Board|Division)\s+of\s+(?:Public\s+)?(?:Health|Licensing|Labor|Education)"
    r"(?:\s+and\s+[A-Z]\w+)*\s+(?=[A-Z(])"
)


def _board_purpose_only(name: str) -> bool:
    """ "the Arizona State Board of Technical Registration" names what the board does, not a profession:
    the licence is the one the sentence names ("Professional Engineer registration with …")."""
    return set(name.lower().split()) <= _BOARD_PURPOSE


_BOARD_PURPOSE = frozenset(
    {"technical", "registration", "licensure", "licensing", "examiners", "regulation", "and", "&"}
)


def _either_name(name: str) -> list[str]:
    parts = re.split(r"\s+or\s+", name.strip())
    if len(parts) != 2 or not all(p and p[0].isupper() and len(p.split()) <= 3 for p in parts):
        return [name]
    first, second = parts
    if len(first.split()) == 1 and len(second.split()) > 1:
        first = f"{first} {second.split(maxsplit=1)[1]}"  # "Master or Journeyman Electrician"
    return [f"{first} ", f"{second} "]


def _state_licence_key(state: str, name: str) -> str | None:
    raw = tokens(_INSURANCE_LINE.sub(r"\1 \2", name))
    words = [w for w in raw if w not in STOPWORDS and w not in _GENERIC_LICENCE_WORDS]
    if not words or set(raw) & _NOT_A_LICENCE_NAME:
        return None
    return f"licence:{state.lower()}:{' '.join(words)}"


_STATE_LICENCE_IN = compile_scanning(
    r"\b(" + _STATE_NAMES + r")\s+(?:State\s+)?"
    r"((?i:licen[cs]e|certificate|certification|registration))\s+(?i:in|as an?)\s+"
    r"((?:(?!(?:or|and|with)\b)[A-Za-z0-9][A-Za-z0-9-]*\s*){1,4})"
)
# words that show the phrase between a state and "license" is a sentence, not a licence's name
# the lines of insurance a producer licence names: "property and casualty", "life and health"
_INSURANCE_LINE = compile_scanning(r"\b(property|life|accident)\s+(?:and|&)\s+(casualty|health|sickness)\b", re.I)
_NOT_A_LICENCE_NAME = frozenset(
    tokens("and or with have has hold holds holding must be is are a an the to in of for obtain require")
)
_GENERIC_LICENCE_WORDS = frozenset(tokens("state valid current active professional teaching teacher driver's drivers"))


# words that join a sentence rather than name a credential: "CPR is required for certification"
_NOT_A_NAME_WORD = (
    r"(?:and|the|for|with|are|required|requires|preferred|must|have|hold|holds|obtain|within|current|"
    r"active|valid|plus|also|from|that|this|will|prior|any|our|your|their|who|which|not|one|all)"
)
_CREDENTIAL_NOUN = r"(?:certification|certificate|credential|licen[cs]e|designation|registration|certified|card|award)"
_ACRONYM_CREDENTIAL = compile_scanning(
    # "API 1169 Pipeline Construction Inspector certification": a body's number is part of the name;
    # the leading lookahead only lets the engine skip positions that cannot start a match
    r"(?=[A-Z])\b([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,5})?(?: \d{2,5}(?![\d.,]))?)\)?"
    # "(ASCP)", or the name spelled out: "CERTA (Certified Roofing Torch Applicator) card"
    r"(?:\s*\((?:[A-Z0-9/ -]{1,12}|(?:[A-Z][\w-]*\s?){2,6})\))?"
    r"(?:\s+(?i:specialty|board|registry|professional|specialist))?"
    # "QEI-1 Qualified Elevator Inspector certification": the spelled-out name between; or the name of
    # one of the body's credentials: "ABYC Diesel Engines certification", "RJG Master Molder II"
    # or a kind and a level: "FRA locomotive engineer certification", "IRATA Level 1 rope access card"
    r"((?:\s+(?:[A-Z][a-z]+|I{1,3}|IV|[1-5]|(?!" + _NOT_A_NAME_WORD + r"\b)[a-z]{3,})){0,4})"
    # "ADEQ Wastewater Collection Grade 3 or Grade 4 certificate": a higher level as the alternative
    r"(?:\s+or\s+(?:Grade|Level|Class|Type)\s+(?:[A-E1-5]|I{1,3}|IV)\b)?"
    r"\s+(?i:" + _CREDENTIAL_NOUN + r")\b"
)
# "Certified Orientation and Mobility Specialist (COMS)"
_NAMED_CREDENTIAL = compile_scanning(
    r"\b((?i:certified|registered|licensed)\s+(?:[A-Z][A-Za-z-]+\s+|(?:and|of|in|&)\s+){1,5}|"
    # "Professional Geophysicist (PGp)"
    r"Professional\s+[A-Z][a-z]+\s+)"
    r"\(([A-Z][A-Za-z0-9-]{1,9})\)"
)


_UNKNOWN_CREDENTIAL_HINT = _Folded(
    compile_scanning(r"certif|credential|licen[cs]|designation|registration|registered|diplomate", re.I)
)


def unknown_credential_groups(text: str, taxonomy: Taxonomy) -> tuple[tuple[str, ...], ...]:
    """Credentials the lexicon does not know, named as one: "CSCS certification", "Certified Athletic
    Trainer (ATC)". Each gives a group of 'cred:<words>' ids (the abbreviation and the spelled-out name);
    a resume holds one when a line of it names it."""
    if not _UNKNOWN_CREDENTIAL_HINT.found(text):
        return ()
    # in "CITY OF CHICAGO STATIONARY ENGINEER LICENSE REQUIRED" every word would pass for an acronym
    text = _SHOUTED_RUN.sub(lambda m: m.group(0).title(), text)
    groups: list[tuple[str, ...]] = []
    spans: list[tuple[int, int]] = []
    for match in _NAMED_CREDENTIAL.finditer(text):
        ids = [_credential_id(match.group(2)), _credential_id(match.group(1))]
        groups.append(tuple(dict.fromkeys(i for i in ids if i)))
        spans.append(match.span())
    for match in _ACRONYM_EITHER.finditer(text):  # "an ADRE salesperson or broker license"
        ids = [_credential_id(f"{match.group(1)} {match.group(k)}") for k in (2, 3)]
        groups.append(tuple(dict.fromkeys(i for i in ids if i)))
    for match in _TITLED_EITHER.finditer(text):  # "TCEQ Irrigation Technician or Licensed Irrigator license"
        if not any(_known_term(match.group(k), taxonomy) for k in (1, 2)):
            groups.append(tuple(dict.fromkeys(i for i in map(_credential_id, match.groups()) if i)))
    named = {g for group in groups for g in group}
    for match in _ACRONYM_CREDENTIAL.finditer(text):
        if _issuer_of_named(match, spans):
            continue
        cid = _credential_id(_body_and_name(match.group(1), match.group(2) or ""))
        if cid and cid not in named and not _known_term(match.group(1), taxonomy):
            alternatives = _alternatives_before(text, match.start(1), match.group(2) or "")
            chain = [_credential_id(a) for a in alternatives]
            groups.append(tuple(dict.fromkeys([*(c for c in chain if c), cid])))
    for match in _BOARD_CERTIFIED_BY.finditer(text):  # "Board Certification by the Institute of … (INCE Bd. Cert.)"
        cid = _credential_id(f"{match.group(1)} board")
        if cid and not _known_term(match.group(1), taxonomy):
            groups.append((cid,))
    # "Board Certification in Family Law by the Texas Board of …", "Diplomate of the American Board of Endodontics"
    for match in (*_BOARD_CERTIFIED_IN.finditer(text), *_DIPLOMATE_OF.finditer(text)):
        groups.append(_board_certification(match.group(1)))
    if not groups and " or " not in text:  # "3M Certified Graphics Installer", named once and alone
        for match in _BODY_CERTIFIED.finditer(text):
            cid = _credential_id(match.group(0))
            if cid and not _known_credential(match.group(0), taxonomy):
                groups.append((cid,))
    for match in _LICENSED_PROFESSION.finditer(text):  # "be a licensed trademark agent in good standing with"
        cid = _credential_id(match.group(2))
        if cid and not _known_credential(match.group(0).split(maxsplit=2)[2], taxonomy):  # "registered nurse"
            groups.append((cid,))
    if not groups:
        groups += _titled_credentials(text, taxonomy)
    return tuple(g for g in dict.fromkeys(groups) if g)


def _issuer_of_named(match: re.Match[str], named: Sequence[tuple[int, int]]) -> bool:
    """ "ABC Certified Fitter-orthotics (CFo)": the initials are the body that issues the named credential,
    not a credential of their own beside it."""
    return not (match.group(2) or "").strip() and any(start < match.end() <= end for start, end in named)


# a body written as initials or with a digit ("3M", "NCRA"), not a name ("Lake City Motors Certified Repair Center")
_BODY_CERTIFIED = compile_scanning(
    r"\b(?:[A-Z]*\d[A-Z\d]*|[A-Z]{2,}[A-Za-z\d]*) Certified (?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+\b"
)
_LICENSED_PROFESSION = compile_scanning(
    r"\b(?:be|as) an? (licensed|registered) ((?:[a-z]+ ){0,2}[a-z]+)(?= in good standing| with the| by the| \()"
)


_BOARD_CERTIFIED_BY = compile_scanning(
    r"\b(?i:board certifi(?:cation|ed))\s+(?:by|from|through)\s+the\s+[A-Z][\w&,' -]{3,80}?\s+\(([A-Z]{2,8})\b"
)


# "Member of IATSE Local 161 in good standing", "a member in good standing of the Ordre des ingénieurs du Québec"
_MEMBERSHIP = compile_scanning(
    r"\b(?i:member(?:ship)?\s+(?:in good standing\s+)?(?:of|in|with)\s+(?:the\s+)?)"
    r"((?:[A-Z][\w&.'’-]*|\d+)(?:\s+(?:of|des|du|de|and|&)\s+[\w&.'’-]+|\s+(?:[A-Z][\w&.'’-]*|\d+)){0,6})"
)


def membership_groups(text: str) -> tuple[tuple[str, ...], ...]:
    """A membership asked "in good standing" is held as a credential is: by a resume line naming the body."""
    ids = (_credential_id(match.group(1)) for match in _MEMBERSHIP.finditer(text))
    return tuple((i,) for i in dict.fromkeys(ids) if i)


def _board_certification(field: str) -> tuple[str, ...]:
    """A board-certified specialist lists it as such, as a "Diplomate" in the field, or under the board that
    certifies it ("American Board of Internal Medicine: Internal Medicine (2018); Gastroenterology (2021)")."""
    ids = (_credential_id(f"{kind} {field}") for kind in ("board certified", "diplomate", "board"))
    return tuple(i for i in ids if i)


_DIPLOMATE_OF = compile_scanning(
    r"\bDiplomate,?\s+(?:of\s+)?(?:the\s+)?American Board of ([A-Z][\w&'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'-]*){0,4})"
)
_BOARD_CERTIFIED_IN = compile_scanning(
    r"\b(?i:board certifi(?:cation|ed))\s+in\s+([A-Z][\w&'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'-]*){0,4})"
)
_SHOUTED_RUN = compile_scanning(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,}){3,}\b")
# "City of Chicago Stationary Engineer license": a credential named in capitals without a body's acronym
_TITLED_CREDENTIAL = compile_scanning(r"\b((?:[A-Z][a-z]{2,}\s+){2})(?i:licen[cs]e)\b")
_NOT_A_CREDENTIAL_NAME = frozenset(
    tokens("valid current active state professional unrestricted required appropriate applicable relevant national "
           "federal city county municipal driver drivers commercial standard")
)


def _titled_credentials(text: str, taxonomy: Taxonomy) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for match in _TITLED_CREDENTIAL.finditer(text):
        name = match.group(1).strip()
        if set(tokens(name)) & _NOT_A_CREDENTIAL_NAME or _known_term(name, taxonomy):
            continue
        cid = _credential_id(name)
        if cid:
            found.append((cid,))
    return found


_TITLED_EITHER = compile_scanning(
    r"\b((?:[A-Z][A-Z0-9]{1,7}\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+or\s+(?:an?\s+)?"
    r"((?:Licensed|Certified|Registered)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?i:licen[cs]e|certificat(?:e|ion)|registration)\b"
)
_ACRONYM_EITHER = compile_scanning(
    r"\b([A-Z][A-Z0-9]{1,7})\s+([a-z]{4,})\s+or\s+([a-z]{4,})\s+(?i:" + _CREDENTIAL_NOUN + r")\b"
)


def named_credential_groups(names: Sequence[str], clause: str) -> tuple[tuple[str, ...], ...]:
    """ "Certified first assist credential (CRNFA, RNFA or CNFA)", "Certified Cicerone": in a clause
    about a credential, the names it gives in capitals or after "Certified" are the credentials, any one
    of which will do."""
    listed = " ".join(m.group(1) for m in _CREDENTIAL_LIST.finditer(clause))
    ids = [
        _credential_id(name)
        for name in names
        if (_ACRONYM_NAME.match(name) and re.search(rf"\b{re.escape(name)}\b", listed))
        or f"certified {name.lower()}" in clause.lower()
        or (_ACRONYM_NAME.match(name) and _named_before_credential_word(name, clause))
        or (_longest(name, names) and _names_a_product_credential(name, clause, names))
    ]
    found = tuple(dict.fromkeys(i for i in ids if i))
    return (found,) if found else ()


_ACRONYM_NAME = compile_scanning(r"^[A-Z][A-Z0-9-]{1,7}$")


_CONSIDERED_INSTEAD = compile_scanning(r"\b(?:may|might|will|can) (?:also )?be (?:considered|accepted)\b")
_NEGATED = compile_scanning(r"\bnot\b|n't\b")
_PRODUCT_WORD = compile_scanning(r"\b[A-Z][a-z]+[A-Z]|\b[A-Za-z]+[0-9]")


def _longest(name: str, names: Sequence[str]) -> bool:
    return not any(name != other and name in other for other in names)


def _names_a_product_credential(name: str, clause: str, names: Sequence[str]) -> bool:
    """ "a current LenelS2 OnGuard technical certification", "Mercury Master Technician certification", and
    each name of "SAFe Release Train Engineer or SAFe Practice Consultant certification". A name of one
    plain word is left out: "a Health Science certificate" names a field, "Education certification" a body."""
    if not _PRODUCT_WORD.search(name) and " " not in name:
        return False
    if _CONSIDERED_INSTEAD.search(clause) or _NEGATED.search(clause):
        return False  # "a Health Science certificate ... may be considered", "an ESN credential does not authorize"
    if re.search(rf"\b{re.escape(name)}\s+(?:[a-z]+\s+)?(?:certification|certificate|credential)\b", clause):
        return True
    return any(f"{name} or " in clause and clause.index(name) < clause.index(other)
               and _names_a_product_credential(other, clause, ()) for other in names if other != name)


def _named_before_credential_word(name: str, clause: str) -> bool:
    """ "an active CHRC (Certified in Healthcare Research Compliance) credential": the acronym names the
    credential the word after it (or after its spelled-out form) says it is."""
    return (
        re.search(
            rf"\b{re.escape(name)}\b(?:\s*\([^()]*\))?\s+(?i:credential|certification|certificate|licen[cs]e|"
            r"designation|registration)\b",
            clause,
        )
        is not None
    )
# the parenthesis that lists the credentials a credential word names: "credential (CRNFA, RNFA or CNFA)"
_CREDENTIAL_LIST = re.compile(r"(?i:certif\w*|credential\w*|licen[cs]\w*|designation|registration)\s*\(([^()]*)\)")


def _body_and_name(acronym: str, between: str) -> str:
    """ "ABYC Diesel Engines": one of the body's credentials, named in full; "QEI-1 Qualified Elevator
    Inspector": the acronym spelled out, and "API 1169 Pipeline Inspector": a numbered credential, each
    named by the acronym."""
    words = between.split()
    initials = "".join(w[0] for w in words).upper()
    if not words or any(c.isdigit() for c in acronym) or initials == re.sub(r"[^A-Z]", "", acronym)[: len(words)]:
        return acronym
    return f"{acronym} {between.strip()}"


# Credentials named by a body and a test code: "ASE L2", "ASE T2 and T6", "ARRT (M)", "ARRT (R)(CT)"
_CODED_CREDENTIALS = (
    (compile_scanning(r"\bASE\b"), compile_scanning(r"\b([ABEGHLPSTX]\d{1,2})\b", re.I)),
    (compile_scanning(r"\bARRT\b"), compile_scanning(r"\((R|N|T|CT|MR|MRI|M|BD|CV|CI|VI|QM|S|BS|IR|RA)\)")),
)


def coded_credential_groups(text: str) -> tuple[tuple[str, ...], ...]:
    """Each code after the body's name is a credential; a resume holds one when a line of it names the
    body and the code ("ASE Medium-Heavy Truck: T2 Diesel Engines", "ARRT (R)(CT)")."""
    for body, code in _CODED_CREDENTIALS:
        found = body.search(text)
        if not found:
            continue
        tail = text[found.end() :]
        codes = dict.fromkeys(c.upper() for c in code.findall(tail))
        ids = [cid for cid in (_credential_id(f"{found.group(0)} {c}") for c in codes) if cid]
        if ids:
            return (tuple(ids),) if re.search(r"\bor\b", tail) else tuple((cid,) for cid in ids)
    return ()


# "MLS(ASCP), M(ASCP) or MT(AMT)": a one-letter credential is named by the body in parentheses after it
_ACRONYM = re.compile(r"(?=[A-Z])\b(?:[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,5})?(?: \d{2,5}(?![\d.,]))?\b|[A-Z](?=\([A-Z]))")
_OR_JOIN = compile_scanning(r"^(?:\s*\([^)]*\))?\s*(?:or|/|,)\s*$")


def _alternatives_before(text: str, end: int, name: str = "") -> list[str]:
    """Acronyms joined to the one at `end` by "or": "CRCST (HSPA) or CSPDT (CBSPD) certification", or
    with the same credential name: "SPRAT Level 1 or IRATA Level 1 certification"."""
    found: list[str] = []
    outside = [m for m in _ACRONYM.finditer(text, 0, end) if not text[: m.start()].rstrip().endswith("(")]
    for match in reversed(outside):
        between = text[match.end() : end]
        if name.strip() and between.startswith(name) and _OR_JOIN.match(between[len(name) :]):
            found.insert(0, _body_and_name(match.group(0), name))
            end = match.start()
            continue
        if between == " " and not found:
            end = match.start()  # "RETA CIRO": the body before the credential, not an alternative
            continue
        if not _OR_JOIN.match(between):
            if between == " ":
                end = match.start()  # "RETA CARO or RETA CIRO": the body again, before an alternative
                continue
            break
        found.insert(0, match.group(0))
        end = match.start()
    return found


@lru_cache(maxsize=4096)
def _known_term(term: str, taxonomy: Taxonomy) -> bool:
    return bool(taxonomy.find_in_lines([term]))


def _known_credential(term: str, taxonomy: Taxonomy) -> bool:
    found = taxonomy.find_in_lines([term])
    return any(taxonomy.concept(c).kind in CREDENTIAL_KINDS for m in found for c in m.concept_ids)


_DRIVING = tokens("driver")[0]


def _credential_id(name: str) -> str | None:
    words = [w for w in tokens(name) if w not in STOPWORDS and w not in PUNCTUATION and w != "-"]
    if not words or (len(words) == 1 and len(words[0]) < 2) or _DRIVING in words:
        return None  # "a valid AZ driver license" is the driver's licence nearly everyone holds
    key = f"cred:{' '.join(words)}"
    _remember_name(key, " ".join(name.split()))
    return key
