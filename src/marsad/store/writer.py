"""Writing to the store: one transaction per batch, idempotent by document id.

:meth:`StoreWriter.load` takes a :class:`~marsad.store.records.RowBatch` (coded here or on a
Dask worker) and, in one transaction, inserts the documents not stored yet with their
mentions, events and LSH bands, links near-duplicates, records failures and recomputes the
counts of every event cluster the batch touched. A batch is all or nothing: a process killed
mid-run leaves the store as it was after the last committed batch.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from marsad.errors import StoreError
from marsad.store.dedup import DedupParams, Signer, find_duplicates
from marsad.store.records import RowBatch
from marsad.store.schema import TABLES, connect, create_sql, read_meta

_CLUSTER_COUNTS = """
UPDATE event_clusters AS c SET num_mentions = a.num_mentions, num_articles = a.num_articles,
  num_sources = a.num_sources, num_copies = a.num_copies, first_published = a.first_published,
  last_published = a.last_published, first_doc_id = a.first_doc_id, updated_at = ?
FROM (
  WITH ev AS (
    SELECT e.cluster_id, e.doc_id, d.source, d.published, d.duplicate_of IS NULL AS original,
           coalesce(d.duplicate_of, d.id) AS story
    FROM events e JOIN documents d ON d.id = e.doc_id
    WHERE e.cluster_id IN (SELECT cluster_id FROM _b_clusters)),
  per_doc AS (SELECT cluster_id, story, doc_id, count(*) AS n FROM ev GROUP BY ALL),
  per_story AS (SELECT cluster_id, story, max(n) AS n FROM per_doc GROUP BY ALL),
  stories AS (SELECT cluster_id, sum(n) AS num_mentions, count(*) AS num_articles
              FROM per_story GROUP BY ALL),
  docs AS (SELECT cluster_id, count(DISTINCT doc_id) AS num_docs, count(DISTINCT source) AS num_sources,
                  min(published) AS first_published, max(published) AS last_published,
                  coalesce(min(doc_id) FILTER (WHERE original), min(doc_id)) AS first_doc_id
           FROM ev GROUP BY ALL)
  SELECT s.cluster_id, s.num_mentions::INTEGER AS num_mentions, s.num_articles::INTEGER AS num_articles,
         d.num_sources::INTEGER AS num_sources, (d.num_docs - s.num_articles)::INTEGER AS num_copies,
         d.first_published, d.last_published, d.first_doc_id
  FROM stories s JOIN docs d USING (cluster_id)) AS a
WHERE c.cluster_id = a.cluster_id
"""

_FAILURES_UPSERT = """
INSERT INTO failures SELECT DISTINCT ON (file, record, stage) * FROM _b_failures
ON CONFLICT (file, record, stage) DO UPDATE SET reason = excluded.reason,
  doc_id = excluded.doc_id, last_seen = excluded.last_seen, times = failures.times + 1
"""


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What one committed batch added."""

    new: int
    known: int
    duplicates: int
    events: int
    failures: int
    seconds: float = 0.0
    left_alone: int = 0  # new documents the topic filter left uncoded


_ALLOCATOR_FLUSH = "16MB"
T = TypeVar("T")


def _memory(limit: str, where: str | None = None) -> str:
    """``limit`` checked to be a DuckDB memory size (512MB, 2GiB): it goes into a SET statement."""
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]i?B", limit):
        raise StoreError(f"bad memory limit {limit!r} (e.g. 512MB, 2GiB)", where=where)
    return limit


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    found = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(found[0]) if found else 0


def _cols(table: str) -> str:
    return ", ".join(c.name for c in TABLES[table])


def release_memory() -> None:
    """Hand memory freed by the last batch back to the system: Arrow's pool (mimalloc or jemalloc)
    and glibc's heap keep freed pages for reuse otherwise, which a long ingest sees as growth."""
    pa.default_memory_pool().release_unused()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _load_libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if sys.platform != "linux" or not name:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.malloc_trim  # noqa: B018  (glibc only: musl has no malloc_trim)
    except (OSError, AttributeError):
        return None
    return libc


_LIBC = _load_libc()


