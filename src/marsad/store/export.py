"""Exporting a store: Parquet, CSV and JSON lines of any table, PLOVER and POLECAT records of events.

Exporters are registered by name in :data:`EXPORTERS`. ``parquet`` and ``csv`` are written by
DuckDB itself (streaming, no Python rows); ``jsonl`` writes, for events, exactly the public
record (``Event.to_dict()``) per line. ``plover`` (JSON lines) and ``polecat`` (tab-separated)
rebuild each coded document from the store and write it with :mod:`marsad.events.formats`,
exactly as ``marsad code`` would.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from marsad.errors import StoreError
from marsad.model import Actor, DocMeta, Document, Event, EventDate, Mention, Place, Sentence, Span
from marsad.store.schema import TABLES, connect

log = logging.getLogger(__name__)

EXPORT_TABLES = ("events", "documents", "mentions", "places", "event_clusters", "failures")

# Events are exported with the facts about their article that users filter on.
_EVENTS_SELECT = ("SELECT e.*, d.published AS doc_published, d.source AS doc_source, d.title AS doc_title, "
                  "d.url AS doc_url, d.duplicate_of AS doc_duplicate_of "
                  "FROM events e JOIN documents d ON d.id = e.doc_id ORDER BY e.doc_id, e.event_id")


def table_select(table: str) -> str:
    """The SELECT that an export of ``table`` writes (``minhash`` signatures are left out)."""
    if table not in EXPORT_TABLES:
        raise StoreError(f"cannot export table {table!r}; choose {', '.join(EXPORT_TABLES)}")
    if table == "events":
        return _EVENTS_SELECT
    order = ", ".join(c.name for c in TABLES[table][:2])
    exclude = " EXCLUDE (minhash)" if table == "documents" else ""
    return f"SELECT *{exclude} FROM {table} ORDER BY {order}"


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


Exporter = Callable[[duckdb.DuckDBPyConnection, str, Path], int]


def _copy(fmt: str) -> Exporter:
    options = {"parquet": "FORMAT parquet, COMPRESSION zstd", "csv": "FORMAT csv, HEADER true"}[fmt]

    def run(con: duckdb.DuckDBPyConnection, table: str, out: Path) -> int:
        con.execute(f"COPY ({table_select(table)}) TO {_quoted(out)} ({options})")
        row = con.execute(f"SELECT count(*) FROM ({table_select(table)})").fetchone()
        return int(row[0]) if row else 0

    return run


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _stream(con: duckdb.DuckDBPyConnection, sql: str, size: int = 2000) -> Iterator[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description or ()]
    while rows := cur.fetchmany(size):
        for row in rows:
            yield dict(zip(cols, row, strict=True))


def _records(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    for row in _stream(con, "SELECT record FROM events ORDER BY doc_id, event_id"):
        yield json.loads(row["record"])


def _write_lines(out: Path, lines: Iterator[dict[str, Any]]) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return n


def _jsonl(con: duckdb.DuckDBPyConnection, table: str, out: Path) -> int:
    rows = _records(con) if table == "events" else _stream(con, table_select(table))
    return _write_lines(out, rows)


def _actor(d: dict[str, Any] | None, **extra: Any) -> Actor | None:
    if not d:
        return None
    return Actor(d["text"], d["start"], d["end"], d["name"], country=d.get("country"), sector=d.get("sector"),
                 group=d.get("group"), code=d.get("code"), wikidata=d.get("wikidata"), **extra)


def event_from_record(rec: dict[str, Any], text: str) -> Event:
    """Rebuild an :class:`Event` from its public record and its document's text (tokens are not kept)."""
    s, when, loc = rec["sentence"], rec.get("date"), rec.get("location")
    return Event(
        event_id=rec["event_id"], doc_id=rec["doc_id"], event_type=rec["event_type"], mode=rec["mode"],
        contexts=tuple(rec["contexts"]), cameo=rec["cameo"], quad_class=rec["quad_class"],
        intensity=rec["intensity"], source=_actor(rec["source"]), target=_actor(rec["target"]),
        trigger=Span(**rec["trigger"]), sentence=Sentence(s["index"], text[s["start"]:s["end"]], s["start"], s["end"], 0, 0),
        date=EventDate(**when) if when else None, location=Place(**loc) if loc else None,
        negated=rec["negated"], modality=rec["modality"], reported_by=_actor(rec["reported_by"]),
        confidence=rec["confidence"], rule=rec["rule"],
    )  # fmt: skip


