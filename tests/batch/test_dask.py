"""The Dask path on a LocalCluster: same store as the single-process path, pipeline built once per worker."""

from __future__ import annotations

from pathlib import Path

import pytest
import store_fakes
from store_fakes import FAKE, counts, make_corpus

from marsad.batch import dask_client, ingest_distributed, read_part, write_part
from marsad.inputs import read_documents
from marsad.store import StoreWriter, coding, ingest
from marsad.store.coding import code_batch, pipeline_for


@pytest.fixture(scope="module")
def client():
    with dask_client(2, processes=False) as c:
        yield c


def test_distributed_equals_local_and_is_idempotent(tmp_path: Path, client, monkeypatch) -> None:
    path = make_corpus(tmp_path / "c.jsonl", 50)
    local, dist = tmp_path / "local.duckdb", tmp_path / "dist.duckdb"
    with StoreWriter(local) as w:
        ingest(read_documents(path), w, FAKE, batch_size=6)
    monkeypatch.setattr(coding, "_PIPELINES", {})  # forget the pipeline the local run built
    store_fakes.BUILDS.clear()
    with StoreWriter(dist) as w:
        first = ingest_distributed(read_documents(path), w, client, FAKE, batch_size=6)
    assert 1 <= len(store_fakes.BUILDS) <= 2  # once per worker (here: threads of one process), not per part
    assert (first.read, first.new) == (50, 50)
    assert counts(dist) == counts(local)
    with StoreWriter(dist) as w:
        second = ingest_distributed(read_documents(path), w, client, FAKE, batch_size=6)
    assert (second.new, second.known) == (0, 50)
    assert counts(dist) == counts(local)
    assert not (tmp_path / "dist.duckdb.parts").exists()  # loaded parts are removed, then the folder


def test_parts_left_by_a_killed_run_are_loaded(tmp_path: Path, client) -> None:
    path = make_corpus(tmp_path / "c.jsonl", 12)
    db = tmp_path / "s.duckdb"
    docs = list(read_documents(path))
    with StoreWriter(db) as w:
        write_part(code_batch(pipeline_for(FAKE), docs[:5], w.signer), tmp_path / "s.duckdb.parts" / "part-old-000001")
        (tmp_path / "s.duckdb.parts" / "part-old-000002.tmp").mkdir()  # half-written: dropped
        stats = ingest_distributed(docs, w, client, FAKE, batch_size=4)
    assert stats.new == 12 and stats.known == 5  # the 5 of the old part, loaded first
    assert counts(db)["documents"] == 12


def test_part_round_trip(tmp_path: Path) -> None:
    docs = list(read_documents(make_corpus(tmp_path / "c.jsonl", 4)))
    with StoreWriter(tmp_path / "x.duckdb") as w:
        batch = code_batch(pipeline_for(FAKE), docs, w.signer)
    write_part(batch, tmp_path / "p")
    back = read_part(tmp_path / "p")
    assert {t: back.tables[t].to_pylist() for t in batch.tables} == {t: batch.tables[t].to_pylist() for t in batch.tables}


@pytest.mark.slow
def test_worker_processes_build_the_pipeline_once_each(tmp_path: Path) -> None:
    path = make_corpus(tmp_path / "c.jsonl", 40)
    with dask_client(2, processes=True) as c, StoreWriter(tmp_path / "p.duckdb") as w:
        stats = ingest_distributed(read_documents(path), w, c, FAKE, batch_size=4)
        builds = c.run(lambda: len(__import__("store_fakes").BUILDS))
    assert stats.new == 40
    assert sorted(builds.values()) == [1, 1]  # ten parts, two workers, two pipelines


def test_an_installation_error_on_a_worker_stops_the_run(tmp_path: Path, client, monkeypatch) -> None:
    from marsad.errors import ModelError

    def missing_model(self, d):
        raise ModelError("NER model not found", where="ner.json")

    monkeypatch.setattr("store_fakes.FakeCoder.__call__", missing_model)  # threads: same process
    docs = list(read_documents(make_corpus(tmp_path / "c.jsonl", 6)))
    with StoreWriter(tmp_path / "s.duckdb") as w, pytest.raises(ModelError):
        ingest_distributed(docs, w, client, FAKE, batch_size=3)


def test_a_broken_partition_is_recorded_and_the_run_goes_on(tmp_path: Path, client, monkeypatch) -> None:
    import marsad.batch.worker as worker

    real = worker.code_part

    def flaky(spec, params, items, path):
        if any(getattr(i, "id", "") == "d0001" for i in items):
            raise MemoryError("worker ran out of memory")
        return real(spec, params, items, path)

    monkeypatch.setattr(worker, "code_part", flaky)
    docs = list(read_documents(make_corpus(tmp_path / "c.jsonl", 6)))
    with StoreWriter(tmp_path / "s.duckdb") as w:
        stats = ingest_distributed(docs, w, client, FAKE, batch_size=3)
        stages = w.con.execute("SELECT DISTINCT stage FROM failures").fetchall()
    assert (stats.new, stats.failures) == (3, 3) and stages == [("worker",)]
