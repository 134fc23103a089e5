"""Ingestion: idempotency, one transaction per batch, bad input quarantined, crash and resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_fakes import FAKE, FAKE_TOPIC, MATCH, OTHER, STORY, counts, doc, write_jsonl

from marsad.inputs import InputFailure, read_documents
from marsad.store import Store, StoreWriter, ingest
from marsad.store.records import RowBatch


def test_second_ingest_adds_nothing(db: Path, corpus) -> None:
    path = corpus(30)
    with StoreWriter(db) as w:
        first = ingest(read_documents(path), w, FAKE, batch_size=7)
    before = counts(db)
    with StoreWriter(db) as w:
        second = ingest(read_documents(path), w, FAKE, batch_size=7)
    assert counts(db) == before
    assert (first.read, first.new, first.known) == (30, 30, 0)
    assert (second.read, second.new, second.known, second.events) == (30, 0, 30, 0)
    assert before["documents"] == 30 and before["events"] == 10 * 2 + 20 * 1


def test_same_id_twice_in_one_run_is_stored_once(writer: StoreWriter) -> None:
    stats = ingest([doc(STORY, "x"), doc(OTHER, "y"), doc(STORY, "x")], writer, FAKE, batch_size=2)
    assert (stats.new, stats.known) == (2, 1)


def test_bad_inputs_go_to_failures_and_the_run_goes_on(db: Path, tmp_path: Path) -> None:
    good = {"id": "g1", "text": STORY, "published": "2024-04-24"}
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        good, "{not json", {"id": "nt", "title": "no text"}, {"id": "boom", "text": "BOOM " + OTHER},
        {"id": "g2", "text": OTHER},
    ])
    gz = tmp_path / "corrupt.jsonl.gz"
    gz.write_bytes(b"this is not gzip")
    for _ in range(2):  # twice: the same failures, not twice as many
        with StoreWriter(db) as w:
            stats = ingest(read_documents([path, gz]), w, FAKE, batch_size=2)
        assert stats.failures == 4
        c = counts(db)
        assert (c["documents"], c["failures"]) == (2, 4)
    with StoreWriter(db) as w:
        rows = w.con.execute("SELECT file, record, stage, reason, times FROM failures ORDER BY file, record").fetchall()
    by_where = {(Path(f).name, r): (stage, reason, times) for f, r, stage, reason, times in rows}
    assert by_where[("corrupt.jsonl.gz", "")][0] == "input"
    assert by_where[("mixed.jsonl", "2")][0] == "input"
    assert "text" in by_where[("mixed.jsonl", "3")][1]
    assert by_where[("mixed.jsonl", "4")][:2] == ("fake.coder@1", "ValueError: fake coder exploded")
    assert all(times == 2 for _, _, times in by_where.values())


def test_a_document_that_later_succeeds_leaves_failures(writer: StoreWriter, monkeypatch) -> None:
    boom = doc("BOOM " + STORY, "b")
    ingest([boom], writer, FAKE)
    assert writer.con.execute("SELECT count(*) FROM failures").fetchone() == (1,)
    monkeypatch.setattr("store_fakes.FakeCoder.__call__", lambda self, d: d)  # the bug is fixed
    stats = ingest([boom], writer, FAKE)
    assert stats.new == 1
    assert writer.con.execute("SELECT count(*) FROM failures").fetchone() == (0,)


def test_input_failure_objects_are_recorded(writer: StoreWriter) -> None:
    ingest([InputFailure("x.jsonl", 3, "invalid JSON")], writer, FAKE)
    assert writer.con.execute("SELECT file, record, stage FROM failures").fetchall() == [("x.jsonl", "3", "input")]


def test_a_failed_batch_changes_nothing(writer: StoreWriter, monkeypatch) -> None:
    ingest([doc(STORY, "a")], writer, FAKE)
    before = {t: writer.con.execute(f"SELECT count(*) FROM {t}").fetchone() for t in ("documents", "events")}

    def broken_clusters(self, clusters, events) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("marsad.store.writer.StoreWriter._update_clusters", broken_clusters)
    with pytest.raises(RuntimeError):
        ingest([doc(OTHER, "b")], writer, FAKE)
    after = {t: writer.con.execute(f"SELECT count(*) FROM {t}").fetchone() for t in ("documents", "events")}
    assert after == before


def test_empty_batch_loads(writer: StoreWriter) -> None:
    from marsad.store.records import build_batch

    batch: RowBatch = build_batch([], [], writer.signer)
    assert writer.load(batch).new == 0


def _ingest_cmd(path: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", "-v", "ingest", str(path), "--db", str(db),
            "--batch-size", "5", "--pipeline", "store_fakes:make_pipeline"]


def _env(delay: str) -> dict[str, str]:
    here = str(Path(__file__).parent)
    return {**os.environ, "PYTHONPATH": here + os.pathsep + os.environ.get("PYTHONPATH", ""),
            "MARSAD_FAKE_DELAY": delay}


def test_killed_mid_run_then_resumed_loses_and_duplicates_nothing(tmp_path: Path, corpus) -> None:
    path = corpus(60)
    whole, resumed = tmp_path / "whole.duckdb", tmp_path / "resumed.duckdb"
    with StoreWriter(whole) as w:  # the uninterrupted run, in process
        ingest(read_documents(path), w, FAKE, batch_size=5)
    proc = subprocess.Popen(_ingest_cmd(path, resumed), env=_env("0.08"), stderr=subprocess.PIPE, text=True)
    committed = 0
    deadline = time.monotonic() + 60
    assert proc.stderr is not None
    while committed < 3 and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        committed += "committed" in line
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert committed == 3, "the ingest ended before it could be killed mid-run"
    partial = counts(resumed)
    assert 15 <= partial["documents"] < 60
    assert partial["documents"] % 5 == 0  # whole batches only
    done = subprocess.run(_ingest_cmd(path, resumed), env=_env("0"), capture_output=True, text=True, timeout=120)
    assert "skipped as known" in done.stderr
    assert counts(resumed) == counts(whole)


def test_an_installation_error_stops_the_run(writer: StoreWriter, monkeypatch) -> None:
    from marsad.errors import ModelError

    def missing_model(self, d):
        raise ModelError("NER model not found", where="ner.json")

    monkeypatch.setattr("store_fakes.FakeCoder.__call__", missing_model)
    with pytest.raises(ModelError):
        ingest([doc(STORY, "a")], writer, FAKE)
    assert writer.con.execute("SELECT count(*) FROM failures").fetchone() == (0,)


def test_documents_the_topic_filter_left_alone_are_stored_and_counted(db: Path) -> None:
    with StoreWriter(db) as w:
        stats = ingest([doc(MATCH, "m"), doc(STORY, "s")], w, FAKE_TOPIC)
        rows = w.con.execute("SELECT id, topic, topic_probability, left_alone, num_events FROM documents "
                             "ORDER BY id").fetchall()
        events = {r[0] for r in w.con.execute("SELECT doc_id FROM events").fetchall()}
    assert rows == [("m", "sport", 0.9, True, 0), ("s", "politics", 0.7, False, 2)]
    assert events == {"s"}  # the match report's attack verb was never looked at
    assert (stats.new, stats.left_alone) == (2, 1)
    assert "left alone by the topic filter 1;" in stats.summary()
    with Store(db) as store:
        assert store.summary()["left_alone"] == 1
        heads = {d["id"]: (d["topic"], d["left_alone"]) for d in store.documents()}
    assert heads == {"m": ("sport", True), "s": ("politics", False)}
    with StoreWriter(db) as w:  # known documents are not coded again, whatever their topic
        again = ingest([doc(MATCH, "m")], w, FAKE_TOPIC)
    assert (again.known, again.left_alone) == (1, 0)
