"""Queries the web API needs beyond :class:`marsad.store.Store`'s read API.

They are written against the documented schema (``docs/store.md``) and reuse the store's
:func:`~marsad.store.reader.where_clause`, so filters mean the same thing in ``marsad query``
and in the browser. Every value from a request is a query parameter, never part of the SQL text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import duckdb

from marsad.errors import StoreError
from marsad.store import EventFilter, Store
from marsad.store.reader import where_clause
from marsad.text import normalize
from marsad.text.normalize import raw_pattern

_SENTENCE = "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"
EVENT_COLUMNS = (
    "e.event_id", "e.doc_id", "e.cluster_id", "e.event_type", "e.mode", "e.cameo", "e.quad_class",
    "e.intensity", "e.source_code", "e.source_name", "e.source_text", "e.target_code", "e.target_name",
    "e.target_text", "e.trigger_text", "e.date_value", "e.date_precision", "e.event_date",
    "e.location_name", "e.location_country", "e.location_lat", "e.location_lon", "e.negated",
    "e.modality", "e.confidence", "e.sentence_start", "e.sentence_end",
)  # fmt: skip
_FROM = "FROM events e JOIN documents d ON d.id = e.doc_id"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """An :class:`EventFilter` plus free text searched in the event's sentence (normalised)."""

    filter: EventFilter = field(default_factory=EventFilter)
    text: str | None = None
    copies: bool = True  # whether the store holds near-duplicate copies (to leave out)

    def key(self) -> tuple[Any, ...]:
        """A hashable key for caching results of this query."""
        return (self.filter, self.text)


def rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Run one parameterised query on ``store``; a database error becomes :class:`StoreError`."""
    try:
        cur = store.con.execute(sql, params)
        cols = [d[0] for d in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {str(exc).splitlines()[0]}", where=store.path) from None


def event_from(q: EventQuery, *extra: str) -> tuple[str, list[Any]]:
    """``FROM events e ... WHERE ...`` for ``q`` (and ``extra`` conditions), with its parameters.

    Near-duplicate copies are left out with an anti-join on the (few) copies rather than a join
    with every document; documents are joined only when the text of sentences is searched.
    """
    where, params = where_clause(replace(q.filter, include_copies=True))
    parts = [where.removeprefix("WHERE ")] if where else []
    if q.copies and not q.filter.include_copies:
        parts.append("e.doc_id NOT IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL)")
    join = ""
    text = normalize(q.text).strip() if q.text else ""
    if text:
        join = " JOIN documents d ON d.id = e.doc_id"
        # a regular expression on the raw sentence first (C++), the Python normaliser only on its hits
        parts.append(f"regexp_matches({_SENTENCE}, ?) AND strpos(marsad_normalize({_SENTENCE}), ?) > 0")
        params = [*params, raw_pattern(text), text]
    parts.extend(extra)
    return f"FROM events e{join}" + (f" WHERE {' AND '.join(parts)}" if parts else ""), params


_ORDER = ("event_date DESC NULLS LAST", "doc_id", "sentence_start", "event_id")


def has_copies(store: Store) -> bool:
    """Whether the store holds near-duplicate copies (lists and counts leave them out)."""
    return bool(rows(store, "SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL", [])[0]["n"])


Days = list[tuple[Any, int]]  # (day or None, events), newest first, undated last


def day_counts(store: Store, q: EventQuery) -> Days:
    """Events matching ``q`` per day, newest first, undated events last (one scan of one column).

    A page of the event list is found from these counts alone: their sum is the total, and the
    running sum tells which days a page at any offset spans (see :func:`list_events`). Cached per
    filter, they make paging cost one narrow query however deep the page.
    """
    frm, params = event_from(q)
    found = rows(store, f"SELECT e.event_date AS day, count(*) AS n {frm} GROUP BY ALL", params)
    dated = sorted(((r["day"], int(r["n"])) for r in found if r["day"] is not None), reverse=True)
    return dated + [(None, int(r["n"])) for r in found if r["day"] is None]


_NONE = object()


def _page_days(days: Days, limit: int, offset: int) -> tuple[Any, Any, int] | None:
    """The newest and oldest day of the page at ``offset`` and the events on newer days."""
    newest: Any = _NONE
    oldest: Any = _NONE
    before = seen = 0
    for day, n in days:
        if seen + n <= offset:
            seen += n
            continue
        if newest is _NONE:
            newest, before = day, seen
        oldest = day
        seen += n
        if seen >= offset + limit:
            break
    return None if newest is _NONE else (newest, oldest, before)


DocMemo = tuple[Callable[[str], dict[str, Any] | None], Callable[[str, dict[str, Any]], None]]
"""A cache of documents' list fields by id: (get, put). The served store keeps one."""


