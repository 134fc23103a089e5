"""Normalisation: table of mappings, idempotence and the index map (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import light_normalize, normalize, normalize_with_map

ARABIC_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" \u200f\u200c\u0640“”«»–"),
    max_size=60,
)
ANY_TEXT = st.text(max_size=80)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("آلاف", "الاف"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("حكومة", "حكومه"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("سماء", "سماء"),  # the bare hamza is kept
        ("مـــصـــر", "مصر"),  # tatweel
        ("إِبْرَاهِيمُ", "ابراهيم"),  # harakat
        ("الرَّحْمٰن", "الرحمن"),  # shadda and superscript alef
        ("٢٠٢٤", "2024"),
        ("۱۴۰۳", "1403"),
        ("٣٫٥٪", "3.5%"),
        ("ایران", "ايران"),  # Persian yeh
        ("کابل", "كابل"),  # keheh
        ("“جبهة موحدة”", '"جبهه موحده"'),
        ("«لا»", '"لا"'),
        ("يناير–فبراير—مارس", "يناير-فبراير-مارس"),
        ("‘x’", "'x'"),
        ("باك\u200bستان", "باكستان"),  # zero-width space
        ("\u200fإيران\u200e", "ايران"),  # bidi marks
        ("\u202bنص\u202c", "نص"),
        ("\ufeffبداية", "بدايه"),
        ("ﻻ", "لا"),  # presentation form
        ("ﷲ", "الله"),
        ("plain ASCII 123", "plain ASCII 123"),
    ],
)
def test_normalize_table(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "ta_marbuta", "alef_maqsura", "expected"),
    [
        ("حكومة", False, True, "حكومة"),
        ("مستشفى", True, False, "مستشفى"),
        ("مستشفى الحكومة", False, False, "مستشفى الحكومة"),
        ("ئ", True, False, "ي"),  # hamza carriers follow the matching form whatever the options
    ],
)
def test_normalize_options(raw: str, ta_marbuta: bool, alef_maqsura: bool, expected: str) -> None:
    assert normalize(raw, ta_marbuta=ta_marbuta, alef_maqsura=alef_maqsura) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("إِيرَانُ", "إيران"), ("حكومة", "حكومة"), ("مستشفى", "مستشفى"), ("ایران", "ايران"), ("مـصر", "مصر")],
)
def test_light_normalize_keeps_hamza_ta_marbuta_alef_maqsura(raw: str, expected: str) -> None:
    assert light_normalize(raw) == expected


@settings(deadline=None)
@given(ANY_TEXT)
def test_normalize_is_idempotent(s: str) -> None:
    once = normalize(s)
    assert normalize(once) == once


@settings(deadline=None)
@given(ARABIC_TEXT, st.booleans(), st.booleans())
def test_normalize_is_idempotent_with_options(s: str, ta: bool, am: bool) -> None:
    once = normalize(s, ta_marbuta=ta, alef_maqsura=am)
    assert normalize(once, ta_marbuta=ta, alef_maqsura=am) == once


@settings(deadline=None)
@given(ANY_TEXT)
def test_light_normalize_is_idempotent(s: str) -> None:
    assert light_normalize(light_normalize(s)) == light_normalize(s)


@settings(deadline=None)
@given(ARABIC_TEXT | ANY_TEXT)
def test_normalize_with_map_agrees_and_points_back(s: str) -> None:
    norm, index = normalize_with_map(s)
    assert norm == normalize(s)
    assert len(index) == len(norm) + 1
    assert index[-1] == len(s)
    assert index == sorted(index)
    for i, ch in enumerate(norm):
        assert ch in normalize(s[index[i]])


def test_normalize_with_map_recovers_an_original_span() -> None:
    text = "قال الرَّئِيسُ الإيراني"
    norm, index = normalize_with_map(text)
    i = norm.index("الرييس")
    j = i + len("الرييس")
    assert text[index[i] : index[j]].strip() == "الرَّئِيسُ"
