"""The read API of a store, for the CLI (``marsad query``) and the web API.

:class:`Store` opens a store read-only (with no access to other files) and answers with plain
dicts and lists, ready for JSON. Every filter is passed as a query parameter, never spliced into
SQL. Near-duplicate copies of an article are left out of lists and counts unless a filter asks
for them (``include_copies``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from marsad.errors import StoreError
from marsad.store.schema import TABLES, connect, read_meta

_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
_EVENT_LIST_COLUMNS = (
    "e.doc_id", "e.event_id", "e.cluster_id", "e.event_type", "e.mode", "e.cameo", "e.quad_class",
    "e.intensity", "e.source_name", "e.source_code", "e.source_text", "e.target_name", "e.target_code",
    "e.target_text", "e.trigger_text", "e.date_value", "e.date_precision", "e.event_date",
    "e.location_name", "e.location_country", "e.location_lat", "e.location_lon", "e.negated",
    "e.modality", "e.confidence", "d.title", "d.source", "d.published", "d.duplicate_of",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read. ``source``/``target``/``actor`` take a code (PAK, PAKGOV) or a name.

    A code matches the actor code by prefix and the actor's country; a name matches the actor's
    canonical name (case-insensitive) or its normalised Arabic surface text.
    """

    event_type: str | None = None
    quad_class: int | None = None
    source: str | None = None
    target: str | None = None
    actor: str | None = None  # either side
    country: str | None = None  # where it happened (location_country)
    date_from: date | None = None
    date_to: date | None = None
    doc_id: str | None = None
    cluster_id: str | None = None
    include_copies: bool = False


def _actor_clause(side: str, value: str, params: list[Any]) -> str:
    if _CODE.match(value):
        params.extend([value + "%", value])
        return f"(e.{side}_code LIKE ? OR e.{side}_country = ?)"
    from marsad.text.normalize import normalize, raw_pattern

    matching = normalize(value)
    params.extend([value, raw_pattern(matching, whole=True), matching])
    # the regular expression (C++) spares the Python normaliser every text that cannot equal it
    return (f"(lower(e.{side}_name) = lower(?) OR "
            f"(regexp_matches(e.{side}_text, ?) AND marsad_normalize(e.{side}_text) = ?))")


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``events e JOIN documents d``) and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    simple = (("e.event_type = ?", f.event_type), ("e.quad_class = ?", f.quad_class),
              ("e.location_country = ?", f.country), ("e.event_date >= ?", f.date_from),
              ("e.event_date <= ?", f.date_to), ("e.doc_id = ?", f.doc_id), ("e.cluster_id = ?", f.cluster_id))
    for clause, value in simple:
        if value is not None:
            parts.append(clause)
            params.append(value)
    for side, value in (("source", f.source), ("target", f.target)):
        if value:
            parts.append(_actor_clause(side, value, params))
    if f.actor:
        parts.append(f"({_actor_clause('source', f.actor, params)} OR {_actor_clause('target', f.actor, params)})")
    if not f.include_copies:
        parts.append("d.duplicate_of IS NULL")
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


