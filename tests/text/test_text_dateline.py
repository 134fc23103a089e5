"""Datelines: where a story was filed, found at the start of a text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.dateline import dateline_end


@pytest.mark.parametrize(("text", "dateline"), [
    ("دبي، الإمارات العربية المتحدة (CNN)-- هاجم الوزير", "دبي، الإمارات العربية المتحدة (CNN)-- "),
    ("أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى الرئيس", "أتلانتا، الولايات المتحدة الأمريكية (CNN) "),
    ("الرياض (رويترز) - قال مسؤول", "الرياض (رويترز) - "),
    ("واشنطن (أ ف ب) - قال مسؤول", "واشنطن (أ ف ب) - "),
    ("حركة طالبان (TTP) هاجمت مواقع", ""),  # a name and its gloss, no city and country in commas
    ("قال الرئيس (CNN) إن", ""),
    ("دبي، الإمارات (مصدر مطلع) - قال", ""),  # no agency in the brackets
    ("قال الرئيس إن الجيش قصف المدينة.", ""),
])
def test_dateline_end(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline


@given(st.text(max_size=80))
def test_a_dateline_is_a_prefix_ending_after_brackets(text: str) -> None:
    end = dateline_end(text)
    assert 0 <= end <= len(text)
    if end:
        assert ")" in text[:end]
