"""Verb forms are generated from the citation pair, in all persons, numbers, genders and tenses."""

from __future__ import annotations

import pytest

from marsad.events.inflect import (
    hollow_jussive_forms,
    noun_forms,
    past_forms,
    past_passive_spelled_apart,
    present_forms,
    verb_form,
    verb_forms,
)
from marsad.text import normalize


@pytest.mark.parametrize(("past", "form", "pgn"), [
    ("تعهد", "تعهدت", "3fs"), ("تعهد", "تعهدا", "3md"), ("تعهد", "تعهدتا", "3fd"), ("تعهد", "تعهدوا", "3mp"),
    ("تعهد", "تعهدن", "3fp"), ("تعهد", "تعهدنا", "1p"),
    ("ألقى", "ألقت", "3fs"), ("ألقى", "ألقيا", "3md"), ("ألقى", "ألقوا", "3mp"), ("ألقى", "ألقتا", "3fd"),
    ("دعا", "دعت", "3fs"), ("دعا", "دعوا", "3mp"), ("دعا", "دعتا", "3fd"),
    ("قال", "قالت", "3fs"), ("قال", "قالوا", "3mp"), ("قال", "قلن", "3fp"),
    ("شن", "شنت", "3fs"), ("شن", "شنوا", "3mp"), ("شن", "شننت", "1s"),
    ("بدأ", "بدأت", "3fs"), ("بدأ", "بدأوا", "3mp"),
])  # fmt: skip
def test_past_forms(past: str, form: str, pgn: str) -> None:
    assert ("past", pgn) in past_forms(past)[form]


@pytest.mark.parametrize(("present", "form", "pgn"), [
    ("يتعهد", "يتعهد", "3ms"), ("يتعهد", "تتعهد", "3fs"), ("يتعهد", "يتعهدان", "3md"),
    ("يتعهد", "تتعهدان", "3fd"), ("يتعهد", "يتعهدون", "3mp"), ("يتعهد", "يتعهدوا", "3mp"),
    ("يتعهد", "يتعهدن", "3fp"), ("يتعهد", "نتعهد", "1p"),
    ("يلقي", "يلقون", "3mp"), ("يلقي", "يلقيان", "3md"), ("يلقي", "يلق", "3ms"),
    ("يسعى", "يسعيان", "3md"), ("يسعى", "يسعون", "3mp"),
    ("يدعو", "يدعون", "3mp"), ("يدعو", "يدعوان", "3md"),
])  # fmt: skip
def test_present_forms(present: str, form: str, pgn: str) -> None:
    assert ("pres", pgn) in present_forms(present)[form]


def test_present_must_start_with_ya() -> None:
    with pytest.raises(ValueError):
        present_forms("تعهد")


def test_verb_forms_are_normalised() -> None:
    forms = verb_forms("أكد", "يؤكد", normalize)
    assert "اكدتا" in forms and "يوكدون" in forms
    assert all(normalize(f) == f for f in forms)


def test_no_participles() -> None:
    assert "مستهدفه" not in verb_forms("استهدف", "يستهدف", normalize)


@pytest.mark.parametrize(("noun", "form"), [
    ("ضربة", "ضربات"), ("ضربة", "ضربتين"), ("ضربة", "ضربت"), ("هجوم", "هجومين"), ("زيارة", "زيارات"),
])
def test_noun_forms(noun: str, form: str) -> None:
    assert normalize(form) in noun_forms(noun, normalize)


@pytest.mark.parametrize(("past", "present", "apart"), [
    ("قتل", "يقتل", False),  # قُتل
    ("اعتقل", "يعتقل", False),  # اُعتُقل
    ("استهدف", "يستهدف", False),
    ("دمر", "يدمر", False),  # دُمّر
    ("شن", "يشن", False),  # شُنّ
    ("هاجم", "يهاجم", True),  # هوجم (form III)
    ("داهم", "يداهم", True),  # دوهم
    ("تبادل", "يتبادل", True),  # تبودل (form VI)
    ("قال", "يقول", True),  # قيل (hollow)
    ("أصاب", "يصيب", True),  # أصيب
    ("اجتاح", "يجتاح", True),  # اجتيح
    ("دعا", "يدعو", True),  # دعي (defective)
    ("ألقى", "يلقي", True),  # ألقي
    ("حاول", "يحاول", True),  # حوول (form III, its و a radical)
])
def test_past_passive_spelled_apart(past: str, present: str, apart: bool) -> None:
    assert past_passive_spelled_apart(past, present) is apart


@pytest.mark.parametrize(("past", "present", "forms"), [
    ("قال", "يقول", {"يقل", "تقل", "نقل", "اقل"}),
    ("استطاع", "يستطيع", {"يستطع", "تستطع", "نستطع", "استطع"}),
    ("زار", "يزور", {"يزر", "تزر", "نزر", "ازر"}),
    ("أصاب", "يصيب", {"يصب", "تصب", "نصب", "اصب"}),
    ("قتل", "يقتل", set()),  # not hollow
    ("حاول", "يحاول", set()),  # its و is a radical
    ("تعاون", "يتعاون", set()),
])
def test_hollow_jussive_forms(past: str, present: str, forms: set[str]) -> None:
    got = hollow_jussive_forms(past, present, normalize)
    assert set(got) == {normalize(f) for f in forms}
    assert all(r == {("pres", r2[1]) for r2 in r} for r in got.values())


def test_describing_nouns_have_no_sound_plural() -> None:
    """مواجهة الإرهاب describes an effort; المواجهات are clashes, not a descriptive noun."""
    from marsad.events.inflect import noun_forms
    from marsad.events.lexicon import load_event_lexicon
    from marsad.events.triggers import find_triggers
    from marsad.text import analyze_text, normalize

    assert normalize("مواجهات") in noun_forms("مواجهة", normalize)
    assert normalize("مواجهات") not in noun_forms("مواجهة", normalize, plural=False)
    lex = load_event_lexicon()
    for text, describes in (("وتعهد بمواجهة الإرهاب.", True), ("واندلعت المواجهات في المدينة.", False)):
        doc = analyze_text(text)
        ids = {t.entry.id for t in find_triggers(lex, doc.tokens, 0)}
        assert ("describe.mukafaha" in ids) is describes, (text, ids)


@pytest.mark.parametrize(("past", "present", "form"), [
    ("هاجم", "يهاجم", 3), ("قاتل", "يقاتل", 3), ("قاضى", "يقاضي", 3), ("تبادل", "يتبادل", 6),
    ("انسحب", "ينسحب", 7), ("انفجر", "ينفجر", 7),
    ("انتقد", "ينتقد", None),  # the افتعل of a root in ن
    ("قتل", "يقتل", None), ("استهدف", "يستهدف", None), ("أصاب", "يصيب", None),
])
def test_verb_form_from_its_spelling(past: str, present: str, form: int | None) -> None:
    assert verb_form(past, present) == form
