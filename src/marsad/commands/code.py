"""`marsad code`: Arabic news in, political events out (JSON lines, table, PLOVER, POLECAT)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from marsad.commands._common import (
    all_topics_option,
    check_paths,
    config_option,
    make_config,
    max_size_option,
    mib,
    ner_option,
    parse_published,
    paths_argument,
    published_option,
    run_documents,
    stderr_console,
)
from marsad.events.formats import TABLE_COLUMNS, PolecatWriter, table_rows, write_jsonl, write_plover
from marsad.events.pipeline import code_pipeline
from marsad.inputs import read_documents
from marsad.model import Document
from marsad.pipeline import settle


class CodeFormat(StrEnum):
    """Output formats of ``marsad code``."""

    jsonl = "jsonl"
    table = "table"
    plover = "plover"
    polecat = "polecat"


def _table_writer() -> Callable[[Document], None]:
    if not sys.stdout.isatty():
        def plain(doc: Document) -> None:
            for row in table_rows([doc]):
                sys.stdout.write("\t".join([doc.id, *row]) + "\n")
        return plain
    console = Console(highlight=False)

    def rich_table(doc: Document) -> None:
        table = Table(box=box.SIMPLE_HEAD, title=Text(f"{doc.origin}  ({doc.id})"), title_justify="left")
        for name in TABLE_COLUMNS:
            table.add_column(name, overflow="fold")
        for row in table_rows([doc]):
            table.add_row(*(Text(c) for c in row))
        console.print(table)
    return rich_table


def writer(fmt: CodeFormat) -> Callable[[Document], None]:
    """The function that prints one coded document in ``fmt``."""
    if fmt is CodeFormat.jsonl:
        return lambda doc: write_jsonl(doc, sys.stdout)
    if fmt is CodeFormat.plover:
        return lambda doc: write_plover(doc, sys.stdout)
    if fmt is CodeFormat.polecat:
        return PolecatWriter(sys.stdout)
    return _table_writer()


def register(app: typer.Typer) -> None:
    """Add ``marsad code`` to the application."""

    @app.command()
    def code(
        paths: list[str] = paths_argument(),
        published: str | None = published_option(),
        fmt: CodeFormat = typer.Option(
            CodeFormat.jsonl, "--format", "-f",
            help="jsonl: one JSON object per event (the documented fields); table: readable; "
                 "plover: PLOVER JSON records; polecat: POLECAT tab-separated columns.",
        ),
        lexicon_dir: str | None = typer.Option(
            None, "--lexicon-dir", help="Extra lexicon files (verbs*.tsv, nouns*.tsv, phrases*.tsv, ...)."),
        config: str | None = config_option(),
        ner: str | None = ner_option(),
        all_topics: bool = all_topics_option(),
        max_size: int = max_size_option(),
    ) -> None:
        """Code political events (PLOVER types, CAMEO codes, source and target) in Arabic news.

        Offsets are character offsets into the input text. A bad input file is reported on stderr in one line and the batch goes on. Exit status: 0 when every input was coded, 1 when some failed, 2 for usage errors.
        """
        inputs = check_paths(paths)
        day = parse_published(published)
        pipeline = code_pipeline(make_config(config, ner=ner, all_topics=all_topics, lexicon_dir=lexicon_dir))
        write = writer(fmt)

        def handle(doc: Document) -> None:
            write(pipeline(doc))
            settle()  # after the first document the stages are loaded: out of the collector's way

        summary = run_documents(read_documents(inputs, published=day, max_bytes=mib(max_size)), handle,
                                console=stderr_console(), description="coding")
        raise typer.Exit(summary.exit_code)
