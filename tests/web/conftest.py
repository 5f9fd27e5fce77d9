"""Fixtures for the web app: an app on a fresh database per test, and a shared "world" per module
(two seekers, two counselors, one invitation accepted) for the read-only access checks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from offergap.web import create_app
from tests.web.helpers import SECRET, World, build_world


@pytest.fixture
def app(db_url: str) -> Iterator[FastAPI]:
    application = create_app(db_url, secret_key=SECRET)
    yield application
    application.state.web.store.close()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def module_db_url(tmp_path_factory: pytest.TempPathFactory, pg_base_url: str | None) -> Iterator[str]:
    """Like `db_url`, for a whole test module."""
    if pg_base_url is None:
        folder: Path = tmp_path_factory.mktemp("web")
        yield f"sqlite:///{folder / 'offergap.db'}"
        return
    schema = f"w_{uuid.uuid4().hex[:16]}"
    admin = create_engine(pg_base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{pg_base_url}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="module")
def world(module_db_url: str) -> Iterator[World]:
    application = create_app(module_db_url, secret_key=SECRET)
    try:
        yield build_world(application)
    finally:
        application.state.web.store.close()
