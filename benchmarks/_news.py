"""Reading the shared news corpus for benchmarks (one place, so every benchmark reads it alike)."""

from __future__ import annotations

import argparse
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


SAUDINEWSNET = REPO.parent / "shared" / "data" / "news" / "saudinewsnet" / "dataset"


def day_parser(description: str) -> argparse.ArgumentParser:
    """The options of a benchmark reading one SaudiNewsNet day (``--day``, ``--seed``, ``--docs``),
    with one set of defaults, so that ``news_audit.py`` and ``topic_filter.py`` draw alike."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--day", default="2015-08-09")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--docs", type=int, default=120)
    return ap


def saudi_day(day: str, seed: int, limit: int) -> list[tuple[str, Document]] | None:
    """One day of SaudiNewsNet (``DAY.zip``) shuffled with ``seed``: the first ``limit`` articles as
    (title, document) pairs (text = title + newline + content, id = URL, published = the day), or
    ``None``, with a line on stderr, when the file is absent (the benchmark then skips)."""
    import random
    import sys
    import zipfile

    path = SAUDINEWSNET / f"{day}.zip"
    if not path.is_file():
        print(f"skipped: {path} not found", file=sys.stderr)
        return None
    with zipfile.ZipFile(path) as zf:
        recs = [r for name in zf.namelist() for r in json.loads(zf.read(name).decode("utf-8"))]
    random.seed(seed)
    random.shuffle(recs)
    published = date.fromisoformat(day)
    out = []
    for rec in recs[:limit]:
        title = rec.get("title") or ""
        out.append((title, Document.from_text(f"{title}\n{rec.get('content') or ''}", id=rec.get("url"),
                                              meta=DocMeta(published=published))))
    return out
