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

from marsad.store import Store, StoreWriter

T = TypeVar("T")


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

    def __init__(self, path: str | Path, *, cache_size: int = 512) -> None:
        self.path = str(path)
        self._lock = RWLock()
        self._guard = threading.Lock()
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._cache_size = cache_size
        self.generation = 0
        self._root: Store | None = Store(self.path)

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
                    self._root = Store(self.path)
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

    def cached(self, key: tuple[Any, ...], compute: Callable[[Store], T]) -> T:
        """``compute(store)``, remembered until the next write (the store is read-only meanwhile)."""
        full = (self.generation, *key)
        with self._guard:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]  # type: ignore[no-any-return]
        with self.reading() as store:
            value = compute(store)
        with self._guard:
            self._cache[full] = value
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value

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
                    self._root = Store(self.path)

