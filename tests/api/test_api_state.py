"""The served store: reads on many threads, a write in between, the readers–writer lock, the cache."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from api_fakes import documents

from marsad.api.state import MISSING, RWLock, ServedStore
from marsad.model import DocMeta, Document
from marsad.store import PipelineSpec
from marsad.store.coding import code_document, pipeline_for
from marsad.store.records import build_batch


def test_rwlock_excludes_writers_from_readers() -> None:
    lock, log = RWLock(), []

    def reader() -> None:
        with lock.read():
            log.append("r+")
            time.sleep(0.05)
            log.append("r-")

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.01)
    with lock.write():
        log.append("w")
    for t in threads:
        t.join()
    assert log.index("w") > max(i for i, x in enumerate(log) if x == "r-") or log.index("w") < log.index("r+")
    assert log.count("r+") == log.count("r-") == 3


def test_reads_on_threads_while_writing(store_path: str, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "s.duckdb"
    shutil.copy(store_path, db)
    served = ServedStore(db)
    errors: list[BaseException] = []
    counts: list[int] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                with served.reading() as s:
                    counts.append(s.summary()["documents"])
            except BaseException as exc:  # any failure fails the test below
                errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(6)]
    for t in threads:
        t.start()
    pipeline = pipeline_for(PipelineSpec(factory="api_fakes:make_pipeline"))
    for n in range(2):
        doc = Document.from_text(f"زارت الهند باكستان {n}.", meta=DocMeta())
        with served.writing() as writer:
            writer.load(build_batch([code_document(pipeline, doc)], [], writer.signer))  # type: ignore[list-item]
        time.sleep(0.05)
    stop.set()
    for t in threads:
        t.join()
    served.close()
    assert not errors
    assert set(counts) <= {3, 4, 5} and counts[-1] == 5 and len(documents()) == 3


def test_cache_is_dropped_by_a_write(store_path: str, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "c.duckdb"
    shutil.copy(store_path, db)
    served = ServedStore(db)
    calls: list[int] = []

    def compute(s: object) -> int:
        calls.append(1)
        return len(calls)

    assert served.cached(("k",), compute) == served.cached(("k",), compute) == 1
    with served.writing():
        pass
    assert served.cached(("k",), compute) == 2
    served.close()


def test_cache_is_bounded_by_bytes_and_peek_never_computes(store_path: str) -> None:
    served = ServedStore(store_path, cache_size=100, cache_bytes=3_000)
    assert served.peek(("a",)) is MISSING
    for k in "abcd":
        served.cached((k,), lambda s, k=k: k.encode() * 1_000)  # 1,000 bytes each
    assert served.peek(("a",)) is MISSING  # the oldest went when the fourth kilobyte came
    assert [served.peek((k,)) for k in "bcd"] == [k.encode() * 1_000 for k in "bcd"]
    served.cached(("big",), lambda s: b"x" * 5_000)  # larger than the whole cache: answered, not kept
    assert served.peek(("big",)) is MISSING and served.peek(("d",)) == b"d" * 1_000
    served.close()


def test_cache_holds_at_most_cache_size_answers(store_path: str) -> None:
    served = ServedStore(store_path, cache_size=2)
    for k in range(3):
        assert served.cached((k,), lambda s, k=k: k) == k
    assert [served.peek((k,)) for k in range(3)] == [MISSING, 1, 2]
    served.close()


class _Flights(dict):  # type: ignore[type-arg]
    """The served store's in-flight table, telling when a second thread found a running computation."""

    def __init__(self) -> None:
        super().__init__()
        self.joined = threading.Event()

    def get(self, key: object, default: object = None) -> object:
        found = super().get(key, default)
        if found is not None:
            self.joined.set()
        return found


def test_concurrent_misses_on_one_key_compute_once(store_path: str) -> None:
    served = ServedStore(store_path)
    flights = served._flights = _Flights()
    release, calls, answers = threading.Event(), [], []

    def compute(s: object) -> str:
        calls.append(1)
        release.wait(10)
        return "answer"

    first = threading.Thread(target=lambda: answers.append(served.cached(("k",), compute)))
    first.start()
    while not flights:  # the first thread has claimed the key
        time.sleep(0.001)
    second = threading.Thread(target=lambda: answers.append(served.cached(("k",), compute)))
    second.start()
    assert flights.joined.wait(10)  # the second found the first's computation running
    release.set()
    first.join(10)
    second.join(10)
    assert answers == ["answer", "answer"] and len(calls) == 1 and not flights
    served.close()


def test_a_failed_computation_leaves_waiters_to_compute_themselves(store_path: str) -> None:
    served = ServedStore(store_path)
    flights = served._flights = _Flights()
    release, results = threading.Event(), []

    def failing(s: object) -> str:
        release.wait(10)
        raise RuntimeError("database went away")

    def run(compute: object) -> None:
        try:
            results.append(served.cached(("k",), compute))  # type: ignore[arg-type]
        except RuntimeError as exc:
            results.append(str(exc))

    first = threading.Thread(target=run, args=(failing,))
    first.start()
    while not flights:
        time.sleep(0.001)
    second = threading.Thread(target=run, args=(lambda s: "second",))
    second.start()
    assert flights.joined.wait(10)
    release.set()
    first.join(10)
    second.join(10)
    assert sorted(results) == ["database went away", "second"] and not flights
    assert served.peek(("k",)) == "second"
    served.close()


def test_document_memo_is_bounded_and_forgotten_on_write(store_path: str, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "m.duckdb"
    shutil.copy(store_path, db)
    served = ServedStore(db, cache_bytes=6_000)
    get, put = served.document_memo()
    assert get("d1") is None
    put("d1", {"id": "d1", "text": "ن" * 100})
    assert get("d1") == {"id": "d1", "text": "ن" * 100}
    put("d2", {"id": "d2", "text": "ن" * 4_000})  # weighs its text: pushes d1 out
    assert get("d1") is None and get("d2") is not None
    with served.writing():
        pass
    assert served.document_memo()[0]("d2") is None
    put("d3", {"id": "d3", "text": ""})  # a memo taken before the write stores nothing any more
    assert served.document_memo()[0]("d3") is None
    served.close()
