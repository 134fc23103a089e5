"""`marsad ingest`, `marsad query`, `marsad export`: the observatory store from the command line.

Thin layers over :mod:`marsad.store` and :mod:`marsad.batch`. Progress goes to stderr (only
when it is a terminal); query results go to stdout as rich tables, or JSON lines with ``--json``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

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
    stderr_console,
)
from marsad.errors import StoreError
from marsad.inputs import read_documents
from marsad.store import EXPORTERS, EventFilter, IngestStats, PipelineSpec, Store, StoreWriter, export, ingest
from marsad.store.export import EXPORT_TABLES
from marsad.store.ingest import Item

DB_HELP = "The store: an embedded DuckDB file (created when missing)."


class Analysis(StrEnum):
    """Canned analyses of ``marsad query``."""

    summary = "summary"
    dyads = "dyads"
    daily = "daily"
    actor = "actor"
    dyad = "dyad"
    actors = "actors"
    clusters = "clusters"
    events = "events"
    failures = "failures"
    sql = "sql"


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"),
        TextColumn("ETA"), TimeRemainingColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    )  # fmt: skip


def _counted(paths: list[str], published: date | None, max_bytes: int) -> int | None:
    """The number of inputs, for the ETA (one extra cheap reading pass); None for stdin."""
    if "-" in paths:
        return None
    return sum(1 for _ in read_documents(paths, published=published, max_bytes=max_bytes))


def _run_ingest(items: Iterator[Item], writer: StoreWriter, spec: PipelineSpec, batch_size: int,
                workers: int | None, scheduler: str | None, parts: str | None, total: int | None,
                console: Console) -> IngestStats:
    with _progress(console) as bar:
        task = bar.add_task("ingest", total=total, rate="-")

        def advance(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f}" if speed else "-")

        if workers is None and scheduler is None:
            return ingest(items, writer, spec, batch_size=batch_size, progress=advance)
        from marsad.batch import dask_client, ingest_distributed

        with dask_client(workers, scheduler) as client:
            return ingest_distributed(items, writer, client, spec, batch_size=batch_size,
                                      parts_dir=parts, progress=advance)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def print_rows(rows: list[dict[str, Any]], title: str, as_json: bool) -> None:
    """Rows as a rich table on stdout (tab-separated when not a terminal), or as JSON lines."""
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        return
    if not sys.stdout.isatty():  # plain tab-separated lines, for grep and diff
        if rows:
            sys.stdout.write("\t".join(rows[0]) + "\n")
        for row in rows:
            sys.stdout.write("\t".join("" if v is None else str(_jsonable(v)) for v in row.values()) + "\n")
        return
    console = Console(highlight=False)
    table = Table(title=title, show_lines=False)
    for col in rows[0] if rows else ["(no rows)"]:
        table.add_column(str(col), overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(_jsonable(v)) for v in row.values()))
    console.print(table)


def _pick(analysis: Analysis | None, sql: str | None, actor: str | None, src: str | None,
          tgt: str | None) -> Analysis:
    if analysis is not None:
        return analysis
    if sql:
        return Analysis.sql
    if actor:
        return Analysis.actor
    if src or tgt:
        return Analysis.dyad
    return Analysis.dyads


def _need(value: str | None, option: str, analysis: Analysis) -> str:
    if not value:
        raise typer.BadParameter(f"{analysis.value} needs {option}", param_hint=option)
    return value


def run_query(store: Store, analysis: Analysis, f: EventFilter, *, sql: str | None, by: str,
              limit: int) -> tuple[str, list[dict[str, Any]]]:
    """The title and rows of a canned analysis."""
    if analysis is Analysis.summary:
        return "store summary", [{"table": k, "rows": v} for k, v in store.summary().items()]
    if analysis is Analysis.dyads:
        return "top dyads", store.dyads(f, limit=limit)
    if analysis is Analysis.daily:
        return f"events per day by {by}", store.timeline(f, by=by)
    if analysis is Analysis.actor:
        actor = _need(f.actor, "--actor", analysis)
        return f"timeline of {actor}", store.actor_timeline(actor, f, limit=limit)
    if analysis is Analysis.dyad:
        return f"what {f.source or 'anyone'} did to {f.target or 'anyone'}", store.breakdown(f)
    if analysis is Analysis.actors:
        return "actors", store.actors(limit=limit)
    if analysis is Analysis.clusters:
        return "real-world events (clusters)", store.clusters(event_type=f.event_type, limit=limit)
    if analysis is Analysis.events:
        return "events", store.events(f, limit=limit)
    if analysis is Analysis.failures:
        return "failures", store.failures(limit=limit)
    return "sql", store.sql(_need(sql, "--sql", analysis), limit=limit)


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``query``, ``export`` and ``optimize`` to the ``marsad`` command line."""
    _register_ingest(app)
    _register_query(app)
    _register_export(app)
    _register_optimize(app)


