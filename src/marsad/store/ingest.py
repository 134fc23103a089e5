"""Ingesting a stream of inputs into a store, batch by batch (the single-process path).

Documents whose id is stored already are skipped before they are coded, so running the same
input again costs only the reading, and a run killed mid-way resumes where its last committed
batch ended. :func:`plan_batches` is shared with the Dask path in :mod:`marsad.batch`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from marsad.inputs import InputFailure
from marsad.model import Document
from marsad.store.coding import PipelineSpec, code_batch, pipeline_for
from marsad.store.writer import LoadResult, StoreWriter

log = logging.getLogger(__name__)

Item = Document | InputFailure
Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestStats:
    """What a run did: documents read, new, skipped as known, near-duplicates, left uncoded by the
    topic filter, events, failures."""

    read: int = 0
    new: int = 0
    known: int = 0
    duplicates: int = 0
    left_alone: int = 0
    events: int = 0
    failures: int = 0
    seconds: float = 0.0
    load_seconds: float = 0.0  # of which spent storing batches (the single writer's share)

    def add(self, result: LoadResult) -> None:
        self.new += result.new
        self.known += result.known
        self.duplicates += result.duplicates
        self.left_alone += result.left_alone
        self.events += result.events
        self.failures += result.failures
        self.load_seconds += result.seconds

    def summary(self) -> str:
        """The one-line summary printed at the end of ``marsad ingest``."""
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"documents read {self.read}, new {self.new}, skipped as known {self.known}, "
                f"duplicates {self.duplicates}, left alone by the topic filter {self.left_alone}; "
                f"events {self.events}; failures {self.failures}; "
                f"{self.seconds:.1f} s ({rate:.1f} documents/s)")


def plan_batches(items: Iterable[Item], writer: StoreWriter, size: int, stats: IngestStats,
                 pending: set[str] | None = None) -> Iterator[tuple[list[Item], int]]:
    """Group inputs into batches of ``size`` items, dropping documents already stored.

    A document is dropped when its id is in the store, earlier in the batch, or in ``pending``
    (ids sent to workers but not stored yet). Yields (batch, number of inputs it covers); the
    batch may be empty when every document in it was known.
    """
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield _drop_known(chunk, writer, stats, pending), len(chunk)
            chunk = []
    if chunk:
        yield _drop_known(chunk, writer, stats, pending), len(chunk)


def _drop_known(chunk: list[Item], writer: StoreWriter, stats: IngestStats,
                pending: set[str] | None) -> list[Item]:
    docs = [i for i in chunk if isinstance(i, Document)]
    stats.read += len(docs)
    stored = writer.known([d.id for d in docs])
    seen = set(pending or ())
    kept: list[Item] = []
    for item in chunk:
        if isinstance(item, Document):
            if item.id in stored or item.id in seen:
                stats.known += 1
                continue
            seen.add(item.id)
        kept.append(item)
    return kept


def ingest(items: Iterable[Item], writer: StoreWriter, spec: PipelineSpec | None = None, *,
           batch_size: int = 100, progress: Progress | None = None) -> IngestStats:
    """Code and store ``items`` in this process, one transaction per batch."""
    pipeline = pipeline_for(spec or PipelineSpec())
    stats = IngestStats()
    start = time.perf_counter()
    for number, (chunk, covered) in enumerate(plan_batches(items, writer, batch_size, stats), 1):
        if chunk:
            result = writer.load(code_batch(pipeline, chunk, writer.signer))
            stats.add(result)
            log.info("batch %d committed: %d new, %d events, %d failures",
                     number, result.new, result.events, result.failures)
        if progress:
            progress(covered)
    stats.seconds = time.perf_counter() - start
    return stats
