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
from dataclasses import dataclass
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


_STATEMENT_FIRST = re.compile(r"[a-z0-9%)][.!;:] +\w|[a-z0-9] +- +\w")


def _shape(text: str) -> list[str]:
    """Features of the question's form: a statement before the question (often a fact about the
    employer), and a number."""
    shape = []
    if _STATEMENT_FIRST.search(text):
        shape.append("s:statement first")
    if any(c.isdigit() for c in text):
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


@dataclass(frozen=True)
class QuestionModel:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, text: str) -> dict[str, float]:
        names = feature_names(text)
        rows = [row for row in map(self.weights.get, names) if row is not None]
        # Every feature has the value 1/sqrt(n), so a class's score is a plain sum scaled once.
        scale = 1.0 / math.sqrt(len(names)) if names else 0.0
        sums = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(self.classes)
        scores = [b + scale * total for b, total in zip(self.intercepts, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def evidence(self, text: str, category: str, limit: int = 3) -> tuple[str, ...]:
        """The word features that pushed hardest towards the category, strongest first."""
        index = self.classes.index(category)
        pulls: dict[str, float] = {}
        for name in feature_names(text):
            row = self.weights.get(name)
            if row is not None and name.startswith(("w:", "b:")):
                pulls[name[2:]] = row[index] - sum(row) / len(row)
        best = sorted((w for w in pulls if pulls[w] > 0), key=lambda w: -pulls[w])
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
