"""The ``marsad`` command line: a thin layer over the library.

Each command group lives in its own module under :mod:`marsad.commands` and exposes
``register(app)``; this module only assembles them and turns :class:`MarsadError` into a
one-line message and exit status 2 (never a traceback).
"""

from __future__ import annotations

import importlib
import logging
import sys

import typer

from marsad import __version__
from marsad.errors import MarsadError

# Command modules, in the order `marsad --help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "marsad.commands.analyze",
    "marsad.commands.lexicon",
    "marsad.commands.store",
    "marsad.commands.serve",
    "marsad.commands.ner",
    "marsad.commands.topic",
    "marsad.commands.code",
    "marsad.commands.explain",
    "marsad.commands.gsr",
    "marsad.commands.groups",  # mounts `train` and `eval` (their commands come from other modules)
)

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): Arabic news to political event data — who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
) -> None:
    """marsad (مرصد): Arabic news to political event data."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    """Console-script entry point."""
    try:
        app(standalone_mode=True)
    except MarsadError as exc:
        typer.echo(f"marsad: error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # `marsad code ... | head`
        sys.exit(0)
    except OSError as exc:  # a file the command could not open or write (a directory, no permission)
        where = f"{exc.filename}: " if exc.filename else ""
        typer.echo(f"marsad: error: {where}{exc.strerror or exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
