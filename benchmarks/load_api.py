"""Load test of the web API on loopback: 2,000 requests, 20 at a time, against /api/events.

Builds a store of 100,000 synthetic events (20,000 documents of five events each, bulk SQL into
the store's documented schema, rebuilt each run) under ``benchmarks/_work/``. The documents'
dates cycle over two years, so each day's events are spread over the whole table (what ingesting
a backfill or mixed feeds gives); the store is then laid out in date order as ``marsad optimize``
does, unless ``--no-optimize`` keeps that worst case. It starts
``marsad serve`` on a free loopback port in a child process, sends a seeded mix of filtered and
paged ``/api/events`` queries over 20 keep-alive connections (a lean asyncio client), and reports errors and latency
percentiles. Bounded: a fixed number of requests, a per-request timeout and an overall deadline.

    .venv/bin/python benchmarks/load_api.py                    # 2,000 requests, 20 concurrent
    .venv/bin/python benchmarks/load_api.py --requests 500     # quicker
    .venv/bin/python benchmarks/load_api.py --no-optimize      # the store as built: days spread out

Targets: zero errors and p95 under 100 ms. The server caches answers while the store is read-only
(see ``marsad.api.state``), so the report also gives the latency of each query's first sighting
(``uncached_*``) and the server's CPU time per request, which holds up better than latency on a
shared machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil

from marsad.store import StoreWriter
from marsad.store.schema import connect

WORK = Path(__file__).resolve().parent / "_work"
TYPES = [("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("COOPERATE", 2), ("AID", 2), ("REQUEST", 3),
         ("ACCUSE", 3), ("REJECT", 3), ("THREATEN", 3), ("PROTEST", 4), ("SANCTION", 4), ("ASSAULT", 4)]
ACTORS = ["PAK", "IRN", "IND", "AFG", "SAU", "EGY", "ISR", "TUR", "IRQ", "SYR", "USA", "RUS",
          "PAKGOV", "IRNGOV", "PAKMIL", "IRNMIL", "EGYGOV", "TURGOV", "SYRREB", "TTP"]
PLACES = [("Islamabad", "PAK", 33.72, 73.06), ("Tehran", "IRN", 35.69, 51.42), ("Kabul", "AFG", 34.53, 69.17),
          ("Cairo", "EGY", 30.04, 31.24), ("Riyadh", "SAU", 24.69, 46.72), ("Ankara", "TUR", 39.93, 32.86),
          ("Baghdad", "IRQ", 33.31, 44.36), ("Damascus", "SYR", 33.51, 36.29)]
# Five synthetic sentences: every document has this text, and its k-th event sits in sentence k.
SENTENCES = ["هاجمت القوات مواقع المسلحين قرب الحدود.", "زار الوزير العاصمة لإجراء محادثات.",
             "انتقدت الحكومة تصريحات السفير.", "وقعت الدولتان اتفاقا للتعاون التجاري.",
             "هددت الجماعة بشن هجمات جديدة."]


def _sentence_offsets() -> tuple[str, list[int], list[int]]:
    text, starts, ends = "", [], []
    for s in SENTENCES:
        starts.append(len(text))
        text += s
        ends.append(len(text))
        text += " "
    return text.strip(), starts, ends


EVENTS_SQL = """
INSERT INTO events (doc_id, event_id, event_type, quad_class, intensity, source_code, source_name, source_country,
  source_text, source_start, source_end, target_code, target_name, target_country, target_text, target_start,
  target_end, trigger_text, trigger_start, trigger_end, sentence_index, sentence_start, sentence_end,
  date_value, date_precision, event_date, location_name, location_country, location_lat, location_lon,
  location_precision, negated, confidence, rule, record)
WITH base AS (
  SELECT n, n // 5 AS d, n % 5 AS k, $types[1 + (hash(n) % $ntypes)::INTEGER] AS ty,
         $actors[1 + (hash(n + 1) % $nactors)::INTEGER] AS src, $actors[1 + (hash(n + 2) % $nactors)::INTEGER] AS tgt,
         1 + (hash(n + 3) % $nplaces)::INTEGER AS p
  FROM range($n) t(n)),
