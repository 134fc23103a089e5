"""Tagging speed of the bundled NER model, on one core.

    python benchmarks/ner_tagging.py [--docs 300] [--warm N] [--model PATH]

1. the ANERcorp test file (``../shared/data/ner/ANERcorp/ANERCorp_CamelLab_test.txt``) tagged as
   one running text, cold (empty per-word caches) and warm, with the numpy engine (default) and
   python-crfsuite's tagger, with and without the network, and with the first CRF only;
2. the NER stage on news articles already run through the text stage
   (``../shared/data/news/ant-multisource/ant_multisource_politics_world.jsonl.xz``), timing the
   NER stage alone, for the ``crf`` (stacked CRFs and network), ``crf-stacked`` (no network) and
   ``crf-fast`` (first CRF only) backends: the
   first half of the articles warms the caches, the second half is timed (CPU time of this
   process, so that other load on the machine counts less; the prepared articles are frozen
   out of the garbage collector, see the comment in :func:`main`).

Skips with a message when ``../shared`` is absent. Prints tokens per second for each.
"""

from __future__ import annotations

import argparse
import gc
import json
import lzma
import sys
import time
from pathlib import Path

from marsad.config import Config, NerConfig
from marsad.model import Document
from marsad.ner.conll import read_conll
from marsad.ner.crf import CrfTagger
from marsad.ner.stage import NerStage
from marsad.text.stage import TextStage

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
ANER_TEST = DATA / "ner" / "ANERcorp" / "ANERCorp_CamelLab_test.txt"
NEWS = DATA / "news" / "ant-multisource" / "ant_multisource_politics_world.jsonl.xz"


def _news(limit: int) -> list[str]:
    out: list[str] = []
    with lzma.open(NEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line)["text"])
            if len(out) >= limit:
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--warm", type=int, default=None,
                    help="articles that warm the caches before the timing (default: half of --docs)")
    ap.add_argument("--model", type=Path, default=None)
    args = ap.parse_args()
    if not ANER_TEST.exists() or not NEWS.exists():
        print("skipped: ../shared data is absent")
        return 0
    rows: list[tuple[str, int, float]] = []
    sents = [list(s.tokens) for s in read_conll(ANER_TEST)]
    n = sum(len(s) for s in sents)
    for engine, network, first_only in (("numpy", True, False), ("numpy", False, False), ("numpy", False, True),
                                        ("crfsuite", True, False), ("crfsuite", False, False)):
        tagger = CrfTagger.load(args.model, engine=engine, first_pass_only=first_only, network=network)
        part = "first CRF only" if first_only else "stacked CRFs + network" if tagger.neural else "stacked CRFs"
        what = f"ANERcorp test, {engine}, {part}"
        for cache in ("cold", "warm"):
            t0 = time.process_time()
            tagger.tag_document(sents, marginals=True)
            rows.append((f"{what}, {cache}", n, time.process_time() - t0))
    text_stage = TextStage(Config())
    docs = [text_stage(Document.from_text(t)) for t in _news(args.docs)]
    # the prepared input documents are kept out of the garbage collector's way: a pipeline holds
    # one document at a time, here hundreds of thousands of token objects would be scanned at
    # every full collection and the figure would measure the benchmark's own heap
    gc.collect()
    gc.freeze()
    half = len(docs) // 2 if args.warm is None else min(args.warm, len(docs) - 1)
    for backend in ("crf", "crf-stacked", "crf-fast"):
        stage = NerStage(Config(ner=NerConfig(backend=backend,
                                              model_path=str(args.model) if args.model else None)))
        for d in docs[:half]:  # load the model and warm the caches outside the timing
            stage(d)
        t0 = time.process_time()
        for d in docs[half:]:
            stage(d)
        rows.append((f"NER stage ({backend}), {len(docs) - half} news articles",
                     sum(len(d.tokens) for d in docs[half:]), time.process_time() - t0))
    for first_only in (False, True):  # what the stage did before the numpy engine
        tagger = CrfTagger.load(args.model, engine="crfsuite", first_pass_only=first_only, network=False)
        groups = [[[t.text for t in g] for g in (d.sentence_tokens(s) for s in d.sentences) if g] for d in docs]
        for g in groups[:half]:
            tagger.tag_document(g, marginals=True)
        t0 = time.process_time()
        for g in groups[half:]:
            tagger.tag_document(g, marginals=True)
        rows.append((f"same, python-crfsuite{', first CRF only' if first_only else ''}",
                     sum(len(d.tokens) for d in docs[half:]), time.process_time() - t0))
    print(f"{'what':<60} {'tokens':>8} {'seconds':>8} {'tokens/s':>9}")
    for what, tokens, secs in rows:
        print(f"{what:<60} {tokens:>8} {secs:>8.2f} {tokens / secs:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
