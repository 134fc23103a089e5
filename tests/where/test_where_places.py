"""Gazetteer lookup and toponym disambiguation on a table of news phrasings (tests/where/where_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from where_cases import CASES, NOT_PLACES

from marsad.model import Place
from marsad.text import analyze_text
from marsad.where.stage import find_places, token_forms


def places(text: str) -> tuple[Place, ...]:
    return find_places(analyze_text(text))


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(("sentence", "mention", "country", "precision", "name"), CASES)
def test_place(sentence: str, mention: str, country: str | None, precision: str, name: str | None) -> None:
    found = {p.text: p for p in places(sentence)}
    assert mention in found, list(found)
    p = found[mention]
    assert sentence[p.start:p.end] == p.text
    assert p.precision == precision
    if country:
        assert p.country == country
    if name:
        assert p.name == name
    assert p.lat is not None and p.lon is not None


@pytest.mark.parametrize("sentence", NOT_PLACES)
def test_common_words_are_not_places(sentence: str) -> None:
    assert places(sentence) == ()


@pytest.mark.parametrize(("sentence", "mention", "country"), [
    ("اجتمع الوزراء في طرابلس بحضور رئيس حكومة لبنان", "طرابلس", "LBN"),
    ("اجتمع الوزراء في طرابلس", "طرابلس", "LBY"),
    ("زار الوزير عمان", "عمان", "OMN"),
    ("وصل وزير خارجية الأردن إلى عمان", "عمان", "JOR"),
    ("قال مسؤول في الولايات المتحدة إن الاجتماع سيعقد في باريس", "باريس", "FRA"),
])
def test_countries_of_the_document_disambiguate(sentence: str, mention: str, country: str) -> None:
    found = {p.text: p.country for p in places(sentence)}
    assert found[mention] == country


def test_longest_name_wins() -> None:
    found = [(p.text, p.precision) for p in places("قصفت الطائرات مواقع في شمال دارفور وجنوب السودان")]
    assert found == [("شمال دارفور", "region"), ("جنوب السودان", "country")]


def test_proclitics_are_outside_the_span() -> None:
    text = "وتحدث عن الوضع بسوريا وللعراق"
    assert [(p.text, p.country) for p in places(text)] == [("سوريا", "SYR"), ("للعراق", "IRQ")]


@pytest.mark.parametrize(("token", "forms"), [
    ("بسوريا", ["بسوريا", "سوريا"]),
    ("للعراق", ["للعراق", "العراق"]),
    ("وبغداد", ["وبغداد", "بغداد"]),
    ("وكيل", ["وكيل"]),  # a word, not و + a town
    ("لجنة", ["لجنه"]),
])
def test_token_forms(token: str, forms: list[str]) -> None:
    (tok,) = analyze_text(token).tokens
    assert [f for f, _ in token_forms(tok)] == forms


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["في", "سوريا", "وبغداد", "للعراق", "إسلام", "آباد", "-", "،", "شمال", "دارفور",
                                 "كان", "\u064e", "ـ", "طرابلس", "لبنان", " "]), max_size=20).map(" ".join)
       | st.text(max_size=50))
def test_places_are_spans_of_the_text(text: str) -> None:
    for p in places(text):
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start:p.end] == p.text
        assert p.precision in ("country", "region", "city")


@pytest.mark.parametrize(("sentence", "mention", "country"), [
    ("قتل جنود في مالي", "مالي", "MLI"),
    ("قصفت الطائرات مدينة دوما", "دوما", "SYR"),
    ("سيطرت القوات على مدينة الباب", "الباب", "SYR"),
    ("اشتباكات عنيفة بحمص", "حمص", "SYR"),
])
def test_cued_names_are_places_after_a_cue(sentence: str, mention: str, country: str) -> None:
    assert {p.text: p.country for p in places(sentence)}[mention] == country


@pytest.mark.parametrize("sentence", [
    "قدمت الحكومة دعم مالي للمزارعين",
    "سرت شائعات عن استقالة الوزير",
    "طرق الزائر الباب مرتين",
    "يبقى الاتفاق دوما موضع جدل",
])
def test_cued_names_are_words_without_a_cue(sentence: str) -> None:
    assert places(sentence) == ()
