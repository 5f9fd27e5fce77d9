"""`offergap serve`: the web app for seekers and their career counselors."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from offergap.cli._common import STATE, console


def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes.")] = 1,
) -> None:
    """Run the web app (sign up, import, the board, the diagnosis, counselors)."""
    import uvicorn

    from offergap.store import open_store
    from offergap.store.engine import resolve_url
    from offergap.web.app import create_app
    from offergap.web.secret import ENV_VAR, load_or_create_secret_key

    url = resolve_url(STATE.db_url)
    key = load_or_create_secret_key()
    open_store(url).close()  # migrate once, before any worker starts
    console.print(f"offergap is serving on http://{host}:{port}/ (database {url.split('@')[-1]})")
    if workers == 1:
        uvicorn.run(create_app(url, secret_key=key, migrate=False), host=host, port=port, log_level="warning")
        return
    # Each worker process builds its own app from the environment.
    os.environ["OFFERGAP_DB"] = url
    os.environ[ENV_VAR] = key
    uvicorn.run(
        "offergap.web.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
