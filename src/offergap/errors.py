"""One error hierarchy for every user-facing failure.

Library code raises these; the CLI and the web app each translate them in one place.
A user's mistake is never shown as a stack trace.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing that could not be read: where it is, what is wrong, how to fix it."""

    where: str
    reason: str
    hint: str = ""

    def render(self) -> str:
        text = f"{self.where}: {self.reason}" if self.where else self.reason
        return f"{text} ({self.hint})" if self.hint else text


class OffergapError(Exception):
    """Base of every error a user can cause. `exit_code` is what the CLI returns."""

    exit_code = 1
    http_status = 400
    code = "error"

    def __init__(self, message: str, *, hint: str = "", problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.problems = problems

    def render(self) -> str:
        lines = [self.message]
        lines += [f"  - {p.render()}" for p in self.problems]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


class InvalidInput(OffergapError):
    """The input (a file, an option, a form) is wrong; nothing was written."""

    exit_code = 2
    code = "invalid_input"


class NotFound(OffergapError):
    exit_code = 3
    http_status = 404
    code = "not_found"


class Forbidden(OffergapError):
    exit_code = 4
    http_status = 403
    code = "forbidden"


class Conflict(OffergapError):
    exit_code = 5
    http_status = 409
    code = "conflict"


class MissingData(OffergapError):
    """A data package the program needs (such as the ESCO taxonomy) is not installed."""

    exit_code = 6
    http_status = 500
    code = "missing_data"
