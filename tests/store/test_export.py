"""Export: every format and table, public records kept exactly."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from store_fakes import COPY, FAKE, OTHER, STORY, doc

from marsad.errors import StoreError
from marsad.store import StoreWriter, export, ingest, pipeline_for


@pytest.fixture
def filled(db: Path) -> Path:
    with StoreWriter(db) as w:
        ingest([doc(STORY, "s1"), doc(COPY, "s2", "B"), doc(OTHER, "o1")], w, FAKE)
    return db


@pytest.mark.parametrize("table", ["events", "documents", "mentions", "places", "event_clusters", "failures"])
@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_every_table_in_every_format(filled: Path, tmp_path: Path, fmt: str, table: str) -> None:
    out, n = export(filled, fmt, tmp_path / f"x.{fmt}", table=table)
    expected = duckdb.connect(str(filled), read_only=True).execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert n == expected
    if fmt == "parquet":
        assert pq.read_table(out).num_rows == n
    elif fmt == "jsonl":
        assert len(out.read_text(encoding="utf-8").splitlines()) == n


def test_jsonl_events_are_the_public_records(filled: Path, tmp_path: Path) -> None:
    out, _ = export(filled, "jsonl", tmp_path / "e.jsonl")
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    coded = pipeline_for(FAKE)(doc(STORY, "s1"))
    assert [r for r in got if r["doc_id"] == "s1"] == [e.to_dict() for e in coded.events]


def test_default_output_name(filled: Path) -> None:
    out, _ = export(filled, "csv")
    assert out == filled.with_name("s-events.csv") and out.exists()


def test_plover_and_polecat_match_marsad_code(filled: Path, tmp_path: Path) -> None:
    import io

    from marsad.events import formats

    coded = {d.id: pipeline_for(FAKE)(d) for d in (doc(STORY, "s1"), doc(COPY, "s2", "B"), doc(OTHER, "o1"))}
    plover, n = export(filled, "plover", tmp_path / "p.jsonl")
    expected = io.StringIO()
    for key in sorted(coded):
        formats.write_plover(coded[key], expected)
    assert plover.read_text(encoding="utf-8") == expected.getvalue() and n == 5
    polecat, n = export(filled, "polecat", tmp_path / "p.tsv")
    expected = io.StringIO()
    writer = formats.PolecatWriter(expected)
    for key in sorted(coded):
        writer(coded[key])
    assert polecat.read_text(encoding="utf-8") == expected.getvalue() and n == 5


def test_event_round_trip_through_the_record() -> None:
    from marsad.store.export import event_from_record

    coded = pipeline_for(FAKE)(doc(STORY, "s1"))
    for ev in coded.events:
        assert event_from_record(ev.to_dict(), coded.text).to_dict() == ev.to_dict()


@pytest.mark.parametrize(("fmt", "table", "match"), [
    ("xml", "events", "unknown export format"), ("csv", "lsh_bands", "cannot export table"),
    ("plover", "documents", "events only"),
])  # fmt: skip
def test_bad_requests(filled: Path, fmt: str, table: str, match: str) -> None:
    with pytest.raises(StoreError, match=match):
        export(filled, fmt, table=table)
