"""A 50 MB single-line input is rejected in bounded memory (measured with tracemalloc)."""

from __future__ import annotations

import gzip
import io
import sys
import tracemalloc
from pathlib import Path

import pytest

from marsad.inputs import DEFAULT_MAX_BYTES, InputFailure, read_documents
from marsad.model import Document

SIZE = 50 * 1024 * 1024
_CHUNK = "ب" * (512 * 1024)  # 1 MiB of UTF-8


def _write_huge(path: Path, kind: str) -> None:
    with gzip.open(path, "wb", compresslevel=1) if kind == "jsonl.gz" else path.open("wb") as fh:
        if kind != "txt":
            fh.write(b'{"text": "')
        for _ in range(SIZE // (2 * len(_CHUNK))):
            fh.write(_CHUNK.encode())
        if kind != "txt":
            fh.write(b'"}\n{"text": "\xd8\xa8"}\n')  # a good record after the huge one


# readline() assembles a line of up to max_bytes from chunks, so about twice max_bytes is expected.
def _peak(items: list[object], paths: list[str]) -> int:
    tracemalloc.start()
    try:
        items.extend(read_documents(paths))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("kind", ["txt", "jsonl", "jsonl.gz"])
def test_huge_single_line_is_a_failure_in_bounded_memory(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"huge.{kind}"
    _write_huge(path, kind)
    items: list[object] = []
    peak = _peak(items, [str(path)])
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert len(failures) == 1 and "exceeds the limit" in failures[0].reason
    assert [d.text for d in items if isinstance(d, Document)] == ([] if kind == "txt" else ["ب"])
    assert peak < 3 * DEFAULT_MAX_BYTES, f"peak {peak:,} bytes"


def test_huge_stdin_is_a_failure_in_bounded_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.jsonl"
    _write_huge(path, "jsonl")
    with path.open("rb") as fh:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(fh))
        items: list[object] = []
        peak = _peak(items, ["-"])
    assert [type(i).__name__ for i in items] == ["InputFailure", "Document"]
    assert peak < 3 * DEFAULT_MAX_BYTES, f"peak {peak:,} bytes"
