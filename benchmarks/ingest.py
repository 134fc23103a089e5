"""Benchmark `marsad ingest` on real news: articles/s with 1 and 2 Dask workers, peak memory, a cluster estimate.

Reads ``../shared/data/news`` (ANT multi-source politics/world, 17,796 articles, and
SaudiNewsNet, 31,030 articles) with the standard library, streaming, and codes it with the real
pipeline (``build_pipeline(CODE)``; ``--stages`` picks another list of registry ids) into a fresh
store under ``benchmarks/_work/``. The corpus is repeated (with new ids) to reach ``--limit``.

    .venv/bin/python benchmarks/ingest.py                      # speed: 1 and 2 workers, 1,000 articles
    .venv/bin/python benchmarks/ingest.py --limit 500          # quicker
    .venv/bin/python benchmarks/ingest.py --memory 100000      # peak RSS while streaming 100,000 articles
    .venv/bin/python benchmarks/ingest.py --workers "" --memory 20000 --memory-workers 1   # with 1 worker

Articles/s count wall time from the first input read to the last part committed, with the Dask
cluster already started (its start-up is reported apart). Peak memory is the largest summed RSS
of this process and all its children (Dask nanny and worker processes), sampled every 0.2 s; the
report also gives each process's peak and a timeline of every process's RSS (and DuckDB's memory).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import lzma
import os
import re
import shutil
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil

from marsad.config import load_config
from marsad.errors import InputError
from marsad.inputs import InputFailure
from marsad.inputs.records import document_from_record
from marsad.model import Document
from marsad.pipeline import CODE
from marsad.store import PipelineSpec, StoreWriter
from marsad.store.coding import pipeline_for

HERE = Path(__file__).resolve().parent
NEWS = HERE.parent.parent / "shared" / "data" / "news"
WORK = HERE / "_work"
ANT = NEWS / "ant-multisource" / "ant_multisource_politics_world.jsonl.xz"
SAUDI = NEWS / "saudinewsnet" / "dataset"
log = logging.getLogger("benchmarks.ingest")


def _ant() -> Iterator[tuple[dict, str]]:
    with lzma.open(ANT, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            r = json.loads(line)
            yield ({"id": r["id"], "text": r["text"], "title": r.get("title"), "source": r.get("outlet"),
                    "url": r.get("url"), "published": r.get("date")}, f"{ANT.name}:{n}")


_SEP = re.compile(r"[\s,]*")


def _json_array(text: str) -> Iterator[dict]:
    """The objects of a JSON array one at a time (a day file is up to 12 MB: not parsed whole)."""
    decoder = json.JSONDecoder()
    pos = _SEP.match(text, text.index("[") + 1).end()  # type: ignore[union-attr]
    while pos < len(text) and text[pos] != "]":
        obj, pos = decoder.raw_decode(text, pos)
        yield obj
        pos = _SEP.match(text, pos).end()  # type: ignore[union-attr]


def _saudi() -> Iterator[tuple[dict, str]]:
    for path in sorted(SAUDI.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for n, r in enumerate(_json_array(z.read(name).decode("utf-8")), 1):
                    yield ({"text": r.get("content", ""), "title": r.get("title"), "source": r.get("source"),
                            "url": r.get("url"), "published": (r.get("date_extracted") or "")[:10] or None},
                           f"{path.name}/{name}:{n}")


def news(limit: int) -> Iterator[Document | InputFailure]:
    """Up to ``limit`` articles, ANT then SaudiNewsNet, repeated with new ids (``#2``, ``#3`` ...)."""
    count, rnd = 0, 1
    while count < limit:
        for record, origin in _both():
            if count >= limit:
                return
            if rnd > 1:
                record = {**record, "id": f"{record.get('id') or origin}#{rnd}"}
            try:
                yield document_from_record(record, origin=origin)
            except InputError as exc:
                file, _, line = origin.rpartition(":")
                yield InputFailure(file, int(line), exc.message)
            count += 1
        rnd += 1


def _both() -> Iterator[tuple[dict, str]]:
    yield from _ant()
    yield from _saudi()


class PeakRss:
    """Samples the RSS of this process and its children in a background thread.

    ``peak`` is the largest summed sample; ``halves`` the peaks while the first and the second half
    of the articles were being ingested (bounded memory: the second is no larger than the first);
    ``roles`` the peak of each process (``driver``: this process with the scheduler and the nannies;
    ``worker-N``: a Dask worker; ``other-N``: any other child); ``timeline`` one sample of every
    process each tenth of the articles (articles done, seconds, MB per role).
    """

    def __init__(self, total: int, every: float = 0.2, points: int = 10) -> None:
        self.total, self.every, self.done = total, every, 0
        self.peak, self.halves = 0, [0, 0]
        self.roles: dict[str, int] = {}
        self.peak_at: dict[str, int] = {}  # articles done when each process peaked
        self.timeline: list[dict[str, object]] = []
        self._next, self._step = 0, max(1, total // points)
        self._t0 = time.perf_counter()
        self._names: dict[int, str] = {}
        self.probe: Callable[[], dict[str, int]] | None = None
        self.extra: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def advance(self, n: int) -> None:
        self.done += n
        if self.probe is not None and self.done >= self._next:
            self.extra = self.probe()  # on the caller's thread: DuckDB connections are not shared


    def _role(self, p: psutil.Process) -> str:
        name = self._names.get(p.pid)
        if name is None:
            cmd = ""
            with contextlib.suppress(psutil.Error):
                cmd = " ".join(p.cmdline())
            kind = "worker" if "spawn_main" in cmd else "other"
            name = self._names[p.pid] = f"{kind}-{sum(n.startswith(kind) for n in self._names.values()) + 1}"
        return name

    def _sample(self) -> dict[str, int]:
        me = psutil.Process()
        out: dict[str, int] = {}
        with contextlib.suppress(psutil.Error):
            out["driver"] = me.memory_info().rss
        for p in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                out[self._role(p)] = p.memory_info().rss
        return out

    def _record(self, by_role: dict[str, int]) -> None:
        rss = sum(by_role.values())
        self.peak = max(self.peak, rss)
        half = 0 if self.done < self.total / 2 else 1
        self.halves[half] = max(self.halves[half], rss)
        for role, value in by_role.items():
            if value > self.roles.get(role, 0):
                self.roles[role], self.peak_at[role] = value, self.done
        if self.done >= self._next:
            self._next = self.done + self._step
            self.timeline.append({"done": self.done, "s": round(time.perf_counter() - self._t0),
                                  "total_mb": round(rss / 2**20),
                                  **{r: round(v / 2**20) for r, v in sorted(by_role.items())},
                                  **{k: round(v / 2**20) for k, v in self.extra.items()}})

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._record(self._sample())

    def __enter__(self) -> PeakRss:
        self.peak = sum(self._sample().values())
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._next = self.done  # a last point at the end of the run
        self._record(self._sample())


def _duckdb_bytes(writer: StoreWriter) -> int:
    """Memory DuckDB says it holds (buffer pool and indexes) in the writer's database."""
    row = writer.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()
    return int(row[0] or 0) if row else 0


def run(workers: int, limit: int, spec: PipelineSpec, batch_size: int, recycle_every: int = 0) -> dict:
    """One timed ingest of ``limit`` articles into a fresh store; ``workers=0`` is the in-process path."""
    from marsad.batch import dask_client, ingest_distributed
    from marsad.store import ingest

    db = WORK / f"bench-{workers}w.duckdb"
    for p in (db, Path(str(db) + ".wal"), Path(str(db) + ".parts")):
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
    with PeakRss(limit) as rss:
        t0 = time.perf_counter()
        if workers == 0:
            pipeline_for(spec)
            startup = time.perf_counter() - t0
            with StoreWriter(db) as w:
                stats = ingest(news(limit), w, spec, batch_size=batch_size, progress=rss.advance)
        else:
            with dask_client(workers) as client:
                client.run(pipeline_for, spec)  # build it on every worker before the clock starts
                startup = time.perf_counter() - t0
                with StoreWriter(db) as w:
                    rss.probe = lambda: {"duckdb": _duckdb_bytes(w)}
                    stats = ingest_distributed(news(limit), w, client, spec, batch_size=batch_size,
                                               progress=rss.advance, recycle_every=recycle_every)
    return {"workers": workers, "articles": stats.read, "new": stats.new, "duplicates": stats.duplicates,
            "events": stats.events, "failures": stats.failures, "seconds": round(stats.seconds, 2),
            "articles_per_s": round(stats.read / stats.seconds, 2), "load_seconds": round(stats.load_seconds, 2),
            "startup_seconds": round(startup, 2), "peak_rss_mb": round(rss.peak / 2**20),
            "peak_rss_mb_by_half": [round(h / 2**20) for h in rss.halves],
            "peak_rss_mb_by_process": {r: round(v / 2**20) for r, v in sorted(rss.roles.items())},
            "peak_at_articles": dict(sorted(rss.peak_at.items())),
            "rss_mb_timeline": rss.timeline,
            "store_mb": round(db.stat().st_size / 2**20, 1)}


def estimate(one: dict, speedup: float, nodes: int = 16, cores: int = 16, articles: int = 10_000_000) -> str:
    """A written estimate for a cluster, from the measured per-article costs."""
    code_cost = one["seconds"] / one["articles"]  # one worker: seconds of one core per article
    load_cost = one["load_seconds"] / one["articles"]  # the single writer's seconds per article
    efficiency = speedup / 2
    coding_h = articles * code_cost / (nodes * cores * efficiency) / 3600
    loading_h = articles * load_cost / 3600
    bound = "the single DuckDB writer (loading)" if loading_h > coding_h else "coding on the workers"
    return (f"{articles:,} articles on {nodes} nodes x {cores} cores: coding {code_cost * 1000:.1f} ms/article/core "
            f"at {efficiency:.0%} parallel efficiency -> {coding_h:.1f} h; loading {load_cost * 1000:.2f} ms/article "
            f"on one writer -> {loading_h:.1f} h (overlapped with coding); bound by {bound}: "
            f"about {max(coding_h, loading_h):.1f} h, {articles / max(coding_h, loading_h) / 3600:,.0f} articles/s.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1000, help="articles per speed run (default 1000)")
    ap.add_argument("--workers", default="1,2", help="worker counts to time, 0 = in-process, '' = none (default 1,2)")
    ap.add_argument("--memory", type=int, default=0, metavar="N", help="also stream N articles, for peak RSS")
    ap.add_argument("--memory-workers", type=int, default=2, metavar="W", help="workers of the --memory run (default 2)")
    ap.add_argument("--stages", default=",".join(CODE), help="pipeline registry ids (default: the full CODE pipeline)")
    ap.add_argument("--config", help="marsad configuration file (TOML) for the pipeline")
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--recycle-every", type=int, default=0, metavar="N",
                    help="restart the workers after every N articles (default 0: never)")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    args = ap.parse_args(argv)
    if not NEWS.is_dir():
        print(f"skipped: {NEWS} is absent", file=sys.stderr)
        return 0
    WORK.mkdir(parents=True, exist_ok=True)
    spec = PipelineSpec(stages=tuple(args.stages.split(",")), config=load_config(args.config))
    results = [run(int(w), args.limit, spec, args.batch_size, args.recycle_every)
               for w in args.workers.split(",") if w]
    for r in results:
        print(json.dumps(r))
    by = {r["workers"]: r for r in results}
    out: dict = {"runs": results, "stages": args.stages, "config": args.config, "cpus": os.cpu_count()}
    if 1 in by and 2 in by:
        out["speedup_2_vs_1"] = round(by[2]["articles_per_s"] / by[1]["articles_per_s"], 2)
        out["estimate"] = estimate(by[1], out["speedup_2_vs_1"])
        print(f"speed-up 2 vs 1 worker: {out['speedup_2_vs_1']}x")
        print(out["estimate"])
    if args.memory:
        mem = run(args.memory_workers, args.memory, spec, args.batch_size, args.recycle_every)
        out["memory_run"] = mem
        print(json.dumps(mem))
        print(f"peak RSS of the process tree streaming {mem['articles']:,} articles: {mem['peak_rss_mb']} MB")
    if args.out:
        args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
