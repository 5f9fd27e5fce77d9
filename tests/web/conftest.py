"""Fixtures for the web app: an app on a fresh database per test, and a shared "world" per module
(two seekers, two counselors, one invitation accepted) for the read-only access checks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from offergap.web import create_app
from tests.conftest import fresh_database
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
    with fresh_database(tmp_path_factory.mktemp("web"), pg_base_url, prefix="w") as url:
        yield url


@pytest.fixture(scope="module")
def world(module_db_url: str) -> Iterator[World]:
    application = create_app(module_db_url, secret_key=SECRET)
    try:
        yield build_world(application)
    finally:
        application.state.web.store.close()
