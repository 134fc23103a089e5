"""``raw_pattern``: a regular expression on raw text that never misses a text whose matching form
contains (or equals) a normalised string, checked with DuckDB's RE2 (where the store runs it)."""

from __future__ import annotations

import re

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import normalize
from marsad.text.normalize import raw_pattern

# letters with several raw forms, deleted marks, ligatures that expand, digits, regex specials
ALPHABET = list("ابتحكلمنهويةىأإآؤئءٱیکھ" "\u064b\u064e\u0651\u0640\u200c\u200f\ufeff" "ﻻﷲﻷ" "٣۴1"
                "]^-\\[.*a #(){}|$?+\n\t\x00é😀\u00a0«")
TEXTS = st.text(alphabet=st.sampled_from(ALPHABET), max_size=25)


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    return duckdb.connect()


def _re2(con: duckdb.DuckDBPyConnection, text: str, pattern: str) -> bool:
    found = con.execute("SELECT regexp_matches(?, ?)", [text, pattern]).fetchone()
    return bool(found and found[0])


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, data=st.data())
def test_never_misses_a_contained_string(con: duckdb.DuckDBPyConnection, text: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, len(text)))
    part = normalize(text[i:j])
    assert part in normalize(text)
    pattern = raw_pattern(part)
    assert _re2(con, text, pattern) and re.search(pattern, text)
    whole = raw_pattern(normalize(text), whole=True)
    assert _re2(con, text, whole) and re.search(whole, text)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, other=TEXTS)
def test_a_text_without_ligatures_matches_only_if_it_contains_the_string(
        con: duckdb.DuckDBPyConnection, text: str, other: str) -> None:
    text = text.translate({ord(c): None for c in "ﻻﷲﻷ"})
    query = normalize(other)
    assert _re2(con, text, raw_pattern(query)) == (query in normalize(text))
    assert _re2(con, text, raw_pattern(query, whole=True)) == (query == normalize(text))


def test_examples(con: duckdb.DuckDBPyConnection) -> None:
    q = normalize("الحكومة")
    assert _re2(con, "قالت الحُكُومـة أمس", raw_pattern(q))
    assert not _re2(con, "قالت الحكم أمس", raw_pattern(q))
    assert _re2(con, "إسرائيل", raw_pattern(normalize("اسرائيل"), whole=True))
    assert not _re2(con, "إسرائيلي", raw_pattern(normalize("اسرائيل"), whole=True))
