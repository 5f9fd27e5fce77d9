"""The web app's settings: one frozen object built by `create_app` and shared by every request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

MIN_SECRET_KEY_CHARS = 32


@dataclass(frozen=True)
class WebSettings:
    secret_key: str
    # Request bodies (uploads, API workbooks) larger than this are refused with 413 before parsing.
    max_body_bytes: int = 10 * 1024 * 1024
    session_ttl: timedelta = timedelta(days=7)
    api_token_ttl: timedelta = timedelta(days=30)
    invitation_ttl: timedelta = timedelta(days=7)
    # Sign-in failures allowed per email and per client address within the window, then 429.
    signin_window: timedelta = timedelta(minutes=15)
    signin_failures_per_email: int = 5
    signin_failures_per_address: int = 30
    # None: Secure cookies exactly when the request came over HTTPS (as a proxy reports it).
    secure_cookies: bool | None = None
    min_password_chars: int = 10
