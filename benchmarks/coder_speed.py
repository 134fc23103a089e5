"""Text to events: throughput of the coding pipeline on real news, one core, beside the text layer.

    python benchmarks/coder_speed.py [--docs 1000] [--path FILE.jsonl.xz]

Reads ``../shared/data/news/ant-multisource/ant_multisource_politics_world.jsonl.xz`` (skips with a
message when it is absent), keeps articles of 150-400 words (news articles of about 250 words),
builds every stage once outside the timings, then times, in the same process and over the same
documents: the text layer alone (``text@1``), the whole coding pipeline (``marsad code``: text,
ner with the backend `--ner` names, actors, when, where, events, attach), and the event coder alone
(``events@1``, on documents the other stages have annotated). Prints articles per second and the
ratio of each to the text layer. Process time of one process (one core). ``--gc-freeze`` freezes
the objects alive after the warm-up out of the garbage collector (what a long-running worker can
do once its pipeline is loaded): full collections then stop re-scanning lexicons and caches.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import _news

from marsad.config import Config, NerConfig
from marsad.events.pipeline import code_pipeline
from marsad.events.stage import EventStage
from marsad.model import Document
from marsad.pipeline import settle
from marsad.text.stage import TextStage

DEFAULT = _news.POLITICS


def timed(fn, docs: list[Document]) -> tuple[float, list[Document]]:  # type: ignore[no-untyped-def]
    out = []
    t0 = time.process_time()
    for d in docs:
        out.append(fn(d))
    return time.process_time() - t0, out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--path", type=Path, default=DEFAULT)
    ap.add_argument("--warm", type=int, default=0,
                    help="code this many other articles first (a long run's steady state: warm caches)")
    ap.add_argument("--ner", default=NerConfig().backend,
                    help="NER backend: crf-stacked (coding's default), crf, crf-fast or none")
    ap.add_argument("--word-cache", type=int, default=NerConfig().word_cache,
                    help="[ner] word_cache: word types whose CRF label scores are kept")
    ap.add_argument("--gc-freeze", action="store_true",
                    help="after the warm-up, move every object alive (lexicons, models, warm caches) out of "
                         "the garbage collector's reach with gc.freeze(), as a long-running worker can")
    args = ap.parse_args()
    if not args.path.exists():
        print(f"skipped: {args.path} is absent")
        return 0
    docs = _news.documents(args.path, args.docs + args.warm, min_words=150, max_words=400)
    warm, docs = docs[: args.warm], docs[args.warm :]
    words = sum(len(d.text.split()) for d in docs)
    text_stage = TextStage()
    pipeline = code_pipeline(Config(ner=NerConfig(backend=args.ner, word_cache=args.word_cache)))
    coder = next(s for s in pipeline.stages if isinstance(s, EventStage))
    for d in warm or docs[:1]:  # warm-up: lexicons, caches
        pipeline(d)
    if args.gc_freeze:
        settle()  # what `marsad code`, `ingest` and the workers do after their first document
    t_text, _ = timed(text_stage, docs)
    t_all, coded = timed(pipeline, docs)
    before = [s for s in pipeline.stages[: pipeline.stages.index(coder)]]
    annotated = []
    for d in docs:
        for s in before:
            d = s(d)
        annotated.append(d)
    t_events, _ = timed(coder, annotated)
    per_stage = []
    cur = docs
    for stage in pipeline.stages:
        t, cur = timed(stage, cur)
        per_stage.append((stage.name, t))
    n = len(docs)
    events = sum(len(d.events) for d in coded)
    print(f"{n} articles, {words / n:.0f} words on average, {events:,} events; NER backend {args.ner}; "
          f"word_cache {args.word_cache:,}; after {len(warm)} warm-up articles"
          f"{' (then gc.freeze())' if args.gc_freeze else ''}; "
          f"stages: {', '.join(pipeline.names)}")
    print("| step | CPU seconds | articles/s | time vs text layer |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| text layer alone (text@1) | {t_text:.2f} | {n / t_text:,.0f} | 1.00 |")
    print(f"| text to events (marsad code pipeline) | {t_all:.2f} | {n / t_all:,.0f} | {t_all / t_text:.2f} |")
    print(f"| event coder alone (events@1) | {t_events:.2f} | {n / t_events:,.0f} | {t_events / t_text:.2f} |")
    print()
    print("| stage (each timed alone, in pipeline order) | CPU seconds | share |")
    print("| --- | ---: | ---: |")
    total = sum(t for _, t in per_stage)
    for name, t in per_stage:
        print(f"| {name} | {t:.2f} | {100 * t / total:.0f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
