"""Coding a batch of documents into rows: the work done in the ingest process or on a Dask worker.

The pipeline is described by a picklable :class:`PipelineSpec` (a factory's import path and the
configuration) and built at most once per process by :func:`pipeline_for`, never per document.
A stage that raises for one document turns that document into a :class:`Failure`; the others go on.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from marsad.config import Config
from marsad.errors import ConfigError, LexiconError, ModelError, PipelineError
from marsad.inputs import InputFailure
from marsad.model import Document
from marsad.pipeline import CODE, Pipeline, build_pipeline, settle
from marsad.store.dedup import DedupParams, Signer
from marsad.store.records import Failure, RowBatch, build_batch, split_origin

log = logging.getLogger(__name__)

PipelineFactory = Callable[[Config], Pipeline]


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """What pipeline to build: registry ``stages`` (default the full ``CODE`` pipeline) with ``config``,
    or, when ``factory`` is given (``"module:function"`` taking a :class:`Config`), what it returns."""

    stages: tuple[str, ...] = CODE
    config: Config = field(default_factory=Config)
    factory: str | None = None

    def build(self) -> Pipeline:
        if self.factory is None:
            return build_pipeline(self.stages, self.config)
        module, _, attr = self.factory.partition(":")
        try:
            factory: PipelineFactory = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError, ValueError) as exc:
            raise PipelineError(f"pipeline factory {self.factory!r} cannot be loaded: {exc}") from None
        return factory(self.config)


_PIPELINES: dict[PipelineSpec, Pipeline] = {}
_SIGNERS: dict[DedupParams, Signer] = {}
_LOCK = threading.Lock()


def pipeline_for(spec: PipelineSpec) -> Pipeline:
    """The process's pipeline for ``spec``, built on first use (thread-safe) and then reused."""
    with _LOCK:
        pipeline = _PIPELINES.get(spec)
        if pipeline is None:
            log.info("building pipeline %s", spec.factory or "+".join(spec.stages))
            pipeline = spec.build()
            _PIPELINES[spec] = pipeline
        return pipeline


def signer_for(params: DedupParams) -> Signer:
    with _LOCK:
        signer = _SIGNERS.get(params)
        if signer is None:
            signer = _SIGNERS[params] = Signer(params)
        return signer


def input_failure(item: InputFailure) -> Failure:
    return Failure(file=item.path, record="" if item.line is None else str(item.line), stage="input",
                   reason=item.reason)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".strip()


# Errors of the installation, not of one document (a missing model, a bad lexicon or
# configuration): every document would fail the same way, so the run stops instead.
FATAL: tuple[type[Exception], ...] = (ModelError, LexiconError, ConfigError)


def code_document(pipeline: Pipeline, doc: Document) -> Document | Failure:
    """Run every stage on ``doc``; an exception becomes a :class:`Failure` naming the stage.

    :data:`FATAL` errors are raised: they are not the document's fault.
    """
    for stage in pipeline.stages:
        try:
            doc = stage(doc)
        except FATAL:
            raise
        except Exception as exc:
            file, record = split_origin(doc.origin)
            log.warning("%s: stage %s failed: %s", doc.origin, stage.name, _one_line(exc))
            return Failure(file=file, record=record, stage=stage.name, reason=_one_line(exc), doc_id=doc.id)
        doc = replace(doc, stages=(*doc.stages, stage.name))
    return doc


def code_batch(pipeline: Pipeline, items: Iterable[Document | InputFailure], signer: Signer) -> RowBatch:
    """Code the documents of a batch and flatten them, with the batch's failures, into rows."""
    docs: list[Document] = []
    failures: list[Failure] = []
    for item in items:
        if isinstance(item, InputFailure):
            failures.append(input_failure(item))
            continue
        if not item.text.strip():
            file, record = split_origin(item.origin)
            failures.append(Failure(file, record, "input", "record has no text", item.id))
            continue
        coded = code_document(pipeline, item)
        (failures if isinstance(coded, Failure) else docs).append(coded)  # type: ignore[arg-type]
    if docs:
        settle()  # the pipeline is loaded and warm: out of the garbage collector's way
    return build_batch(docs, failures, signer)
