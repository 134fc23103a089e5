"""Reading inputs: files by extension, directories recursively, ``-`` for stdin."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from marsad.inputs.failure import InputFailure
from marsad.inputs.formats import (
    DEFAULT_MAX_BYTES,
    Item,
    LineReader,
    ReadOptions,
    jsonl_items,
    read_html_file,
    read_jsonl_file,
    read_text_file,
    text_items,
)
from marsad.model import Document

__all__ = ["EXTENSIONS", "input_files", "read_documents", "read_documents_strict", "read_stdin"]

Reader = Callable[[Path, str, ReadOptions], Iterator[Item]]

# Known extensions (longest first, so that ``.jsonl.gz`` wins over ``.gz``) and their readers.
EXTENSIONS: dict[str, Reader] = {
    ".jsonl.gz": read_jsonl_file,
    ".jsonl": read_jsonl_file,
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
}


def reader_for(path: Path) -> Reader | None:
    """The reader of a file, chosen by its (case-insensitive) extension."""
    name = path.name.lower()
    for ext, reader in EXTENSIONS.items():
        if name.endswith(ext):
            return reader
    return None


def input_files(root: Path) -> list[Path]:
    """Files of known extensions under ``root``, recursively, sorted; hidden entries are skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):  # does not follow symlinked directories
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(dirpath, f) for f in filenames
                     if not f.startswith(".") and reader_for(Path(f)) is not None)
    return sorted(found)


def _looks_like_jsonl(first_line: bytes) -> bool:
    return first_line.removeprefix(codecs.BOM_UTF8).strip().startswith(b"{")


def read_stdin(opts: ReadOptions, stream: BinaryIO | None = None) -> Iterator[Item]:
    """Standard input: JSON lines when the first line is a JSON object, else one text document."""
    stream = stream if stream is not None else sys.stdin.buffer
    first = stream.readline(opts.max_bytes + 1)
    if _looks_like_jsonl(first):
        yield from jsonl_items(LineReader(stream, opts.max_bytes, first=first), "-", opts)
        return
    data = first + stream.read(opts.max_bytes + 1 - len(first))
    if len(data) > opts.max_bytes:
        yield InputFailure("-", None, opts.too_large(len(data)))
        return
    yield from text_items(data, "-", opts)


def _read_path(arg: str, opts: ReadOptions) -> Iterator[Item]:
    if arg == "-":
        yield from read_stdin(opts)
        return
    path = Path(arg)
    if path.is_dir():
        files = input_files(path)
        if not files:
            yield InputFailure(arg, None, f"no input files ({', '.join(EXTENSIONS)}) in directory")
        for file in files:
            reader = reader_for(file)
            assert reader is not None  # input_files keeps known extensions only
            yield from reader(file, str(file), opts)
        return
    if not path.exists():
        yield InputFailure(arg, None, "no such file or directory")
        return
    reader = reader_for(path)
    if reader is None:
        yield InputFailure(arg, None, f"unsupported file type (known: {', '.join(EXTENSIONS)})")
        return
    yield from reader(path, arg, opts)


def read_documents(
    paths: str | Path | Iterable[str | Path],
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | InputFailure]:
    """Read documents from files, directories and ``-`` (stdin), lazily and in order.

    Inputs that cannot be read, and bad records of a JSONL file, come out as
    :class:`InputFailure` items in their place, so a batch job can record them and go on.
    ``published`` is the publication date of inputs that do not give one; documents (or JSONL
    records) larger than ``max_bytes`` are failures and are never held in memory whole.
    """
    opts = ReadOptions(published=published, max_bytes=max_bytes)
    for arg in [paths] if isinstance(paths, str | Path) else paths:
        yield from _read_path(str(arg), opts)


def read_documents_strict(
    paths: str | Path | Iterable[str | Path],
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Like :func:`read_documents`, but raise :class:`~marsad.errors.InputError` at the first failure."""
    for item in read_documents(paths, published=published, max_bytes=max_bytes):
        if isinstance(item, InputFailure):
            raise item.to_error()
        yield item
