"""Reading the shared news corpus for benchmarks (one place, so every benchmark reads it alike)."""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from marsad.model import DocMeta, Document

REPO = Path(__file__).resolve().parents[1]
POLITICS = REPO.parent / "shared" / "data" / "news" / "ant-multisource" / "ant_multisource_politics_world.jsonl.xz"


def records(path: Path, limit: int, *, min_words: int = 0, max_words: int = 0) -> Iterator[dict[str, Any]]:
    """Up to ``limit`` records (0: all) of a JSONL.xz news file, optionally by length in words."""
    n = 0
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            words = len(rec["text"].split()) if (min_words or max_words) else 0
            if words < min_words or (max_words and words > max_words):
                continue
            yield rec
            n += 1
            if limit and n >= limit:
                return


def texts(path: Path, limit: int) -> list[str]:
    """The texts of up to ``limit`` articles."""
    return [rec["text"] for rec in records(path, limit)]


def documents(path: Path, limit: int, *, min_words: int = 0, max_words: int = 0) -> list[Document]:
    """Up to ``limit`` articles as documents with their id and publication date."""
    return [
        Document.from_text(
            rec["text"],
            id=rec.get("id"),
            meta=DocMeta(published=date.fromisoformat(rec["date"]) if rec.get("date") else None),
        )
        for rec in records(path, limit, min_words=min_words, max_words=max_words)
    ]
