"""Response and request models of the JSON API (they also document it in ``/openapi.json``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class EventRow(_Out):
    """One event in a list: who did what to whom, when and where, with its sentence."""

    event_id: str
    doc_id: str
    cluster_id: str | None = None
    event_type: str
    mode: str | None = None
    cameo: str | None = None
    quad_class: int
    intensity: float | None = None
    source_code: str | None = None
    source_name: str | None = None
    source_text: str | None = None
    target_code: str | None = None
    target_name: str | None = None
    target_text: str | None = None
    trigger_text: str | None = None
    date_value: str | None = None
    date_precision: str | None = None
    event_date: dt.date | None = None
    location_name: str | None = None
    location_country: str | None = None
    location_lat: float | None = None
    location_lon: float | None = None
    negated: bool | None = None
    modality: str | None = None
    confidence: float | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    title: str | None = None
    outlet: str | None = Field(None, description="the document's source (news outlet)")
    published: dt.date | None = None
    sentence: str | None = None


class EventPage(_Out):
    """A page of events and the number of events matching the filters."""

    total: int
    limit: int
    offset: int
    items: list[EventRow]


class SpanOut(_Out):
    """Character offsets into the document text (code points, end exclusive)."""

    start: int
    end: int
    text: str


class TextWindow(_Out):
    """The document text, whole or a window of it: ``text == document[start:end]``."""

    start: int
    end: int
    length: int = Field(description="length of the whole document text")
    text: str


class DocumentHead(_Out):
    """A document without its text."""

    id: str
    origin: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    num_mentions: int | None = None
    num_events: int | None = None
    pipeline: str | None = None
    ingested_at: dt.datetime | None = None
    topic: str | None = Field(default=None, description="news section the topic stage read it as")
    topic_probability: float | None = None
    left_alone: bool | None = Field(default=None, description="the topic filter left it uncoded")


class EventDetail(_Out):
    """An event's public record, its spans, its sentence and the text around it."""

    event: dict[str, Any] = Field(description="the public event record (Event.to_dict())")
    spans: dict[str, SpanOut] = Field(description="trigger, source, target, sentence, date, location, reported_by")
    sentence: SpanOut
    window: TextWindow
    document: DocumentHead
    cluster: dict[str, Any] | None = None


class DocumentPage(_Out):
    """A page of documents."""

    limit: int
    offset: int
    items: list[DocumentHead]


class DocumentDetail(DocumentHead):
    """A document with its text, its mentions and its events (public records)."""

    text: str
    extra: dict[str, Any] = Field(default_factory=dict)
    mentions: list[dict[str, Any]] = Field(default_factory=list)
    events: list[dict[str, Any]] = Field(default_factory=list)


class ActorRow(_Out):
    """An actor and how often it is a source and a target."""

    code: str
    name: str | None = None
    country: str | None = None
    as_source: int
    as_target: int
    events: int


class ActorDay(_Out):
    """One row of an actor's timeline: a day, its role, the type and the counterpart."""

    day: dt.date | None = None
    role: str
    event_type: str
    quad_class: int
    counterpart: str | None = None
    events: int


class ActorDetail(_Out):
    """One actor: totals, per-day timeline and its latest events."""

    code: str
    name: str | None = None
    country: str | None = None
    events: int
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    timeline: list[ActorDay]
    recent: list[EventRow]


class DyadRow(_Out):
    """A source–target pair: number of events, commonest quad class and type, count per quad class."""

    source: str
    target: str
    source_name: str | None = None
    target_name: str | None = None
    events: int
    quad_class: int
    top_type: str | None = None
    quad_0: int = 0
    quad_1: int = 0
    quad_2: int = 0
    quad_3: int = 0
    quad_4: int = 0


class TimelineRow(_Out):
    """Events on one day for one event type or quad class (``key``)."""

    day: dt.date
    key: str | int
    events: int


class PlaceRow(_Out):
    """A geolocated place with its number of events."""

    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    precision: str | None = None
    events: int
    quad_class: int


class CountryRow(_Out):
    """Events located in a country: ISO alpha-3 and ISO numeric (the world map's ids)."""

    country: str
    numeric: str | None = None
    events: int


class PlacesOut(_Out):
    """What the map draws: points and per-country counts."""

    places: list[PlaceRow]
    countries: list[CountryRow]


class CodeRequest(BaseModel):
    """Text to code: Arabic news text, its publication date, and whether to store it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article text (UTF-8)")
    published: dt.date | None = Field(None, description="publication date, YYYY-MM-DD")
    title: str | None = None
    source: str | None = None
    store: bool = Field(False, description="also store the coded document in the served database")


class CodeResponse(_Out):
    """The coded document: its events (public records), mentions and sentences."""

    doc_id: str
    stored: bool
    stages: list[str]
    sentences: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    events: list[dict[str, Any]]


class ErrorOut(_Out):
    """An error: a stable code and a one-line message."""

    error: str
    detail: str
