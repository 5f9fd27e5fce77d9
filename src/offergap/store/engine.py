"""Opening the database: the default embedded SQLite file, or any SQLAlchemy URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from offergap.errors import InvalidInput

ENV_VAR = "OFFERGAP_DB"


def default_url() -> str:
    folder = Path(user_data_dir("offergap", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'offergap.db'}"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get(ENV_VAR) or default_url()


def _normalise(url: str) -> str:
    # psycopg 3 is the only PostgreSQL driver offergap ships with.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    url = _normalise(resolve_url(url))
    try:
        if url.startswith("sqlite"):
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ModuleNotFoundError) as error:
        raise InvalidInput(
            f"cannot use database URL {url!r}: {error}",
            hint="use sqlite:///path/to/file.db or postgresql+psycopg://user@host/dbname",
        ) from None


def _sqlite_engine(url: str) -> Engine:
    in_memory = url in {"sqlite://", "sqlite:///:memory:"}
    options: dict[str, Any] = {"poolclass": StaticPool} if in_memory else {}
    engine = create_engine(url, connect_args={"check_same_thread": False}, **options)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine
