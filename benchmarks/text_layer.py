"""Throughput of the text layer: normalise + sentence-split + tokenise (with clitics) real news.

    python benchmarks/text_layer.py [--docs N] [--path FILE.jsonl.xz]

Reads ``../shared/data/news/ant-multisource/ant_multisource_politics_world.jsonl.xz`` (all 17,796
articles unless ``--docs`` says fewer; skips with a message when the file is absent) and prints a
table of tokens per second on one core for each step and for the whole text stage, cold (a fresh
tokenizer: every distinct word form is analysed once, on first sight) and warm (second pass).
Times are CPU seconds of this process (``time.process_time``), so that other work on a shared
machine disturbs them less; the wall-clock total is printed too.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import _news

from marsad.config import TextConfig
from marsad.model import Document
from marsad.text import normalize, split_sentences
from marsad.text.segment import default_segmenter
from marsad.text.stage import TextStage
from marsad.text.tokenize import Tokenizer

DEFAULT = _news.POLITICS


def timed(fn, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=0, help="read only the first N articles (0: all)")
    ap.add_argument("--path", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.path.exists():
        print(f"skipped: {args.path} is absent")
        return 0
    wall = time.perf_counter()
    texts = _news.texts(args.path, args.docs)
    default_segmenter()  # load the vocabulary outside the timings
    docs = [Document.from_text(t) for t in texts]
    chars = sum(len(t) for t in texts)
    stage = TextStage()
    stage.tokenizer = Tokenizer(options=TextConfig())  # an empty per-form cache: the cold figure
    t_cold = timed(stage, docs)  # type: ignore[arg-type]
    n_tokens = sum(len(stage.tokenizer.tokenize(t)) for t in texts)
    forms = len(stage.tokenizer._cache)
    t_warm = timed(stage, docs)  # type: ignore[arg-type]
    t_norm = timed(normalize, texts)
    rows = [
        ("normalize (matching form)", t_norm),
        ("split_sentences", timed(split_sentences, texts)),
        ("TextStage, cold cache", t_cold),
        ("TextStage, warm cache", t_warm),
        ("normalize + TextStage, cold", t_norm + t_cold),
    ]
    print(f"{len(texts)} documents, {chars:,} characters, {n_tokens:,} tokens, {forms:,} distinct forms; one core")
    print(f"| {'step':<32} | {'CPU s':>8} | {'tokens/s':>10} |")
    print(f"| {'-' * 32} | {'-' * 8}: | {'-' * 10}: |")
    for name, secs in rows:
        print(f"| {name:<32} | {secs:8.2f} | {n_tokens / secs:10,.0f} |")
    print(f"wall clock, loading included: {time.perf_counter() - wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
