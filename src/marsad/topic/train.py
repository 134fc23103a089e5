"""Train the topic model (``marsad train topic``) on the ANT corpus's outlet sections.

ANT multi-source (Al Arabiya, BBC, CNN, France 24, Sky News Arabia, 2018; 31,523 articles with
text) files each article under its outlet's section: ``internationalNews`` and ``middleEast``
become ``politics``; ``economy``, ``sport``, ``culture`` and ``technology`` keep their names. The
articles whose path has an MD5 first hex digit 0-b train the model; c-f are held out and scored.
ANT Jawhara FM (a Tunisian radio, 2016-2017, other writers) is scored as an out-of-domain test
(``politic``, ``internationalNews`` and ``localNews`` as politics; ``society`` and ``diverse``
have no counterpart and are left out).

The model is an L2-regularised multinomial logistic regression (``scipy.optimize`` L-BFGS) on
the sublinear, unit-length stem counts of :func:`marsad.topic.classifier.vectorise`, over the
stems seen in at least ``min_df`` training articles (the ``max_vocab`` most frequent).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import tarfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

from marsad.config import TopicConfig
from marsad.errors import InputError
from marsad.model import Document
from marsad.topic.classifier import BUNDLED, TopicModel, from_arrays, softmax, stems, vectorise

LABELS = ("politics", "economy", "sport", "culture", "technology")
SECTIONS = {
    "internationalNews": "politics", "middleEast": "politics", "politic": "politics",
    "localNews": "politics", "economy": "economy", "sport": "sport", "culture": "culture",
    "technology": "technology",
}
NEWS = Path("../shared/data/news")
ANT = NEWS / "ant-multisource" / "ant_multisource_v2.1.tar.xz"
JAWHARA = NEWS / "ant-jawharafm" / "ant_v1.1_jawharafm.tar.xz"
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(frozen=True)
class Article:
    path: str
    label: str
    text: str


def read_ant(path: Path) -> Iterator[Article]:
    """Articles of an ANT tar archive (``<outlet>/<section>/<id>.txt`` TREC-style records) whose
    section maps to a label and whose ``<TEXT>`` is not empty."""
    try:
        with tarfile.open(path) as tf:
            for member in tf:
                if not member.isfile() or not member.name.endswith(".txt"):
                    continue
                label = SECTIONS.get(member.name.split("/")[-2])
                fh = tf.extractfile(member)
                if label is None or fh is None:
                    continue
                m = _TEXT.search(fh.read().decode("utf-8", "replace"))
                if m and m.group(1).strip():
                    yield Article(member.name, label, m.group(1).strip())
    except (OSError, EOFError, tarfile.TarError) as exc:
        raise InputError(f"cannot read the ANT archive: {exc}", where=str(path)) from None


def held_out(path: str) -> bool:
    """The held-out part: an MD5 of the article's path starting with c-f."""
    return hashlib.md5(path.encode("utf-8")).hexdigest()[0] in "cdef"


