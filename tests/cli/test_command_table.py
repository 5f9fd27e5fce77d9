"""The table that lets a run import only its own command's module must name every command, once."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer

from offergap.cli import COMMAND_MODULES, build_app, requested_command


def _registered(module: str) -> set[str]:
    app = typer.Typer()
    __import__(module, fromlist=["register"]).register(app)
    group = typer.main.get_group(app)
    return set(group.commands)


@pytest.mark.parametrize("module", sorted(COMMAND_MODULES))
def test_each_module_registers_exactly_the_commands_the_table_gives_it(module: str) -> None:
    assert _registered(module) == set(COMMAND_MODULES[module])


def test_no_command_is_owned_twice() -> None:
    names = [name for commands in COMMAND_MODULES.values() for name in commands]
    assert len(names) == len(set(names))


def test_the_whole_app_has_every_command() -> None:
    commands = set(typer.main.get_group(build_app()).commands)
    assert commands == {name for names in COMMAND_MODULES.values() for name in names}


def test_a_named_command_builds_an_app_with_its_own_module_only() -> None:
    assert set(typer.main.get_group(build_app("fit")).commands) == {"fit", "rank", "target"}


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["fit", "r.txt", "p.txt"], "fit"),
        (["--db", "sqlite:///x.db", "list"], "list"),
        (["--db=sqlite:///x.db", "--debug", "rank", "r.txt"], "rank"),
        (["--debug", "questions", "check"], "questions"),
        (["--help"], None),
        ([], None),
        (["--db"], None),
    ],
)
def test_requested_command_skips_the_global_options(argv: list[str], expected: str | None) -> None:
    assert requested_command(argv) == expected


def test_fit_starts_without_the_store_or_the_web_app() -> None:
    script = (
        "import sys\n"
        "from offergap.cli import main\n"
        "main(['fit', '--help'])\n"
        "heavy = ('sqlalchemy', 'alembic', 'fastapi', 'offergap.analysis.conduct')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
