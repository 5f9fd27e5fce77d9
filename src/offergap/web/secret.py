"""The key that signs cookies: OFFERGAP_SECRET_KEY, else one generated once per user and kept.

No secret lives in the code; a generated key is written to the user data folder, readable by
the owner only, so sessions survive a restart of `offergap serve`.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from platformdirs import user_data_dir

from offergap.errors import InvalidInput
from offergap.web.config import MIN_SECRET_KEY_CHARS

ENV_VAR = "OFFERGAP_SECRET_KEY"
KEY_FILE = "web-secret-key"


def default_key_path() -> Path:
    return Path(user_data_dir("offergap", appauthor=False)) / KEY_FILE


def check_secret_key(key: str) -> str:
    if len(key) < MIN_SECRET_KEY_CHARS:
        raise InvalidInput(
            f"the secret key has {len(key)} characters; it needs at least {MIN_SECRET_KEY_CHARS}",
            hint=f"set {ENV_VAR} to a long random value, e.g. `python -c 'import secrets; "
            "print(secrets.token_urlsafe(48))'`",
        )
    return key


def load_or_create_secret_key(path: Path | None = None) -> str:
    """The environment's key, else the stored one, else a new random key stored for next time."""
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return check_secret_key(from_env)
    path = path or default_key_path()
    if path.is_file():
        return check_secret_key(path.read_text().strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(key + "\n")
    return key
