"""The learned question model: its inference matches scikit-learn's, and how it is weighed against cues."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

from offergap.analysis import questions as q
from offergap.analysis.question_model import features, model_from_json, question_model
from offergap.analysis.questions import judge_question, model_text

ROOT = Path(__file__).resolve().parents[2]


def load_trainer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("trainer", ROOT / "bench/conduct/train_question_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_features_are_unit_length_and_deterministic() -> None:
    found = features("How soon could I transfer to another team?")
    assert found == features("How soon could I transfer to another team?")
    assert math.isclose(sum(v * v for v in found.values()), 1.0)
    assert {"w:transfer", "b:another team", "c: tr"} <= found.keys()


def test_inference_matches_scikit_learn(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    trainer = load_trainer()
    out = tmp_path / "model.json"
    sets = [ROOT / "bench/conduct/holdout4.jsonl"]
    trainer.main(["--train", *map(str, sets), "--out", str(out), "--c", "30"])
    model = model_from_json(json.loads(out.read_text()))
    texts, _ = trainer.load(sets)
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features(t) for t in texts)
    reference = trainer.fit(30.0, matrix, trainer.load(sets)[1])
    # the same text gets the same category from the shipped weights as from scikit-learn
    # (the weights are rounded and pruned, so a near tie may differ; allow one in a hundred)
    ours = [max(model.probabilities(t).items(), key=lambda kv: kv[1])[0] for t in texts]
    theirs = reference.predict(vectorizer.transform(features(t) for t in texts))
    agree = [a == b for a, b in zip(ours, theirs, strict=True)]
    assert sum(agree) / len(agree) >= 0.99


def test_probabilities_sum_to_one() -> None:
    found = question_model().probabilities(model_text("What would my first month look like?"))
    assert set(found) == {"research", "role", "process", "premature", "red_flag"}
    assert math.isclose(sum(found.values()), 1.0)


def test_a_model_decision_says_so_and_names_words_of_the_question() -> None:
    judged = judge_question("Realistically, how much can I coast once I'm past probation?")
    assert judged.category == "red_flag" and judged.verdict == "avoid"
    assert "model learned from labelled questions" in judged.why
    named = judged.why.split("(", 1)[1].split(")", 1)[0]
    assert all(word.strip('" ') in model_text(judged.question) for word in named.split(","))


def test_a_cue_for_research_is_never_outweighed_by_role_or_process() -> None:
    probabilities = {"research": 0.05, "role": 0.9, "process": 0.03, "premature": 0.01, "red_flag": 0.01}
    assert q._weigh(probabilities, "research") == "research"
    assert q._weigh({**probabilities, "role": 0.1, "red_flag": 0.85}, "research") == "red_flag"


def test_a_red_flag_cue_is_not_softened_to_premature() -> None:
    probabilities = {"research": 0.0, "role": 0.05, "process": 0.0, "premature": 0.9, "red_flag": 0.05}
    assert q._weigh(probabilities, "red_flag") == "red_flag"


def test_costly_categories_win_near_ties() -> None:
    probabilities = {"research": 0.0, "role": 0.45, "process": 0.0, "premature": 0.4, "red_flag": 0.15}
    assert q._weigh(probabilities, None) == "premature"