def list_events(store: Store, q: EventQuery, *, limit: int, offset: int,
                days: Days | None = None, memo: DocMemo | None = None) -> list[dict[str, Any]]:
    """Events matching ``q``, newest first, each with its sentence and its article's title and date.

    A scan costs by the columns it reads and the rows it keeps, so the page's days are found
    first from the per-day counts (``days``, from :func:`day_counts` when not given) and the page
    is sorted among the events of those days only. Sentences are cut from the texts of the
    page's documents only; those already in ``memo`` are not read again.
    """
    span = _page_days(day_counts(store, q) if days is None else days, limit, offset)
    if span is None:
        return []
    newest, oldest, before = span
    if newest is None:
        extra, values = "e.event_date IS NULL", []
    elif oldest is None:
        extra, values = "(e.event_date <= ? OR e.event_date IS NULL)", [newest]
    else:
        extra, values = "e.event_date BETWEEN ? AND ?", [oldest, newest]
    frm, params = event_from(q, extra)
    order = ", ".join(f"e.{k}" for k in _ORDER)
    found = rows(store, f"SELECT {', '.join(EVENT_COLUMNS)} {frm} ORDER BY {order} LIMIT ? OFFSET ?",
                 [*params, *values, limit, offset - before])
    docs = _documents(store, sorted({r["doc_id"] for r in found}), memo)
    for r in found:
        doc = docs.get(r["doc_id"], {})
        text = doc.get("text") or ""
        r.update(title=doc.get("title"), outlet=doc.get("outlet"), published=doc.get("published"),
                 sentence=text[r["sentence_start"]:r["sentence_end"]])
    return found


def _documents(store: Store, ids: list[str], memo: DocMemo | None) -> dict[str, dict[str, Any]]:
    """Title, outlet, date and text of the documents ``ids``: from ``memo`` when there, else one query."""
    docs: dict[str, dict[str, Any]] = {}
    if memo is not None:
        docs = {i: d for i in ids if (d := memo[0](i)) is not None}
        ids = [i for i in ids if i not in docs]
    if ids:
        for d in rows(store, "SELECT id, title, source AS outlet, published, text FROM documents "
                      f"WHERE id IN ({', '.join('?' * len(ids))})", ids):
            docs[d["id"]] = d
            if memo is not None:
                memo[1](d["id"], d)
    return docs


def docs_of_event(store: Store, event_id: str) -> list[str]:
    """The documents holding an event with this id (normally one)."""
    found = rows(store, "SELECT DISTINCT doc_id FROM events WHERE event_id = ? ORDER BY doc_id LIMIT 2", [event_id])
    return [r["doc_id"] for r in found]


def dyads(store: Store, q: EventQuery, *, limit: int) -> list[dict[str, Any]]:
    """Source–target pairs by number of events, with their commonest quad class and per-class counts."""
    frm, params = event_from(q)
    return rows(store, (
        "SELECT coalesce(e.source_code, e.source_name) AS source, coalesce(e.target_code, e.target_name) AS target, "
        "mode(e.source_name) AS source_name, mode(e.target_name) AS target_name, count(*)::INTEGER AS events, "
        "mode(e.quad_class)::INTEGER AS quad_class, mode(e.event_type) AS top_type, "
        + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {k})::INTEGER AS quad_{k}" for k in range(5))
        + f" {frm} GROUP BY ALL HAVING source IS NOT NULL AND target IS NOT NULL "
        "ORDER BY events DESC, source, target LIMIT ?"), [*params, limit])


