"""Coded documents and failures as table rows: flattening, event cluster keys, Arrow batches.

This is the one place where a :class:`Document` becomes rows. The local ingest and the Dask
workers both call :func:`build_batch`; the result (an :class:`RowBatch` of Arrow tables) is
loaded directly, or written to Parquet and loaded later, by the same writer code.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa

from marsad import __version__
from marsad.model import Document, Event
from marsad.store.dedup import Signer
from marsad.store.schema import arrow_schema

ROW_TABLES = ("documents", "mentions", "places", "events", "failures", "clusters")


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be read or coded: where, which stage, why."""

    file: str
    record: str
    stage: str
    reason: str
    doc_id: str | None = None


def split_origin(origin: str) -> tuple[str, str]:
    """``"a.jsonl:12"`` → (``"a.jsonl"``, ``"12"``); an origin without a record number → (origin, "")."""
    head, sep, tail = origin.rpartition(":")
    if sep and tail.isdigit() and head:
        return head, tail
    return origin, ""


def _flat(prefix: str, value: dict[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any]:
    value = value or {}
    return {f"{prefix}_{k}": value.get(k) for k in keys}


_ACTOR_KEYS = ("text", "start", "end", "name", "country", "sector", "group", "code", "wikidata")
_PLACE_KEYS = ("text", "start", "end", "name", "country", "admin1", "lat", "lon", "geonameid", "precision")
_DATE_KEYS = ("value", "precision", "text", "start", "end")


def first_day(value: str | None) -> date | None:
    """The first day of an ISO date, month (2024-04), year (2024) or interval (a/b)."""
    if not value:
        return None
    head = value.split("/", 1)[0]
    parts = head.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date.fromisoformat(head[:10])
    except ValueError:
        return None


def actor_key(actor: dict[str, Any] | None) -> str:
    """How a cluster names an actor: its code, else its name, else ''."""
    if not actor:
        return ""
    return str(actor.get("code") or actor.get("name") or "")


def place_key(location: dict[str, Any] | None) -> str:
    """How a cluster names a place: GeoNames id, else country code, else ''."""
    if not location:
        return ""
    if location.get("geonameid") is not None:
        return f"gn:{location['geonameid']}"
    return str(location.get("country") or "")


def cluster_key(record: dict[str, Any], published: date | None) -> tuple[str, str, str, str, str]:
    """(type, source, target, date, place): the same real-world event reported in several articles."""
    when = (record.get("date") or {}).get("value") or (published.isoformat() if published else "")
    return (record["event_type"], actor_key(record.get("source")), actor_key(record.get("target")),
            when, place_key(record.get("location")))


def cluster_id(key: tuple[str, ...]) -> str:
    return hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:16]


def cluster_row(row: dict[str, Any], key: tuple[str, str, str, str, str], now: datetime) -> dict[str, Any]:
    """The key columns of an ``event_clusters`` row (its counts are computed when it is stored)."""
    return {
        "cluster_id": row["cluster_id"], "event_type": key[0], "quad_class": row["quad_class"],
        "source_key": key[1], "target_key": key[2], "date_value": key[3], "event_date": row["event_date"],
        "place_key": key[4], "location_name": row["location_name"],
        "location_country": row["location_country"], "location_lat": row["location_lat"],
        "location_lon": row["location_lon"], "num_mentions": 0, "num_articles": 0, "num_sources": 0,
        "num_copies": 0, "first_published": None, "last_published": None, "first_doc_id": None,
        "updated_at": now,
    }  # fmt: skip


