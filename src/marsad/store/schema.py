"""The store's schema: tables and columns defined once, DDL and Arrow schemas derived, version checks.

Every table is a tuple of :class:`Column` (name, DuckDB type, Arrow type, description); the
``CREATE TABLE`` statements, the Arrow schemas of Parquet parts and the documentation test all
read the same definitions. ``SCHEMA_VERSION`` is written to the ``meta`` table; opening a file
with a newer version raises :class:`StoreError`, an older one is upgraded by :data:`MIGRATIONS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from marsad import __version__
from marsad.errors import StoreError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name, DuckDB type, Arrow type (for Parquet parts) and what it holds."""

    name: str
    sql: str
    arrow: pa.DataType
    doc: str


def _c(name: str, sql: str, doc: str) -> Column:
    arrow = {
        "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BLOB": pa.binary(),
        "VARCHAR[]": pa.list_(pa.string()), "SMALLINT": pa.int16(),
    }[sql]  # fmt: skip
    return Column(name, sql, arrow, doc)


def _actor_columns(prefix: str, who: str) -> tuple[Column, ...]:
    return (
        _c(f"{prefix}_text", "VARCHAR", f"{who}: surface text in the document"),
        _c(f"{prefix}_start", "INTEGER", f"{who}: start offset into the document text"),
        _c(f"{prefix}_end", "INTEGER", f"{who}: end offset (exclusive)"),
        _c(f"{prefix}_name", "VARCHAR", f"{who}: canonical name"),
        _c(f"{prefix}_country", "VARCHAR", f"{who}: ISO 3166 alpha-3 country code"),
        _c(f"{prefix}_sector", "VARCHAR", f"{who}: CAMEO sector (GOV, MIL, ...)"),
        _c(f"{prefix}_group", "VARCHAR", f"{who}: named group id"),
        _c(f"{prefix}_code", "VARCHAR", f"{who}: CAMEO-style actor code (PAKGOV)"),
        _c(f"{prefix}_wikidata", "VARCHAR", f"{who}: Wikidata QID"),
    )


DOCUMENTS: tuple[Column, ...] = (
    _c("id", "VARCHAR", "document id: the input record's id, else the content hash (primary key)"),
    _c("origin", "VARCHAR", "where it was read from (file or file:line)"),
    _c("title", "VARCHAR", "title"),
    _c("source", "VARCHAR", "outlet / source name"),
    _c("url", "VARCHAR", "URL"),
    _c("published", "DATE", "publication date"),
    _c("language", "VARCHAR", "language code"),
    _c("text", "VARCHAR", "the original text; every offset in the store points into it"),
    _c("extra", "VARCHAR", "other fields of the input record, as JSON"),
    _c("minhash", "BLOB", "MinHash signature of normalised word shingles (uint32 little-endian)"),
    _c("duplicate_of", "VARCHAR", "id of the earlier document this one is a near-duplicate of, else NULL"),
    _c("similarity", "DOUBLE", "estimated Jaccard similarity with duplicate_of"),
    _c("num_mentions", "INTEGER", "number of mentions found"),
    _c("num_events", "INTEGER", "number of events coded"),
    _c("pipeline", "VARCHAR", "versioned names of the stages that ran, joined with '+'"),
    _c("marsad_version", "VARCHAR", "marsad version that coded it"),
    _c("ingested_at", "TIMESTAMP", "when it was coded (UTC)"),
    # schema version 2
    _c("topic", "VARCHAR", "news section the topic stage read it as (politics, economy, sport, culture, "
       "technology); NULL when it was too short to classify or was stored before schema version 2"),
    _c("topic_probability", "DOUBLE", "the topic classifier's probability of that section"),
    _c("left_alone", "BOOLEAN", "true when the topic filter ([topic] skip) left it uncoded: no mentions, "
       "places or events were looked for; NULL when stored before schema version 2"),
)

LSH_BANDS: tuple[Column, ...] = (
    _c("band", "SMALLINT", "LSH band number"),
    _c("key", "BIGINT", "hash of the band's slice of the MinHash signature"),
    _c("doc_id", "VARCHAR", "document id"),
)

