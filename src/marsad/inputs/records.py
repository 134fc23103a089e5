"""Turning an input record (a JSONL object, an extracted web page) into a :class:`Document`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from marsad.errors import InputError
from marsad.model import DocMeta, Document, content_id

__all__ = ["RECORD_FIELDS", "document_from_record", "parse_date"]

# Fields with a meaning; any other field of a record is kept in ``DocMeta.extra``.
RECORD_FIELDS: tuple[str, ...] = ("id", "text", "title", "published", "source", "url", "language")
_STRING_FIELDS: tuple[str, ...] = ("title", "source", "url", "language")


def parse_date(value: str) -> date:
    """Parse ``YYYY-MM-DD`` or an ISO 8601 date-time (its date part); raise ``ValueError``."""
    value = value.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    if len(value) > 10 and value[10] in "T ":
        return datetime.fromisoformat(value).date()
    raise ValueError(f"not a YYYY-MM-DD date: {value!r}")


def _published(value: Any, default: date | None) -> date | None:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise InputError(f"field 'published' must be a YYYY-MM-DD string, not {type(value).__name__}")
    try:
        return parse_date(value)
    except ValueError:
        raise InputError(f"field 'published' is not a YYYY-MM-DD date: {value[:40]!r}") from None


def _record_id(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f"field 'id' must be a string or an integer, not {type(value).__name__}")
    return str(value)


def _check_unicode(name: str, value: str) -> None:
    # JSON can spell unpaired surrogates ("\\ud800"); such a string cannot be written as UTF-8
    # later (output, database), so the record is refused here, where its line is known.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"field {name!r} has an unpaired surrogate at character {exc.start}") from None


def document_from_record(record: Any, *, origin: str, published: date | None = None) -> Document:
    """Build a document from a decoded record, or raise :class:`InputError` naming the problem.

    ``text`` is required and must be a non-blank string; ``id`` defaults to the content hash;
    ``published`` defaults to the given date; other fields go to ``DocMeta.extra``.
    """
    if not isinstance(record, dict):
        raise InputError(f"record must be a JSON object, not {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise InputError("record has no 'text' field")
    if not isinstance(text, str):
        raise InputError(f"field 'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError("field 'text' is empty")
    _check_unicode("text", text)
    strings: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"field {name!r} must be a string, not {type(value).__name__}")
        if value:
            _check_unicode(name, value)
        strings[name] = value or None
    meta = DocMeta(
        title=strings["title"],
        source=strings["source"],
        url=strings["url"],
        published=_published(record.get("published"), published),
        language=strings["language"] or "ar",
        extra={k: v for k, v in record.items() if k not in RECORD_FIELDS},
    )
    return Document(id=_record_id(record.get("id")) or content_id(text), text=text, meta=meta, origin=origin)
