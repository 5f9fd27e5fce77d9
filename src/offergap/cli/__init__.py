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

# Which module registers which top-level command. A run imports only the module its command needs, so
# that `offergap fit` does not pay for the store, the web app and the conduct models (about a second).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "offergap.cli.store_cmds": ("import", "export", "list", "show", "log", "expense", "schema", "add", "resume", "db"),
    "offergap.cli.fit_cmds": ("fit", "rank", "target"),
    "offergap.cli.conduct_cmds": ("questions", "answer", "conduct"),
    "offergap.cli.pseudo_cmds": ("risk", "costs", "next-round"),
    "offergap.cli.diagnose_cmds": ("diagnose",),
    "offergap.cli.web_cmds": ("serve",),
}
_GLOBAL_FLAGS = ("--debug",)
_GLOBAL_WITH_VALUE = ("--db",)


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


def requested_command(argv: list[str]) -> str | None:
    """The command named on the command line, past the global options; None for --help or nothing."""
    arguments = iter(argv)
    for argument in arguments:
        if argument in _GLOBAL_WITH_VALUE:
            next(arguments, None)
        elif argument in _GLOBAL_FLAGS or argument.startswith(tuple(f"{o}=" for o in _GLOBAL_WITH_VALUE)):
            continue
        else:
            return None if argument.startswith("-") else argument
    return None


def _modules_for(command: str | None) -> list[str]:
    owners = [module for module, commands in COMMAND_MODULES.items() if command in commands]
    return owners or list(COMMAND_MODULES)


def build_app(command: str | None = None) -> typer.Typer:
    """The command line with every command, or with only the module that owns `command`."""
    app = typer.Typer(
        name="offergap",
        help="Why your job search brings interviews but no offers: a private, offline diagnosis.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.callback()(_global_options)
    for module in _modules_for(command):
        importlib.import_module(module).register(app)
    return app


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and turn library errors into a message and an exit code."""
    arguments = sys.argv[1:] if argv is None else argv
    try:
        build_app(requested_command(arguments))(args=arguments, prog_name="offergap")
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