MENTIONS: tuple[Column, ...] = (
    _c("doc_id", "VARCHAR", "document id"),
    _c("idx", "INTEGER", "position of the mention in the document"),
    _c("start_char", "INTEGER", "start offset into the document text"),
    _c("end_char", "INTEGER", "end offset (exclusive)"),
    _c("text", "VARCHAR", "surface text"),
    _c("label", "VARCHAR", "PERS | LOC | ORG | MISC | ACTOR"),
    _c("origin", "VARCHAR", "what found it: ner, lexicon, coref, ..."),
    _c("score", "DOUBLE", "confidence of the mention"),
    _c("actor_name", "VARCHAR", "resolved actor: canonical name"),
    _c("actor_code", "VARCHAR", "resolved actor: CAMEO-style code"),
    _c("actor_country", "VARCHAR", "resolved actor: country code"),
    _c("actor_sector", "VARCHAR", "resolved actor: sector"),
    _c("actor_group", "VARCHAR", "resolved actor: group id"),
    _c("actor_wikidata", "VARCHAR", "resolved actor: Wikidata QID"),
    _c("actor_entry", "VARCHAR", "resolved actor: lexicon entry"),
    _c("actor_kind", "VARCHAR", "resolved actor: kind of mention (country, person, ...)"),
)

PLACES: tuple[Column, ...] = (
    _c("doc_id", "VARCHAR", "document id"),
    _c("idx", "INTEGER", "position of the place in the document"),
    _c("start_char", "INTEGER", "start offset into the document text"),
    _c("end_char", "INTEGER", "end offset (exclusive)"),
    _c("text", "VARCHAR", "surface text"),
    _c("name", "VARCHAR", "canonical place name"),
    _c("country", "VARCHAR", "ISO 3166 alpha-3 country code"),
    _c("admin1", "VARCHAR", "first-level division"),
    _c("lat", "DOUBLE", "latitude"),
    _c("lon", "DOUBLE", "longitude"),
    _c("geonameid", "BIGINT", "GeoNames id"),
    _c("precision", "VARCHAR", "city | region | country"),
)

EVENTS: tuple[Column, ...] = (
    _c("doc_id", "VARCHAR", "document id"),
    _c("event_id", "VARCHAR", "event id of the public record"),
    _c("cluster_id", "VARCHAR", "the event_clusters row this mention belongs to"),
    _c("event_type", "VARCHAR", "PLOVER event type"),
    _c("mode", "VARCHAR", "PLOVER mode"),
    _c("contexts", "VARCHAR[]", "PLOVER contexts"),
    _c("cameo", "VARCHAR", "CAMEO code"),
    _c("quad_class", "INTEGER", "quad class 0-4 (0 neutral, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)"),
    _c("intensity", "DOUBLE", "intensity (Goldstein-like)"),
    *_actor_columns("source", "source actor"),
    *_actor_columns("target", "target actor"),
    _c("trigger_text", "VARCHAR", "trigger word(s)"),
    _c("trigger_start", "INTEGER", "trigger start offset"),
    _c("trigger_end", "INTEGER", "trigger end offset"),
    _c("sentence_index", "INTEGER", "sentence number in the document"),
    _c("sentence_start", "INTEGER", "sentence start offset"),
    _c("sentence_end", "INTEGER", "sentence end offset"),
    _c("date_value", "VARCHAR", "ISO 8601 date, month, year or interval a/b"),
    _c("date_precision", "VARCHAR", "day | month | year | interval | publication"),
    _c("date_text", "VARCHAR", "the date expression, NULL for the publication date"),
    _c("date_start", "INTEGER", "date expression start offset"),
    _c("date_end", "INTEGER", "date expression end offset"),
    _c("event_date", "DATE", "first day of date_value, for day-level queries"),
    _c("location_text", "VARCHAR", "place mention"),
    _c("location_start", "INTEGER", "place mention start offset"),
    _c("location_end", "INTEGER", "place mention end offset"),
    _c("location_name", "VARCHAR", "place canonical name"),
    _c("location_country", "VARCHAR", "place country code"),
    _c("location_admin1", "VARCHAR", "place first-level division"),
    _c("location_lat", "DOUBLE", "latitude"),
    _c("location_lon", "DOUBLE", "longitude"),
    _c("location_geonameid", "BIGINT", "GeoNames id"),
    _c("location_precision", "VARCHAR", "city | region | country"),
    _c("negated", "BOOLEAN", "the event is negated"),
    _c("modality", "VARCHAR", "NULL (asserted), future, pledge, intent, possible, ..."),
    *_actor_columns("reported_by", "reporting actor"),
    _c("confidence", "DOUBLE", "coder confidence"),
    _c("rule", "VARCHAR", "rule or lexicon entry that produced the event"),
    _c("record", "VARCHAR", "the public event record (Event.to_dict()) as JSON"),
)

