"""Tagging speed of the bundled NER model, on one core.

    python benchmarks/ner_tagging.py [--docs 300] [--model PATH]

1. the ANERcorp test file (``../shared/data/ner/ANERcorp/ANERCorp_CamelLab_test.txt``) tagged as
   one running text, cold (empty per-word feature cache) and warm, and with the first CRF only;
2. the NER stage on news articles already run through the text stage
   (``../shared/data/news/ant-multisource/ant_multisource_politics_world.jsonl.xz``), timing the
   NER stage alone.

Skips with a message when ``../shared`` is absent. Prints tokens per second for each.
"""

from __future__ import annotations

import argparse
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
    ap.add_argument("--model", type=Path, default=None)
    args = ap.parse_args()
    if not ANER_TEST.exists() or not NEWS.exists():
        print("skipped: ../shared data is absent")
        return 0
    rows: list[tuple[str, int, float]] = []
    sents = [list(s.tokens) for s in read_conll(ANER_TEST)]
    n = sum(len(s) for s in sents)
    tagger = CrfTagger.load(args.model)
    for label in ("ANERcorp test, cold cache", "ANERcorp test, warm cache"):
        t0 = time.perf_counter()
        tagger.tag_document(sents)
        rows.append((label, n, time.perf_counter() - t0))
    t0 = time.perf_counter()
    tagger.tag_document(sents, marginals=True)
    rows.append(("ANERcorp test, warm, with marginals", n, time.perf_counter() - t0))
    first = CrfTagger.load(args.model, first_pass_only=True)
    first.tag_document(sents)
    t0 = time.perf_counter()
    first.tag_document(sents)
    rows.append(("ANERcorp test, warm, first CRF only", n, time.perf_counter() - t0))
    text_stage = TextStage(Config())
    docs = [text_stage(Document.from_text(t)) for t in _news(args.docs)]
    stage = NerStage(Config(ner=NerConfig(model_path=str(args.model) if args.model else None)))
    stage(docs[0])  # load the model outside the timing
    t0 = time.perf_counter()
    for d in docs:
        stage(d)
    rows.append((f"NER stage on {len(docs)} news articles", sum(len(d.tokens) for d in docs),
                 time.perf_counter() - t0))
    print(f"{'what':<44} {'tokens':>8} {'seconds':>8} {'tokens/s':>9}")
    for what, tokens, secs in rows:
        print(f"{what:<44} {tokens:>8} {secs:>8.2f} {tokens / secs:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
