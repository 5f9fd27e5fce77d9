"""`offergap serve` and its secret key: from the environment, else generated once and kept."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from offergap.cli import main
from offergap.web import app as web_app
from offergap.web import secret


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[Any, dict[str, Any]]]:
    import uvicorn

    seen: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **options: seen.append((target, options)))
    monkeypatch.setattr(secret, "default_key_path", lambda: tmp_path / "key")
    # serve puts the key in the environment for its workers; set-then-delete makes pytest restore it.
    monkeypatch.setenv(secret.ENV_VAR, "placeholder")
    monkeypatch.delenv(secret.ENV_VAR)
    return seen


def test_serve_runs_one_worker_in_process(calls: list[tuple[Any, dict[str, Any]]], db_url: str) -> None:
    assert main(["--db", db_url, "serve", "--port", "8123"]) == 0
    target, options = calls[0]
    assert isinstance(target, FastAPI)
    assert (options["host"], options["port"]) == ("127.0.0.1", 8123)
    target.state.web.store.close()


def test_serve_with_workers_uses_the_factory(
    calls: list[tuple[Any, dict[str, Any]]], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OFFERGAP_DB", "unused")  # replaced by the --db URL for the workers
    assert main(["--db", db_url, "serve", "--workers", "2", "--host", "0.0.0.0"]) == 0
    target, options = calls[0]
    assert target == "offergap.web.app:app_from_environment"
    assert options["factory"] is True and options["workers"] == 2 and options["host"] == "0.0.0.0"
    assert os.environ["OFFERGAP_DB"] == db_url and len(os.environ[secret.ENV_VAR]) >= 32
    worker_app = web_app.app_from_environment()
    assert isinstance(worker_app, FastAPI)
    worker_app.state.web.store.close()


def test_a_bad_port_is_a_usage_error(calls: list[tuple[Any, dict[str, Any]]]) -> None:
    assert main(["serve", "--port", "0"]) == 2
    assert calls == []


def test_the_key_is_generated_once_and_kept_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(secret.ENV_VAR, raising=False)
    path = tmp_path / "folder" / "key"
    first = secret.load_or_create_secret_key(path)
    assert len(first) >= 32 and secret.load_or_create_secret_key(path) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_environment_key_wins_and_must_be_long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(secret.ENV_VAR, "k" * 40)
    assert secret.load_or_create_secret_key(tmp_path / "key") == "k" * 40
    assert not (tmp_path / "key").exists()
    monkeypatch.setenv(secret.ENV_VAR, "short")
    from offergap.errors import InvalidInput

    with pytest.raises(InvalidInput, match="at least 32"):
        secret.load_or_create_secret_key(tmp_path / "key")


def test_create_app_refuses_a_short_key(db_url: str) -> None:
    from offergap.errors import InvalidInput
    from offergap.web import create_app

    with pytest.raises(InvalidInput):
        create_app(db_url, secret_key="too short")
