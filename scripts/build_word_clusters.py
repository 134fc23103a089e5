#!/usr/bin/env python3
"""Build the word-cluster file that the NER tagger uses as features.

Distributional word clusters learnt from unlabelled Arabic news (the ``../shared/data/news``
corpora, plus the tokens of the ANERcorp training file when given):

1. read every article with the standard library (tarfile/zipfile/json), normalise it with
   :func:`marsad.text.normalize` and split it into word and punctuation tokens;
2. count co-occurrences of the ``--vocab`` most frequent words (count >= ``--min-count``) with the
   ``--contexts`` most frequent words at positions -1, +1 (kept apart) and +-2 (merged);
3. weight the counts with positive PMI (context distribution smoothed with exponent 0.75) and
   reduce them to ``--dim`` dimensions with a randomised truncated SVD (numpy only);
4. cluster the length-normalised vectors with spherical k-means at several granularities, and
   keep a binarised form of the first ``--bits`` dimensions (Guo et al. 2014) as a last column.

The output is a gzipped TSV ``word<TAB>c1<TAB>c2...`` (one column per granularity) with a
commented header naming the granularities and the provenance. It holds no text of the corpora,
only words and cluster numbers. Run (about 10 minutes on 2 cores)::

    python scripts/build_word_clusters.py --out src/marsad/ner/models/clusters.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from marsad.text.normalize import normalize

log = logging.getLogger("build_word_clusters")

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\w\s]", re.UNICODE)
DEFAULT_KS = (64, 256, 1024, 4096)


_TAG_RE = {t: re.compile(rf"<{t}>(.*?)</{t}>", re.S) for t in ("TITLE", "TEXT")}


def _trec_texts(path: Path) -> Iterator[str]:
    """Title and text of every TREC-style article file in an ANT ``.tar.xz``."""
    with tarfile.open(path) as tar:
        for member in tar:
            fh = tar.extractfile(member) if member.isfile() else None
            if fh is None:
                continue
            raw = fh.read().decode("utf-8", errors="replace")
            parts = [m.group(1).strip() for t in ("TITLE", "TEXT") for m in [_TAG_RE[t].search(raw)] if m]
            if parts:
                yield "\n".join(parts)


def news_texts(root: Path) -> Iterator[str]:
    """Yield the article texts of the news corpora under ``root`` (``../shared/data/news``):
    every ANT article (multi-source v2.1, all categories, and Jawhara FM) and SaudiNewsNet."""
    for tar in (root / "ant-multisource" / "ant_multisource_v2.1.tar.xz",
                root / "ant-jawharafm" / "ant_v1.1_jawharafm.tar.xz"):
        if tar.is_file():
            yield from _trec_texts(tar)
    for z in sorted((root / "saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    yield f"{rec.get('title') or ''}\n{rec.get('content') or ''}"


def conll_texts(path: Path) -> Iterator[str]:
    """Yield the sentences of a ``token TAG`` file as space-joined text."""
    words: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                words.append(parts[0])
            elif words:
                yield " ".join(words)
                words = []
    if words:
        yield " ".join(words)


def tokenize(texts: Iterator[str]) -> Iterator[list[str]]:
    """Normalise each text and split it into tokens."""
    for text in texts:
        yield TOKEN_RE.findall(normalize(text))


def encode(texts: Iterator[list[str]]) -> tuple[list[str], list[np.ndarray]]:
    """Map tokens to integer ids as they come (keeps memory low); returns the types and the docs."""
    ids: dict[str, int] = {}
    docs = []
    for toks in texts:
        docs.append(np.fromiter((ids.setdefault(t, len(ids)) for t in toks), dtype=np.int64, count=len(toks)))
    return list(ids), docs


def cooccurrence(docs: list[np.ndarray], n_words: int, n_ctx: int) -> sp.csr_matrix:
    """Counts of (word, context) pairs; columns are [L1 | R1 | +-2] blocks of ``n_ctx`` each.

    ``docs`` hold frequency ranks (-1 for words outside the vocabulary).
    """
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for ids in docs:
        for shift, block in ((1, 0), (-1, 1), (2, 2), (-2, 2)):
            if len(ids) <= abs(shift):
                continue
            # word at i, context at i - shift (shift 1: the left neighbour)
            w = ids[shift:] if shift > 0 else ids[:shift]
            c = ids[:-shift] if shift > 0 else ids[-shift:]
            keep = (w >= 0) & (w < n_words) & (c >= 0) & (c < n_ctx)
            rows.append(w[keep])
            cols.append(c[keep] + block * n_ctx)
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    data = np.ones(len(r), dtype=np.float32)
    return sp.csr_matrix((data, (r, c)), shape=(n_words, 3 * n_ctx))


def ppmi(m: sp.csr_matrix, alpha: float = 0.75) -> sp.csr_matrix:
    """Positive PMI with context-distribution smoothing (Levy et al. 2015)."""
    m = m.tocoo()
    total = m.data.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** alpha
    col_p = col_sum / col_sum.sum()
    pmi = np.log(m.data / total) - np.log(row_sum[m.row] / total) - np.log(col_p[m.col])
    keep = pmi > 0
    out = sp.csr_matrix((pmi[keep].astype(np.float32), (m.row[keep], m.col[keep])), shape=m.shape)
    return out


def randomized_svd(m: sp.csr_matrix, k: int, n_iter: int = 4, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Truncated SVD by randomised range finding (Halko et al. 2011); returns U and singular values."""
    rng = np.random.default_rng(seed)
    q = m @ rng.standard_normal((m.shape[1], k + 20)).astype(np.float32)
    q, _ = np.linalg.qr(q)
    for _ in range(n_iter):
        z, _ = np.linalg.qr(m.T @ q)
        q, _ = np.linalg.qr(m @ z)
    b = (m.T @ q).T
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    return (q @ ub)[:, :k], s[:k]


