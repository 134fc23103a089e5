"""The driver of a distributed ingest: stream partitions to Dask workers, load their parts as they finish.

The driver reads the inputs lazily, drops documents already stored (or in flight), and keeps
at most ``max_in_flight`` partitions submitted, so memory stays bounded however large the
input. A partition's inputs reach its worker as a file in the parts folder (the task carries only
its name: a scheduler keeps the arguments of the tasks it ran). Each finished part is loaded into
DuckDB in one transaction and then deleted with its inputs; parts left over by a killed run are
loaded first when the next run starts (inputs never coded are dropped: they are read again). With a real cluster,
``parts_dir`` must be a folder that the workers and the driver both see (a shared file system).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import dask
from distributed import Client, Future, LocalCluster, Nanny, as_completed

from marsad.batch.worker import INPUTS, write_inputs
from marsad.errors import MarsadError
from marsad.inputs import InputFailure
from marsad.model import Document
from marsad.store.coding import FATAL, PipelineSpec, input_failure
from marsad.store.dedup import DedupParams
from marsad.store.ingest import IngestStats, Item, Progress, plan_batches
from marsad.store.records import Failure, build_batch, split_origin
from marsad.store.writer import StoreWriter

log = logging.getLogger(__name__)


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None, *,
                processes: bool = True) -> Iterator[Client]:
    """A client on a new LocalCluster of ``workers`` single-threaded workers, or on ``scheduler``."""
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise MarsadError(f"cannot reach Dask scheduler: {exc}", where=scheduler) from None
        with client:
            yield client
        return
    if not log.isEnabledFor(logging.INFO):  # distributed logs every start and stop at INFO
        logging.getLogger("distributed").setLevel(logging.WARNING)
    # ":0": the HTTP endpoint (health, metrics) takes a free port instead of failing over 8787.
    # The workers' statistical profiler samples every thread's stack ten times a second: overhead
    # for a batch job nobody profiles, and it can trip over short-lived frames.
    with dask.config.set({"distributed.worker.profile.enabled": False}), LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=processes,
                      dashboard_address=":0", memory_limit=0) as cluster, Client(cluster) as client:
        yield client


@dataclass(slots=True)
class _Submitted:
    ids: list[str]
    items: list[Item]
    covered: int
    inputs: Path


@dataclass(slots=True)
class _Driver:
    writer: StoreWriter
    client: Client
    spec: PipelineSpec
    parts: Path
    stats: IngestStats
    progress: Progress | None
    pending: set[str] = field(default_factory=set)
    submitted: dict[object, _Submitted] = field(default_factory=dict)
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    number: int = 0

    def submit(self, chunk: list[Item], covered: int, queue: as_completed) -> None:
        self.number += 1
        name = f"part-{self.run}-{self.number:06d}"
        path = str(self.parts / name)
        # The inputs travel as a file, not inside the task: the scheduler (in this process with a
        # LocalCluster) keeps every task's arguments it has seen, ~10 MB per 1,000 articles.
        inputs = write_inputs(chunk, self.parts / f"{name}{INPUTS}")
        future = self.client.submit(_task, self.spec, self.writer.params, str(inputs), path, pure=False)
        ids = [i.id for i in chunk if isinstance(i, Document)]
        self.pending.update(ids)
        self.submitted[future.key] = _Submitted(ids, chunk, covered, inputs)
        queue.add(future)

    def finish(self, future: Future) -> None:
        job = self.submitted.pop(future.key)
        try:
            path = future.result()
        except FATAL:
            raise
        except Exception as exc:  # a worker died or the task raised outside a stage
            log.warning("partition failed on its worker: %s", exc)
            failures = [_worker_failure(i, exc) for i in job.items]
            self.stats.add(self.writer.load(build_batch([], failures, self.writer.signer)))
        else:
            self.load(path)
        job.inputs.unlink(missing_ok=True)
        self.pending.difference_update(job.ids)
        if self.progress:
            self.progress(job.covered)

    def recycle(self, queue: as_completed) -> as_completed:
        """Load every partition in flight, then restart the workers; a fresh queue for the next."""
        for future in queue:
            self.finish(future)
        log.info("restarting the workers after part %d", self.number)
        nanny = logging.getLogger("distributed.nanny")
        level = nanny.level
        if not log.isEnabledFor(logging.INFO):
            nanny.setLevel(logging.ERROR)  # it warns of every restart it was asked for
        try:
            self.client.restart()
        finally:
            nanny.setLevel(level)
        return as_completed()

    def load(self, path: str | Path) -> None:
        from marsad.batch.worker import read_part

        result = self.writer.load(read_part(path))
        self.stats.add(result)
        shutil.rmtree(path, ignore_errors=True)
        log.info("part %s committed: %d new, %d events", Path(path).name, result.new, result.events)


def _task(spec: PipelineSpec, params: DedupParams, inputs: str, path: str) -> str:
    from marsad.batch.worker import code_part, read_inputs

    return code_part(spec, params, read_inputs(inputs), path).path


def _worker_failure(item: Item, exc: BaseException) -> Failure:
    if isinstance(item, InputFailure):
        return input_failure(item)
    file, record = split_origin(item.origin)
    return Failure(file, record, "worker", f"{type(exc).__name__}: {exc}".splitlines()[0], item.id)


def _leftover_parts(parts: Path) -> list[Path]:
    if not parts.is_dir():
        return []
    for tmp in parts.glob("part-*.tmp"):  # half-written: a part folder or an inputs file
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)
    for inputs in parts.glob(f"part-*{INPUTS}"):  # inputs of parts never coded: read again
        inputs.unlink(missing_ok=True)
    return sorted(p for p in parts.glob("part-*") if p.is_dir() and not p.name.endswith(INPUTS))


def _restartable(client: Client) -> bool:
    """Whether ``client`` runs on a LocalCluster of nanny-managed worker processes (ours to restart)."""
    cluster = getattr(client, "cluster", None)
    return isinstance(cluster, LocalCluster) and bool(cluster.workers) and all(
        isinstance(w, Nanny) for w in cluster.workers.values())


def ingest_distributed(items: Iterable[Item], writer: StoreWriter, client: Client,
                       spec: PipelineSpec | None = None, *, batch_size: int = 100,
                       max_in_flight: int | None = None, parts_dir: str | Path | None = None,
                       progress: Progress | None = None, recycle_every: int = 0) -> IngestStats:
    """Code ``items`` in partitions on the workers of ``client`` and load the parts into ``writer``.

    ``recycle_every``: restart the workers (after the partitions in flight are loaded) each time
    that many articles have been sent, so that a long run's workers start afresh (their caches
    and the high-water mark of the largest articles seen). Off by default: a restart costs
    20-30 s of coding on two cores (drain, restart, rebuild, cold caches). Only the workers of a
    LocalCluster of worker processes are restarted, never those of a scheduler given by address.
    """
    parts = Path(parts_dir) if parts_dir else Path(writer.path + ".parts")
    parts.mkdir(parents=True, exist_ok=True)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = max_in_flight or 2 * workers
    if recycle_every and not _restartable(client):
        log.warning("recycle_every ignored: the workers are not processes of a LocalCluster of this run")
        recycle_every = 0
    stats = IngestStats()
    start = time.perf_counter()
    driver = _Driver(writer, client, spec or PipelineSpec(), parts, stats, progress)
    for old in _leftover_parts(parts):
        log.info("loading part %s left by an earlier run", old.name)
        driver.load(old)
    queue, sent = as_completed(), 0
    for chunk, covered in plan_batches(items, writer, batch_size, stats, driver.pending):
        if not chunk:
            if progress:
                progress(covered)
            continue
        if recycle_every and sent >= recycle_every:
            queue, sent = driver.recycle(queue), 0
        driver.submit(chunk, covered, queue)
        sent += len(chunk)
        while queue.count() >= limit:
            driver.finish(next(queue))
    for future in queue:
        driver.finish(future)
    with contextlib.suppress(OSError):
        parts.rmdir()  # only when empty: parts of failed loads stay for the next run
    stats.seconds = time.perf_counter() - start
    return stats
