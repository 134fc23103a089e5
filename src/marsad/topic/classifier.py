"""A document's news section from its words: a multinomial logistic regression on light stems.

Political event data is coded from political news; a sports report (a striker "attacks", a team
"rejects" an offer) or a culture page (tourists "visit") gives events that are not. News coders
have long classified a story before coding it (ICEWS dropped sports and entertainment stories).
:class:`TopicModel` gives the probability of each section the bundled model was trained on
(``politics``, ``economy``, ``sport``, ``culture``, ``technology``; ``marsad.topic.train``), from
the sublinear, length-normalised counts of the document's light stems.

The model file is gzipped JSON (no pickle): a header (``id``, ``version``, ``licence``,
``provenance``), ``labels``, ``vocab`` (stems), ``weights`` (one row per stem, one column per
label) and ``bias``. A file that cannot be read or does not have this shape raises a one-line
:class:`~marsad.errors.ModelError` naming it.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import ModelError
from marsad.model import Document, Token, Topic

BUNDLED = Path(__file__).parent / "models" / "topic.json.gz"

_ARABIC = re.compile("[\u0621-\u064a]")


def stems(tokens: Iterable[Token]) -> Counter[str]:
    """The features of a text: counts of the light stems of its Arabic words (two letters or more)."""
    out: Counter[str] = Counter()
    for tok in tokens:
        stem = tok.stem
        if tok.kind == "word" and len(stem) > 1 and _ARABIC.search(stem):
            out[stem] += 1
    return out


def vectorise(counts: Counter[str], index: dict[str, int]) -> tuple[list[int], list[float]]:
    """Column indexes and values of a document's row: 1 + log(count) of each known stem, scaled to
    unit length (so that a long article and a short one weigh alike)."""
    cols: list[int] = []
    vals: list[float] = []
    for stem, n in counts.items():
        j = index.get(stem)
        if j is not None:
            cols.append(j)
            vals.append(1.0 + math.log(n))
    norm = math.sqrt(sum(v * v for v in vals)) or 1.0
    return cols, [v / norm for v in vals]


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax, stable for large scores."""
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    out: np.ndarray = e / e.sum(axis=-1, keepdims=True)
    return out


@dataclass(frozen=True, eq=False)
class TopicModel:
    """Labels, the stem vocabulary, a weight matrix (stems × labels) and a bias per label."""

    labels: tuple[str, ...]
    vocab: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    header: dict[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {w: i for i, w in enumerate(self.vocab)})

    @property
    def index(self) -> dict[str, int]:
        idx: dict[str, int] = getattr(self, "_index")  # noqa: B009 - set in __post_init__
        return idx

    def probabilities(self, counts: Counter[str]) -> np.ndarray:
        """Each label's probability for a document with these stem counts."""
        cols, vals = vectorise(counts, self.index)
        z = self.bias.copy()
        if cols:
            z = z + np.asarray(vals) @ self.weights[cols]
        return softmax(z)

    def classify(self, doc: Document) -> Topic:
        """The document's topic (its tokens must be there: run the text stage first).

        Same probabilities as ``probabilities(stems(doc.tokens))``, counting only known stems
        (about a third of the time of building every stem's count first).
        """
        index = self.index
        known: Counter[str] = Counter()
        words = 0
        for tok in doc.tokens:
            if tok.kind == "word":
                stem = tok.stem
                if stem in index:
                    known[stem] += 1
                    words += 1
                elif len(stem) > 1 and _ARABIC.search(stem):
                    words += 1
        z = self.bias
        if known:
            cols = np.fromiter((index[w] for w in known), dtype=np.intp, count=len(known))
            vals = 1.0 + np.log(np.fromiter(known.values(), dtype=np.float64, count=len(known)))
            z = z + (vals / np.sqrt(vals @ vals)) @ self.weights[cols]
        p = softmax(z)
        order = np.argsort(-p, kind="stable")
        scores = tuple((self.labels[i], round(float(p[i]), 4)) for i in order)
        return Topic(label=scores[0][0], probability=scores[0][1], scores=scores, words=words)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.header,
            "labels": list(self.labels),
            "vocab": list(self.vocab),
            "weights": [[round(float(x), 5) for x in row] for row in self.weights],
            "bias": [round(float(x), 5) for x in self.bias],
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # no name, mtime=0: the same model gives the same bytes
        with path.open("wb") as fh, gzip.GzipFile(filename="", fileobj=fh, mode="wb", mtime=0) as gz:
            gz.write(raw)

    @classmethod
    def load(cls, path: str | Path | None = None) -> TopicModel:
        p = Path(path) if path is not None else BUNDLED
        try:
            with gzip.open(p, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise ModelError("topic model not found", where=str(p)) from None
        except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"topic model cannot be read: {exc}", where=str(p)) from None
        return cls.from_json(data, where=str(p))

    @classmethod
    def from_json(cls, data: Any, *, where: str = "<topic model>") -> TopicModel:
        if not isinstance(data, dict):
            raise ModelError("topic model is not a JSON object", where=where)
        labels, vocab = data.get("labels"), data.get("vocab")
        weights, bias = data.get("weights"), data.get("bias")
        if not _strings(labels) or not labels or not _strings(vocab):
            raise ModelError("topic model needs 'labels' and 'vocab' as lists of strings", where=where)
        assert isinstance(labels, list) and isinstance(vocab, list)
        try:
            w = np.asarray(weights, dtype=np.float64)
            b = np.asarray(bias, dtype=np.float64)
        except (TypeError, ValueError):
            raise ModelError("topic model 'weights' and 'bias' must be numbers", where=where) from None
        if w.shape != (len(vocab), len(labels)) or b.shape != (len(labels),):
            raise ModelError(f"topic model weights have shape {w.shape}, bias {b.shape}; expected "
                             f"({len(vocab)}, {len(labels)}) and ({len(labels)},)", where=where)
        if len(set(vocab)) != len(vocab):
            raise ModelError("topic model vocabulary has repeated stems", where=where)
        header = {k: v for k, v in data.items() if k not in {"labels", "vocab", "weights", "bias"}}
        return cls(labels=tuple(labels), vocab=tuple(vocab), weights=w, bias=b, header=header)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def from_arrays(labels: Sequence[str], vocab: Sequence[str], weights: np.ndarray, bias: np.ndarray,
                header: dict[str, Any]) -> TopicModel:
    """A model from trained arrays (validated like a file)."""
    return TopicModel.from_json({**header, "labels": list(labels), "vocab": list(vocab),
                                 "weights": weights.tolist(), "bias": bias.tolist()})