def kmeans(x: np.ndarray, k: int, iters: int, seed: int = 0) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++-lite seeding from frequent words; returns labels."""
    rng = np.random.default_rng(seed)
    n = x.shape[0]
    # seed from the more frequent half so that centroids sit on reliable vectors
    centroids = x[rng.choice(max(k, n // 2), size=k, replace=False)].copy()
    labels = np.zeros(n, dtype=np.int64)
    for it in range(iters):
        labels = assign(x, centroids)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, x)
        counts = np.bincount(labels, minlength=k)
        empty = counts == 0
        sums[empty] = x[rng.choice(n, size=int(empty.sum()), replace=False)]
        centroids = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
        log.info("k=%d iteration %d: %d empty clusters", k, it, int(empty.sum()))
    return assign(x, centroids)


def assign(x: np.ndarray, centroids: np.ndarray, chunk: int = 8192) -> np.ndarray:
    out = np.empty(x.shape[0], dtype=np.int64)
    for i in range(0, x.shape[0], chunk):
        out[i : i + chunk] = np.argmax(x[i : i + chunk] @ centroids.T, axis=1)
    return out


def binarize(x: np.ndarray) -> list[str]:
    """Binarised embeddings (Guo et al. 2014): per dimension ``+`` above the mean of the positive
    values, ``-`` below the mean of the negative ones, ``0`` otherwise; one string per word."""
    pos = np.array([col[col > 0].mean() if (col > 0).any() else 0.0 for col in x.T])
    neg = np.array([col[col < 0].mean() if (col < 0).any() else 0.0 for col in x.T])
    sym = np.where(x > pos, "+", np.where(x < neg, "-", "0"))
    return ["".join(row) for row in sym]


def order_clusters(labels: np.ndarray) -> np.ndarray:
    """Renumber clusters so that numbers are stable (by their most frequent member)."""
    first: dict[int, int] = {}
    for i, lab in enumerate(labels.tolist()):
        first.setdefault(lab, i)
    ranking = {lab: r for r, lab in enumerate(sorted(first, key=first.__getitem__))}
    return np.array([ranking[lab] for lab in labels.tolist()], dtype=np.int64)


def write_vectors(path: Path, words: list[str], x: np.ndarray, dim: int, n: int, bits: int = 4) -> None:
    """The first ``dim`` SVD dimensions of the ``n`` most frequent words (all when ``n`` is 0), at
    unit length, as rows of signed ``bits``-bit integers with one float32 scale each (4 bits: packed
    two to a byte as ``emb_q4``; 8: ``emb_q``), which is what ``marsad.ner.neural`` reads."""
    from marsad.ner.neural import pack_int4

    if bits not in (4, 8):
        raise ValueError("bits must be 4 or 8")
    n = n or len(words)
    top = (1 << (bits - 1)) - 1
    v = x[:n, :dim].astype(np.float32)
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    scale = np.maximum(np.abs(v).max(axis=1) / top, 1e-9).astype(np.float32)
    q = np.clip(np.round(v / scale[:, None]), -top, top).astype(np.int8)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = {"emb_q4": pack_int4(q)} if bits == 4 else {"emb_q": q}
    np.savez_compressed(path, words=np.array(words[:n]), emb_scale=scale, **rows)  # type: ignore[arg-type]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", type=Path, default=SHARED / "news")
    ap.add_argument("--conll", type=Path, action="append", default=None,
                    help="extra CoNLL files whose tokens join the corpus (default: ANERcorp train)")
    ap.add_argument("--out", type=Path, default=Path("src/marsad/ner/models/clusters.tsv.gz"))
    ap.add_argument("--vocab", type=int, default=150_000)
    ap.add_argument("--min-count", type=int, default=4)
    ap.add_argument("--contexts", type=int, default=12_000)
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--ks", type=str, default=",".join(map(str, DEFAULT_KS)))
    ap.add_argument("--iters", type=int, default=12)
    ap.add_argument("--bits", type=int, default=0, help="dimensions of an optional binarised-embedding column")
    ap.add_argument("--vectors-out", type=Path, default=None,
                    help="also write the word vectors the neural NER model reads (.npz: words, integer rows, scales)")
    ap.add_argument("--vectors-dim", type=int, default=64, help="leading SVD dimensions kept in --vectors-out")
    ap.add_argument("--vectors-words", type=int, default=0,
                    help="most frequent words kept in --vectors-out (0: the whole vocabulary)")
    ap.add_argument("--vectors-bits", type=int, choices=(4, 8), default=4,
                    help="bits of each stored vector component in --vectors-out")
    ap.add_argument("--vectors-only", action="store_true", help="write --vectors-out and no cluster file")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    t0 = time.time()
    conll = args.conll if args.conll is not None else [
        SHARED / "ner" / "ANERcorp" / "ANERCorp_CamelLab_train.txt"]
    texts: list[Iterator[str]] = [news_texts(args.news)]
    texts.extend(conll_texts(p) for p in conll if p.is_file())
    types, docs = encode(tokenize(t for it in texts for t in it))
    counts = np.bincount(np.concatenate(docs), minlength=len(types))
    order = np.argsort(-counts, kind="stable")
    log.info("%d documents, %d tokens, %d types (%.0fs)", len(docs), int(counts.sum()), len(types),
             time.time() - t0)
    n_words = min(args.vocab, int((counts >= args.min_count).sum()))
    rank = np.empty(len(types), dtype=np.int64)
    rank[order] = np.arange(len(types))
    docs = [rank[d] for d in docs]
    words = [types[i] for i in order[:n_words]]
    m = cooccurrence(docs, n_words, args.contexts)
    del docs
    log.info("co-occurrence matrix %s, %d non-zeros (%.0fs)", m.shape, m.nnz, time.time() - t0)
    u, s = randomized_svd(ppmi(m), args.dim)
    x = (u * np.sqrt(s)).astype(np.float32)
    if args.vectors_out is not None:
        write_vectors(args.vectors_out, words, x, args.vectors_dim, args.vectors_words, args.vectors_bits)
        log.info("wrote %s (%.0fs)", args.vectors_out, time.time() - t0)
        if args.vectors_only:
            return
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    log.info("SVD done (%.0fs)", time.time() - t0)
    ks = [int(k) for k in args.ks.split(",")]
    columns = []
    for k in ks:
        columns.append(order_clusters(kmeans(x, k, args.iters)))
        log.info("k=%d done (%.0fs)", k, time.time() - t0)
    codes = binarize(x[:, : args.bits]) if args.bits else None
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# id: ner-word-clusters\n# version: 1\n# licence: MIT (derived word statistics)\n")
        fh.write("# provenance: scripts/build_word_clusters.py on ../shared/data/news (ANT multi-source "
                 "v2.1 and Jawhara FM, SaudiNewsNet) and ANERcorp train tokens; PPMI+SVD, spherical k-means\n")
        fh.write(f"# ks: {','.join(map(str, ks))}\n")
        if codes is not None:
            fh.write(f"# bits: {args.bits}\n")
        for i, w in enumerate(words):
            cells = [w, *(str(int(col[i])) for col in columns)]
            if codes is not None:
                cells.append(codes[i])
            fh.write("\t".join(cells) + "\n")
    log.info("wrote %s: %d words (%.0fs)", args.out, len(words), time.time() - t0)


if __name__ == "__main__":
    main()
