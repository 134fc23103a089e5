"""`marsad explain`: why each event was or was not coded, sentence by sentence."""

from __future__ import annotations

import typer
from rich.console import Console

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
from marsad.events.explain import explain_document
from marsad.events.pipeline import code_pipeline
from marsad.events.stage import EventStage
from marsad.inputs import read_documents
from marsad.model import Document
from marsad.pipeline import Pipeline


def explain_one(pipeline: Pipeline, doc: Document, console: Console) -> None:
    """Run the stages before the coder, trace the coder, run the rest, print the explanation."""
    stages = list(pipeline.stages)
    idx = next(i for i, s in enumerate(stages) if isinstance(s, EventStage))
    for stage in stages[:idx]:
        doc = stage(doc)
    coder = stages[idx]
    assert isinstance(coder, EventStage)
    doc, traces = coder.trace(doc)
    for stage in stages[idx + 1 :]:
        doc = stage(doc)
    for line in explain_document(doc, traces):
        console.print(line, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add ``marsad explain`` to the application."""

    @app.command()
    def explain(
        paths: list[str] = paths_argument(),
        published: str | None = published_option(),
        lexicon_dir: str | None = typer.Option(None, "--lexicon-dir", help="Extra event lexicon files."),
        config: str | None = config_option(),
        ner: str | None = ner_option(),
        all_topics: bool = all_topics_option(),
        max_size: int = max_size_option(),
    ) -> None:
        """Show, per sentence, tokens, mentions, candidate triggers and why each event was or was not coded.

        For each candidate: the lexicon entry and its file:line, the frame (negation, modality, reported speech), the rule that filled source and target, and the decision with its reason.
        """
        inputs = check_paths(paths)
        day = parse_published(published)
        pipeline = code_pipeline(make_config(config, ner=ner, all_topics=all_topics, lexicon_dir=lexicon_dir))
        console = Console(highlight=False)
        summary = run_documents(
            read_documents(inputs, published=day, max_bytes=mib(max_size)),
            lambda doc: explain_one(pipeline, doc, console),
            console=stderr_console(), description="explaining", progress=False,
        )
        raise typer.Exit(summary.exit_code)
