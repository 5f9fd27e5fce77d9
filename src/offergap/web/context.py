"""What every request shares: the store, the settings, the cookie signers and the templates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Connection

from offergap.store import Store
from offergap.web.cache import DerivedCache
from offergap.web.config import WebSettings
from offergap.web.security import CookieSigner

HERE = Path(__file__).parent


@dataclass(frozen=True)
class WebApp:
    store: Store
    settings: WebSettings
    templates: Environment
    session_signer: CookieSigner
    anon_signer: CookieSigner
    flash_signer: CookieSigner
    cache: DerivedCache

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.store.transaction() as conn:
            yield conn


def make_web_app(store: Store, settings: WebSettings) -> WebApp:
    templates = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    templates.globals["static_version"] = _static_version()
    key = settings.secret_key
    return WebApp(
        store=store,
        settings=settings,
        templates=templates,
        session_signer=CookieSigner(key, "session"),
        anon_signer=CookieSigner(key, "anonymous"),
        flash_signer=CookieSigner(key, "flash"),
        cache=DerivedCache(),
    )


def _static_version() -> str:
    """Changes when a static file does, so browsers fetch the new one."""
    stamps = [int(p.stat().st_mtime) for p in (HERE / "static").iterdir() if p.is_file()]
    return str(max(stamps, default=0))


def web(request: Request) -> WebApp:
    found: WebApp = request.app.state.web
    return found
