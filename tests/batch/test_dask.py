"""The Dask path on a LocalCluster: same store as the single-process path, pipeline built once per worker."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import store_fakes
from store_fakes import FAKE, counts, make_corpus

from marsad.batch import dask_client, ingest_distributed, read_part, write_part
from marsad.batch.worker import INPUTS, read_inputs, write_inputs
from marsad.inputs import InputFailure, read_documents
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
        write_inputs(docs[5:8], tmp_path / "s.duckdb.parts" / f"part-old-000003{INPUTS}")  # never coded: dropped
        (tmp_path / "s.duckdb.parts" / f"part-old-000004{INPUTS}.tmp").write_bytes(b"half")  # dropped
        stats = ingest_distributed(docs, w, client, FAKE, batch_size=4)
    assert stats.new == 12 and stats.known == 5  # the 5 of the old part, loaded first
    assert counts(db)["documents"] == 12
    assert not (tmp_path / "s.duckdb.parts").exists()


def test_inputs_round_trip(tmp_path: Path) -> None:
    items = [*read_documents(make_corpus(tmp_path / "c.jsonl", 3)), InputFailure("c.jsonl", 9, "bad JSON")]
    path = write_inputs(items, tmp_path / f"part-x{INPUTS}")
    assert read_inputs(path) == items
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_tasks_carry_a_file_name_not_the_documents(tmp_path: Path, client, monkeypatch) -> None:
    # the scheduler keeps the arguments of tasks it has run: they must not grow with the articles
    sizes: list[int] = []
    submit = client.submit

    def spy(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(len(pickle.dumps(args)))
        return submit(fn, *args, **kwargs)

    monkeypatch.setattr(client, "submit", spy)
    path = make_corpus(tmp_path / "c.jsonl", 20)
    with StoreWriter(tmp_path / "t.duckdb") as w:
        stats = ingest_distributed(read_documents(path), w, client, FAKE, batch_size=10)
    assert stats.new == 20 and len(sizes) == 2
    assert max(sizes) < 2000


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


@pytest.mark.slow
def test_workers_are_restarted_between_partitions_and_nothing_is_lost(tmp_path: Path, monkeypatch) -> None:
    path = make_corpus(tmp_path / "c.jsonl", 30)
    with dask_client(2, processes=True) as c, StoreWriter(tmp_path / "r.duckdb") as w:
        restarts: list[int] = []
        restart = c.restart
        monkeypatch.setattr(c, "restart", lambda: (restarts.append(1), restart())[1])
        first = ingest_distributed(read_documents(path), w, c, FAKE, batch_size=5, recycle_every=10)
        again = ingest_distributed(read_documents(path), w, c, FAKE, batch_size=5, recycle_every=10)
    assert len(restarts) == 2  # after 10 and 20 of the 30 articles; the second run codes none
    assert (first.new, again.new, again.known) == (30, 0, 30)
    assert counts(tmp_path / "r.duckdb")["documents"] == 30


def test_workers_that_are_not_ours_are_never_restarted(tmp_path: Path, client, monkeypatch) -> None:
    monkeypatch.setattr(client, "restart", lambda: pytest.fail("restarted"))  # threads, no nannies
    path = make_corpus(tmp_path / "c.jsonl", 12)
    with StoreWriter(tmp_path / "n.duckdb") as w:
        stats = ingest_distributed(read_documents(path), w, client, FAKE, batch_size=3, recycle_every=3)
    assert stats.new == 12
