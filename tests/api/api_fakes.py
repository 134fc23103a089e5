"""A small deterministic coding pipeline and corpus for the API and browser tests.

The API must not care which stages produced the events, so its tests code a handful of
synthetic Arabic articles with this fake: one event per sentence holding a known verb and two
known country names (the first is the source, the second the target), located at the first
known city of the sentence and dated by the article's publication date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from marsad.config import Config
from marsad.model import Actor, DocMeta, Document, Event, EventDate, Mention, Place, Sentence, Span
from marsad.pipeline import Pipeline

COUNTRIES = {"باكستان": ("PAK", "Pakistan"), "إيران": ("IRN", "Iran"), "الهند": ("IND", "India"),
             "إسرائيل": ("ISR", "Israel")}
VERBS = {"هاجمت": ("ASSAULT", 4, "190"), "زارت": ("CONSULT", 1, "040"), "انتقدت": ("ACCUSE", 3, "111"),
         "ساعدت": ("AID", 2, "070")}
CITIES = {"إسلام آباد": ("Islamabad", "PAK", 33.72, 73.06), "طهران": ("Tehran", "IRN", 35.69, 51.42)}

# (id, published, text): synthetic sentences written for these tests.
ARTICLES = [
    ("a1", date(2024, 4, 22), "زارت إيران باكستان في إسلام آباد يوم الاثنين. انتقدت الهند باكستان بشدة."),
    ("a2", date(2024, 4, 23), "هاجمت باكستان إيران قرب الحدود 😀 في طهران. وقال مسؤول إن الوضع هادئ."),
    ("a3", date(2024, 4, 24), "ساعدت إيران باكستان بعد الفيضانات في إسلام آباد. هاجمت إسرائيل إيران."),
]


class FakeSentences:
    name = "fake.sentences@1"
    requires: tuple[str, ...] = ()
    provides = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.\s][^.\n]*\.?", doc.text) if m.group().strip()]
        return replace(doc, sentences=tuple(Sentence(i, doc.text[a:b], a, b, 0, 0) for i, (a, b) in enumerate(spans)))


def _place(m: re.Match[str]) -> Place:
    name, country, lat, lon = CITIES[m.group()]
    return Place(m.group(), m.start(), m.end(), name, country, None, lat, lon, None, "city")


class FakeCoder:
    name = "fake.coder@1"
    requires = ("sentences",)
    provides = ("mentions", "events")

    def __call__(self, doc: Document) -> Document:
        country, verb, city = (re.compile("|".join(d)) for d in (COUNTRIES, VERBS, CITIES))
        mentions: list[Mention] = []
        events: list[Event] = []
        pub = doc.meta.published
        for sent in doc.sentences:
            actors = [Actor(m.group(), m.start(), m.end(), COUNTRIES[m.group()][1], country=COUNTRIES[m.group()][0],
                            code=COUNTRIES[m.group()][0], kind="country")
                      for m in country.finditer(doc.text, sent.start, sent.end)]
            mentions.extend(Mention(a.text, a.start, a.end, "ACTOR", "lexicon", a) for a in actors)
            v = verb.search(doc.text, sent.start, sent.end)
            if v is None or len(actors) < 2:
                continue
            etype, quad, cameo = VERBS[v.group()]
            c = city.search(doc.text, sent.start, sent.end)
            events.append(Event(
                event_id=f"{doc.id}-e{len(events)}", doc_id=doc.id, event_type=etype, mode=None, contexts=(),
                cameo=cameo, quad_class=quad, intensity=-5.0 if quad > 2 else 3.0, source=actors[0],
                target=actors[1], trigger=Span(v.group(), v.start(), v.end()), sentence=sent,
                date=EventDate(pub.isoformat(), "publication") if pub else None,
                location=_place(c) if c else None, confidence=0.8, rule=f"fake:{v.group()}",
            ))  # fmt: skip
        return replace(doc, mentions=tuple(mentions), events=tuple(events))


def make_pipeline(config: Config) -> Pipeline:
    """The fake pipeline factory (``api_fakes:make_pipeline``)."""
    return Pipeline([FakeSentences(), FakeCoder()])


def documents() -> list[Document]:
    """The synthetic corpus as documents."""
    return [Document.from_text(text, id=i, meta=DocMeta(title=TITLES.get(i, f"خبر {i}"), source="test", published=d),
                               origin=f"fake:{n}") for n, (i, d, text) in enumerate(ARTICLES, 1)]


# A title that would run script if the page inserted it as HTML.
TITLES = {"a3": '<img src=x onerror="document.body.dataset.pwned=1">خبر'}


SPEC = "api_fakes:make_pipeline"


def build_store(path: str, extra: list[Document] | None = None) -> str:
    """Code the synthetic corpus (and ``extra`` documents) with the fake pipeline into a new store."""
    from marsad.store import PipelineSpec, StoreWriter, ingest

    with StoreWriter(path) as writer:
        ingest([*documents(), *(extra or [])], writer, PipelineSpec(factory=SPEC))
    return path
