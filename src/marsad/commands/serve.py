"""`marsad serve` and `marsad run`: the web interface and JSON API, and the whole main job.

``marsad serve`` serves a store (opened read-only) with uvicorn. ``marsad run`` first codes its
inputs into the store (idempotently: documents already stored are skipped), then serves it;
``make run`` is ``marsad run examples/``.
"""

from __future__ import annotations

import logging

import typer

from marsad.commands._common import (
    PATHS_METAVAR,
    check_paths,
    config_option,
    make_config,
    max_size_option,
    mib,
    ner_option,
    parse_published,
    published_option,
    stderr_console,
)
from marsad.inputs import read_documents
from marsad.store import PipelineSpec, StoreWriter, ingest

log = logging.getLogger(__name__)

DB_HELP = "The store: an embedded DuckDB file."


def serve(db: str, host: str, port: int, *, pipeline: PipelineSpec | None = None) -> None:
    """Serve the interface and API for store ``db`` until interrupted (``pipeline`` codes POST /api/code)."""
    import uvicorn

    from marsad.api import create_app

    app = create_app(db, pipeline=pipeline)
    shown = f"[{host}]" if ":" in host else host
    console = stderr_console()
    console.print(f"marsad: serving {db} at http://{shown}:{port}/ (API docs at /docs; Ctrl-C stops)",
                  markup=False, highlight=False, soft_wrap=True)
    typer.echo(f"http://{shown}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_command(
        db: str = typer.Option("marsad.duckdb", "--db", help=DB_HELP),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    ) -> None:
        """Serve the browser interface and the JSON API (OpenAPI docs at /docs) for a store."""
        serve(db, host, port)

    @app.command("run")
    def run_command(
        paths: list[str] = typer.Argument(None, metavar=PATHS_METAVAR, show_default=False,
                                          help="Inputs to code (default: examples/)."),
        db: str = typer.Option("marsad.duckdb", "--db", help=DB_HELP + " Created when missing."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
        no_serve: bool = typer.Option(False, "--no-serve", help="Only code the inputs into the store."),
        published: str | None = published_option(),
        config: str | None = config_option(),
        ner: str | None = ner_option(),
        pipeline: str | None = typer.Option(None, "--pipeline", metavar="MODULE:FACTORY", help="Build the pipeline with this factory taking a Config, instead of the full coding pipeline (advanced)."),
        max_size: int = max_size_option(),
    ) -> None:
        """The main job: code news into the store, then serve the interface at http://HOST:PORT/."""
        paths = check_paths(paths or ["examples"])
        pub = parse_published(published)
        spec = PipelineSpec(config=make_config(config, ner=ner, published=published), factory=pipeline)
        console = stderr_console()
        with StoreWriter(db) as writer:
            stats = ingest(read_documents(paths, published=pub, max_bytes=mib(max_size)), writer, spec)
        console.print(f"marsad: {stats.summary()}", markup=False, highlight=False, soft_wrap=True)
        if no_serve:
            raise typer.Exit(1 if stats.failures else 0)
        serve(db, host, port, pipeline=spec)
