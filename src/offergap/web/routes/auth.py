"""Sign up, sign in, sign out. A new session (and CSRF token) on every sign-in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlalchemy.exc import IntegrityError

from offergap.errors import InvalidInput, OffergapError
from offergap.store import accounts
from offergap.store.accounts import ROLES, Account, Role
from offergap.web.auth import (
    ANON_COOKIE,
    SESSION_COOKIE,
    check_credentials,
    client_address,
    csrf_protect,
    current_account,
    session_token,
)
from offergap.web.context import WebApp, web
from offergap.web.pages import local_path, render, see_other, set_cookie
from offergap.web.security import check_new_credentials, hash_password, new_token

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


def home_for(account: Account) -> str:
    return "/board" if account.role == "seeker" else "/clients"


def create_account(app: WebApp, email: str, password: str, role: str, name: str | None) -> Account:
    """Check and create an account (its own job search too, for a seeker)."""
    email = email.strip()
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}", hint="seeker or counselor")
    check_new_credentials(email, password, app.settings.min_password_chars)
    display = (name or "").strip()[:200] or email.split("@")[0]
    checked_role: Role = "seeker" if role == "seeker" else "counselor"
    try:
        with app.transaction() as conn:
            return accounts.create_account(conn, email, hash_password(password), checked_role, display)
    except IntegrityError:
        raise accounts.email_taken() from None


def start_session(request: Request, response: Response, account: Account) -> None:
    """A fresh session token on every sign-in; the browser's previous session ends."""
    app = web(request)
    token = new_token()
    with app.transaction() as conn:
        old = session_token(request)
        if old:
            accounts.end_session(conn, old)
        accounts.purge_expired(conn)
        accounts.create_session(conn, account.id, token, app.settings.session_ttl)
    ttl = int(app.settings.session_ttl.total_seconds())
    set_cookie(request, response, SESSION_COOKIE, app.session_signer.sign(token), ttl)
    response.delete_cookie(ANON_COOKIE, path="/")


@router.get("/")
def home(request: Request) -> Response:
    account = current_account(request)
    if account is not None:
        return see_other(request, home_for(account))
    return render(request, "home.html")


@router.get("/signup")
def signup_form(request: Request, role: str = "seeker") -> Response:
    return render(request, "signup.html", {"role": role if role in ROLES else "seeker"})


@router.post("/signup")
def signup(
    request: Request,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1024)],
    role: Annotated[str, Form(max_length=20)] = "seeker",
    name: Annotated[str | None, Form(max_length=200)] = None,
) -> Response:
    try:
        account = create_account(web(request), email, password, role, name)
    except OffergapError as error:
        context = {"error": error, "email": email, "name": name, "role": role}
        return render(request, "signup.html", context, status=error.http_status)
    response = see_other(request, home_for(account), f"Welcome, {account.name}. Your account is ready.")
    start_session(request, response, account)
    return response


@router.get("/signin")
def signin_form(request: Request, next: str | None = None) -> Response:
    return render(request, "signin.html", {"next": local_path(next, "")})


@router.post("/signin")
def signin(
    request: Request,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    try:
        account = check_credentials(web(request), email, password, client_address(request))
    except OffergapError as error:
        context = {"error": error, "email": email, "next": local_path(next, "")}
        response = render(request, "signin.html", context, status=error.http_status)
        if error.http_status == 429:
            response.headers["Retry-After"] = str(int(web(request).settings.signin_window.total_seconds()))
        return response
    response = see_other(request, local_path(next, home_for(account)))
    start_session(request, response, account)
    return response


@router.post("/signout")
def signout(request: Request) -> Response:
    token = session_token(request)
    if token:
        with web(request).transaction() as conn:
            accounts.end_session(conn, token)
    response = see_other(request, "/", "You are signed out.")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