def _mention(m: dict[str, Any]) -> Mention:
    actor = None
    if m["actor_name"] is not None:
        actor = Actor(m["text"], m["start_char"], m["end_char"], m["actor_name"], country=m["actor_country"],
                      sector=m["actor_sector"], group=m["actor_group"], code=m["actor_code"],
                      wikidata=m["actor_wikidata"], entry=m["actor_entry"], kind=m["actor_kind"] or "other")
    return Mention(m["text"], m["start_char"], m["end_char"], m["label"], m["origin"], actor, m["score"])


def _place(p: dict[str, Any]) -> Place:
    return Place(p["text"], p["start_char"], p["end_char"], p["name"], p["country"], p["admin1"], p["lat"],
                 p["lon"], p["geonameid"], p["precision"])


def _rows_of(con: duckdb.DuckDBPyConnection, table: str, doc_id: str, order: str) -> list[dict[str, Any]]:
    cur = con.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY {order}", [doc_id])
    cols = [c[0] for c in cur.description or ()]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def coded_documents(con: duckdb.DuckDBPyConnection) -> Iterator[Document]:
    """The stored documents that have events, rebuilt with their mentions, places and events."""
    outer = con.cursor()  # its own cursor: the per-document queries below run on ``con``
    try:
        for d in _stream(outer, "SELECT id, text, title, source, url, published, language FROM documents "
                                "WHERE num_events > 0 ORDER BY id"):
            meta = DocMeta(title=d["title"], source=d["source"], url=d["url"], published=d["published"],
                           language=d["language"] or "ar")
            events = [json.loads(e["record"]) for e in _rows_of(con, "events", d["id"], "event_id")]
            yield Document(
                id=d["id"], text=d["text"], meta=meta,
                mentions=tuple(map(_mention, _rows_of(con, "mentions", d["id"], "idx"))),
                places=tuple(map(_place, _rows_of(con, "places", d["id"], "idx"))),
                events=tuple(event_from_record(e, d["text"]) for e in events),
            )  # fmt: skip
    finally:
        outer.close()


def _converted(fmt: str) -> Exporter:
    """PLOVER (JSON lines) or POLECAT (tab-separated) through :mod:`marsad.events.formats`."""

    def run(con: duckdb.DuckDBPyConnection, table: str, out: Path) -> int:
        if table != "events":
            raise StoreError(f"format {fmt} exports events only, not {table}")
        try:
            formats = importlib.import_module("marsad.events.formats")
        except ImportError:
            raise StoreError(f"this marsad has no {fmt} writer (marsad.events.formats)") from None
        n = 0
        with out.open("w", encoding="utf-8", newline="") as fh:
            write = formats.PolecatWriter(fh) if fmt == "polecat" else (lambda doc: formats.write_plover(doc, fh))
            for doc in coded_documents(con):
                write(doc)
                n += len(doc.events)
        return n

    return run


EXPORTERS: dict[str, Exporter] = {
    "parquet": _copy("parquet"),
    "csv": _copy("csv"),
    "jsonl": _jsonl,
    "plover": _converted("plover"),
    "polecat": _converted("polecat"),
}
SUFFIX = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl", "plover": ".plover.jsonl",
          "polecat": ".polecat.tsv"}


def export(store: str | Path, fmt: str, out: str | Path | None = None, *, table: str = "events") -> tuple[Path, int]:
    """Write ``table`` of ``store`` in format ``fmt`` to ``out``; returns the path and the row count."""
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise StoreError(f"unknown export format {fmt!r}; choose {', '.join(EXPORTERS)}")
    table_select(table)  # validates the table name before anything is opened
    target = Path(out) if out else Path(store).with_suffix("").with_name(f"{Path(store).stem}-{table}{SUFFIX[fmt]}")
    con = connect(store, read_only=True, sandbox=False)
    try:
        n = exporter(con, table, target)
    except duckdb.Error as exc:
        raise StoreError(f"export failed: {str(exc).splitlines()[0]}", where=str(target)) from None
    finally:
        con.close()
    log.info("exported %d %s rows to %s", n, table, target)
    return target, n
