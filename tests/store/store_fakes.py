"""Test helpers for store and batch tests: a small deterministic pipeline, texts, corpora, counts.

The store must not care which stages exist.

``FakeSentences`` splits on full stops and newlines; ``FakeCoder`` finds three country names and
three verbs and codes one event per sentence that holds a verb and two countries (the first is
the source, the second the target). A document containing ``BOOM`` makes the coder raise, and
``MARSAD_FAKE_DELAY`` (seconds) slows every document down for the crash-and-resume test.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from marsad.config import Config
from marsad.model import Actor, DocMeta, Document, Event, EventDate, Mention, Place, Sentence, Span, Topic
from marsad.pipeline import Pipeline
from marsad.store import PipelineSpec

COUNTRIES = {"باكستان": ("PAK", "Pakistan"), "إيران": ("IRN", "Iran"), "الهند": ("IND", "India")}
VERBS = {"هاجمت": ("ASSAULT", 4, "190"), "زارت": ("CONSULT", 1, "040"), "انتقدت": ("ACCUSE", 3, "111")}
BUILDS: list[int] = []  # one entry per pipeline built, to check it is built once per worker


class FakeSentences:
    name = "fake.sentences@1"
    requires: tuple[str, ...] = ()
    provides = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+", doc.text) if m.group().strip()]
        sents = tuple(Sentence(i, doc.text[a:b], a, b, 0, 0) for i, (a, b) in enumerate(spans))
        return replace(doc, sentences=sents)


def _actor(doc: Document, m: re.Match[str]) -> Actor:
    code, name = COUNTRIES[m.group()]
    return Actor(m.group(), m.start(), m.end(), name, country=code, code=code, kind="country")


class FakeTopic:
    """Marks a match report (a text with مباراة) as sport left alone, anything else as politics."""

    name = "fake.topic@1"
    requires: tuple[str, ...] = ()
    provides = ("topic",)

    def __call__(self, doc: Document) -> Document:
        sport = "مباراة" in doc.text
        return replace(doc, topic=Topic("sport", 0.9, skip=True) if sport else Topic("politics", 0.7))


class FakeCoder:
    name = "fake.coder@1"
    requires = ("sentences",)
    provides = ("mentions", "places", "events")

    def __call__(self, doc: Document) -> Document:
        if doc.left_alone:  # as the real stages after the topic stage
            return doc
        if "BOOM" in doc.text:
            raise ValueError("fake coder exploded")
        delay = float(os.environ.get("MARSAD_FAKE_DELAY", "0"))
        if delay:
            time.sleep(delay)
        mentions, events, places = [], [], []
        country = re.compile("|".join(COUNTRIES))
        verb = re.compile("|".join(VERBS))
        pub = doc.meta.published
        for sent in doc.sentences:
            actors = [_actor(doc, m) for m in country.finditer(doc.text, sent.start, sent.end)]
            mentions.extend(Mention(a.text, a.start, a.end, "ACTOR", "lexicon", a) for a in actors)
            places.extend(Place(a.text, a.start, a.end, a.name, a.country, None, None, None, None, "country")
                          for a in actors)
            v = verb.search(doc.text, sent.start, sent.end)
            if v is None or len(actors) < 2:
                continue
            etype, quad, cameo = VERBS[v.group()]
            events.append(Event(
                event_id=f"{doc.id}-{len(events)}", doc_id=doc.id, event_type=etype, mode=None,
                contexts=("military",) if quad == 4 else (), cameo=cameo, quad_class=quad,
                intensity=-5.0 if quad > 2 else 3.0, source=actors[0], target=actors[1],
                trigger=Span(v.group(), v.start(), v.end()), sentence=sent,
                date=EventDate(pub.isoformat(), "publication") if pub else None, confidence=0.8,
                rule=f"fake:{v.group()}",
            ))  # fmt: skip
        return replace(doc, mentions=tuple(mentions), places=tuple(places), events=tuple(events))


def make_pipeline(config: Config) -> Pipeline:
    """The fake pipeline factory (``store_fakes:make_pipeline``)."""
    BUILDS.append(1)
    return Pipeline([FakeSentences(), FakeCoder()])


FAKE = PipelineSpec(factory="store_fakes:make_pipeline")


def make_topic_pipeline(config: Config) -> Pipeline:
    """The fake pipeline with a fake topic filter first (``store_fakes:make_topic_pipeline``)."""
    return Pipeline([FakeTopic(), FakeSentences(), FakeCoder()])


FAKE_TOPIC = PipelineSpec(factory="store_fakes:make_topic_pipeline")
# a match report that names two countries and an attack verb: coded unless left alone
MATCH = "هاجمت باكستان إيران في المباراة النهائية أمس وسجلت هدفين في الشوط الثاني أمام جمهور كبير."

# A story, a wire copy of it (dateline + one changed word), and an unrelated article.
STORY = ("هاجمت باكستان إيران فجر اليوم في منطقة حدودية بعد أيام من التوتر بين البلدين الجارين. "
         "وقال مسؤول إن الهجوم استهدف مواقع لمسلحين على الحدود المشتركة بين البلدين. "
         "زارت الهند باكستان الأسبوع الماضي لبحث العلاقات الثنائية والتعاون في مجال التجارة.")
COPY = "إسلام آباد (رويترز) — " + STORY.replace("الماضي", "المنصرم")
OTHER = ("انتقدت إيران الهند في بيان صدر عن وزارة الخارجية مساء أمس بسبب تصريحات مسؤولين "
         "حول الاتفاق النووي والعقوبات المفروضة على طهران منذ سنوات طويلة.")


def doc(text: str, id: str, source: str = "A", published: date | None = date(2024, 4, 24)) -> Document:
    return Document.from_text(text, id=id, meta=DocMeta(source=source, published=published), origin=f"t.jsonl:{id}")


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    """A JSONL file; a str record is written as it is (for broken lines)."""
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_corpus(path: Path, n: int) -> Path:
    """A JSONL file of n distinct articles (every third one holds two events, the others one)."""
    records: list[dict | str] = []
    for i in range(n):
        body = f"تقرير رقم {i} عن أحداث اليوم " + " ".join(f"كلمة{i}x{j}" for j in range(12))
        text = (STORY if i % 3 == 0 else OTHER) + " " + body
        records.append({"id": f"d{i:04d}", "text": text, "source": f"S{i % 4}",
                        "published": f"2024-04-{1 + i % 28:02d}"})
    return write_jsonl(path, records)


def counts(path: Path) -> dict[str, int]:
    """Row counts of every table of a store, and the cluster totals."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("documents", "mentions", "events", "event_clusters", "failures", "lsh_bands")}
        out["num_articles"] = con.execute("SELECT coalesce(sum(num_articles), 0) FROM event_clusters").fetchone()[0]
        out["duplicates"] = con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
    finally:
        con.close()
    return out
