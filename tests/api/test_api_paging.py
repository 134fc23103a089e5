"""Paging of the event list by per-day counts, against a plain ``ORDER BY ... LIMIT ... OFFSET``.

The list finds a page's days from cached per-day counts and sorts only the events of those days
(:func:`marsad.api.queries.list_events`); these tests check that every page equals the slice of
the whole ordered list, with many events a day, ties, undated events and filters.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.api import queries
from marsad.store import EventFilter, Store, StoreWriter
from marsad.store.schema import connect

DAYS = [dt.date(2024, 1, 1) + dt.timedelta(days=k) for k in range(6)]


def _store(path: Path, dates: list[dt.date | None]) -> str:
    """A store with one document per 3 events, dated ``dates`` (None: undated), two event types."""
    with StoreWriter(path):
        pass
    con = connect(path)
    try:
        for d in range(0, len(dates), 3):
            con.execute("INSERT INTO documents (id, text, num_events) VALUES (?, ?, 3)", [f"d{d:03d}", "جملة. " * 3])
        for n, day in enumerate(dates):
            con.execute("INSERT INTO events (doc_id, event_id, event_type, quad_class, event_date, sentence_index, "
                        "sentence_start, sentence_end, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}')",
                        [f"d{n - n % 3:03d}", f"e{n:03d}", "ASSAULT" if n % 2 else "AGREE", 4 if n % 2 else 1,
                         day, n % 3, 6 * (n % 3), 6 * (n % 3) + 5])
    finally:
        con.close()
    return str(path)


def _whole(store: Store, q: queries.EventQuery) -> list[str]:
    frm, params = queries.event_from(q)
    order = ", ".join(f"e.{k}" for k in queries._ORDER)
    return [r["event_id"] for r in queries.rows(store, f"SELECT e.event_id {frm} ORDER BY {order}", params)]


@pytest.mark.parametrize("event_type", [None, "ASSAULT"])
def test_pages_are_slices_with_undated_events(tmp_path: Path, event_type: str | None) -> None:
    dates = [DAYS[n % 4] if n % 5 else None for n in range(40)]
    with Store(_store(tmp_path / "p.duckdb", dates)) as store:
        q = queries.EventQuery(EventFilter(event_type=event_type), copies=False)
        whole = _whole(store, q)
        days = queries.day_counts(store, q)
        frm, params = queries.event_from(q)
        counted = queries.rows(store, f"SELECT count(*) AS n {frm}", params)[0]["n"]
        assert sum(n for _, n in days) == len(whole) == counted
        assert days[-1][0] is None and [d for d, _ in days[:-1]] == sorted((d for d, _ in days[:-1]), reverse=True)
        for limit in (1, 3, 7, 50):
            for offset in range(len(whole) + 2):
                got = [r["event_id"] for r in queries.list_events(store, q, limit=limit, offset=offset, days=days)]
                assert got == whole[offset:offset + limit], (limit, offset)


@settings(max_examples=15, deadline=None)
@given(dates=st.lists(st.sampled_from([*DAYS, None]), min_size=0, max_size=30),
       limit=st.integers(1, 12), offset=st.integers(0, 35))
def test_any_page_of_any_store(tmp_path_factory: pytest.TempPathFactory, dates: list[dt.date | None],
                               limit: int, offset: int) -> None:
    path = _store(tmp_path_factory.mktemp("paging") / "h.duckdb", dates)
    with Store(path) as store:
        q = queries.EventQuery(copies=False)
        got = [r["event_id"] for r in queries.list_events(store, q, limit=limit, offset=offset)]
        assert got == _whole(store, q)[offset:offset + limit]


def test_documents_in_the_memo_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _store(tmp_path / "m.duckdb", [DAYS[n % 3] for n in range(12)])
    memo: dict[str, dict[str, object]] = {}
    with Store(path) as store:
        q = queries.EventQuery(copies=False)
        first = queries.list_events(store, q, limit=5, offset=0, memo=(memo.get, memo.__setitem__))
        assert set(memo) == {r["doc_id"] for r in first}
        sqls: list[str] = []
        real = queries.rows
        monkeypatch.setattr(queries, "rows", lambda s, sql, p: sqls.append(sql) or real(s, sql, p))
        again = queries.list_events(store, q, limit=5, offset=0, memo=(memo.get, memo.__setitem__))
        assert again == first and all("FROM documents" not in s for s in sqls)
        assert [r["sentence"] for r in first] == ["جملة."] * 5
