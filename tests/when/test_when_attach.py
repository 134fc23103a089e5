"""AttachStage: dates and places of hand-built events, on the worked example and on short tables."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from marsad.config import Config
from marsad.model import DocMeta, Document, Event, Span
from marsad.text import analyze_text
from marsad.when.attach import AttachStage
from marsad.when.stage import WhenStage
from marsad.where.stage import WhereStage

PUB = date(2024, 4, 24)

# A trigger word for each gold event of the worked example (the word a coder would mark).
EXAMPLE_TRIGGERS = {
    "E1": "تعهدت", "E2": "زيارة", "E3": "يسعيان", "E4": "ضربات", "E5": "نفذ", "E6": "والتقى",
    "E7": "قائد", "E8": "أكدا", "E9": "عنف", "E10": "باللوم", "E11": "يستهدفون", "E12": "تقول",
    "E13": "كثفت", "E14": "تصر", "E15": "استهدفت", "E16": "الرد", "E17": "وقالت", "E18": "ألقت",
    "E19": "الهجمات", "E20": "حثت", "E21": "يستهدفون", "E22": "واتفقت", "E23": "وأكدتا",
    "E24": "واتفقت", "E25": "أدان", "E26": "أدان", "E27": "الضربة", "E28": "وردت", "E29": "ناقشتا",
    "E30": "العقوبات", "E31": "عارضته", "E32": "للعقوبات", "E33": "لتزويد",
}  # fmt: skip


def prepared(text: str, published: date | None = PUB) -> Document:
    doc = replace(analyze_text(text), meta=DocMeta(published=published))
    return WhereStage(Config())(WhenStage(Config())(doc))


def event(doc: Document, trigger: str, after: int = 0, event_id: str = "e") -> Event:
    i = doc.text.index(trigger, after)
    sentence = doc.sentence_of(i)
    assert sentence is not None
    return Event(event_id=event_id, doc_id=doc.id, event_type="ASSAULT", mode=None, contexts=(),
                 cameo=None, quad_class=4, intensity=-10.0, source=None, target=None,
                 trigger=Span(trigger, i, i + len(trigger)), sentence=sentence)


def attach(doc: Document, events: list[Event]) -> tuple[Event, ...]:
    return AttachStage(Config())(replace(doc, events=tuple(events))).events


def date_ok(gold: str, value: str | None) -> bool:
    if not value:
        return False
    lo, _, hi = gold.partition("/")
    if hi:
        return value == gold or lo <= value[:10] <= hi
    return value.startswith(lo)


def test_worked_example_dates_and_places(shared: Path, example_text: str) -> None:
    gold = [json.loads(line) for line in
            (shared / "examples" / "pakistan-iran-2024-04-24.gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    doc = prepared(example_text)
    events = [event(doc, EXAMPLE_TRIGGERS[g["id"]], g["start"], g["id"]) for g in gold]
    for g, ev in zip(gold, events, strict=True):
        assert ev.trigger.start < g["end"] + 20, g["id"]
    out = attach(doc, events)
    dated = [(g, e) for g, e in zip(gold, out, strict=True) if g["date"]]
    placed = [(g, e) for g, e in zip(gold, out, strict=True) if g["country"] and g["required"]]
    wrong_dates = [g["id"] for g, e in dated if not date_ok(g["date"], e.date.value if e.date else None)]
    wrong_places = [g["id"] for g, e in placed if not (e.location and e.location.country == g["country"])]
    assert wrong_dates == []
    assert wrong_places == []


@pytest.mark.parametrize(("text", "trigger", "value", "span"), [
    ("وفي مارس/آذار، استهدفت القوات الجوية مخابئ داخل أفغانستان.", "استهدفت", "2024-03", "مارس/آذار"),
    ("تعهدت باكستان وإيران، اليوم الأربعاء، بتعزيز الجهود.", "تعهدت", "2024-04-24", "اليوم الأربعاء"),
    ("وتوترت العلاقات في يناير/كانون الثاني عندما نفذ كل منهما ضربات.", "نفذ", "2024-01", "يناير/كانون الثاني"),
    ("وأدان الجانبان الضربة التي وقعت في الأول من أبريل.", "أدان", None, None),
    ("وأدان الجانبان الضربة في الأول من أبريل.", "الضربة", "2024-04-01", "الأول من أبريل"),
    ("وكثفت الحركة هجماتها منذ عام 2021 عندما تولت طالبان السلطة.", "كثفت", "2021", "منذ عام 2021"),
    ("قال المتحدث يوم الثلاثاء إن القوات قصفت المواقع.", "قال", "2024-04-23", "يوم الثلاثاء"),
    ("قال المتحدث يوم الثلاثاء إن القوات قصفت المواقع.", "قصفت", None, None),
    ("وصل الرئيس إلى بغداد في زيارة استمرت يومين.", "زيارة", "2024-04-23/2024-04-24", "استمرت يومين"),
    ("وتهدف الزيارة إلى إصلاح العلاقات التي توترت في يناير.", "الزيارة", None, None),
    ("اعتقلت الشرطة أمس خمسة أشخاص.", "اعتقلت", "2024-04-23", "أمس"),
])
def test_date_of_clause(text: str, trigger: str, value: str | None, span: str | None) -> None:
    doc = prepared(text)
    (ev,) = attach(doc, [event(doc, trigger)])
    assert ev.date is not None
    if value is None:
        assert (ev.date.value, ev.date.precision, ev.date.text) == ("2024-04-24", "publication", None)
    else:
        assert (ev.date.value, ev.date.text) == (value, span)
        assert ev.date.start is not None and doc.text[ev.date.start:ev.date.end] == span


def test_date_carries_to_the_next_sentence_of_the_paragraph() -> None:
    text = ("وفي مارس/آذار، استهدفت الطائرات مخابئ للمسلحين. وقالت الحركة إن الهجمات أسفرت عن مقتل ثمانية.\n"
            "واتفق البلدان على توسيع التجارة.")
    doc = prepared(text)
    said, agreed = attach(doc, [event(doc, "وقالت"), event(doc, "واتفق")])
    assert said.date is not None and said.date.value == "2024-03"
    assert agreed.date is not None and agreed.date.precision == "publication"


def test_since_date_does_not_carry() -> None:
    text = "تصاعدت الهجمات منذ عام 2021. واتهمت الحكومة الحركة بتنفيذها."
    doc = prepared(text)
    (ev,) = attach(doc, [event(doc, "واتهمت")])
    assert ev.date is not None and ev.date.precision == "publication"


def test_no_publication_date_leaves_undated_events_without_date() -> None:
    doc = prepared("اعتقلت الشرطة خمسة أشخاص.", published=None)
    (ev,) = attach(doc, [event(doc, "اعتقلت")])
    assert ev.date is None


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    ("وصل الرئيس الإيراني إلى إسلام آباد في زيارة رسمية.", "وصل", "إسلام آباد", "PAK"),
    ("استهدفت الطائرات مخابئ للمسلحين داخل أفغانستان.", "استهدفت", "أفغانستان", "AFG"),
    ("قتل ثلاثة جنود في هجوم بمدينة حلب.", "قتل", "حلب", "SYR"),
    ("اشتبكت القوات مع مسلحين على الحدود مع أفغانستان.", "اشتبكت", "أفغانستان", "AFG"),
    ("وفي بلوشستان، هاجم مسلحون قافلة للجيش.", "هاجم", "بلوشستان", "PAK"),
    ("أدانت باكستان الهجوم الذي استهدف السفارة في سوريا.", "الهجوم", "سوريا", "SYR"),
    ("قصفت الطائرات مواقع في شمال سيناء.", "قصفت", "شمال سيناء", "EGY"),
    ("وتعرضت قوات الأمن لهجوم في ريف دمشق.", "لهجوم", "ريف دمشق", "SYR"),
    # a relative clause hanging off the place's clause continues it
    ("استهدفت الضربة مبنى في سوريا والتي أسفرت عن مقتل جنديين.", "مقتل", "سوريا", "SYR"),
])
def test_place_of_event(text: str, trigger: str, place: str, country: str) -> None:
    doc = prepared(text)
    (ev,) = attach(doc, [event(doc, trigger)])
    assert ev.location is not None
    assert (ev.location.text, ev.location.country) == (place, country)


@pytest.mark.parametrize(("text", "trigger"), [
    ("التقى وزير خارجية باكستان نظيره الإيراني.", "التقى"),  # a country as an actor is no location
    ("وقالت إيران إن باكستان لم ترد.", "وقالت"),
    ("اعتقلت الشرطة خمسة أشخاص، وقال المتحدث إن التحقيق جار في سوريا.", "اعتقلت"),
])
def test_no_place(text: str, trigger: str) -> None:
    doc = prepared(text)
    (ev,) = attach(doc, [event(doc, trigger)])
    assert ev.location is None


def test_stage_declares_its_contract() -> None:
    stage = AttachStage(Config())
    assert stage.name == "attach@1"
    assert stage.requires == ("events", "times", "places")
    assert set(stage.provides) == {"event_dates", "event_locations"}


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("اشتبكت القوات مع مسلحين على الحدود الأفغانية الباكستانية.", "اشتبكت", "AFG"),
    ("قصفت الطائرات مواقع داخل الأراضي السورية.", "قصفت", "SYR"),
    ("اخترقت طائرة مسيرة الأجواء العراقية.", "اخترقت", None),  # an object, not a location
])
def test_territory_adjectives_are_places(text: str, trigger: str, country: str | None) -> None:
    from marsad.pipeline import build_pipeline

    doc = build_pipeline(("text", "actors", "when", "where"), Config(published="2024-04-24"))(
        Document.from_text(text))
    (ev,) = attach(doc, [event(doc, trigger)])
    assert (ev.location.country if ev.location else None) == country


def test_carry_stops_after_two_sentences() -> None:
    text = ("وفي مارس/آذار، استهدفت الطائرات مخابئ للمسلحين. وقالت الحركة إن الهجمات أسفرت عن قتلى. "
            "وأضافت أنها سترد. واتهمت الحكومة الحركة بالتصعيد.")
    doc = prepared(text)
    said, added, accused = attach(doc, [event(doc, "وقالت"), event(doc, "وأضافت"), event(doc, "واتهمت")])
    assert [e.date.value if e.date else None for e in (said, added)] == ["2024-03", "2024-03"]
    assert accused.date is not None and accused.date.precision == "publication"
