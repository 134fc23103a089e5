"""`marsad analyze`: placeholder until the text layer lands (replaced by the inputs/text work)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def analyze(path: str = typer.Argument(..., help="FILE, DIR or - for stdin.")) -> None:
        """Print sentences and tokens of Arabic text."""
        raise typer.Exit(1)
