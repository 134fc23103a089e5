"""Properties of the actor stage over random word sequences: no crash, exact, disjoint spans."""

from __future__ import annotations

import functools
from datetime import date

from actors_helpers import fixture_entries
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors import ActorStage, PluralActor, resolve_plural
from marsad.model import DocMeta, Document
from marsad.text import analyze_text

WORDS = [
    "باكستان", "وإيران", "الرئيس", "الإيراني", "الباكستانية", "والإيراني", "الزعيمان", "الدولتان",
    "كل", "منهما", "قوات", "الأمن", "في", "داخل", "إلى", "طهران", "إسلام", "آباد", "حركة",
    "طالبان", "الجنرال", "عاصم", "منير", "رئيسي", "إبراهيم", "بشكل", "قواتها", "وزير",
    "خارجية", "الشركة", "التابعة", "الدول", "العربية", "مسلحا", "20", "من", "حزب", "الله",
    "وَإِيرَانُ", "للأمم", "المتحدة", "ـ", "،", ".", "\u200f", "الأمريكية", "واشنطن", "قال",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([None, "2010-01-01", "2024-04-24"]))
def test_spans_are_exact_and_disjoint(words: list[str], published: str | None) -> None:
    stage = _stage()
    text = " ".join(words)
    day = date.fromisoformat(published) if published else None
    doc = stage(analyze_text(Document.from_text(text, meta=DocMeta(published=day))))
    last_end = -1
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text and m.text.strip() == m.text and m.text
        assert m.start >= last_end  # in text order, never overlapping
        last_end = m.end
        assert m.actor is not None and (m.actor.start, m.actor.end) == (m.start, m.end)
        for a in resolve_plural(doc, m):
            assert text[a.start : a.end] == a.text
            assert not isinstance(a, PluralActor)
    assert stage(doc).mentions == doc.mentions  # rerunning changes nothing


@functools.cache
def _stage() -> ActorStage:
    return ActorStage(lexicon=fixture_entries())
