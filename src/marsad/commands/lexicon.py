"""`marsad lexicon check`: validate every lexicon data file and print what they hold."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from marsad.lexicons.check import CHECKS, run_all_checks

#: Human labels for the actor lexicon's counts, in display order.
ACTOR_LABELS: dict[str, str] = {
    "country": "countries and territories",
    "adjective": "adjective entries (country x form)",
    "adjective_forms": "adjective surface forms",
    "community": "ethnic and religious communities",
    "community_forms": "community surface forms",
    "capital": "capitals and seats of power",
    "sector": "sector nouns",
    "person": "people: terms of office",
    "person_distinct": "people: distinct persons",
    "org": "organisations",
    "org_with_qid": "organisations with a Wikidata QID",
    "org_groups": "organisation group ids",
    "plural": "plural/dual anaphors",
    "anaphor": "organisation anaphors",
    "names": "Arabic surface names in all",
}


def register(app: typer.Typer) -> None:
    """Add the ``lexicon`` command group to the root app."""
    group = typer.Typer(help="Inspect and validate the lexicon data files.", no_args_is_help=True)

    @group.command("check")
    def check(
        directory: Path | None = typer.Option(
            None, "--dir", exists=True, file_okay=False, dir_okay=True,
            help="Also validate the lexicon files of this directory (user additions)."),
    ) -> None:
        """Validate every lexicon file; name file and line of a bad entry (exit 1); print counts."""
        console = Console()
        results, errors = run_all_checks(directory, CHECKS)
        title = "marsad lexicons: all files valid" if not errors else "marsad lexicons: the checks that passed"
        table = Table(title=title)
        table.add_column("check")
        table.add_column("what")
        table.add_column("count", justify="right")
        for spec, counts in results:
            name = spec.rpartition(":")[2]
            for key, value in counts.items():
                table.add_row(name, ACTOR_LABELS.get(key, key), str(value))
                name = ""
        if results:
            console.print(table)
        for error in errors:
            typer.echo(f"marsad: lexicon error: {error}", err=True)
        if errors:
            raise typer.Exit(1)

    app.add_typer(group, name="lexicon")
