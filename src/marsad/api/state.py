"""The served store: one read-only DuckDB database, a cursor per worker thread, a rare writer.

DuckDB lets one process open a file either read-only or read-write, not both at once, so the
server keeps a single read-only connection (sandboxed: no access to other files) and hands each
worker thread its own cursor on it. A ``POST /api/code`` request with ``store: true`` takes the
exclusive side of a readers–writer lock: it waits for running reads to finish, closes the
read-only connection, writes through :class:`~marsad.store.StoreWriter`, and reopens read-only.
Writes are therefore rare, short and serialised; reads never see a half-written batch.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from marsad.api.queries import DocMemo
from marsad.store import Store, StoreWriter

T = TypeVar("T")
MISSING: Any = object()  # what :meth:`ServedStore.peek` returns when nothing is cached


def _weight(value: Any, depth: int = 0) -> int:
    """Roughly what a cached answer costs in memory: bytes and strings by length, containers by
    their entries (two levels deep, so a document's text or a list of rows counts)."""
    if isinstance(value, bytes | str):
        return len(value)
    if isinstance(value, list | tuple | dict) and depth < 2:
        items = value.values() if isinstance(value, dict) else value
        return 1024 + sum(64 + _weight(v, depth + 1) for v in items)
    return 64


class RWLock:
    """A readers–writer lock: many readers or one writer; a waiting writer blocks new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class _CursorStore(Store):
    """A :class:`Store` whose connection is a cursor on a shared read-only database."""

    def __init__(self, path: str, con: duckdb.DuckDBPyConnection) -> None:
        self.path = path
        self.con = con


class ServedStore:
    """The store behind the API: thread-local read cursors, a small result cache, serialised writes."""

    def __init__(self, path: str | Path, *, cache_size: int = 20_000, cache_bytes: int = 128 * 2**20) -> None:
        self.path = str(path)
        self._lock = RWLock()
        self._guard = threading.Lock()
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._cache: OrderedDict[tuple[Any, ...], tuple[Any, int]] = OrderedDict()
        self._cache_size = cache_size
        self._cache_bytes = cache_bytes
        self._cached_bytes = 0
        self._flights: dict[tuple[Any, ...], threading.Event] = {}
        self.generation = 0
        self._root: Store | None = self._open()

    def _open(self) -> Store:
        """The read-only store, tuned for many small concurrent reads.

        DuckDB's late materialisation (sort row ids, then fetch the page's columns in a second
        scan) doubles the cost of the event list's page query, which the list already narrows
        to a few hundred rows by date before sorting (:func:`marsad.api.queries.list_events`).
        The setting is global, so every thread's cursor has it.
        """
        store = Store(self.path)
        store.con.execute("SET GLOBAL late_materialization_max_rows = 0")
        return store

    def close(self) -> None:
        """Close every cursor and the read-only connection."""
        with self._lock.write():
            self._close_readers()

    def _close_readers(self) -> None:
        with self._guard:
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()
            if self._root is not None:
                self._root.close()
                self._root = None

    def _cursor_store(self) -> Store:
        local = self._local
        if getattr(local, "generation", None) != self.generation or local.store is None:
            with self._guard:
                if self._root is None:
                    self._root = self._open()
                cur = self._root.con.cursor()
                self._cursors.append(cur)
            local.store = _CursorStore(self.path, cur)
            local.generation = self.generation
        store: Store = local.store
        return store

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A read-only :class:`Store` for this thread, held under the shared lock."""
        with self._lock.read():
            yield self._cursor_store()

    def peek(self, key: tuple[Any, ...]) -> Any:
        """The cached value for ``key``, or :data:`MISSING`; never blocks on the database."""
        full = (self.generation, *key)
        with self._guard:
            hit = self._cache.get(full)
            if hit is None:
                return MISSING
            self._cache.move_to_end(full)
            return hit[0]

    def cached(self, key: tuple[Any, ...], compute: Callable[[Store], T]) -> T:
        """``compute(store)``, remembered until the next write (the store is read-only meanwhile).

        The cache holds at most ``cache_size`` answers and ``cache_bytes`` of them (answers that
        are bytes count their length, lists by their entries); the least recently used go first.
        Concurrent misses on one key are computed once: the first thread computes, the others
        wait for its answer (a page the interface asks for twice at once costs one query).
        """
        while True:
            found = self.peek(key)
            if found is not MISSING:
                return found  # type: ignore[no-any-return]
            generation = self.generation
            full = (generation, *key)
            with self._guard:
                flight = self._flights.get(full)
                if flight is None:
                    self._flights[full] = threading.Event()
                    break
            flight.wait()
            if self.peek(key) is MISSING:  # the first thread failed, or its answer was too big to keep
                return self._compute(full, compute)
        try:
            return self._compute(full, compute)
        finally:
            with self._guard:
                self._flights.pop(full).set()

    def _compute(self, full: tuple[Any, ...], compute: Callable[[Store], T]) -> T:
        with self.reading() as store:
            value = compute(store)
        self.keep(full[0], full[1:], value)
        return value

    def keep(self, generation: int, key: tuple[Any, ...], value: Any) -> None:
        """Remember ``value`` for ``key``, computed from the store as it was at ``generation``
        (not kept when a write came since, or when it alone outweighs the whole cache)."""
        full = (generation, *key)
        size = _weight(value)
        with self._guard:
            if generation == self.generation and size <= self._cache_bytes and full not in self._cache:
                self._cache[full] = (value, size)
                self._cached_bytes += size
                while len(self._cache) > self._cache_size or self._cached_bytes > self._cache_bytes:
                    self._cached_bytes -= self._cache.popitem(last=False)[1][1]

    def document_memo(self) -> DocMemo:
        """Documents' list fields by id, kept in the answer cache (an event list reads few of them
        again and again: the newest articles are on the first page of most filters)."""
        generation = self.generation

        def get(doc_id: str) -> dict[str, Any] | None:
            found = self.peek(("document", doc_id))
            return None if found is MISSING else found  # type: ignore[no-any-return]

        def put(doc_id: str, doc: dict[str, Any]) -> None:
            self.keep(generation, ("document", doc_id), doc)

        return get, put

    @contextmanager
    def writing(self) -> Iterator[StoreWriter]:
        """The store's writer, with every reader shut out; read-only access resumes afterwards."""
        with self._lock.write():
            self._close_readers()
            try:
                with StoreWriter(self.path) as writer:
                    yield writer
            finally:
                with self._guard:
                    self.generation += 1
                    self._cache.clear()
                    self._cached_bytes = 0
                    self._root = self._open()

