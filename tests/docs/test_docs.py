"""The documentation stays true: the CLI reference matches --help, and every workbook field is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from offergap.cli.reference import cli_reference
from offergap.workbook import Workbook

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_cli_reference_is_current() -> None:
    assert (DOCS / "cli.md").read_text() == cli_reference(), (
        "docs/cli.md is stale: run `python -m offergap.cli.reference > docs/cli.md`"
    )


def _field_names(model: type, seen: set[type] | None = None) -> set[str]:
    from pydantic import BaseModel

    seen = seen or set()
    names: set[str] = set()
    for name, info in model.model_fields.items():  # type: ignore[attr-defined]
        names.add(name)
        for arg in (*getattr(info.annotation, "__args__", ()), info.annotation):
            inner = getattr(arg, "__args__", (arg,))
            for candidate in inner:
                if isinstance(candidate, type) and issubclass(candidate, BaseModel) and candidate not in seen:
                    seen.add(candidate)
                    names |= _field_names(candidate, seen)
    return names


@pytest.mark.parametrize("name", sorted(_field_names(Workbook)))
def test_every_workbook_field_is_documented(name: str) -> None:
    assert f"`{name}`" in (DOCS / "workbook.md").read_text()
