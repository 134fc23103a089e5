"""Build the text layer's word-frequency list from the unlabelled news corpora in ../shared/data/news.

    python scripts/build_text_vocab.py [--news ../shared/data/news] [--min-count 3]

Writes ``src/marsad/text/data/vocab.tsv.gz``: one ``word<TAB>count`` line per Arabic word form in the
light form (diacritics and tatweel removed; hamza, ة and ى kept), most frequent first. The segmenter
uses it to decide whether a leading و/ف/ب/ل/ك/س or a final pronoun is a clitic. Corpora read: ANT
multi-source v2.1 (all outlets and sections), SaudiNewsNet and ANT Jawhara FM; never the evaluation
data in ../shared/data/arabic_event_gsr. The output is deterministic (sorted, gzip mtime 0).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import logging
import re
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.text.normalize import light_normalize
from marsad.text.tokenize import _AR_INNER, _AR_LETTER

log = logging.getLogger("build_text_vocab")
REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "marsad" / "text" / "data" / "vocab.tsv.gz"
WORD = re.compile(rf"[{_AR_LETTER}][{_AR_INNER}]*")
TAG = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


def _tar_texts(path: Path) -> Iterator[str]:
    with tarfile.open(path, "r:xz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            fh = tar.extractfile(member)
            if fh is None:
                continue
            raw = fh.read().decode("utf-8", "replace")
            if "<TEXT>" in raw:
                yield "\n".join(m.group(2) for m in TAG.finditer(raw))
            else:
                yield raw


def _saudi_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name).decode("utf-8")):
                    yield f"{art.get('title') or ''}\n{art.get('content') or ''}"


def corpus(news: Path) -> Iterator[tuple[str, Iterator[str]]]:
    sources = [
        ("ant-multisource", news / "ant-multisource" / "ant_multisource_v2.1.tar.xz", _tar_texts),
        ("saudinewsnet", news / "saudinewsnet" / "dataset", _saudi_texts),
        ("ant-jawharafm", news / "ant-jawharafm" / "ant_v1.1_jawharafm.tar.xz", _tar_texts),
    ]
    for name, path, reader in sources:
        if path.exists():
            yield name, reader(path)
        else:
            log.warning("%s not found, skipped", path)


def count_words(news: Path) -> tuple[Counter[str], dict[str, int]]:
    counts: Counter[str] = Counter()
    per_source: dict[str, int] = {}
    for name, texts in corpus(news):
        n = 0
        for text in texts:
            words = WORD.findall(light_normalize(text))
            counts.update(words)
            n += len(words)
        per_source[name] = n
        log.info("%s: %d words", name, n)
    return counts, per_source


def write(counts: Counter[str], per_source: dict[str, int], min_count: int, out: Path) -> int:
    rows = sorted(((w, c) for w, c in counts.items() if c >= min_count), key=lambda x: (-x[1], x[0]))
    buf = io.StringIO()
    buf.write("# id: text-vocab\n# version: 1\n")
    buf.write("# licence: derived counts (no text) of the ANT and SaudiNewsNet corpora; see scripts/build_text_vocab.py\n")
    src = ", ".join(f"{k} {v} words" for k, v in per_source.items())
    buf.write(f"# provenance: scripts/build_text_vocab.py --min-count {min_count}; {src}\n")
    buf.write("# columns: word (light form)<TAB>count\n")
    for w, c in rows:
        buf.write(f"{w}\t{c}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, default=REPO.parent / "shared" / "data" / "news")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    counts, per_source = count_words(args.news)
    n = write(counts, per_source, args.min_count, args.out)
    log.info("wrote %d word forms to %s", n, args.out)


if __name__ == "__main__":
    main()
