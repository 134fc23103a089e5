"""The command line as a whole: version, help text of every command, every command in the README."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from marsad import __version__
from marsad.cli import app

runner = CliRunner()


def _subcommands(cmd: Any) -> dict[str, Any]:
    # typer may vendor its own click, so groups are recognised by their ``commands`` mapping
    return dict(getattr(cmd, "commands", None) or {})


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path registered under ``group`` (sub-groups included), e.g. ("lexicon", "check")."""
    found: list[tuple[str, ...]] = []
    for name, cmd in sorted(_subcommands(group).items()):
        if cmd.hidden:
            continue
        found.append((*prefix, name))
        found.extend(_commands(cmd, (*prefix, name)))
    return found


ROOT = typer.main.get_command(app)
COMMANDS = _commands(ROOT)


def test_commands_are_found() -> None:
    assert ("analyze",) in COMMANDS


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"marsad {__version__}"


def test_root_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for path in COMMANDS:
        if len(path) == 1:
            assert path[0] in result.output


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    cmd = ROOT
    for name in path:
        cmd = _subcommands(cmd)[name]
    assert (cmd.help or "").strip(), f"marsad {' '.join(path)} has no help text"
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


@pytest.mark.parametrize("name", sorted({p[0] for p in COMMANDS}))
def test_every_command_is_in_the_readme(repo: Path, name: str) -> None:
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert f"marsad {name}" in readme, f"README.md does not mention `marsad {name}`"


@pytest.mark.parametrize("args", [("eval", "ner"), ("tag", "--conll")])
def test_a_directory_for_a_file_is_a_one_line_error(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`marsad eval ner DIR` used to end in a traceback (IsADirectoryError)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "marsad.cli", *args, str(tmp_path)],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("marsad: error:") and str(tmp_path) in lines[0], lines
