"""Helpers shared by command modules: input arguments, dates, consoles, progress and failure reports.

Commands are thin: they parse options with these helpers, read inputs with
:func:`marsad.inputs.read_documents` and hand each document to a function through
:func:`run_documents`, which shows progress and reports unreadable inputs one line each.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from marsad.config import Config, load_config
from marsad.errors import MarsadError
from marsad.inputs import DEFAULT_MAX_BYTES, EXTENSIONS, InputFailure
from marsad.model import Document

PATHS_METAVAR = "FILE|DIR|-"
PATHS_HELP = (
    f"Input files ({', '.join(EXTENSIONS)}), directories (read recursively, in sorted order) "
    "or - for stdin (plain text, or JSON lines when the first line is a JSON object)."
)
_MIB = 1024 * 1024


def paths_argument(help: str = PATHS_HELP) -> Any:
    """A required, repeatable ``FILE|DIR|-`` argument (declare it as ``list[str]``)."""
    return typer.Argument(..., metavar=PATHS_METAVAR, help=help, show_default=False)


def published_option() -> Any:
    """``--published YYYY-MM-DD`` (declare it as ``str | None`` and pass it to :func:`parse_published`)."""
    return typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date of inputs that do not give one (JSONL records and web pages may).",
    )


def max_size_option() -> Any:
    """``--max-size MiB``: the largest document or JSONL record read (convert with :func:`mib`)."""
    return typer.Option(
        DEFAULT_MAX_BYTES // _MIB, "--max-size", metavar="MIB", min=1,
        help="Largest document or JSONL record read, in MiB; larger ones are reported and skipped.",
    )


def config_option() -> Any:
    """``--config FILE``: a marsad configuration file (TOML); see :mod:`marsad.config`."""
    return typer.Option(None, "--config", metavar="FILE", help="Configuration file (TOML).")


def ner_option() -> Any:
    """``--ner BACKEND``: overrides the configuration's NER backend."""
    return typer.Option(
        None, "--ner", metavar="crf|crf-stacked|crf-fast|none|hf:PATH",
        help="NER backend: crf-stacked (the bundled model's stacked CRFs; the default), crf (the whole "
             "bundled model: the CRFs mixed with a small network, more accurate, slower), crf-fast (the "
             "first CRF only), none, or hf:PATH (a local Hugging Face token-classification model; "
             "never downloads).",
    )


def all_topics_option() -> Any:
    """``--all-topics``: code every document, sports and culture pages too (``[topic] skip = []``)."""
    return typer.Option(False, "--all-topics",
                        help="Code events in every document; by default none are coded in documents that "
                             "read like sports or culture pages ([topic] skip in the configuration).")


def make_config(config: str | None, *, ner: str | None = None, all_topics: bool = False,
                **overrides: Any) -> Config:
    """The configuration file (or the defaults) with command-line overrides applied."""
    cfg = load_config(config).with_overrides(**overrides)
    if ner is not None:
        cfg = replace(cfg, ner=replace(cfg.ner, backend=ner))
    if all_topics:
        cfg = replace(cfg, topic=replace(cfg.topic, skip=()))
    return cfg


def mib(value: int) -> int:
    """Bytes in ``value`` MiB."""
    return value * _MIB


def parse_published(value: str | None) -> date | None:
    """Parse the ``--published`` option; a bad value is a usage error (exit status 2)."""
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form",
                                 param_hint="'--published'") from None


def check_paths(paths: Sequence[str]) -> list[str]:
    """Usage checks on input paths: each must exist, and stdin (``-``) may be given once."""
    if list(paths).count("-") > 1:
        raise typer.BadParameter("- (stdin) can be given only once", param_hint=PATHS_METAVAR)
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise typer.BadParameter(f"{p}: no such file or directory", param_hint=PATHS_METAVAR)
    return list(paths)


def stderr_console() -> Console:
    """The console for progress and messages: stderr, so that stdout stays clean data."""
    return Console(stderr=True, highlight=False)


@dataclass(slots=True)
class RunSummary:
    """What :func:`run_documents` did: documents handled and inputs (or documents) that failed."""

    documents: int = 0
    failures: int = 0

    @property
    def exit_code(self) -> int:
        """0 when everything was read and handled, 1 when something failed."""
        return 1 if self.failures else 0


def _report(console: Console, message: str) -> None:
    console.print(f"marsad: skipped: {message}", markup=False, highlight=False, soft_wrap=True)


def _progress(console: Console, show: bool) -> Progress:
    # Progress goes to stderr. If stdout is the same terminal, rich routes our stdout writes
    # above the bar; if stdout is redirected it must be left alone, or data would go to stderr.
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"),
        TextColumn("{task.completed} documents, {task.fields[failed]} failed"), TimeElapsedColumn(),
        console=console, transient=True, disable=not show, redirect_stdout=sys.stdout.isatty(), redirect_stderr=False,
    )


def run_documents(
    items: Iterable[Document | InputFailure],
    handle: Callable[[Document], None],
    *,
    console: Console | None = None,
    description: str = "reading",
    progress: bool | None = None,
) -> RunSummary:
    """Hand every document to ``handle``; report failures on stderr, one line each, and go on.

    A :class:`MarsadError` raised by ``handle`` for one document is reported like an input
    failure. A progress display goes to stderr when it is a terminal: with ``progress=None``
    only when stdout is not a terminal (the output itself shows progress there), with
    ``progress=True`` always (commands that print nothing on stdout), never with ``False``.
    """
    console = console or stderr_console()
    summary = RunSummary()
    show = console.is_terminal and (progress or (progress is None and not sys.stdout.isatty()))
    with _progress(console, show=show) as bar:
        task = bar.add_task(description, total=None, failed=0)
        for item in items:
            if isinstance(item, InputFailure):
                summary.failures += 1
                _report(console, str(item))
            else:
                try:
                    handle(item)
                    summary.documents += 1
                except MarsadError as exc:
                    summary.failures += 1
                    _report(console, str(exc) if exc.where else f"[{exc.code}] {item.origin}: {exc.message}")
            bar.update(task, completed=summary.documents, failed=summary.failures)
    return summary