def _fields(f: EventFilter) -> dict[str, Any]:
    return {name: getattr(f, name) for name in EventFilter.__dataclass_fields__}


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description or ()]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def check_select(sql: str) -> str:
    """``sql`` if it is one read-only statement (SELECT, WITH ... SELECT, FROM ...); else StoreError."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise StoreError(f"bad SQL: {str(exc).splitlines()[0]}", where="--sql") from None
    if len(statements) != 1:
        raise StoreError(f"give exactly one statement, not {len(statements)}", where="--sql")
    if statements[0].type != duckdb.StatementType.SELECT:
        raise StoreError(f"only SELECT queries are allowed, not {statements[0].type.name}", where="--sql")
    return sql


class Store:
    """A store opened read-only. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.con = connect(path, read_only=True)
        from marsad.text import normalize

        def norm(value: str) -> str:  # NULL in, NULL out: DuckDB does not call it for NULLs
            return normalize(value)

        self.con.create_function("marsad_normalize", norm, ["VARCHAR"], "VARCHAR", side_effects=False)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        try:
            return _rows(self.con.execute(sql, params or []))
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}", where=self.path) from None

    def meta(self) -> dict[str, str]:
        """The ``meta`` table: schema version, creation time, de-duplication settings."""
        return read_meta(self.con)

    def summary(self) -> dict[str, int]:
        """Row counts of every table, the number of near-duplicate documents and of documents the
        topic filter left uncoded."""
        counts = {t: self._query(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in TABLES if t != "meta"}
        counts["duplicates"] = self._query("SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL")[0]["n"]
        counts["left_alone"] = self._query("SELECT count(*) AS n FROM documents WHERE left_alone")[0]["n"]
        return counts

    def events(self, f: EventFilter | None = None, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Events matching ``f``, newest first, with their article's title, source and date."""
        where, params = where_clause(f or EventFilter())
        return self._query(f"SELECT {', '.join(_EVENT_LIST_COLUMNS)} FROM events e JOIN documents d ON d.id = e.doc_id "
                           f"{where} ORDER BY e.event_date DESC NULLS LAST, e.doc_id, e.event_id LIMIT ? OFFSET ?",
                           [*params, limit, offset])

    def count_events(self, f: EventFilter | None = None) -> int:
        where, params = where_clause(f or EventFilter())
        return int(self._query(f"SELECT count(*) AS n FROM events e JOIN documents d ON d.id = e.doc_id {where}",
                               params)[0]["n"])

    def event(self, doc_id: str, event_id: str) -> dict[str, Any] | None:
        """One event: its public record, its cluster, and its document with the text and spans."""
        rows = self._query("SELECT record, cluster_id FROM events WHERE doc_id = ? AND event_id = ?", [doc_id, event_id])
        if not rows:
            return None
        record = json.loads(rows[0]["record"])
        spans = {k: {"start": v["start"], "end": v["end"]} for k in ("trigger", "sentence", "source", "target",
                                                                      "date", "location", "reported_by")
                 if isinstance(v := record.get(k), dict) and v.get("start") is not None}
        clusters = self._query("SELECT * FROM event_clusters WHERE cluster_id = ?", [rows[0]["cluster_id"]])
        return {"event": record, "spans": spans, "cluster": clusters[0] if clusters else None,
                "document": self.document(doc_id, with_annotations=False)}

    def documents(self, *, source: str | None = None, date_from: date | None = None, date_to: date | None = None,
                  include_copies: bool = True, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Documents (without their text), newest first."""
        parts, params = [], []
        for clause, value in (("source = ?", source), ("published >= ?", date_from), ("published <= ?", date_to)):
            if value is not None:
                parts.append(clause)
                params.append(value)
        if not include_copies:
            parts.append("duplicate_of IS NULL")
        where = ("WHERE " + " AND ".join(parts)) if parts else ""
        return self._query("SELECT id, origin, title, source, url, published, language, duplicate_of, similarity, "
                           f"num_mentions, num_events, pipeline, ingested_at, topic, topic_probability, left_alone "
                           f"FROM documents {where} "
                           "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", [*params, limit, offset])

    def document(self, doc_id: str, *, with_annotations: bool = True) -> dict[str, Any] | None:
        """A document with its text (and, by default, its mentions, places and events as public records)."""
        rows = self._query("SELECT * EXCLUDE (minhash) FROM documents WHERE id = ?", [doc_id])
        if not rows:
            return None
        doc = rows[0]
        doc["extra"] = json.loads(doc["extra"]) if doc["extra"] else {}
        if with_annotations:
            doc["mentions"] = self._query("SELECT * EXCLUDE (doc_id) FROM mentions WHERE doc_id = ? ORDER BY idx", [doc_id])
            doc["places"] = self._query("SELECT * EXCLUDE (doc_id) FROM places WHERE doc_id = ? ORDER BY idx", [doc_id])
            doc["events"] = [json.loads(r["record"]) for r in self._query(
                "SELECT record FROM events WHERE doc_id = ? ORDER BY sentence_start, trigger_start, event_id", [doc_id])]
        return doc

    def actors(self, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Actor codes by number of events, as source and as target (copies left out)."""
        return self._query(
            "WITH sides AS (SELECT e.source_code AS code, e.source_name AS name, e.source_country AS country, "
            "1 AS src, 0 AS tgt FROM events e JOIN documents d ON d.id = e.doc_id "
            "WHERE e.source_code IS NOT NULL AND d.duplicate_of IS NULL UNION ALL "
            "SELECT e.target_code, e.target_name, e.target_country, 0, 1 FROM events e JOIN documents d ON d.id = e.doc_id "
            "WHERE e.target_code IS NOT NULL AND d.duplicate_of IS NULL) "
            "SELECT code, mode(name) AS name, mode(country) AS country, sum(src)::INTEGER AS as_source, "
            "sum(tgt)::INTEGER AS as_target, (sum(src) + sum(tgt))::INTEGER AS events "
            "FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ? OFFSET ?", [limit, offset])

    def dyads(self, f: EventFilter | None = None, *, limit: int = 20) -> list[dict[str, Any]]:
        """Source–target pairs by number of events, with distinct real-world events and the commonest type."""
        where, params = where_clause(f or EventFilter())
        return self._query(
            "SELECT coalesce(e.source_code, e.source_name) AS source, coalesce(e.target_code, e.target_name) AS target, "
            "count(*)::INTEGER AS events, count(DISTINCT e.cluster_id)::INTEGER AS distinct_events, "
            "count(DISTINCT e.doc_id)::INTEGER AS articles, mode(e.event_type) AS top_type, "
            "round(avg(e.intensity), 2) AS mean_intensity "
            f"FROM events e JOIN documents d ON d.id = e.doc_id {where} "
            "GROUP BY ALL HAVING source IS NOT NULL AND target IS NOT NULL ORDER BY events DESC, source, target LIMIT ?",
            [*params, limit])

    def timeline(self, f: EventFilter | None = None, *, by: str = "event_type") -> list[dict[str, Any]]:
        """Events per day, split by ``event_type``, ``quad_class`` or ``both``."""
        keys = {"event_type": "e.event_type", "quad_class": "e.quad_class",
                "both": "e.event_type, e.quad_class"}.get(by)
        if keys is None:
            raise StoreError(f"timeline by {by!r}: choose event_type, quad_class or both")
        where, params = where_clause(f or EventFilter())
        return self._query(f"SELECT e.event_date AS day, {keys}, count(*)::INTEGER AS events, "
                           "count(DISTINCT e.cluster_id)::INTEGER AS distinct_events "
                           f"FROM events e JOIN documents d ON d.id = e.doc_id {where} "
                           f"GROUP BY ALL ORDER BY day NULLS LAST, {keys}", params)

    def actor_timeline(self, actor: str, f: EventFilter | None = None, *, limit: int = 1000) -> list[dict[str, Any]]:
        """What ``actor`` (a code or a name) did and underwent, per day, type and counterpart."""
        base = f or EventFilter()
        where, params = where_clause(EventFilter(**{**_fields(base), "actor": actor}))
        role_params: list[Any] = []
        is_source = _actor_clause("source", actor, role_params)
        return self._query(
            f"SELECT e.event_date AS day, CASE WHEN {is_source} THEN 'source' ELSE 'target' END AS role, "
            "e.event_type, e.quad_class, CASE WHEN role = 'source' THEN coalesce(e.target_code, e.target_name) "
            "ELSE coalesce(e.source_code, e.source_name) END AS counterpart, count(*)::INTEGER AS events, "
            "count(DISTINCT e.cluster_id)::INTEGER AS distinct_events "
            f"FROM events e JOIN documents d ON d.id = e.doc_id {where} "
            "GROUP BY ALL ORDER BY day NULLS LAST, role, e.event_type, counterpart LIMIT ?",
            [*role_params, *params, limit])

    def breakdown(self, f: EventFilter | None = None) -> list[dict[str, Any]]:
        """Events matching ``f`` by type and quad class: counts, articles and first/last day."""
        where, params = where_clause(f or EventFilter())
        return self._query(
            "SELECT e.event_type, e.quad_class, count(*)::INTEGER AS events, "
            "count(DISTINCT e.cluster_id)::INTEGER AS distinct_events, count(DISTINCT e.doc_id)::INTEGER AS articles, "
            "min(e.event_date) AS first_day, max(e.event_date) AS last_day, round(avg(e.intensity), 2) AS mean_intensity "
            f"FROM events e JOIN documents d ON d.id = e.doc_id {where} "
            "GROUP BY ALL ORDER BY events DESC, e.event_type", params)

    def clusters(self, *, event_type: str | None = None, min_articles: int = 1, limit: int = 50,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Real-world events (clusters of mentions), most reported first."""
        return self._query("SELECT * FROM event_clusters WHERE (? IS NULL OR event_type = ?) AND num_articles >= ? "
                           "ORDER BY num_articles DESC, num_mentions DESC, cluster_id LIMIT ? OFFSET ?",
                           [event_type, event_type, min_articles, limit, offset])

    def failures(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Inputs that could not be read or coded."""
        return self._query("SELECT * FROM failures ORDER BY file, record, stage LIMIT ? OFFSET ?", [limit, offset])

    def sql(self, query: str, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Run one read-only SELECT typed by a user (the connection is read-only too)."""
        check_select(query)
        try:
            cur = self.con.execute(query)
            cols = [d[0] for d in cur.description or ()]
            rows = cur.fetchmany(limit) if limit else cur.fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}", where="--sql") from None
        return [dict(zip(cols, r, strict=True)) for r in rows]
