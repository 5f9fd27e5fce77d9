"""The app factory that `offergap serve` and the tests both call."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from offergap.analysis.question_model import question_model
from offergap.analysis.skills import load_taxonomy
from offergap.errors import MissingData
from offergap.store import Store, open_store
from offergap.web.config import WebSettings
from offergap.web.context import HERE, make_web_app
from offergap.web.errors import install_error_handlers
from offergap.web.middleware import BodyLimit, SecurityHeaders
from offergap.web.routes import api, auth, board, counselors, diagnosis, imports, opportunities, resumes
from offergap.web.secret import ENV_VAR as SECRET_ENV_VAR
from offergap.web.secret import check_secret_key, load_or_create_secret_key

API_DESCRIPTION = """offergap's JSON API: a job seeker's search and diagnosis, and the clients of a career
counselor. Get a token with `POST /api/v1/tokens` and send it as `Authorization: Bearer TOKEN`.
Errors are `{"error": {"code", "message"}}`. An id that belongs to someone else answers 404,
exactly as one that does not exist."""


def create_app(
    db_url: str | None = None,
    *,
    secret_key: str | None = None,
    settings: WebSettings | None = None,
    store: Store | None = None,
    migrate: bool = True,
) -> FastAPI:
    """The web app on the database at `db_url` (or OFFERGAP_DB, or the default file).

    `secret_key` signs cookies; without one, OFFERGAP_SECRET_KEY or the key kept in the user
    data folder is used. `migrate=False` skips migrations (the server runs them once before
    starting several workers).
    """
    if settings is None:
        key = check_secret_key(secret_key) if secret_key else load_or_create_secret_key()
        settings = WebSettings(secret_key=key)
    store = store or open_store(db_url, upgrade=migrate)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        settle_long_lived_objects()
        yield
        gc.unfreeze()
        store.close()

    app = FastAPI(
        title="offergap",
        version="1",
        description=API_DESCRIPTION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = make_web_app(store, settings)
    install_error_handlers(app)
    for module in (auth, board, opportunities, resumes, imports, diagnosis, counselors, api):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def settle_long_lived_objects() -> None:
    """Load the taxonomy and the question model now, then move them (and everything else alive at
    start-up) out of the garbage collector's sight: they live as long as the process, and without
    this every full collection walks their millions of objects, a pause of a few hundred ms that
    showed as the board's p99."""
    with contextlib.suppress(MissingData):  # the pages say so where it matters
        load_taxonomy()
    question_model()
    gc.collect()
    gc.freeze()


def app_from_environment() -> FastAPI:
    """The factory each `offergap serve --workers N` worker calls: the parent already migrated
    the database and put the URL and the key in the environment."""
    return create_app(os.environ.get("OFFERGAP_DB"), secret_key=os.environ[SECRET_ENV_VAR], migrate=False)