def event_rows(event: Event, published: date | None, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
    """One ``events`` row (every field of the public record, flattened) and its cluster's key row."""
    rec = event.to_dict()
    key = cluster_key(rec, published)
    row: dict[str, Any] = {k: rec[k] for k in ("doc_id", "event_id", "event_type", "mode", "contexts",
                                                "cameo", "quad_class", "intensity", "negated",
                                                "modality", "confidence", "rule")}
    row["cluster_id"] = cluster_id(key)
    for who in ("source", "target", "reported_by"):
        row.update(_flat(who, rec[who], _ACTOR_KEYS))
    row.update(_flat("trigger", rec["trigger"], ("text", "start", "end")))
    row.update(_flat("sentence", rec["sentence"], ("index", "start", "end")))
    row.update(_flat("date", rec["date"], _DATE_KEYS))
    row["event_date"] = first_day(row["date_value"]) or published
    row.update(_flat("location", rec["location"], _PLACE_KEYS))
    row["record"] = json.dumps(rec, ensure_ascii=False)
    return row, cluster_row(row, key, now)


def mention_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for i, m in enumerate(doc.mentions):
        a = m.actor
        rows.append({
            "doc_id": doc.id, "idx": i, "start_char": m.start, "end_char": m.end, "text": m.text,
            "label": m.label, "origin": m.origin, "score": m.score,
            "actor_name": a.name if a else None, "actor_code": a.code if a else None,
            "actor_country": a.country if a else None, "actor_sector": a.sector if a else None,
            "actor_group": a.group if a else None, "actor_wikidata": a.wikidata if a else None,
            "actor_entry": a.entry if a else None, "actor_kind": a.kind if a else None,
        })  # fmt: skip
    return rows


def place_rows(doc: Document) -> list[dict[str, Any]]:
    return [{"doc_id": doc.id, "idx": i, "start_char": p.start, "end_char": p.end, "text": p.text,
             "name": p.name, "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
             "geonameid": p.geonameid, "precision": p.precision} for i, p in enumerate(doc.places)]


def _json_default(value: Any) -> str:
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def document_row(doc: Document, signature: bytes | None, now: datetime) -> dict[str, Any]:
    meta = doc.meta
    return {
        "id": doc.id, "origin": doc.origin, "title": meta.title, "source": meta.source, "url": meta.url,
        "published": meta.published, "language": meta.language, "text": doc.text,
        "extra": json.dumps(meta.extra, ensure_ascii=False, default=_json_default) if meta.extra else None,
        "minhash": signature, "duplicate_of": None, "similarity": None,
        "num_mentions": len(doc.mentions), "num_events": len(doc.events),
        "pipeline": "+".join(doc.stages), "marsad_version": __version__, "ingested_at": now,
        "topic": doc.topic.label if doc.topic else None,
        "topic_probability": doc.topic.probability if doc.topic else None,
        "left_alone": doc.left_alone,
    }  # fmt: skip


def failure_row(f: Failure, now: datetime) -> dict[str, Any]:
    return {"file": f.file, "record": f.record, "stage": f.stage, "reason": f.reason[:2000],
            "doc_id": f.doc_id, "first_seen": now, "last_seen": now, "times": 1}


@dataclass(slots=True)
class RowBatch:
    """Arrow tables for one batch of coded documents and failures."""

    tables: dict[str, pa.Table] = field(default_factory=dict)

    def num_rows(self, table: str) -> int:
        return self.tables[table].num_rows if table in self.tables else 0


def build_batch(docs: list[Document], failures: list[Failure], signer: Signer) -> RowBatch:
    """Flatten coded documents (and failures) into Arrow tables with the store's schemas."""
    now = datetime.now(UTC).replace(tzinfo=None)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ROW_TABLES}
    for doc in docs:
        rows["documents"].append(document_row(doc, signer.signature(doc.text), now))
        rows["mentions"].extend(mention_rows(doc))
        rows["places"].extend(place_rows(doc))
        for event in doc.events:
            erow, crow = event_rows(event, doc.meta.published, now)
            rows["events"].append(erow)
            rows["clusters"].append(crow)
    rows["failures"] = [failure_row(f, now) for f in failures]
    return RowBatch({t: pa.Table.from_pylist(r, schema=_schema(t)) for t, r in rows.items()})


def _schema(table: str) -> pa.Schema:
    return arrow_schema("event_clusters" if table == "clusters" else table)
