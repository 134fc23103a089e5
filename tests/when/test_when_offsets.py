"""Offsets: the grammar's fast offset map agrees with the text layer's, on arbitrary text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import normalize, normalize_with_map
from marsad.when.grammar import _normalized, find_times

PIECES = st.sampled_from([
    "في", "الأول", "من", "أبريل", "مارس/آذار", "يوم", "الثلاثاء", "الماضي", "١٥", "2024", " ", "، ",
    "\u064e", "\u0651", "\u0640", "\u200f", "\ufefb", "أمس", "قبل", "ثلاثة", "أيام", "عام", "ـ16",
])  # fmt: skip
TEXTS = st.lists(PIECES, max_size=30).map(" ".join) | st.text(max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_fast_map_agrees_with_the_text_layer(text: str) -> None:
    norm, to_original = _normalized(text)
    ref, index = normalize_with_map(text)
    assert norm == ref
    assert [to_original(i) for i in range(len(norm))] == index[: len(norm)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_spans_are_inside_the_text(text: str) -> None:
    for start, end, value, _ in find_times(text, date(2024, 4, 24)):
        assert 0 <= start < end <= len(text)
        assert normalize(text[start:end]).strip()
        assert value[:1].isdigit()
