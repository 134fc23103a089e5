"""`marsad eval gsr`: sentence-level ASSAULT and PROTEST detection on the Arabic event GSR."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from marsad.commands.groups import eval_app
from marsad.config import Config
from marsad.errors import InputError
from marsad.evaluation.gsr import TYPES, baseline, evaluate, load_gsr, make_coder, select

DEFAULT_DATA = Path("../shared/data/arabic_event_gsr")


def _gsr(
    split: str = typer.Option("test", "--split", help="dev (md5 0-7: look at errors here), test (8-f: report only) or all."),
    data: Path = typer.Option(DEFAULT_DATA, "--data", help="The arabic_event_gsr folder."),
    errors: int = typer.Option(0, "--errors", help="Print this many misclassified sentences per type (dev only)."),
) -> None:
    """Score ASSAULT and PROTEST detection (precision, recall, F1) beside the keyword baseline,
    and the agreement of coded source/target with the gold spans."""
    if split not in ("dev", "test", "all"):
        raise typer.BadParameter("use dev, test or all", param_hint="'--split'")
    if errors and split != "dev":
        raise typer.BadParameter("errors are shown on the dev split only", param_hint="'--errors'")
    if not data.is_dir():
        raise InputError("GSR folder not found (give --data)", where=str(data))
    code = make_coder(Config())
    table = Table(title=f"Arabic event GSR, {split} split: sentence-level detection")
    for col in ("type", "sentences", "P", "R", "F1", "baseline F1", "F1 agreed", "source agrees", "target agrees"):
        table.add_column(col, justify="right" if col != "type" else "left")
    console = Console(highlight=False, width=110)
    for etype in TYPES:
        items = list(select(load_gsr(data, etype), split))
        counts = evaluate(items, etype, code)
        base = baseline(items, etype)
        table.add_row(etype, str(len(items)), f"{counts.precision:.3f}", f"{counts.recall:.3f}",
                      f"{counts.f1:.3f}", f"{base.f1:.3f}", f"{counts.f1_unanimous:.3f}",
                      f"{counts.src_hit}/{counts.src_total}", f"{counts.tgt_hit}/{counts.tgt_total}")
        for kind, it in counts.errors[:errors]:
            console.print(f"{etype} {kind}\t{it.id}\t{it.text}", markup=False, soft_wrap=True)
    console.print(table)
    console.print("F1 agreed: the same, without the 'difficult no' sentences (at least one annotator "
                  "accepted the event, not all did).", markup=False)


def register(app: typer.Typer) -> None:
    """Add ``gsr`` to the ``eval`` group."""
    del app
    eval_app.command("gsr")(_gsr)
