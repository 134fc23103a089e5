"""The temporal grammar on a table of news phrasings (tests/when/when_cases.py)."""

from __future__ import annotations

from datetime import date

import pytest
from when_cases import CASES, NEGATIVE, PUB, RANGES

from marsad.when import find_times

PUBLISHED = date.fromisoformat(PUB)


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("sentence", "text", "value", "precision"), CASES)
def test_expression(sentence: str, text: str, value: str, precision: str) -> None:
    found = {(sentence[s:e], v, p) for s, e, v, p in find_times(sentence, PUBLISHED)}
    assert (text, value, precision) in found, found


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_expression(sentence: str) -> None:
    assert find_times(sentence, PUBLISHED) == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("وقع الهجوم في 15 مارس 2023", "2023-03-15"),
    ("عام 2013", "2013"),
    ("في 2024-03-18", "2024-03-18"),
])
def test_absolute_dates_need_no_publication_date(sentence: str, value: str) -> None:
    assert [v for _, _, v, _ in find_times(sentence, None)] == [value]


@pytest.mark.parametrize("sentence", ["وقع الهجوم أمس", "في مارس", "الأسبوع الماضي", "يوم الثلاثاء"])
def test_relative_dates_need_a_publication_date(sentence: str) -> None:
    assert find_times(sentence, None) == []


def test_offsets_point_into_the_original_text_with_diacritics() -> None:
    text = "وَقَعَ الهُجُومُ فِي الأَوَّلِ مِنْ أَبْرِيلَ، وَرَدَّتْ إيرانُ يَوْمَ الأَحَدِ."
    found = find_times(text, PUBLISHED)
    assert [(text[s:e], v) for s, e, v, _ in found] == [
        ("الأَوَّلِ مِنْ أَبْرِيلَ", "2024-04-01"), ("يَوْمَ الأَحَدِ", "2024-04-21")]


def test_month_without_year_takes_the_latest_not_after_publication() -> None:
    values = [v for _, _, v, _ in find_times("في يناير ثم في مايو ثم في أبريل", PUBLISHED)]
    assert values == ["2024-01", "2023-05", "2024-04"]


def test_today_with_another_weekday_takes_the_latest_such_day() -> None:
    assert find_times("اليوم الخميس", PUBLISHED)[0][2] == "2024-04-18"


@pytest.mark.parametrize(("sentence", "values"), RANGES)
def test_ranges_share_their_year(sentence: str, values: list[str]) -> None:
    assert [v for _, _, v, _ in find_times(sentence, PUBLISHED)] == values
