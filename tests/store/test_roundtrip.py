"""Import A, export B, import B into a fresh database, export C: B == C and B carries A."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from offergap.store import Store, open_store
from offergap.workbook import dump_workbook, load_workbook, validate_workbook
from tests.strategies import workbooks


def assert_carries(original: Any, exported: Any, path: str = "$") -> None:
    """Every non-null value of `original` is in `exported` at the same place."""
    if isinstance(original, dict):
        assert isinstance(exported, dict), path
        for key, value in original.items():
            if value is not None:
                assert key in exported, f"{path}.{key} was dropped"
                assert_carries(value, exported[key], f"{path}.{key}")
    elif isinstance(original, list):
        assert isinstance(exported, list) and len(exported) == len(original), path
        for index, (a, b) in enumerate(zip(original, exported, strict=True)):
            assert_carries(a, b, f"{path}[{index}]")
    elif isinstance(original, float | int) and not isinstance(original, bool):
        assert float(exported) == pytest.approx(float(original)), path
    else:
        assert exported == original, path


def round_trip(raw: dict[str, Any], first: Store, second: Store) -> tuple[dict[str, Any], dict[str, Any]]:
    first.import_workbook(validate_workbook(raw))
    b = dump_workbook(first.export_workbook())
    second.import_workbook(validate_workbook(b))
    c = dump_workbook(second.export_workbook())
    return b, c


def dev_workbooks() -> list[Path]:
    dev = Path(__file__).resolve().parents[3] / "shared" / "dev"
    return sorted(dev.glob("**/*.json"))


@pytest.mark.parametrize("path", dev_workbooks(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_dev_workbooks_round_trip_losslessly(
    path: Path, fresh_db: Store, db_url: str, tmp_path: Path
) -> None:
    raw = json.loads(path.read_text())
    second = open_store(f"sqlite:///{tmp_path / 'second.db'}")
    b, c = round_trip(raw, fresh_db, second)
    second.close()
    assert b == c
    assert_carries(raw, b)


def test_reimporting_the_same_workbook_changes_nothing(fresh_db: Store, dev_dir: Path) -> None:
    workbook = load_workbook(dev_dir / "diagnose" / "dev-pseudo.json")
    first = fresh_db.import_workbook(workbook)
    again = fresh_db.import_workbook(workbook)
    assert len(first.added) == len(workbook.opportunities) > 0
    assert again.added == () and again.updated == ()
    assert set(again.skipped) == {o.id for o in workbook.opportunities}
    assert dump_workbook(fresh_db.export_workbook()) == dump_workbook(workbook)


def test_a_changed_opportunity_is_updated_in_place(fresh_db: Store, dev_dir: Path) -> None:
    workbook = load_workbook(dev_dir / "diagnose" / "dev-normal.json")
    fresh_db.import_workbook(workbook)
    target = workbook.opportunities[0]
    changed = target.model_copy(update={"title": target.title + " II", "events": (target.events or [])[:1]})
    edited = workbook.model_copy(update={"opportunities": [changed, *workbook.opportunities[1:]]})
    report = fresh_db.import_workbook(edited)
    assert report.updated == (target.id,) and report.added == ()
    stored = fresh_db.opportunity(target.id)
    assert stored.title == target.title + " II"
    assert stored.events == (target.events or [])[:1]
    assert len(fresh_db.export_workbook().opportunities) == len(workbook.opportunities)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=workbooks())
def test_generated_workbooks_round_trip(
    raw: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    first, second = open_store(f"sqlite:///{folder / 'a.db'}"), open_store(f"sqlite:///{folder / 'b.db'}")
    try:
        b, c = round_trip(raw, first, second)
    finally:
        first.close()
        second.close()
    assert b == c
    assert_carries(raw, b)