rows AS (
  SELECT 'doc' || lpad(d::VARCHAR, 6, '0') AS doc_id, 'doc' || lpad(d::VARCHAR, 6, '0') || '-e' || k AS event_id,
    ty.type AS event_type, ty.quad AS quad_class, CASE WHEN ty.quad > 2 THEN -5.0 ELSE 3.0 END AS intensity,
    src, tgt, $starts[k + 1] AS s0, $ends[k + 1] AS s1, k,
    (DATE '2023-01-01' + (d % 730)::INTEGER) AS day, $places[p] AS place
  FROM base)
SELECT doc_id, event_id, event_type, quad_class, intensity, src, src, left(src, 3), 'فاعل', s0, s0 + 4,
  tgt, tgt, left(tgt, 3), 'هدف', s0 + 5, s0 + 8, 'فعل', s0, s0 + 3, k, s0, s1,
  strftime(day, '%Y-%m-%d'), 'publication', day, place.name, place.country, place.lat, place.lon, 'city', false,
  0.8, 'synthetic',
  to_json({'event_id': event_id, 'doc_id': doc_id, 'event_type': event_type, 'quad_class': quad_class,
           'trigger': {'text': 'فعل', 'start': s0, 'end': s0 + 3}, 'sentence': {'index': k, 'start': s0, 'end': s1},
           'source': {'code': src, 'text': 'فاعل', 'start': s0, 'end': s0 + 4},
           'target': {'code': tgt, 'text': 'هدف', 'start': s0 + 5, 'end': s0 + 8}})::VARCHAR
FROM rows
"""


def build_store(path: Path, events: int) -> None:
    """A store of ``events`` synthetic events (five per document), bulk-inserted with SQL."""
    text, starts, ends = _sentence_offsets()
    with StoreWriter(path):  # creates the schema
        pass
    con = connect(path)
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO documents (id, origin, title, source, published, language, text, num_mentions, num_events, "
            "pipeline, marsad_version, ingested_at) SELECT 'doc' || lpad(i::VARCHAR, 6, '0'), 'synthetic', "
            "'خبر ' || i, 'source' || (i % 7), DATE '2023-01-01' + (i % 730)::INTEGER, 'ar', ?, 0, 5, 'synthetic', "
            "'0', now()::TIMESTAMP FROM range(?) t(i)", [text, events // 5])
        con.execute(EVENTS_SQL, {
            "types": [{"type": t, "quad": q} for t, q in TYPES], "ntypes": len(TYPES), "actors": ACTORS,
            "nactors": len(ACTORS), "places": [{"name": a, "country": b, "lat": c, "lon": d} for a, b, c, d in PLACES],
            "nplaces": len(PLACES), "starts": starts, "ends": ends, "n": events})
        con.execute("COMMIT")
    finally:
        con.close()


def request_mix(n: int, seed: int = 7) -> list[dict[str, str | int]]:
    """A seeded mix of the filters the interface sends: none, type, quad class, dates, actor, country, pages."""
    rnd = random.Random(seed)
    mix: list[dict[str, str | int]] = []
    for _ in range(n):
        params: dict[str, str | int] = {"limit": 50, "offset": rnd.choice([0, 0, 0, 50, 100, 500, 5000])}
        kind = rnd.randrange(6)
        if kind == 1:
            params["type"] = rnd.choice(TYPES)[0]
        elif kind == 2:
            params["quad_class"] = rnd.randrange(1, 5)
        elif kind == 3:
            start = rnd.randrange(700)
            params["date_from"] = f"{2023 + start // 365}-01-01"
            params["date_to"] = f"{2023 + start // 365}-{1 + start % 12:02d}-28"
        elif kind == 4:
            params["actor"] = rnd.choice(ACTORS)
        elif kind == 5:
            params["country"] = rnd.choice(PLACES)[1]
            params["type"] = rnd.choice(TYPES)[0]
        mix.append(params)
    return mix


class _Connection:
    """One keep-alive HTTP/1.1 connection on asyncio streams: a load generator that costs little.

    httpx spends about 3 ms of CPU a request, as much as the server, and on a 2-core machine the
    client then takes the CPU the server needs; this sends a plain GET and reads a
    ``Content-Length`` answer (all the API sends), which is all a load test needs.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = next((int(v) for k, _, v in (h.partition(":") for h in lines[1:]) if k.lower() == "content-length"), 0)
        return status, await self.reader.readexactly(length)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