def timeline(store: Store, q: EventQuery, *, by: str) -> list[dict[str, Any]]:
    """Events per day split by ``event_type`` or ``quad_class`` (events without a date left out)."""
    key = {"event_type": "e.event_type", "quad_class": "e.quad_class"}[by]
    frm, params = event_from(q, "e.event_date IS NOT NULL")
    return rows(store, f"SELECT e.event_date AS day, {key} AS key, count(*)::INTEGER AS events "
                f"{frm} GROUP BY ALL ORDER BY day, key", params)


def places(store: Store, q: EventQuery, *, limit: int) -> list[dict[str, Any]]:
    """Event locations with coordinates: counts and the commonest quad class per place."""
    frm, params = event_from(q, "e.location_lat IS NOT NULL", "e.location_lon IS NOT NULL")
    return rows(store, "SELECT e.location_name AS name, e.location_country AS country, e.location_lat AS lat, "
                "e.location_lon AS lon, mode(e.location_precision) AS precision, count(*)::INTEGER AS events, "
                f"mode(e.quad_class)::INTEGER AS quad_class {frm} "
                "GROUP BY e.location_name, e.location_country, e.location_lat, e.location_lon "
                "ORDER BY events DESC, name LIMIT ?", [*params, limit])


def countries(store: Store, q: EventQuery) -> list[dict[str, Any]]:
    """Events per country of location (ISO alpha-3)."""
    frm, params = event_from(q, "e.location_country IS NOT NULL")
    return rows(store, f"SELECT e.location_country AS country, count(*)::INTEGER AS events {frm} "
                "GROUP BY ALL ORDER BY events DESC, country", params)


def actors(store: Store, search: str | None, *, limit: int, offset: int) -> list[dict[str, Any]]:
    """Actors (by code, or by name when uncoded) with their events as source and as target."""
    term = search.strip() if search else None
    return rows(store, (
        "WITH sides AS (SELECT coalesce(e.source_code, e.source_name) AS code, e.source_name AS name, "
        "e.source_country AS country, 1 AS src, 0 AS tgt " + _FROM + " WHERE d.duplicate_of IS NULL "
        "UNION ALL SELECT coalesce(e.target_code, e.target_name), e.target_name, e.target_country, 0, 1 "
        + _FROM + " WHERE d.duplicate_of IS NULL) "
        "SELECT code, mode(name) AS name, mode(country) AS country, sum(src)::INTEGER AS as_source, "
        "sum(tgt)::INTEGER AS as_target, (sum(src) + sum(tgt))::INTEGER AS events FROM sides "
        "WHERE code IS NOT NULL GROUP BY code "
        "HAVING ?::VARCHAR IS NULL OR starts_with(lower(code), lower(?)) OR contains(lower(mode(name)), lower(?)) "
        "ORDER BY events DESC, code LIMIT ? OFFSET ?"), [term, term, term, limit, offset])


def actor_summary(store: Store, actor: str) -> dict[str, Any] | None:
    """Totals of one actor (a code or a name): its name, events, first and last day."""
    where, params = where_clause(EventFilter(actor=actor))
    side = "e.{0}_code = ? OR lower(e.{0}_name) = lower(?)"
    found = rows(store, (
        f"SELECT mode(CASE WHEN {side.format('source')} THEN e.source_name "
        f"WHEN {side.format('target')} THEN e.target_name END) AS name, "
        f"mode(CASE WHEN {side.format('source')} THEN e.source_country "
        f"WHEN {side.format('target')} THEN e.target_country END) AS country, "
        "count(*)::INTEGER AS events, min(e.event_date) AS first_day, max(e.event_date) AS last_day "
        f"{_FROM} {where}"), [*([actor] * 8), *params])
    if not found or not found[0]["events"]:
        return None
    return {"code": actor, **found[0]}
