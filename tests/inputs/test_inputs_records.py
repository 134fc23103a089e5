"""Records (JSONL objects) to documents: ids, metadata, defaults and record errors."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from marsad.errors import InputError
from marsad.inputs import document_from_record, parse_date
from marsad.model import content_id

DEFAULT = date(2024, 4, 24)


def test_full_record() -> None:
    record = {"id": 42, "text": "نص الخبر", "title": "عنوان", "published": "2024-01-02",
              "source": "وكالة", "url": "https://example.com/1", "section": "سياسة", "n": 3}
    doc = document_from_record(record, origin="f.jsonl:3", published=DEFAULT)
    assert doc.id == "42"
    assert doc.text == "نص الخبر"
    assert doc.origin == "f.jsonl:3"
    m = doc.meta
    assert (m.title, m.source, m.url, m.published, m.language) == (
        "عنوان", "وكالة", "https://example.com/1", date(2024, 1, 2), "ar")
    assert m.extra == {"section": "سياسة", "n": 3}


def test_defaults() -> None:
    doc = document_from_record({"text": "نص", "published": None}, origin="-:1", published=DEFAULT)
    assert doc.id == content_id("نص")
    assert doc.meta.published == DEFAULT
    assert doc.meta.title is None
    assert document_from_record({"text": "نص"}, origin="x").meta.published is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-04-24", date(2024, 4, 24)),
    ("2024-04-24T10:30:00Z", date(2024, 4, 24)),
    ("2024-04-24 10:30:00+03:00", date(2024, 4, 24)),
])
def test_parse_date(value: str, expected: date) -> None:
    assert parse_date(value) == expected


BAD_RECORDS: dict[str, tuple[Any, str]] = {
    "not an object": (["text"], "must be a JSON object"),
    "no text": ({"title": "عنوان"}, "no 'text' field"),
    "text not a string": ({"text": 5}, "'text' must be a string, not int"),
    "text is a list": ({"text": ["a"]}, "'text' must be a string, not list"),
    "blank text": ({"text": "  \n"}, "'text' is empty"),
    "bad published": ({"text": "نص", "published": "24/04/2024"}, "'published' is not a YYYY-MM-DD"),
    "impossible date": ({"text": "نص", "published": "2024-02-30"}, "'published' is not a YYYY-MM-DD"),
    "published number": ({"text": "نص", "published": 20240424}, "'published' must be a YYYY-MM-DD string"),
    "title not a string": ({"text": "نص", "title": 1}, "'title' must be a string"),
    "id a list": ({"text": "نص", "id": [1]}, "'id' must be a string or an integer"),
    "unpaired surrogate": ({"text": "نص \ud800"}, "'text' has an unpaired surrogate at character 3"),
    "surrogate in title": ({"text": "نص", "title": "\udc00"}, "'title' has an unpaired surrogate"),
    "id a bool": ({"text": "نص", "id": True}, "'id' must be a string or an integer"),
}


@pytest.mark.parametrize(("record", "reason"), BAD_RECORDS.values(), ids=BAD_RECORDS.keys())
def test_bad_records(record: Any, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        document_from_record(record, origin="f.jsonl:1")