CLUSTERS: tuple[Column, ...] = (
    _c("cluster_id", "VARCHAR", "hash of (event_type, source_key, target_key, date_value, place_key)"),
    _c("event_type", "VARCHAR", "PLOVER event type"),
    _c("quad_class", "INTEGER", "quad class of the first mention"),
    _c("source_key", "VARCHAR", "source actor code, or its name when uncoded, or ''"),
    _c("target_key", "VARCHAR", "target actor code, or its name when uncoded, or ''"),
    _c("date_value", "VARCHAR", "event date (ISO), or the publication date"),
    _c("event_date", "DATE", "first day of date_value"),
    _c("place_key", "VARCHAR", "GeoNames id, else country code, else ''"),
    _c("location_name", "VARCHAR", "place name of the first mention"),
    _c("location_country", "VARCHAR", "place country code"),
    _c("location_lat", "DOUBLE", "latitude"),
    _c("location_lon", "DOUBLE", "longitude"),
    _c("num_mentions", "INTEGER", "event mentions, a story and its near-duplicate copies counted once"),
    _c("num_articles", "INTEGER", "distinct articles, near-duplicate copies counted once"),
    _c("num_sources", "INTEGER", "distinct sources (outlets) that reported it, copies included"),
    _c("num_copies", "INTEGER", "near-duplicate articles linked to it but not counted in num_articles"),
    _c("first_published", "DATE", "earliest publication date of a reporting article"),
    _c("last_published", "DATE", "latest publication date"),
    _c("first_doc_id", "VARCHAR", "a representative article (the smallest id among originals)"),
    _c("updated_at", "TIMESTAMP", "when the counts were last recomputed (UTC)"),
)

FAILURES: tuple[Column, ...] = (
    _c("file", "VARCHAR", "input file (or archive member)"),
    _c("record", "VARCHAR", "line or record number inside the file, '' when the whole file failed"),
    _c("stage", "VARCHAR", "input, or the versioned name of the pipeline stage that raised"),
    _c("reason", "VARCHAR", "one-line reason"),
    _c("doc_id", "VARCHAR", "document id when known"),
    _c("first_seen", "TIMESTAMP", "first time this failure was recorded (UTC)"),
    _c("last_seen", "TIMESTAMP", "last time (UTC)"),
    _c("times", "INTEGER", "how many runs met it"),
)

