"""Rendering pages: every template gets the account, its CSRF token and any one-time message."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from offergap.web.auth import ANON_COOKIE, CSRF_FIELD, csrf_binding, current_account
from offergap.web.context import web
from offergap.web.security import csrf_token

FLASH_COOKIE = "og_flash"


def secure_cookies(request: Request) -> bool:
    configured = web(request).settings.secure_cookies
    return request.url.scheme == "https" if configured is None else configured


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        path="/",
    )


def render(request: Request, template: str, context: dict[str, Any] | None = None, status: int = 200) -> Response:
    app = web(request)
    binding = csrf_binding(request)
    # A browser not signed in gets a signed random cookie for its forms' CSRF tokens to bind to.
    new_anonymous = None if binding else secrets.token_urlsafe(24)
    flash = request.cookies.get(FLASH_COOKIE)
    values = {
        "request": request,
        "account": current_account(request),
        "csrf_field": CSRF_FIELD,
        "csrf_token": csrf_token(app.settings.secret_key, binding or new_anonymous or ""),
        "flash": app.flash_signer.unsign(flash, 300) if flash else None,
        "path": request.url.path,
        **(context or {}),
    }
    response = HTMLResponse(app.templates.get_template(template).render(values), status_code=status)
    if new_anonymous:
        set_cookie(request, response, ANON_COOKIE, app.anon_signer.sign(new_anonymous), 86400)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def see_other(request: Request, url: str, message: str | None = None) -> Response:
    """Redirect after a successful form, with a one-time message for the next page."""
    response = RedirectResponse(url, status_code=303)
    if message:
        set_cookie(request, response, FLASH_COOKIE, web(request).flash_signer.sign(message), 300)
    return response


def local_path(target: str | None, default: str) -> str:
    """Only redirect within the site (no //host or scheme), so `next=` cannot send anyone away."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


async def _form_fields(request: Request) -> FormData:
    return await request.form()


# The submitted form, read before a (synchronous) view runs, so views never block the event loop.
FormFields = Annotated[FormData, Depends(_form_fields)]
