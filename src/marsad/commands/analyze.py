"""`marsad analyze`: the sentences and tokens of Arabic text, with each token's clitic segments.

Arabic and right-to-left display: text is always printed in logical (storage) order, the order
of the file. Terminals with bidi support (VTE/GNOME Terminal, Konsole, mlterm, iTerm2) show it
right to left; others show the letters of each word reversed. We do not reorder text ourselves:
visually reordered output would be garbled by every bidi-capable terminal, and wrong when
copied or piped. When stdout is not a terminal the table becomes plain tab-separated lines,
with no box drawing, so it can be grepped and diffed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TextIO

import typer
from rich import box
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from marsad.commands._common import (
    check_paths,
    max_size_option,
    mib,
    parse_published,
    paths_argument,
    published_option,
    run_documents,
    stderr_console,
)
from marsad.config import Config
from marsad.inputs import read_documents
from marsad.model import Document, Sentence, Token
from marsad.pipeline import ANALYZE, build_pipeline


class OutputFormat(StrEnum):
    """Output formats of ``marsad analyze``."""

    table = "table"
    jsonl = "jsonl"


def token_record(token: Token) -> dict[str, Any]:
    """A token as JSON: surface, offsets into the document text, kind, norm, stem and segments."""
    return {
        "text": token.text,
        "start": token.start,
        "end": token.end,
        "kind": token.kind,
        "norm": token.norm,
        "stem": token.stem,
        "segments": [{"text": s.text, "start": s.start, "end": s.end, "kind": s.kind}
                     for s in token.segments],
    }


def sentence_record(doc: Document, sentence: Sentence) -> dict[str, Any]:
    """One ``--format jsonl`` line: a sentence of ``doc`` with its tokens."""
    return {
        "doc_id": doc.id,
        "index": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
        "tokens": [token_record(t) for t in doc.sentence_tokens(sentence)],
    }


def segmentation(token: Token) -> str:
    """A token's clitic segments joined by ``+`` (e.g. و+ب+ال+رئيس), in logical order."""
    return "+".join(s.text for s in token.segments)


def write_jsonl(doc: Document, out: TextIO) -> None:
    """Write one JSON object per sentence."""
    for sentence in doc.sentences:
        out.write(json.dumps(sentence_record(doc, sentence), ensure_ascii=False) + "\n")


def _doc_heading(doc: Document) -> str:
    parts = [f"document {doc.id}", doc.origin]
    if doc.meta.title:
        parts.append(f"title: {doc.meta.title}")
    if doc.meta.published:
        parts.append(f"published: {doc.meta.published.isoformat()}")
    return "  ".join(parts)


def write_plain(doc: Document, out: TextIO) -> None:
    """Plain tab-separated lines (for pipes): ``S<i> start-end text``, then one line per token."""
    out.write(f"# {_doc_heading(doc)}\n")
    for sentence in doc.sentences:
        out.write(f"S{sentence.index}\t{sentence.start}-{sentence.end}\t{sentence.text}\n")
        for t in doc.sentence_tokens(sentence):
            out.write(f"\t{t.index}\t{t.start}-{t.end}\t{t.text}\t{segmentation(t)}\t{t.kind}\t{t.norm}\t{t.stem}\n")
    out.write("\n")


def render_table(doc: Document) -> Table:
    """A rich table of a document: a row per sentence, followed by rows for its tokens."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, title=Text(_doc_heading(doc)), title_justify="left")
    for name in ("#", "text", "segments", "kind", "norm", "stem"):
        table.add_column(name, overflow="fold")
    table.add_column("span", justify="right", no_wrap=True)
    for sentence in doc.sentences:
        if sentence.index:
            table.add_section()
        table.add_row(f"S{sentence.index}", Text(sentence.text), "", "", "", "",
                      f"{sentence.start}-{sentence.end}", style="bold")
        for t in doc.sentence_tokens(sentence):
            table.add_row(str(t.index), Text(t.text), Text(segmentation(t)), t.kind,
                          Text(t.norm), Text(t.stem), f"{t.start}-{t.end}")
    return table


def _writer(fmt: OutputFormat) -> Callable[[Document], None]:
    if fmt is OutputFormat.jsonl:
        return lambda doc: write_jsonl(doc, sys.stdout)
    if not sys.stdout.isatty():
        return lambda doc: write_plain(doc, sys.stdout)
    console = Console(highlight=False)
    return lambda doc: console.print(render_table(doc), Rule())


def register(app: typer.Typer) -> None:
    """Add ``marsad analyze`` to the application."""

    @app.command()
    def analyze(
        paths: list[str] = paths_argument(),
        published: str | None = published_option(),
        fmt: OutputFormat = typer.Option(
            OutputFormat.table, "--format", "-f",
            help="table: a table per document (plain tab-separated lines when stdout is not a "
                 "terminal); jsonl: one JSON object per sentence with its tokens and segments.",
        ),
        max_size: int = max_size_option(),
    ) -> None:
        """Split Arabic text into sentences and tokens, with each token's clitic segments.

        Offsets are character offsets into the text as read. Arabic is printed in logical order: a terminal with bidi support (GNOME Terminal, Konsole, mlterm) shows it right to left.

        Exit status: 0 when every input was read, 1 when some failed (each reported on stderr in one line), 2 for usage errors.
        """
        inputs = check_paths(paths)
        day = parse_published(published)
        pipeline = build_pipeline(ANALYZE, Config())
        write = _writer(fmt)
        summary = run_documents(
            read_documents(inputs, published=day, max_bytes=mib(max_size)),
            lambda doc: write(pipeline(doc)),
            console=stderr_console(), description="analyzing",
        )
        raise typer.Exit(summary.exit_code)
