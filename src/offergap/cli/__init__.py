"""The `offergap` command line: thin commands over the library.

Each command module has `register(app)`; errors from the library are rendered here, once.
"""

from __future__ import annotations

import importlib
import sys
from typing import Annotated

import typer

from offergap.cli._common import STATE, err_console
from offergap.errors import OffergapError

COMMAND_MODULES = (
    "offergap.cli.store_cmds",
    "offergap.cli.fit_cmds",
    "offergap.cli.conduct_cmds",
    "offergap.cli.pseudo_cmds",
    "offergap.cli.diagnose_cmds",
    "offergap.cli.web_cmds",
)

app = typer.Typer(
    name="offergap",
    help="Why your job search brings interviews but no offers: a private, offline diagnosis.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _global_options(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="OFFERGAP_DB",
            help="SQLAlchemy database URL (default: SQLite in the user data folder).",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show stack traces.")] = False,
) -> None:
    STATE.db_url = db
    STATE.debug = debug


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and turn library errors into a message and an exit code."""
    try:
        app(args=argv, prog_name="offergap")
    except OffergapError as error:
        if STATE.debug:
            raise
        err_console.print(f"[bold red]error:[/] {error.render()}", highlight=False, soft_wrap=True)
        return error.exit_code
    except SystemExit as done:  # click's own exit: usage errors (2), --help (0)
        return done.code if isinstance(done.code, int) else 0
    except Exception as error:  # the program's own fault, not the user's: say so briefly
        if STATE.debug:
            raise
        err_console.print(f"[bold red]internal error:[/] {error!r} (run again with --debug for details)")
        return 70
    finally:
        STATE.close()
    return 0


def run() -> None:
    sys.exit(main())
