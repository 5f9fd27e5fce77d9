"""Passwords (Argon2id), random secrets, signed cookie values and CSRF tokens."""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner

from offergap.errors import InvalidInput, Problem

_HASHER = PasswordHasher()
# The same pattern is in the API's OpenAPI document; explicit classes read alike in every regex dialect.
EMAIL_PATTERN = r"^[^@ \t\r\n\x00-\x1f\x7f]{1,64}@[^@ \t\r\n\x00-\x1f\x7f]+\.[^@ \t\r\n\x00-\x1f\x7f]+$"
_EMAIL = re.compile(EMAIL_PATTERN)
_INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_PASSWORD_CHARS = 1024


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


@functools.cache
def _dummy_hash() -> str:
    """Verified when the email is unknown, so a wrong email takes as long as a wrong password."""
    return _HASHER.hash(secrets.token_urlsafe(16))


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


def check_new_credentials(email: str, password: str, min_chars: int) -> None:
    problems = []
    if not _EMAIL.match(email) or len(email) > 320:
        problems.append(Problem("email", "not an email address", "for example dana@example.com"))
    if len(password) < min_chars:
        problems.append(Problem("password", f"shorter than {min_chars} characters"))
    if len(password) > MAX_PASSWORD_CHARS:
        problems.append(Problem("password", f"longer than {MAX_PASSWORD_CHARS} characters"))
    if problems:
        raise InvalidInput("the account details are not valid", problems=tuple(problems))


def new_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def new_invitation_code() -> str:
    """12 characters from an unambiguous alphabet (60 bits), shown as XXXX-XXXX-XXXX."""
    raw = "".join(secrets.choice(_INVITE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_invitation_code(code: str) -> str:
    raw = "".join(c for c in code.upper() if c.isalnum())
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}" if len(raw) == 12 else raw


class CookieSigner:
    """Signs cookie values with the app's secret; a value past max_age or tampered with reads as None."""

    def __init__(self, secret_key: str, purpose: str) -> None:
        self._signer = TimestampSigner(secret_key, salt=f"offergap.{purpose}")

    def sign(self, value: str) -> str:
        return self._signer.sign(value).decode()

    def unsign(self, signed: str | None, max_age: int) -> str | None:
        if not signed:
            return None
        try:
            return self._signer.unsign(signed, max_age=max_age).decode()
        except (BadSignature, SignatureExpired):
            return None


def csrf_token(secret_key: str, binding: str) -> str:
    """A token tied to the browser's session (or its anonymous cookie before sign-in)."""
    return hmac.new(secret_key.encode(), b"csrf|" + binding.encode(), hashlib.sha256).hexdigest()


def csrf_matches(secret_key: str, binding: str | None, submitted: str | None) -> bool:
    if not binding or not submitted:
        return False
    return hmac.compare_digest(csrf_token(secret_key, binding), submitted)