async def _load(base: str, mix: list[dict[str, str | int]], concurrency: int,
                deadline: float) -> tuple[list[float], list[float], list[str]]:
    """Send ``mix``; latencies of all requests, of first sightings of a query (not cached yet), errors."""
    latencies: list[float] = []
    first: list[float] = []
    seen: set[str] = set()
    errors: list[str] = []
    queue = list(reversed(mix))
    host, port = base.removeprefix("http://").rsplit(":", 1)

    async def worker() -> None:
        conn = _Connection(host, int(port))
        try:
            while queue and time.monotonic() < deadline:
                params = queue.pop()
                key = json.dumps(params, sort_keys=True)
                fresh = key not in seen
                seen.add(key)
                t0 = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(conn.get(f"/api/events?{urlencode(params)}"), 10.0)
                    if status != 200 or "total" not in json.loads(body):
                        errors.append(f"{status} {params}")
                except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError) as exc:
                    errors.append(f"{type(exc).__name__} {params}")
                    await conn.close()
                    conn = _Connection(host, int(port))
                latencies.append(time.perf_counter() - t0)
                if fresh:
                    first.append(latencies[-1])
        finally:
            await conn.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    errors.extend(f"not sent (deadline) {p}" for p in queue)
    return latencies, first, errors


def _ms(values: list[float], pct: int) -> float:
    return round(statistics.quantiles(values, n=100)[pct - 1] * 1000, 1) if len(values) > 1 else 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(base: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"marsad serve exited with status {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/summary", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("marsad serve did not answer in time")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--deadline", type=float, default=300.0, help="seconds for the whole run")
    ap.add_argument("--no-optimize", action="store_true",
                    help="serve the store as built (each day's events spread over the table), not in date order")
    args = ap.parse_args()
    WORK.mkdir(exist_ok=True)
    db = WORK / f"load-{args.events}.duckdb"
    db.unlink(missing_ok=True)  # rebuilt every run (a few seconds), so it always has the current schema
    t0 = time.perf_counter()
    build_store(db, args.events)
    print(f"built {db} with {args.events} events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if not args.no_optimize:
        t0 = time.perf_counter()
        with StoreWriter(db) as writer:  # what `marsad optimize` does
            writer.cluster_events()
        print(f"laid out in date order in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL)
    try:
        _wait(base, proc)
        total = httpx.get(f"{base}/api/events", params={"limit": 1}).json()["total"]
        server = psutil.Process(proc.pid)
        cpu0 = sum(server.cpu_times()[:2])
        t0, c0 = time.perf_counter(), time.process_time()
        lat, first, errors = asyncio.run(_load(base, request_mix(args.requests), args.concurrency,
                                               time.monotonic() + args.deadline))
        wall = time.perf_counter() - t0
        client_cpu = time.process_time() - c0
        cpu = sum(server.cpu_times()[:2]) - cpu0
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    report = {"events": total, "layout": "spread" if args.no_optimize else "date order", "requests": len(lat), "concurrency": args.concurrency, "errors": len(errors),
              "wall_s": round(wall, 2), "req_per_s": round(len(lat) / wall, 1),
              "p50_ms": _ms(lat, 50), "p95_ms": _ms(lat, 95), "p99_ms": _ms(lat, 99),
              "max_ms": round(max(lat) * 1000, 1) if lat else None,
              "uncached": len(first), "uncached_p50_ms": _ms(first, 50), "uncached_p95_ms": _ms(first, 95),
              "server_cpu_ms_per_request": round(cpu * 1000 / max(1, len(lat)), 1),
              "client_cpu_ms_per_request": round(client_cpu * 1000 / max(1, len(lat)), 1),
              "load_average": [round(x, 1) for x in os.getloadavg()], "cpus": os.cpu_count()}
    print(json.dumps(report))
    for e in errors[:10]:
        print("error:", e, file=sys.stderr)
    ok = not errors and report["p95_ms"] < 100
    print(f"{'PASS' if ok else 'FAIL'}: {len(errors)} errors, p95 {report['p95_ms']} ms (targets: 0 errors, p95 < 100 ms)",
          file=sys.stderr)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
