from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from offergap.errors import Conflict, InvalidInput, NotFound
from offergap.ingest.documents import extract_text
from offergap.store import Store, open_store
from offergap.store import schema as t
from offergap.store.migrate import head_revision
from offergap.workbook import Event, Expense, Opportunity, load_workbook, validate_workbook


def count_rows(store: Store) -> dict[str, int]:
    with store.transaction() as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in t.metadata.sorted_tables
        }


def test_a_failed_import_writes_nothing(fresh_db: Store, tmp_path: Path) -> None:
    raw = {
        "format": "offergap.workbook/1",
        "resumes": [{"id": "r1", "path": "missing.pdf"}],
        "opportunities": [{"id": "o1", "company": "A", "title": "T"}],
    }
    before = count_rows(fresh_db)
    with pytest.raises(InvalidInput, match="resume file"):
        fresh_db.import_workbook(validate_workbook(raw), base_dir=tmp_path)
    assert count_rows(fresh_db) == before


def test_resume_paths_are_read_relative_to_the_workbook(fresh_db: Store, tmp_path: Path) -> None:
    (tmp_path / "cv.md").write_text("# Dana\nSQL, Tableau")
    raw = {"format": "offergap.workbook/1", "resumes": [{"id": "r1", "path": "cv.md"}]}
    fresh_db.import_workbook(validate_workbook(raw), base_dir=tmp_path)
    exported = fresh_db.export_workbook()
    assert exported.resumes[0].text == "# Dana\nSQL, Tableau"
    assert exported.resumes[0].path == "cv.md"


def test_resume_versions_keep_the_original_bytes(fresh_db: Store) -> None:
    first = fresh_db.add_resume(extract_text(b"Analyst, SQL", "cv.txt"), label="general")
    second = fresh_db.add_resume(extract_text(b"Analyst, SQL, dbt", "cv.txt"), key=first.key)
    assert (first.version, second.version) == (1, 2)
    with fresh_db.transaction() as conn:
        stored = conn.execute(
            select(t.resume_version.c.content).order_by(t.resume_version.c.version)
        ).scalars()
        assert list(stored) == [b"Analyst, SQL", b"Analyst, SQL, dbt"]
    assert fresh_db.export_workbook().resumes[0].text == "Analyst, SQL, dbt"


def test_adding_events_and_expenses(fresh_db: Store) -> None:
    opp = Opportunity(id="o1", company="Acme", title="Analyst")
    fresh_db.add_opportunity(opp)
    fresh_db.add_event("o1", Event.model_validate({"type": "screen", "date": "2026-10-01"}))
    fresh_db.add_expense(
        "o1", Expense.model_validate({"category": "travel", "amount": 12.5, "currency": "USD"})
    )
    stored = fresh_db.opportunity("o1")
    assert [e.type for e in stored.events or []] == ["screen"]
    assert [str(x.amount) for x in stored.expenses or []] in (["12.5000"], ["12.5"])
    with pytest.raises(Conflict):
        fresh_db.add_opportunity(opp)
    with pytest.raises(NotFound):
        fresh_db.add_event("nope", Event.model_validate({"type": "screen", "date": "2026-10-01"}))


def test_several_seekers_need_a_choice(fresh_db: Store, dev_dir: Path) -> None:
    fresh_db.import_workbook(load_workbook(dev_dir / "diagnose" / "dev-normal.json"))
    fresh_db.import_workbook(load_workbook(dev_dir / "diagnose" / "dev-skills.json"))
    with pytest.raises(InvalidInput, match="several seekers"):
        fresh_db.export_workbook()
    assert fresh_db.export_workbook("Denise Carter").seeker is not None
    with pytest.raises(NotFound, match="no seeker named"):
        fresh_db.export_workbook("Nobody")


def test_queries_are_scoped_to_the_seeker(fresh_db: Store, dev_dir: Path) -> None:
    fresh_db.import_workbook(load_workbook(dev_dir / "diagnose" / "dev-normal.json"))
    fresh_db.import_workbook(load_workbook(dev_dir / "diagnose" / "dev-skills.json"))
    denise = fresh_db.export_workbook("Denise Carter")
    other = next(s.name for s in fresh_db.seekers() if s.name != "Denise Carter")
    with pytest.raises(NotFound):
        fresh_db.opportunity(denise.opportunities[0].id, seeker=other)


def test_the_database_is_migrated_on_first_use(db_url: str) -> None:
    store = open_store(db_url)
    with store.transaction() as conn:
        version = conn.exec_driver_sql("select version_num from alembic_version").scalar_one()
    store.close()
    assert version == head_revision()


def test_an_unreachable_database_is_a_clear_error() -> None:
    from offergap.store import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable, match="cannot open the database"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_fits_are_cached_and_recomputed_when_the_posting_changes(fresh_db: Store, dev_dir: Path) -> None:
    workbook = load_workbook(dev_dir / "diagnose" / "dev-targeting.json")
    fresh_db.import_workbook(workbook)
    first = fresh_db.fits()
    assert first and not any(f.cached for f in first.values())
    again = fresh_db.fits()
    assert all(f.cached for f in again.values()) and again.keys() == first.keys()
    target = workbook.opportunities[0]
    assert target.posting is not None
    changed = target.model_copy(update={"posting": target.posting.model_copy(update={"text": "Registered Nurse. "
                                        "Required: active RN licence, BLS, 3 years of acute care."})})
    fresh_db.save_opportunity(changed)
    third = fresh_db.fits()
    assert not third[target.id].cached and third[target.id].score != first[target.id].score
    assert all(third[k].cached for k in third if k != target.id)
