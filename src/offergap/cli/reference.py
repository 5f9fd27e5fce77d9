"""docs/cli.md, generated from the commands' own --help (a test keeps the file current).

Regenerate with `python -m offergap.cli.reference > docs/cli.md`.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator

import typer

HEADER = "# Command reference\n\nGenerated from `--help` by `python -m offergap.cli.reference`; do not edit.\n"


def _command_paths(command: object, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield prefix
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _command_paths(sub, (*prefix, name))


def _help_text(path: tuple[str, ...]) -> str:
    from offergap.cli import build_app

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.suppress(SystemExit):
        build_app(path[0] if path else None)(args=[*path, "--help"], prog_name="offergap")
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).strip()


@contextlib.contextmanager
def _fixed_terminal() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in ("COLUMNS", "NO_COLOR")}
    os.environ.update(COLUMNS="100", NO_COLOR="1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def cli_reference() -> str:
    from offergap.cli import build_app

    sections = [HEADER]
    with _fixed_terminal():
        for path in _command_paths(typer.main.get_command(build_app())):
            title = " ".join(("offergap", *path))
            sections.append(f"## {title}\n\n```text\n{_help_text(path)}\n```\n")
    return "\n".join(sections)


if __name__ == "__main__":
    print(cli_reference(), end="")
