"""The web app's own errors, and the one place that turns any error into a response.

Paths under /api/ answer JSON `{"error": {"code", "message", ...}}`; pages answer an HTML page.
A bug answers a plain 500 page or JSON with no detail: the stack trace goes to the server log only.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from offergap.errors import OffergapError, Problem
from offergap.workbook import json_path

log = logging.getLogger("offergap.web")

API_PREFIX = "/api/"


class Unauthorized(OffergapError):
    http_status = 401
    code = "unauthorized"


class SignInRequired(OffergapError):
    """A page needs a signed-in account: pages redirect to the sign-in form."""

    http_status = 401
    code = "unauthorized"


class TooManyAttempts(OffergapError):
    http_status = 429
    code = "too_many_attempts"

    def __init__(self, message: str, *, retry_after: int, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class PayloadTooLarge(OffergapError):
    http_status = 413
    code = "payload_too_large"


_HTTP_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def error_body(code: str, message: str, hint: str = "", problems: tuple[Problem, ...] = ()) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if hint:
        error["hint"] = hint
    if problems:
        error["problems"] = [{"where": p.where, "reason": p.reason, "hint": p.hint} for p in problems]
    return {"error": error}


def _respond(
    request: Request, status: int, code: str, message: str, hint: str = "", problems: tuple[Problem, ...] = ()
) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    if wants_json(request):
        return JSONResponse(error_body(code, message, hint, problems), status_code=status, headers=headers)
    from offergap.web.pages import render

    context = {"status": status, "code": code, "message": message, "hint": hint, "problems": problems}
    return render(request, "error.html", context, status=status)


async def _offergap_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, OffergapError)
    if isinstance(error, SignInRequired) and not wants_json(request):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/signin?next={quote(target)}", status_code=303)
    response = _respond(request, error.http_status, error.code, error.message, error.hint, error.problems)
    if isinstance(error, TooManyAttempts):
        response.headers["Retry-After"] = str(error.retry_after)
    return response


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    code = _HTTP_CODES.get(error.status_code, "http_error")
    message = error.detail if isinstance(error.detail, str) else "the request cannot be served"
    response = _respond(request, error.status_code, code, message)
    for name, value in (error.headers or {}).items():
        response.headers[name] = value
    return response


def validation_problems(error: RequestValidationError) -> tuple[Problem, ...]:
    problems = []
    for item in error.errors():
        loc = [part for part in item.get("loc", ()) if part not in {"body", "query", "path", "header"}]
        problems.append(Problem(json_path(loc), str(item.get("msg", "invalid value"))))
    return tuple(problems)


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    status = 422 if wants_json(request) else 400
    return _respond(request, status, "invalid_input", "the request is not valid", problems=validation_problems(error))


async def _unstorable_value(request: Request, error: Exception) -> Response:
    # Text with lone surrogates (UnicodeEncodeError) or NUL characters (PostgreSQL's DataError), or a
    # number out of a column's range, passes validation but cannot be stored.
    log.info("unstorable value on %s %s: %s", request.method, request.url.path, error)
    return _respond(
        request,
        400,
        "invalid_input",
        "a value cannot be stored: it holds a NUL or invalid Unicode character, or a number out of range",
        hint="remove control characters from the text",
    )


async def _internal_error(request: Request, error: Exception) -> Response:
    log.error("internal error on %s %s", request.method, request.url.path, exc_info=error)
    from offergap.web.middleware import security_headers

    message = "something went wrong on the server; the error was logged"
    if wants_json(request):
        response: Response = JSONResponse(error_body("internal_error", message), status_code=500)
    else:
        response = Response(f"500 Internal Server Error: {message}", status_code=500, media_type="text/plain")
    for name, value in security_headers(request.url.scheme == "https").items():
        response.headers[name] = value
    return response


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(OffergapError, _offergap_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(UnicodeEncodeError, _unstorable_value)
    app.add_exception_handler(DataError, _unstorable_value)
    app.add_exception_handler(Exception, _internal_error)