META: tuple[Column, ...] = (
    _c("key", "VARCHAR", "schema_version, created, marsad_version, minhash_perm, minhash_threshold, shingle_size, minhash_min_words"),
    _c("value", "VARCHAR", "its value"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "meta": META,
    "documents": DOCUMENTS,
    "lsh_bands": LSH_BANDS,
    "mentions": MENTIONS,
    "places": PLACES,
    "events": EVENTS,
    "event_clusters": CLUSTERS,
    "failures": FAILURES,
}

_KEYS = {
    "meta": "PRIMARY KEY (key)",
    "documents": "PRIMARY KEY (id)",
    "event_clusters": "PRIMARY KEY (cluster_id)",
    "failures": "PRIMARY KEY (file, record, stage)",
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table's rows (used for batches and Parquet parts)."""
    return pa.schema([pa.field(c.name, c.arrow) for c in TABLES[table]])


def create_sql(table: str, name: str | None = None) -> str:
    """``CREATE TABLE`` for ``table`` (under the name ``name`` when given: a copy being rebuilt)."""
    cols = [f"{c.name} {c.sql}" for c in TABLES[table]]
    if table in _KEYS:
        cols.append(_KEYS[table])
    return f"CREATE TABLE IF NOT EXISTS {name or table} ({', '.join(cols)})"


# Upgrades: MIGRATIONS[n] takes a store at version n to version n + 1, inside one transaction.
Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _v1_topic(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1 to 2: the documents' topic and whether the topic filter left them uncoded."""
    for name in ("topic", "topic_probability", "left_alone"):
        column = next(c for c in DOCUMENTS if c.name == name)
        con.execute(f"ALTER TABLE documents ADD COLUMN {column.name} {column.sql}")


MIGRATIONS: dict[int, Migration] = {1: _v1_topic}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def read_meta(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The ``meta`` table as a dict (empty for a file without it)."""
    try:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())
    except duckdb.CatalogException:
        return {}


def _create(con: duckdb.DuckDBPyConnection, settings: dict[str, str]) -> None:
    con.execute("BEGIN TRANSACTION")
    for table in TABLES:
        con.execute(create_sql(table))
    meta = {"schema_version": str(SCHEMA_VERSION), "created": _now().isoformat(timespec="seconds"),
            "marsad_version": __version__, **settings}
    con.executemany("INSERT INTO meta VALUES (?, ?) ON CONFLICT DO NOTHING", list(meta.items()))
    con.execute("COMMIT")


def _migrate(con: duckdb.DuckDBPyConnection, found: int, where: str) -> None:
    for version in range(found, SCHEMA_VERSION):
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(f"no migration from schema version {version} to {version + 1}", where=where)
        log.info("migrating %s from schema version %d to %d", where, version, version + 1)
        con.execute("BEGIN TRANSACTION")
        try:
            step(con)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version + 1)])
        except Exception:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def check_version(meta: dict[str, str], where: str, *, read_only: bool) -> int:
    """The file's schema version; a newer one than this marsad knows raises :class:`StoreError`."""
    raw = meta.get("schema_version")
    try:
        found = int(raw) if raw is not None else -1
    except ValueError:
        raise StoreError(f"bad schema_version {raw!r} in meta table", where=where) from None
    if found < 0:
        raise StoreError("not a marsad store (no schema_version in a meta table)", where=where)
    if found > SCHEMA_VERSION:
        raise StoreError(f"store has schema version {found}, newer than this marsad ({__version__}) "
                         f"understands ({SCHEMA_VERSION}); upgrade marsad", where=where)
    if found < SCHEMA_VERSION and read_only:
        raise StoreError(f"store has old schema version {found}; open it once for writing "
                         f"(marsad ingest) to migrate it to {SCHEMA_VERSION}", where=where)
    return found


def connect(path: str | Path, *, read_only: bool = False, settings: dict[str, str] | None = None,
            sandbox: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (and for writing, create or migrate) a store; check its schema version.

    Read-only connections are sandboxed unless ``sandbox`` is false: they cannot reach files or
    the network outside the store (``enable_external_access = false``), so SQL typed by users
    cannot read other files. Exports open an unsandboxed read-only connection to write theirs.
    """
    where = str(path)
    if read_only and not Path(path).exists():
        raise StoreError("no such store", where=where)
    config: dict[str, str | bool | int | float | list[str]] = (
        {"enable_external_access": False} if read_only and sandbox else {})
    try:
        con = duckdb.connect(where, read_only=read_only, config=config)
    except duckdb.IOException as exc:
        raise StoreError(f"cannot open store: {str(exc).splitlines()[0]}", where=where) from None
    except duckdb.Error as exc:
        raise StoreError(f"not a DuckDB store: {str(exc).splitlines()[0]}", where=where) from None
    try:
        meta = read_meta(con)
        if not meta and not read_only:
            tables = con.execute("SELECT count(*) FROM information_schema.tables").fetchone()
            if tables and tables[0]:
                raise StoreError("a DuckDB file that is not a marsad store (no meta table)", where=where)
            _create(con, settings or {})
            return con
        found = check_version(meta, where, read_only=read_only)
        if found < SCHEMA_VERSION:
            _migrate(con, found, where)
    except BaseException:
        con.close()
        raise
    return con
