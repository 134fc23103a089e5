"""Throughput of the when, where and attach stages on real news, and what they find.

    python benchmarks/when_where.py [--docs N] [--path FILE.jsonl.xz]

Reads ``../shared/data/news/ant-multisource/ant_multisource_politics_world.jsonl.xz`` (the first
2,000 articles unless ``--docs`` says otherwise; skips with a message when the file is absent), runs
the text, actor and event stages first (untimed), then times each of ``when@1``, ``where@1`` and
``attach@1`` alone over the same documents and prints articles per second on one core, with how
many temporal expressions, places and dated/placed events they produced. Times are CPU seconds of
this process (``time.process_time``), so that other work on a shared machine disturbs them less.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import _news

from marsad.config import Config, NerConfig
from marsad.model import Document
from marsad.pipeline import build_pipeline
from marsad.when.attach import AttachStage
from marsad.when.stage import WhenStage
from marsad.where.stage import WhereStage

DEFAULT = _news.POLITICS


def timed(stage: Callable[[Document], Document], docs: list[Document]) -> tuple[float, list[Document]]:
    t0 = time.process_time()
    out = [stage(d) for d in docs]
    return time.process_time() - t0, out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="read only the first N articles (0: all)")
    ap.add_argument("--path", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.path.exists():
        print(f"skipped: {args.path} is absent")
        return 0
    config = Config(ner=NerConfig(backend="none"))
    docs = _news.documents(args.path, args.docs)
    before = build_pipeline(("text", "actors", "events"), config)
    docs = [before(d) for d in docs]
    when, where, attach = WhenStage(config), WhereStage(config), AttachStage(config)
    t_when, with_times = timed(when, docs)
    t_where, with_places = timed(where, docs)
    joined = [replace(d, times=t.times, places=p.places) for d, t, p in zip(docs, with_times, with_places, strict=True)]
    t_attach, attached = timed(attach, joined)
    events = [e for d in attached for e in d.events]
    n = len(docs)
    chars = sum(len(d.text) for d in docs)
    print(f"{n} articles, {chars / n:.0f} characters and {len(events) / n:.1f} events per article")
    print("| stage | articles/s | ms/article | found |")
    print("|---|---:|---:|---|")
    print(f"| when@1 | {n / t_when:.0f} | {1000 * t_when / n:.2f} | "
          f"{sum(len(d.times) for d in with_times) / n:.1f} expressions/article |")
    print(f"| where@1 | {n / t_where:.0f} | {1000 * t_where / n:.2f} | "
          f"{sum(len(d.places) for d in with_places) / n:.1f} places/article |")
    dated = sum(1 for e in events if e.date and e.date.precision != "publication")
    placed = sum(1 for e in events if e.location)
    print(f"| attach@1 | {n / t_attach:.0f} | {1000 * t_attach / n:.2f} | "
          f"{dated / max(len(events), 1):.0%} of events dated by the text, {placed / max(len(events), 1):.0%} placed |")
    total = t_when + t_where + t_attach
    print(f"| all three | {n / total:.0f} | {1000 * total / n:.2f} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