class StoreWriter:
    """The single writer of a store file (DuckDB allows one writing process at a time)."""

    def __init__(self, path: str | Path, params: DedupParams | None = None, *,
                 memory_limit: str = "128MB") -> None:
        self.path = str(path)
        self.con = connect(path, settings=(params or DedupParams()).to_meta())
        # DuckDB's buffer pool would otherwise grow towards 80% of RAM as the store grows;
        # a batch never needs much, so streaming ingests keep a bounded footprint.
        try:
            self.memory_limit = _memory(memory_limit)
        except StoreError:
            self.con.close()
            raise
        self.con.execute(f"SET memory_limit = '{memory_limit}'")
        # DuckDB's own allocator keeps up to 128 MB freed after each query by default; a writer
        # that runs small transactions for hours should hand it back to the system at once.
        self.con.execute(f"SET allocator_flush_threshold = '{_ALLOCATOR_FLUSH}'")
        self.params = DedupParams.from_meta(read_meta(self.con))
        self.signer = Signer(self.params)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known(self, ids: list[str]) -> set[str]:
        """The ids among ``ids`` that are stored already."""
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def load(self, batch: RowBatch) -> LoadResult:
        """Store one batch in one transaction; documents already stored are left alone."""
        start = time.perf_counter()
        result = self._transaction("cannot store batch", lambda: self._load(batch))
        release_memory()
        return replace(result, seconds=time.perf_counter() - start)

    def _transaction(self, failing: str, work: Callable[[], T]) -> T:
        """``work()`` in one transaction, rolled back on any error (a database error becomes
        :class:`StoreError` saying ``failing``)."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            result = work()
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{failing}: {str(exc).splitlines()[0]}", where=self.path) from None
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        return result

    def cluster_events(self, memory_limit: str = "1GB") -> int:
        """Rewrite the events table in date order (undated last); returns its number of rows.

        Ingest appends events in the order documents arrive, so a backfill or a feed of mixed
        dates spreads each day's events over the whole table. Laid out by date, a date filter
        skips whole row groups (DuckDB keeps each block's minimum and maximum) and a page of the
        event list reads a few blocks of each column instead of one per event. The rewrite is one
        transaction: a copy is filled in order, counted against the original, and swapped in;
        anything going wrong leaves the table as it was. Sorting spills to disk beyond
        ``memory_limit``.
        """
        con = self.con
        cols = _cols("events")
        order = "event_date NULLS LAST, doc_id, sentence_start, event_id"
        con.execute(f"SET memory_limit = '{_memory(memory_limit, self.path)}'")

        def rewrite() -> int:
            before = _count(con, "events")
            con.execute(create_sql("events", "events_clustered"))
            con.execute(f"INSERT INTO events_clustered ({cols}) SELECT {cols} FROM events ORDER BY {order}")
            after = _count(con, "events_clustered")
            if before != after:
                raise StoreError(f"the rewritten events table has {after} rows, not {before}", where=self.path)
            con.execute("DROP TABLE events")
            con.execute("ALTER TABLE events_clustered RENAME TO events")
            return before

        try:
            n = self._transaction("cannot rewrite the events table", rewrite)
            con.execute("CHECKPOINT")
        finally:
            con.execute(f"SET memory_limit = '{self.memory_limit}'")
            release_memory()
        return n

    def _load(self, batch: RowBatch) -> LoadResult:
        docs = batch.tables["documents"]
        ids = docs.column("id").to_pylist()
        stored = self.known(ids)
        keep = pc.invert(pc.is_in(docs.column("id"), pa.array(sorted(stored), pa.string())))
        docs = docs.filter(keep)
        new_ids = pa.array(docs.column("id").to_pylist(), pa.string())
        docs, bands, duplicates = self._link_duplicates(docs)
        parts = {"documents": docs, "lsh_bands": bands}
        for table in ("mentions", "places", "events"):
            rows = batch.tables[table]
            parts[table] = rows.filter(pc.is_in(rows.column("doc_id"), new_ids))
        for table, rows in parts.items():
            if rows.num_rows:
                self._insert(table, rows)
        failures = batch.tables["failures"]
        if failures.num_rows:
            self._with(failures, "_b_failures", lambda: self.con.execute(_FAILURES_UPSERT))
        if new_ids:
            self.con.execute("DELETE FROM failures WHERE stage <> 'input' AND doc_id IN (SELECT unnest(?))",
                             [new_ids.to_pylist()])
        self._update_clusters(batch.tables.get("clusters"), parts["events"])
        left_alone = pc.sum(docs.column("left_alone")).as_py() or 0  # None when no document is new
        return LoadResult(new=docs.num_rows, known=len(ids) - docs.num_rows, duplicates=duplicates,
                          events=parts["events"].num_rows, failures=failures.num_rows, left_alone=int(left_alone))

    def _with(self, table: pa.Table, name: str, action: object) -> None:
        self.con.register(name, table)
        try:
            action()  # type: ignore[operator]
        finally:
            self.con.unregister(name)

    def _insert(self, table: str, rows: pa.Table) -> None:
        cols = _cols(table)
        self._with(rows, "_b_rows", lambda: self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _b_rows"))

    def _link_duplicates(self, docs: pa.Table) -> tuple[pa.Table, pa.Table, int]:
        new = list(zip(docs.column("id").to_pylist(), docs.column("minhash").to_pylist(), strict=True))
        links, bands = find_duplicates(self.con, new, self.params)
        if not links:
            return docs, bands, 0
        by_id = {link.doc_id: link for link in links}
        ids = docs.column("id").to_pylist()
        dup = pa.array([by_id[i].duplicate_of if i in by_id else None for i in ids], pa.string())
        sim = pa.array([by_id[i].similarity if i in by_id else None for i in ids], pa.float64())
        docs = docs.set_column(docs.schema.get_field_index("duplicate_of"), "duplicate_of", dup)
        docs = docs.set_column(docs.schema.get_field_index("similarity"), "similarity", sim)
        return docs, bands, len(links)

    def _update_clusters(self, clusters: pa.Table | None, events: pa.Table) -> None:
        if clusters is None or not events.num_rows:
            return
        touched = pc.is_in(clusters.column("cluster_id"), events.column("cluster_id").unique())
        clusters = clusters.filter(touched)
        now = datetime.now(UTC).replace(tzinfo=None)

        def run() -> None:
            cols = _cols("event_clusters")
            self.con.execute(f"INSERT INTO event_clusters ({cols}) SELECT DISTINCT ON (cluster_id) {cols} "
                             "FROM _b_clusters ORDER BY cluster_id ON CONFLICT DO NOTHING")
            self.con.execute(_CLUSTER_COUNTS, [now])

        self._with(clusters, "_b_clusters", run)
