"""A small linear model of the five question categories, for questions no cue list recognises.

The cue lists in `questions.py` name the words that decide a category, but real candidates find new
wordings faster than lists grow ("How much can I coast once I'm past probation?"). This model,
a multinomial logistic regression over word and character n-grams, was trained offline on the
project's labelled questions (`bench/conduct/train_question_model.py`) and ships as plain weights
in `offergap/data/question_model.json`: no scikit-learn, no network and no large model at run time.
"""

from __future__ import annotations

import json
import math
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from offergap.analysis.textutil_conduct import words

MODEL_FILE = "question_model.json"


def feature_names(text: str) -> set[str]:
    """Word unigrams and bigrams and in-word character 3- to 5-grams, each counted once."""
    tokens = words(text)
    found: set[str] = set()
    for token in tokens:
        found.update(_token_features(token))
    found.update(f"b:{first} {second}" for first, second in pairwise(tokens))
    found.update(_shape(text))
    return found


_DIGIT = re.compile(r"\d")
_STATEMENT_FIRST = re.compile(r"[a-z0-9%)][.!;:] +\w|[a-z0-9] +- +\w")


def _shape(text: str) -> list[str]:
    """Features of the question's form: a statement before the question (often a fact about the
    employer), and a number."""
    shape = []
    if _STATEMENT_FIRST.search(text):
        shape.append("s:statement first")
    if _DIGIT.search(text):
        shape.append("s:number")
    return shape


@lru_cache(maxsize=65536)
def _token_features(token: str) -> tuple[str, ...]:
    padded = f" {token} "
    grams = {"c:" + padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)}
    return ("w:" + token, *grams)


def features(text: str) -> dict[str, float]:
    """The feature vector: every feature present has the same value, and the vector has length 1."""
    names = feature_names(text)
    value = 1.0 / math.sqrt(len(names)) if names else 0.0
    return dict.fromkeys(names, value)


_Row = tuple[float, ...]
_MAX_NUMBERED = 1_000_000


@dataclass(frozen=True)
class QuestionModel:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, _Row]
    # Words recur far more than questions do, so each word's features are numbered once and kept as
    # a set of numbers: the features of a question are then one union of small integer sets, and
    # the weight rows a list lookup, instead of a string search in the large weight table each time.
    _ids: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _rows: list[_Row | None] = field(default_factory=list, compare=False, repr=False)
    _words: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)
    _numbering: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def probabilities(self, text: str) -> dict[str, float]:
        count, rows = self._weighed_features(text)
        # Every feature has the value 1/sqrt(n), so a class's score is a plain sum scaled once.
        scale = 1.0 / math.sqrt(count) if count else 0.0
        sums = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(self.classes)
        scores = [b + scale * total for b, total in zip(self.intercepts, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def _weighed_features(self, text: str) -> tuple[int, list[_Row]]:
        """How many distinct features feature_names(text) gives, and the weight rows of those the
        model knows."""
        tokens = words(text)
        ids: set[int] = set().union(*(self._words.get(t) or self._token_ids(t) for t in tokens))
        rows = [row for row in map(self._rows.__getitem__, ids) if row is not None]
        # word pairs and the question's shape never share a name with a word's own features
        others = {*(f"b:{a} {b}" for a, b in pairwise(tokens)), *_shape(text)}
        rows += [row for row in map(self.weights.get, others) if row is not None]
        return len(ids) + len(others), rows

    def _token_ids(self, token: str) -> frozenset[int]:
        with self._numbering:  # the web app judges questions on several threads
            if len(self._rows) > _MAX_NUMBERED:  # a long stream of new words: number afresh
                self._ids.clear()
                self._rows.clear()
                self._words.clear()
            numbered = frozenset(map(self._feature_id, _token_features(token)))
            self._words[token] = numbered
            return numbered

    def _feature_id(self, name: str) -> int:
        found = self._ids.get(name)
        if found is None:
            found = self._ids[name] = len(self._rows)
            self._rows.append(self.weights.get(name))
        return found

    def evidence(self, text: str, category: str, limit: int = 3) -> tuple[str, ...]:
        """The word features that pushed hardest towards the category, strongest first."""
        index = self.classes.index(category)
        pulls: dict[str, float] = {}
        tokens = words(text)
        for name in {*(f"w:{t}" for t in tokens), *(f"b:{a} {b}" for a, b in pairwise(tokens))}:
            row = self.weights.get(name)
            if row is not None:
                pulls[name[2:]] = row[index] - sum(row) / len(row)
        best = sorted((w for w in pulls if pulls[w] > 0), key=lambda w: (-pulls[w], w))
        return tuple(best[:limit])


def model_from_json(data: dict[str, object]) -> QuestionModel:
    classes = tuple(str(c) for c in data["classes"])  # type: ignore[attr-defined]
    intercepts = tuple(float(x) for x in data["intercepts"])  # type: ignore[attr-defined]
    weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}  # type: ignore[attr-defined]
    return QuestionModel(classes, intercepts, weights)


@lru_cache(maxsize=1)
def question_model() -> QuestionModel:
    text = resources.files("offergap").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return model_from_json(json.loads(text))
