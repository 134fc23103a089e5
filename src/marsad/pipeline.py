"""The pipeline: stages with versioned names and declared requirements, an explicit registry, a runner.

A stage is a small object with ``name`` (``"text.tokenize@1"``), ``requires`` and ``provides``
(annotation names such as ``"sentences"``, ``"tokens"``, ``"mentions"``, ``"events"``) and
``__call__(doc) -> doc``. :func:`build_pipeline` checks, when the pipeline is built, that
every stage's requirements are provided by an earlier stage.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from marsad.config import Config
from marsad.errors import PipelineError
from marsad.model import Document

log = logging.getLogger(__name__)


@runtime_checkable
class Stage(Protocol):
    """What every pipeline stage looks like."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


StageFactory = Callable[[Config], Stage]

# The explicit registry: stage id -> "module:factory". Factories are imported lazily so that
# `marsad analyze` does not pay for loading the NER model or the event lexicon.
REGISTRY: dict[str, str] = {
    "text": "marsad.text.stage:TextStage",
    "topic": "marsad.topic.stage:TopicStage",
    "ner": "marsad.ner.stage:NerStage",
    "actors": "marsad.actors.stage:ActorStage",
    "when": "marsad.when.stage:WhenStage",
    "where": "marsad.where.stage:WhereStage",
    "events": "marsad.events.stage:EventStage",
    "attach": "marsad.when.attach:AttachStage",
}

ANALYZE = ("text",)
CODE = ("text", "topic", "ner", "actors", "when", "where", "events", "attach")


def _load_factory(stage_id: str) -> StageFactory:
    import importlib

    try:
        target = REGISTRY[stage_id]
    except KeyError:
        raise PipelineError(f"unknown stage {stage_id!r}; known: {', '.join(REGISTRY)}") from None
    module, _, attr = target.partition(":")
    try:
        factory: StageFactory = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise PipelineError(f"stage {stage_id!r} cannot be loaded: {exc}") from None
    return factory


class Pipeline:
    """An ordered, validated list of stages."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        provided: set[str] = {"text"}
        for stage in stages:
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                raise PipelineError(f"stage {stage.name} requires {', '.join(missing)}, not provided before it")
            provided.update(stage.provides)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
            doc = replace(doc, stages=(*doc.stages, stage.name))
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


def build_pipeline(stage_ids: Iterable[str] = CODE, config: Config | None = None) -> Pipeline:
    """Build a pipeline from registry ids; each stage is constructed once with ``config``."""
    cfg = config or Config()
    return Pipeline([_load_factory(s)(cfg) for s in stage_ids])


_SETTLED = False


def settle() -> None:
    """Once per process, after the pipeline has coded a first document: :func:`gc.freeze`.

    The lexicons, models and indexes loaded by then (some stages load on first use) live as long
    as the process. Freezing moves them out of the cyclic garbage collector's reach: its full
    collections re-scan every tracked object, which on news costs 8-17 % of coding time, and
    afterwards look only at what later documents create. Reference counting frees objects as
    before; only cycles among the frozen objects are never collected. Long-running callers
    (``marsad code``, ``marsad ingest``, the Dask workers) call this; a library user may too.
    """
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()
