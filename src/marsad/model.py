"""The document model: frozen, slotted dataclasses whose offsets point into the original text.

A :class:`Document` owns the text. Every other object (sentence, token, clitic segment,
mention, actor, time expression, place, event) is a view on it through ``start``/``end``
character offsets, so ``doc.text[x.start:x.end] == x.text`` always holds. Pipeline stages
never mutate a document: they return a new one built with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal

SegmentKind = Literal["proclitic", "article", "stem", "enclitic"]
TokenKind = Literal["word", "number", "punct", "latin", "symbol"]
DatePrecision = Literal["day", "month", "year", "interval", "publication"]
PlacePrecision = Literal["city", "region", "country"]


def content_id(text: str) -> str:
    """A document id derived from its content: the first 16 hex digits of SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the original text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Segment:
    """One clitic segment of a token (e.g. و + ب + ال + رئيس + ه), with its own offsets.

    ``norm`` is the matching form of the segment (see :mod:`marsad.text.normalize`).
    """

    text: str
    start: int
    end: int
    kind: SegmentKind
    norm: str


def clitic_parts(segments: Sequence[tuple[str, str]], norm: str) -> tuple[str, tuple[str, ...], str | None, bool]:
    """From a token's segments as (kind, norm) pairs and its ``norm``: its base (the first ``stem``
    segment's norm, else the token's norm), its proclitics and article (norms, in order), its
    enclitic (the first one's norm, or None) and whether it has the article."""
    if len(segments) == 1 and segments[0][0] == "stem":  # most tokens: one segment, no clitic
        return segments[0][1], (), None, False
    base: str | None = None
    enclitic: str | None = None
    pro: list[str] = []
    article = False
    for kind, seg_norm in segments:
        if kind == "stem":
            if base is None:
                base = seg_norm
        elif kind == "enclitic":
            if enclitic is None:
                enclitic = seg_norm
        else:
            pro.append(seg_norm)
            article = article or kind == "article"
    return (norm if base is None else base), tuple(pro), enclitic, article


@dataclass(frozen=True, slots=True)
class Token:
    """A surface token (a whitespace/punctuation-delimited unit) of the original text.

    ``index`` is the token's position in the document; ``norm`` is the normalised surface;
    ``segments`` are its clitic segments (one ``stem`` segment for unsegmented tokens);
    ``stem`` is a light stem of the base word, normalised, for lexicon matching.

    Derived from the segments once, when the token is made (every stage asks for them, millions
    of times a run): ``base``, the normalised word without its clitics (the ``stem`` segment's
    norm); ``proclitics``, the norms of the proclitics and article in order; ``enclitic``, the
    enclitic's norm or None; ``has_article``. They take no part in equality or the repr.
    """

    text: str
    start: int
    end: int
    index: int
    kind: TokenKind
    norm: str
    segments: tuple[Segment, ...]
    stem: str
    base: str = field(init=False, repr=False, compare=False)
    proclitics: tuple[str, ...] = field(init=False, repr=False, compare=False)
    enclitic: str | None = field(init=False, repr=False, compare=False)
    has_article: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        base, pro, enc, art = clitic_parts([(seg.kind, seg.norm) for seg in self.segments], self.norm)
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "proclitics", pro)
        object.__setattr__(self, "enclitic", enc)
        object.__setattr__(self, "has_article", art)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span and the half-open range of token indexes it holds."""

    index: int
    text: str
    start: int
    end: int
    token_start: int
    token_end: int

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor resolved from a mention: who, with CAMEO-style codes.

    ``code`` is CAMEO-style: country + sector (``PAKMIL``, ``IRNGOV``), a group id for named
    organisations (``TTP``), or a bare sector (``UAF``) when the country is unknown.
    ``entry`` is the lexicon entry that resolved it; ``kind`` says what sort of mention it was.
    """

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    sector: str | None = None
    group: str | None = None
    code: str | None = None
    wikidata: str | None = None
    entry: str | None = None
    kind: str = "other"  # country | capital | person | org | sector | plural | pronoun | other
    gender: str | None = None  # a person's, where the lexicon or a title tells: "m" | "f" (not exported)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape (exactly the fields promised to other tools)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "group": self.group,
            "code": self.code,
            "wikidata": self.wikidata,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity or lexicon mention, with the actor it resolved to (if any)."""

    text: str
    start: int
    end: int
    label: str  # PERS | LOC | ORG | MISC | ACTOR
    origin: str  # "ner", "lexicon", "coref", ...
    actor: Actor | None = None
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A resolved temporal expression: ISO 8601 ``value`` (a day, month, year or ``a/b`` interval)."""

    text: str
    start: int
    end: int
    value: str
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class Place:
    """A geolocated place mention."""

    text: str
    start: int
    end: int
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: PlacePrecision

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date: the governing expression, or the publication date (no span)."""

    value: str
    precision: DatePrecision
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class Event:
    """A coded political event: PLOVER type/mode/contexts, CAMEO code, who did what to whom."""

    event_id: str
    doc_id: str
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    quad_class: int
    intensity: float
    source: Actor | None
    target: Actor | None
    trigger: Span
    sentence: Sentence
    date: EventDate | None = None
    location: Place | None = None
    negated: bool = False
    modality: str | None = None  # None (asserted) | "future" | "pledge" | "intent" | "possible" | ...
    reported_by: Actor | None = None
    confidence: float = 0.5
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The public JSON record: exactly the documented fields, offsets into the input text."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "intensity": self.intensity,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "modality": self.modality,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


EVENT_FIELDS: tuple[str, ...] = (
    "event_id", "doc_id", "event_type", "mode", "contexts", "cameo", "quad_class", "intensity",
    "source", "target", "trigger", "sentence", "date", "location", "negated", "modality",
    "reported_by", "confidence", "rule",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Topic:
    """The section of the news a document reads like (``politics``, ``economy``, ``sport``,
    ``culture``, ``technology``), with the classifier's probability; ``scores`` gives every
    label's probability, best first. ``words`` is how many words the decision rests on.
    ``skip``: the configuration leaves documents of this topic uncoded (``[topic] skip``), so the
    stages after the topic stage pass the document on untouched."""

    label: str
    probability: float
    scores: tuple[tuple[str, float], ...] = ()
    words: int = 0
    skip: bool = False


@dataclass(frozen=True, slots=True)
class DocMeta:
    """Document metadata. ``extra`` keeps any other fields of the input record."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str = "ar"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Document:
    """A document and everything the pipeline has found in it.

    ``id`` is the input record's id when it has one, else :func:`content_id` of the text.
    ``origin`` names where it came from (``file`` or ``file:line``) for error messages.
    """

    id: str
    text: str
    meta: DocMeta = field(default_factory=DocMeta)
    origin: str = "<string>"
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    topic: Topic | None = None
    stages: tuple[str, ...] = ()  # versioned names of the stages that have run

    @classmethod
    def from_text(cls, text: str, *, id: str | None = None, meta: DocMeta | None = None,
                  origin: str = "<string>") -> Document:
        return cls(id=id or content_id(text), text=text, meta=meta or DocMeta(), origin=origin)

    @property
    def left_alone(self) -> bool:
        """Whether the topic stage marked the document as one not to code (a sports page)."""
        return self.topic is not None and self.topic.skip

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None
