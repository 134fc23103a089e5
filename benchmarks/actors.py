"""Throughput of actor resolution (``actors@1``) on real news, one core.

    python benchmarks/actors.py [--docs 2000] [--path FILE.jsonl.xz]

Reads ``../shared/data/news/ant-multisource/ant_multisource_politics_world.jsonl.xz`` (skips with
a message when it is absent), runs the text stage once outside the timings, then times the actor
stage alone over the tokenised documents, and prints documents per second, mentions found and
the one-off cost of building the lexicon index.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

import _news

from marsad.actors.stage import ActorStage, default_index
from marsad.model import DocMeta, Document
from marsad.text.stage import TextStage

DEFAULT = _news.POLITICS


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--path", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.path.exists():
        print(f"skipped: {args.path} is absent")
        return 0
    texts = _news.texts(args.path, args.docs)
    meta = DocMeta(published=date(2018, 6, 1))
    text_stage = TextStage()
    docs = [text_stage(Document.from_text(t, meta=meta)) for t in texts]
    t0 = time.perf_counter()
    default_index()
    t_index = time.perf_counter() - t0
    stage = ActorStage()
    stage(docs[0])  # warm-up
    t0 = time.perf_counter()
    mentions = sum(len(stage(d).mentions) for d in docs)
    secs = time.perf_counter() - t0
    tokens = sum(len(d.tokens) for d in docs)
    print(f"{len(docs)} documents, {tokens:,} tokens, {mentions:,} mentions; "
          f"lexicon index built in {t_index:.2f} s ({stage.index.matcher.size:,} names); one core")
    print("| step | seconds | docs/s | tokens/s |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| ActorStage | {secs:.2f} | {len(docs) / secs:,.0f} | {tokens / secs:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
