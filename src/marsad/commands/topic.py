"""`marsad train topic`: the document topic model from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from marsad.commands.groups import train_app
from marsad.errors import InputError


def _train(
    ant: Path | None = typer.Option(None, "--ant", help="ANT multi-source tar archive "
                                    "(default: ../shared/data/news/ant-multisource)."),
    ood: Path | None = typer.Option(None, "--ood", help="Out-of-domain test archive (default: ANT Jawhara FM)."),
    out: Path | None = typer.Option(None, "--out", help="Model to write (default: the bundled model)."),
) -> None:
    """Train the topic model on the ANT corpus's sections; with the defaults it reproduces the
    bundled model and prints its held-out and out-of-domain figures."""
    from rich.console import Console

    from marsad.topic import train as tr

    argv: list[str] = []
    for flag, value in (("--ant", ant), ("--ood", ood), ("--out", out)):
        if value is not None:
            argv += [flag, str(value)]
    args = tr.parse_args(argv)
    if not args.ant.is_file():
        raise InputError("ANT archive not found (give --ant)", where=str(args.ant))
    console = Console(stderr=True, highlight=False)
    with console.status("training the topic model") as status:
        report = tr.run(args, progress=lambda msg: status.update(f"training the topic model: {msg}"))
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1))


def register(app: typer.Typer) -> None:
    """Add `topic` to the `train` group."""
    train_app.command("topic")(_train)
