"""The read API: filters as parameters, event detail with its text and spans, analyses, read-only SQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from store_fakes import COPY, FAKE, OTHER, STORY, doc

from marsad.errors import StoreError
from marsad.store import EventFilter, Store, StoreWriter, check_select, ingest


@pytest.fixture
def store(db: Path) -> Store:
    with StoreWriter(db) as w:
        ingest([doc(STORY, "s1", "A", date(2024, 4, 24)), doc(COPY, "s2", "B", date(2024, 4, 24)),
                doc(OTHER, "o1", "C", date(2024, 4, 25))], w, FAKE)
    with Store(db) as s:
        yield s


@pytest.mark.parametrize(("f", "expected"), [
    (EventFilter(), {"s1-0", "s1-1", "o1-0"}),
    (EventFilter(include_copies=True), {"s1-0", "s1-1", "o1-0", "s2-0", "s2-1"}),
    (EventFilter(event_type="ASSAULT"), {"s1-0"}),
    (EventFilter(quad_class=3), {"o1-0"}),
    (EventFilter(source="PAK", target="IRN"), {"s1-0"}),
    (EventFilter(source="Pakistan"), {"s1-0"}),
    (EventFilter(actor="IRN"), {"s1-0", "o1-0"}),
    (EventFilter(actor="ايران"), {"s1-0", "o1-0"}),  # normalised Arabic name (no hamza)
    (EventFilter(actor="PAK' OR 1=1 --"), set()),  # parameters, never spliced into SQL
    (EventFilter(date_from=date(2024, 4, 25)), {"o1-0"}),
    (EventFilter(date_to=date(2024, 4, 24), doc_id="s1"), {"s1-0", "s1-1"}),
])  # fmt: skip
def test_event_filters(store: Store, f: EventFilter, expected: set[str]) -> None:
    assert {e["event_id"] for e in store.events(f)} == expected
    assert store.count_events(f) == len(expected)


def test_event_detail_has_text_and_spans(store: Store) -> None:
    detail = store.event("s1", "s1-0")
    assert detail is not None
    text = detail["document"]["text"]
    record = detail["event"]
    assert text[record["trigger"]["start"]:record["trigger"]["end"]] == record["trigger"]["text"] == "هاجمت"
    for name in ("trigger", "source", "target", "sentence"):
        span = detail["spans"][name]
        assert 0 <= span["start"] < span["end"] <= len(text)
    assert detail["cluster"]["num_articles"] == 1 and detail["cluster"]["num_copies"] == 1
    assert store.event("s1", "nope") is None


def test_document_with_mentions_and_events(store: Store) -> None:
    d = store.document("s1")
    assert d is not None and d["source"] == "A" and "minhash" not in d
    assert all(d["text"][m["start_char"]:m["end_char"]] == m["text"] for m in d["mentions"])
    assert [e["event_id"] for e in d["events"]] == ["s1-0", "s1-1"]
    assert store.document("zzz") is None
    assert [x["id"] for x in store.documents(include_copies=False)] == ["o1", "s1"]
    assert {x["id"] for x in store.documents(source="B")} == {"s2"}


def test_analyses(store: Store) -> None:
    dyads = {(r["source"], r["target"]): r["events"] for r in store.dyads()}
    assert dyads == {("PAK", "IRN"): 1, ("IND", "PAK"): 1, ("IRN", "IND"): 1}
    actors = {a["code"]: (a["as_source"], a["as_target"]) for a in store.actors()}
    assert actors["PAK"] == (1, 1) and actors["IRN"] == (1, 1)
    days = {(str(r["day"]), r["quad_class"]): r["events"] for r in store.timeline(by="quad_class")}
    assert days == {("2024-04-24", 4): 1, ("2024-04-24", 1): 1, ("2024-04-25", 3): 1}
    roles = {(r["role"], r["counterpart"]) for r in store.actor_timeline("PAK")}
    assert roles == {("source", "IRN"), ("target", "IND")}
    assert [r["event_type"] for r in store.breakdown(EventFilter(source="PAK", target="IRN"))] == ["ASSAULT"]
    assert store.summary()["duplicates"] == 1
    assert len(store.clusters()) == 3


@pytest.mark.parametrize("sql", [
    "DELETE FROM events", "DROP TABLE events", "SELECT 1; DELETE FROM events",
    "INSERT INTO meta VALUES ('a', 'b')", "COPY events TO 'x.csv'", "ATTACH 'x.duckdb'", "not sql at all",
])  # fmt: skip
def test_sql_rejects_anything_but_one_select(sql: str) -> None:
    with pytest.raises(StoreError):
        check_select(sql)


def test_sql_runs_selects_read_only_and_sandboxed(store: Store) -> None:
    assert store.sql("SELECT count(*) AS n FROM events") == [{"n": 5}]
    assert store.sql("WITH x AS (SELECT 1 AS a) SELECT a FROM x") == [{"a": 1}]
    with pytest.raises(StoreError, match=r"disabled|Permission"):
        store.sql("SELECT * FROM read_csv('/etc/passwd')")