def fit(rows: Sequence[Counter[str]], labels: Sequence[str], *, label_set: Sequence[str] = LABELS,
        min_df: int = 5, max_vocab: int = 30_000, l2: float = 1e-4, max_iter: int = 300,
        header: dict[str, Any] | None = None) -> TopicModel:
    """Fit the model on documents' stem counts and their labels."""
    df: Counter[str] = Counter()
    for counts in rows:
        df.update(counts.keys())
    vocab = [w for w, c in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_df][:max_vocab]
    index = {w: i for i, w in enumerate(vocab)}
    x = matrix(rows, index)
    y = np.array([label_set.index(lab) for lab in labels])
    k, (n, v) = len(label_set), x.shape
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0

    def loss(wb: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = wb[: v * k].reshape(v, k), wb[v * k :]
        p = softmax(x @ w + b)
        value = -float(np.log(p[np.arange(n), y] + 1e-12).mean()) + l2 / 2 * float((w * w).sum())
        g = (p - onehot) / n
        return value, np.concatenate([(x.T @ g + l2 * w).ravel(), g.sum(axis=0)])

    res = minimize(loss, np.zeros(v * k + k), jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    w, b = res.x[: v * k].reshape(v, k), res.x[v * k :]
    return from_arrays(label_set, vocab, w, b, header or {})


def matrix(rows: Sequence[Counter[str]], index: dict[str, int]) -> sp.csr_matrix:
    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    for counts in rows:
        c, vals = vectorise(counts, index)
        cols += c
        data += vals
        ptr.append(len(cols))
    return sp.csr_matrix((data, cols, ptr), shape=(len(rows), len(index)))


def score(model: TopicModel, rows: Sequence[Counter[str]], labels: Sequence[str],
          skip: Sequence[str] | None = None, threshold: float | None = None) -> dict[str, Any]:
    """Accuracy, per-label precision and recall, and what the event filter (by default the
    configuration's: ``[topic] skip`` and ``threshold``) would do: the share of politics articles
    it would drop and of the skipped sections' articles it would catch."""
    defaults = TopicConfig()
    skip = defaults.skip if skip is None else tuple(skip)
    threshold = defaults.threshold if threshold is None else threshold
    probs = softmax(np.asarray(matrix(rows, model.index) @ model.weights) + model.bias)
    pred = [model.labels[i] for i in probs.argmax(axis=1)]
    gold = list(labels)
    out: dict[str, Any] = {"articles": len(gold),
                           "accuracy": round(sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gold), 4)}
    for lab in model.labels:
        tp = sum(p == g == lab for p, g in zip(pred, gold, strict=True))
        npred, ngold = pred.count(lab), gold.count(lab)
        out[lab] = {"n": ngold, "P": round(tp / npred, 3) if npred else None,
                    "R": round(tp / ngold, 3) if ngold else None}
    skipped = [p in skip and float(pr.max()) >= threshold for p, pr in zip(pred, probs, strict=True)]
    pol = [s for s, g in zip(skipped, gold, strict=True) if g == "politics"]
    other = [s for s, g in zip(skipped, gold, strict=True) if g in skip]
    out["filter"] = {"skip": list(skip), "threshold": threshold,
                     "politics_dropped": f"{sum(pol)}/{len(pol)}", "skip_sections_caught": f"{sum(other)}/{len(other)}"}
    return out


def featurise(articles: Sequence[Article], progress: Callable[[int], None] | None = None) -> list[Counter[str]]:
    """Stem counts of each article, through marsad's text stage."""
    from marsad.text.stage import TextStage

    stage = TextStage()
    rows = []
    for i, art in enumerate(articles):
        rows.append(stems(stage(Document.from_text(art.text)).tokens))
        if progress and i % 500 == 0:
            progress(i)
    return rows


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="marsad train topic", description=__doc__)
    ap.add_argument("--ant", type=Path, default=ANT, help="ANT multi-source tar archive")
    ap.add_argument("--ood", type=Path, default=JAWHARA, help="out-of-domain test archive (ANT Jawhara FM)")
    ap.add_argument("--out", type=Path, default=BUNDLED)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--max-vocab", type=int, default=30_000)
    ap.add_argument("--min-df", type=int, default=5)
    return ap.parse_args(argv)


def run(args: argparse.Namespace, progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Train on the ANT training part, score the held-out part (and the out-of-domain archive when
    it exists), write the model; return the figures."""
    t0 = time.perf_counter()
    articles = list(read_ant(args.ant))
    if not articles:
        raise InputError("no labelled articles in the archive", where=str(args.ant))
    progress(f"{len(articles)} articles read; extracting stems")
    rows = featurise(articles, lambda i: progress(f"{i}/{len(articles)} articles"))
    train = [i for i, a in enumerate(articles) if not held_out(a.path)]
    test = [i for i, a in enumerate(articles) if held_out(a.path)]
    header = {"id": "topic", "version": 1, "licence": "MIT (model); trained on ANT multi-source v2.1 (cite "
              "Chouigui, Ben Khiroun, Elayeb 2021)",
              "provenance": f"marsad.topic.train on {args.ant.name}: MD5(path) 0-b, {len(train)} articles; "
              f"l2 {args.l2}, min_df {args.min_df}, max_vocab {args.max_vocab}"}
    model = fit([rows[i] for i in train], [articles[i].label for i in train], l2=args.l2,
                min_df=args.min_df, max_vocab=args.max_vocab, header=header)
    report: dict[str, Any] = {"train": len(train), "vocab": len(model.vocab),
                              "held_out": score(model, [rows[i] for i in test], [articles[i].label for i in test])}
    if args.ood is not None and Path(args.ood).is_file():
        ood = list(read_ant(args.ood))
        progress(f"{len(ood)} out-of-domain articles")
        report["out_of_domain"] = score(model, featurise(ood), [a.label for a in ood])
    model.save(args.out)
    report["model"] = str(args.out)
    report["seconds"] = round(time.perf_counter() - t0, 1)
    return report


