"""One reader per input format. Each yields documents and :class:`InputFailure` records.

Readers never hold more than ``max_bytes`` (plus a small buffer) of one input in memory: text
and HTML files are checked against the limit before reading, JSONL is streamed line by line
and an over-long line is skipped in chunks without being held whole.
"""

from __future__ import annotations

import codecs
import gzip
import json
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from marsad.errors import InputError
from marsad.inputs.encoding import decode_text
from marsad.inputs.failure import InputFailure
from marsad.inputs.records import document_from_record, parse_date
from marsad.model import DocMeta, Document, content_id

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
_SKIP_CHUNK = 1024 * 1024

Item = Document | InputFailure


class LineStream(Protocol):
    """What :class:`LineReader` needs: a binary stream with a size-limited ``readline``."""

    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: the default publication date and the largest document accepted."""

    published: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

    def too_large(self, size: int) -> str:
        return f"document of {size:,} bytes or more exceeds the limit of {self.max_bytes:,} bytes"


def _read_bounded(path: Path, label: str, opts: ReadOptions) -> bytes | InputFailure:
    """The bytes of a file, or a failure when it cannot be read or is over the size limit."""
    try:
        size = path.stat().st_size
        if size > opts.max_bytes:
            return InputFailure(label, None, opts.too_large(size))
        with path.open("rb") as fh:
            data = fh.read(opts.max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        return InputFailure(label, None, f"cannot read: {exc.strerror or exc}")
    if len(data) > opts.max_bytes:
        return InputFailure(label, None, opts.too_large(len(data)))
    return data


def text_items(data: bytes, label: str, opts: ReadOptions) -> Iterator[Item]:
    """One document from the bytes of a plain-text input (see :func:`decode_text`)."""
    if not data.strip():
        yield InputFailure(label, None, "empty file")
        return
    try:
        text = decode_text(data)
    except InputError as exc:
        yield InputFailure(label, None, exc.message)
        return
    if not text.strip():
        yield InputFailure(label, None, "empty file")
        return
    yield Document.from_text(text, meta=DocMeta(published=opts.published), origin=label)


def read_text_file(path: Path, label: str, opts: ReadOptions) -> Iterator[Item]:
    """A ``.txt`` file: one document."""
    data = _read_bounded(path, label, opts)
    if isinstance(data, InputFailure):
        yield data
    else:
        yield from text_items(data, label, opts)


class LineReader:
    """Lines of a binary stream, each at most ``max_bytes``; ``None`` stands for an over-long line.

    ``first`` is a line already read from the stream (stdin sniffing). ``lineno`` is the number
    of the last line yielded, for error messages about the stream itself.
    """

    def __init__(self, stream: LineStream, max_bytes: int, first: bytes | None = None) -> None:
        self.stream = stream
        self.max_bytes = max_bytes
        self.lineno = 0
        self._first = first

    def _skip_rest_of_line(self) -> None:
        while True:
            chunk = self.stream.readline(_SKIP_CHUNK)
            if not chunk or chunk.endswith(b"\n"):
                return

    def __iter__(self) -> Iterator[tuple[int, bytes | None]]:
        while True:
            if self._first is not None:
                line, self._first = self._first, None
            else:
                line = self.stream.readline(self.max_bytes + 1)
            if not line:
                return
            self.lineno += 1
            if len(line) > self.max_bytes and not line.endswith(b"\n"):
                line = b""  # drop the partial line before skipping the rest of it
                self._skip_rest_of_line()
                yield self.lineno, None
            else:
                yield self.lineno, line


def _record_item(raw: bytes, lineno: int, label: str, opts: ReadOptions) -> Item:
    where = f"{label}:{lineno}"
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return InputFailure(label, lineno, f"invalid UTF-8 at byte {exc.start} of the line")
    except json.JSONDecodeError as exc:
        return InputFailure(label, lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
    try:
        return document_from_record(record, origin=where, published=opts.published)
    except InputError as exc:
        return InputFailure(label, lineno, exc.message)


def jsonl_items(lines: LineReader, label: str, opts: ReadOptions) -> Iterator[Item]:
    """Documents from JSON lines: one object per line; blank lines are ignored."""
    seen = False
    for lineno, raw in lines:
        if raw is None:
            seen = True
            yield InputFailure(label, lineno, opts.too_large(opts.max_bytes + 1))
            continue
        if lineno == 1:
            if b"\x00" in raw:
                yield InputFailure(label, None, "binary file (NUL bytes); not JSON lines")
                return
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        seen = True
        yield _record_item(raw, lineno, label, opts)
    if not seen:
        yield InputFailure(label, None, "empty file (no records)")


def read_jsonl_file(path: Path, label: str, opts: ReadOptions) -> Iterator[Item]:
    """A ``.jsonl`` or ``.jsonl.gz`` file, streamed; a truncated archive ends with a failure."""
    gz = path.name.lower().endswith(".gz")
    lines: LineReader | None = None
    try:
        with gzip.open(path, "rb") if gz else path.open("rb") as fh:
            lines = LineReader(fh, opts.max_bytes)
            yield from jsonl_items(lines, label, opts)
    except (OSError, EOFError, zlib.error) as exc:
        after = f" after line {lines.lineno}" if lines and lines.lineno else ""
        yield InputFailure(label, None, f"{_stream_error(exc, gz)}{after}: {exc}")


def _stream_error(exc: Exception, gz: bool) -> str:
    if gz and isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):
        return "truncated or corrupt gzip"
    return "cannot read"


def _html_date(value: str | None, default: date | None) -> date | None:
    if value:
        try:
            return parse_date(value)
        except ValueError:
            log.debug("ignoring unparsable page date %r", value)
    return default


def read_html_file(path: Path, label: str, opts: ReadOptions) -> Iterator[Item]:
    """An ``.html``/``.htm`` page: its main text and metadata, extracted with trafilatura."""
    data = _read_bounded(path, label, opts)
    if isinstance(data, InputFailure):
        yield data
        return
    if not data.strip():
        yield InputFailure(label, None, "empty file")
        return
    if b"\x00" in data[:65536]:
        yield InputFailure(label, None, "binary file (NUL bytes); not HTML")
        return
    try:
        page = _extract_html(data)
    except Exception as exc:  # a third-party parser: any error in it is this page's failure
        yield InputFailure(label, None, f"HTML extraction failed: {type(exc).__name__}: {exc}")
        return
    text = page.get("text")
    if not isinstance(text, str) or not text.strip():
        yield InputFailure(label, None, "no main text found in the HTML page")
        return
    meta = DocMeta(
        title=page.get("title") or None,
        source=page.get("sitename") or page.get("hostname") or None,
        url=page.get("url") or None,
        published=_html_date(page.get("date"), opts.published),
        language=page.get("language") or "ar",
        extra={k: v for k in ("author", "description") if (v := page.get(k))},
    )
    yield Document(id=content_id(text), text=text, meta=meta, origin=label)


def _extract_html(data: bytes) -> dict[str, Any]:
    """Main text and metadata of a page (trafilatura; it detects the page's encoding itself)."""
    import trafilatura  # imported here: it is slow to import and only HTML inputs need it

    page = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if page is None:
        return {}
    return page if isinstance(page, dict) else dict(page.as_dict())
