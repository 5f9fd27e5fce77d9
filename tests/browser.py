"""What the real-browser tests share: Debian's Chromium driven by Playwright, or a clear skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run", "--disable-component-update", "--disable-sync",
]


def missing_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright)"
    if not CHROMIUM.exists():
        return f"Chromium is not at {CHROMIUM} (apt-get install chromium)"
    return None


def require_browser() -> None:
    """Skip with the reason on a user's machine; in CI a missing browser is a failure."""
    reason = missing_reason()
    if reason and os.environ.get("CI") == "true":
        pytest.fail(reason + " (CI requires the browser test)")
    if reason:
        pytest.skip(reason)
