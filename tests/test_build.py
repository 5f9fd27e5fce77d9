"""The build compiles what it says: every module setup.py hands to mypyc exists, and the docs say how to skip it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _compiled() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "COMPILED" for t in node.targets):
            return [ast.literal_eval(item) for item in node.value.elts]  # type: ignore[attr-defined]
    return []


def test_every_compiled_module_exists_and_is_part_of_the_package() -> None:
    compiled = _compiled()
    assert len(compiled) >= 5
    for path in compiled:
        assert (ROOT / path).is_file(), path
        assert path.startswith("src/offergap/analysis/"), path


def test_the_pickled_taxonomy_module_is_not_compiled() -> None:
    assert "src/offergap/analysis/skills.py" not in _compiled()  # its Taxonomy is pickled to the disk cache


def test_the_docs_say_how_to_install_without_compiling() -> None:
    assert "OFFERGAP_PURE_PYTHON" in (ROOT / "docs" / "fit.md").read_text(encoding="utf-8")
    assert "mypyc" in (ROOT / "README.md").read_text(encoding="utf-8")
