"""Who is asking: the signed-in account from the session cookie (pages) or a Bearer token (API).

Also the rules every state-changing form obeys: a CSRF token bound to the session, and the
sign-in rate limit shared by the sign-in page and POST /api/v1/tokens.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from offergap.errors import Forbidden
from offergap.store import accounts
from offergap.store.accounts import Account
from offergap.web.context import WebApp, web
from offergap.web.errors import SignInRequired, TooManyAttempts, Unauthorized
from offergap.web.security import csrf_matches, verify_password

SESSION_COOKIE = "og_session"
ANON_COOKIE = "og_anon"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

_bearer = HTTPBearer(auto_error=False, description="A token from POST /api/v1/tokens")


def session_token(request: Request) -> str | None:
    app = web(request)
    max_age = int(app.settings.session_ttl.total_seconds())
    return app.session_signer.unsign(request.cookies.get(SESSION_COOKIE), max_age)


def anonymous_id(request: Request) -> str | None:
    app = web(request)
    return app.anon_signer.unsign(request.cookies.get(ANON_COOKIE), 86400)


def current_account(request: Request) -> Account | None:
    """The account of the session cookie, looked up once per request."""
    if not hasattr(request.state, "account"):
        token = session_token(request)
        found = None
        if token:
            with web(request).transaction() as conn:
                found = accounts.session_account(conn, token)
        request.state.account = found
    account: Account | None = request.state.account
    return account


def csrf_binding(request: Request) -> str | None:
    """What this browser's CSRF token is bound to: its session, or its anonymous cookie."""
    if current_account(request) is not None:
        return session_token(request)
    return anonymous_id(request)


async def csrf_protect(request: Request) -> None:
    """Every state-changing form carries the token of this browser's session."""
    if request.method not in UNSAFE_METHODS:
        return
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    if not csrf_matches(web(request).settings.secret_key, csrf_binding(request), submitted):
        raise Forbidden(
            "this form has expired or did not come from offergap",
            hint="reload the page and submit it again",
        )


def signed_in(request: Request) -> Account:
    account = current_account(request)
    if account is None:
        raise SignInRequired("sign in to see this page")
    return account


def _require_role(account: Account, role: str) -> Account:
    if account.role != role:
        raise Forbidden(f"this is for {role} accounts; you are signed in as a {account.role}")
    return account


def signed_in_seeker(account: Annotated[Account, Depends(signed_in)]) -> Account:
    return _require_role(account, "seeker")


def signed_in_counselor(account: Annotated[Account, Depends(signed_in)]) -> Account:
    return _require_role(account, "counselor")


def api_account(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Account:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("a Bearer token is required", hint="get one with POST /api/v1/tokens")
    with web(request).transaction() as conn:
        found = accounts.token_account(conn, credentials.credentials)
    if found is None:
        raise Unauthorized("the token is unknown or expired", hint="get a new one with POST /api/v1/tokens")
    return found


def api_seeker(account: Annotated[Account, Depends(api_account)]) -> Account:
    return _require_role(account, "seeker")


def api_counselor(account: Annotated[Account, Depends(api_account)]) -> Account:
    return _require_role(account, "counselor")


SignedIn = Annotated[Account, Depends(signed_in)]
Seeker = Annotated[Account, Depends(signed_in_seeker)]
Counselor = Annotated[Account, Depends(signed_in_counselor)]
ApiAccount = Annotated[Account, Depends(api_account)]
ApiSeeker = Annotated[Account, Depends(api_seeker)]
ApiCounselor = Annotated[Account, Depends(api_counselor)]


# --- signing in ------------------------------------------------------------------------------


def _rate_keys(email: str, address: str) -> tuple[str, str]:
    return f"email:{accounts.normalise_email(email)}", f"address:{address}"


def check_credentials(app: WebApp, email: str, password: str, address: str) -> Account:
    """The account for these credentials; wrong ones count toward the rate limit."""
    settings = app.settings
    email_key, address_key = _rate_keys(email, address)
    with app.transaction() as conn:
        too_many = (
            accounts.recent_failures(conn, email_key, settings.signin_window) >= settings.signin_failures_per_email
            or accounts.recent_failures(conn, address_key, settings.signin_window)
            >= settings.signin_failures_per_address
        )
        credentials = None if too_many else accounts.find_credentials(conn, email)
    if too_many:
        raise TooManyAttempts(
            "too many failed sign-in attempts; wait a few minutes and try again",
            retry_after=int(settings.signin_window.total_seconds()),
        )
    if not verify_password(credentials.password_hash if credentials else None, password) or credentials is None:
        with app.transaction() as conn:
            accounts.record_failure(conn, [email_key, address_key])
        raise Unauthorized("the email or password is wrong")
    with app.transaction() as conn:
        accounts.clear_failures(conn, email_key)
    return credentials.account


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