def _register_ingest(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_command(
        paths: list[str] = paths_argument(),
        db: str = typer.Option("marsad.duckdb", "--db", help=DB_HELP),
        published: str | None = published_option(),
        batch_size: int = typer.Option(100, "--batch-size", min=1, help="Documents per transaction (and per Dask partition)."),
        workers: int | None = typer.Option(None, "--workers", min=1, help="Code on a local Dask cluster of N worker processes."),
        scheduler: str | None = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Code on a running Dask cluster (tcp://host:8786)."),
        parts: str | None = typer.Option(None, "--parts", metavar="DIR", help="Parquet parts folder for Dask runs (default DB.parts; shared by workers and driver)."),
        config: str | None = config_option(),
        ner: str | None = ner_option(),
        all_topics: bool = all_topics_option(),
        pipeline: str | None = typer.Option(None, "--pipeline", metavar="MODULE:FACTORY", help="Build the pipeline with this factory taking a Config, instead of the full coding pipeline (advanced)."),
        max_size: int = max_size_option(),
    ) -> None:
        """Code documents and store them, idempotently, in an embedded DuckDB file."""
        paths = check_paths(paths)
        pub = parse_published(published)
        if workers is not None and scheduler is not None:
            raise typer.BadParameter("give --workers or --scheduler, not both", param_hint="--workers")
        spec = PipelineSpec(config=make_config(config, ner=ner, all_topics=all_topics, published=published), factory=pipeline)
        console = stderr_console()
        total = _counted(paths, pub, mib(max_size)) if console.is_terminal else None
        items = read_documents(paths, published=pub, max_bytes=mib(max_size))
        with StoreWriter(db) as writer:
            stats = _run_ingest(items, writer, spec, batch_size, workers, scheduler, parts, total, console)
        console.print(f"marsad: {stats.summary()}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1 if stats.failures else 0)


def _register_query(app: typer.Typer) -> None:
    @app.command("query")
    def query_command(
        analysis: Analysis | None = typer.Argument(None, help="Analysis (default: sql with --sql, actor with --actor, dyad with --from/--to, else dyads)."),
        db: str = typer.Option("marsad.duckdb", "--db", help="The store."),
        actor: str | None = typer.Option(None, "--actor", metavar="CODE|NAME", help="An actor, as source or target."),
        src: str | None = typer.Option(None, "--from", metavar="CODE|NAME", help="Source actor."),
        tgt: str | None = typer.Option(None, "--to", metavar="CODE|NAME", help="Target actor."),
        event_type: str | None = typer.Option(None, "--type", help="PLOVER event type."),
        since: str | None = typer.Option(None, "--since", metavar="YYYY-MM-DD", help="Events on or after this day."),
        until: str | None = typer.Option(None, "--until", metavar="YYYY-MM-DD", help="Events on or before this day."),
        by: str = typer.Option("event_type", "--by", help="daily: split by event_type, quad_class or both."),
        sql: str | None = typer.Option(None, "--sql", help="One read-only SELECT."),
        copies: bool = typer.Option(False, "--copies", help="Count near-duplicate copies of articles too."),
        limit: int = typer.Option(20, "--limit", min=1, help="Rows to show."),
        as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
    ) -> None:
        """Canned analyses of a store (top dyads, daily counts, actor timelines) and read-only SQL."""
        chosen = _pick(analysis, sql, actor, src, tgt)
        f = EventFilter(event_type=event_type, source=src, target=tgt, actor=actor,
                        date_from=_day(since, "--since"), date_to=_day(until, "--until"), include_copies=copies)
        with Store(db) as store:
            title, rows = run_query(store, chosen, f, sql=sql, by=by, limit=limit)
        print_rows(rows, title, as_json)


def _register_export(app: typer.Typer) -> None:
    @app.command("export")
    def export_command(
        fmt: str = typer.Option("parquet", "--format", help=f"One of {', '.join(EXPORTERS)}."),
        db: str = typer.Option("marsad.duckdb", "--db", help="The store."),
        out: str | None = typer.Option(None, "--out", metavar="PATH", help="Output file (default DB-TABLE.EXT)."),
        table: str = typer.Option("events", "--table", help=f"One of {', '.join(EXPORT_TABLES)}."),
    ) -> None:
        """Export a table of a store (events by default) as Parquet, CSV, JSON lines, PLOVER or POLECAT."""
        path, n = export(db, fmt, out, table=table)
        stderr_console().print(f"marsad: exported {n} {table} rows to {path}", markup=False, highlight=False)


def _register_optimize(app: typer.Typer) -> None:
    @app.command("optimize")
    def optimize_command(
        db: str = typer.Option("marsad.duckdb", "--db", help="The store (not while it is being served or ingested)."),
        memory_limit: str = typer.Option("1GB", "--memory-limit", help="Memory for the sort; beyond it DuckDB spills to disk."),
    ) -> None:
        """Lay the events table out in date order: faster date filters and event lists on large stores."""
        if not Path(db).is_file():
            raise StoreError("no such store", where=db)
        console = stderr_console()
        start = time.perf_counter()
        with console.status(f"marsad: rewriting the events of {db} in date order"), StoreWriter(db) as writer:
            n = writer.cluster_events(memory_limit)
        console.print(f"marsad: {n:,} events of {db} laid out in date order in {time.perf_counter() - start:.1f} s",
                      markup=False, highlight=False, soft_wrap=True)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=option) from None
