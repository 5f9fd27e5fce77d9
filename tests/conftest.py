"""Every test gets its own real database: a SQLite file in tmp_path, or (with
OFFERGAP_TEST_DB=postgresql) a fresh schema on the PostgreSQL server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from offergap.store import Store, open_store

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"


def _pg_base_url() -> str | None:
    wanted = os.environ.get("OFFERGAP_TEST_DB", "")
    if wanted in {"postgres", "postgresql"}:
        return DEFAULT_PG
    return wanted if wanted.startswith("postgresql") else None


def _pg_unavailable(url: str) -> str | None:
    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except Exception as error:
        return f"PostgreSQL at {url} is not reachable: {error.__class__.__name__}"
    return None


@pytest.fixture(scope="session")
def pg_base_url() -> str | None:
    url = _pg_base_url()
    if url is None:
        return None
    reason = _pg_unavailable(url)
    if reason and os.environ.get("CI") == "true":
        pytest.fail(reason + " (CI requires it)")
    if reason:
        pytest.skip(reason)
    return url


@contextmanager
def fresh_database(folder: Path, pg_base_url: str | None, prefix: str = "t") -> Iterator[str]:
    """A URL to a brand-new database: a SQLite file in `folder`, or a PostgreSQL schema dropped after."""
    if pg_base_url is None:
        yield f"sqlite:///{folder / 'offergap.db'}"
        return
    schema = f"{prefix}_{uuid.uuid4().hex[:16]}"
    admin = create_engine(pg_base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{pg_base_url}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db_url(tmp_path: Path, pg_base_url: str | None) -> Iterator[str]:
    """A URL to a brand-new, empty database for this test alone."""
    with fresh_database(tmp_path, pg_base_url) as url:
        yield url


@pytest.fixture
def fresh_db(db_url: str) -> Iterator[Store]:
    store = open_store(db_url)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.skip(f"the shared development sets are not at {DEV}")
    return DEV
