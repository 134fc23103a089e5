"""Tagging with a crfsuite CRF1d model in numpy: the same predictions, a fraction of the cost.

python-crfsuite turns every feature string of every token into an attribute id on each call, and
most of a token's features depend on one word only (its own features, and the features it shows
its neighbours). Here the model's weights are read once, exactly, from the binary ``.crfsuite``
file; each word type's contribution to the label scores of the tokens around it is summed once
and cached as a small array; the label scores of a whole document are then a few array additions,
and Viterbi decoding and the forward-backward marginals run over all its sentences at once.

Scores are sums of the same float64 weights as crfsuite's (in another order, so they may differ
in the last bits); Viterbi breaks ties like crfsuite (the lowest label id wins).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import numpy as np
from numpy.typing import NDArray

from marsad.errors import ModelError
from marsad.ner.features import FeatureExtractor, Parsed

Array = NDArray[np.float64]
K = TypeVar("K", bound=Hashable)

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<i4"), ("src", "<i4"), ("dst", "<i4"), ("weight", "<f8")])


def _cqdb_strings(buf: bytes, offset: int) -> list[str]:
    """The strings of a CQDB (crfsuite's string database) in id order, from its backward array."""
    magic, _size, _flag, _order, count, back = struct.unpack_from("<4sIIIII", buf, offset)
    if magic != b"CQDB":
        raise ValueError("no CQDB chunk")
    out = []
    for i, rec in enumerate(struct.unpack_from(f"<{count}I", buf, offset + back)):
        rid, ksize = struct.unpack_from("<II", buf, offset + rec)
        if rid != i:
            raise ValueError("CQDB ids out of order")
        out.append(buf[offset + rec + 8 : offset + rec + 7 + ksize].decode("utf-8"))
    return out


@dataclass(frozen=True, slots=True)
class CrfWeights:
    """One linear-chain CRF: labels, attribute ids, state weights (attr x label), transitions."""

    labels: tuple[str, ...]
    attrs: dict[str, int]
    state: Array
    trans: Array

    def rows(self, feats: Sequence[str]) -> list[int]:
        """Attribute ids of the features the model knows (unknown ones carry no weight)."""
        get = self.attrs.get
        return [a for a in map(get, feats) if a is not None]

    def vector(self, feats: Sequence[str]) -> Array:
        """The summed label scores of a bag of features."""
        ids = self.rows(feats)
        if not ids:
            return np.zeros(len(self.labels))
        return self.state[ids[0]].copy() if len(ids) == 1 else self.state[ids].sum(axis=0)


def read_crfsuite(path: str | Path) -> CrfWeights:
    """Read a CRF1d model file written by crfsuite (exact float64 weights)."""
    p = Path(path)
    try:
        buf = p.read_bytes()
        magic, _size, kind, _ver, _nf, n_labels, n_attrs, off_f, off_l, off_a, _lr, _ar = \
            _HEADER.unpack_from(buf, 0)
        if magic != b"lCRF" or kind != b"FOMC" or buf[off_f : off_f + 4] != b"FEAT":
            raise ValueError("not a crfsuite CRF1d model")
        count = struct.unpack_from("<I", buf, off_f + 8)[0]
        feats = np.frombuffer(buf, dtype=_FEATURE, count=count, offset=off_f + 12)
        labels = tuple(_cqdb_strings(buf, off_l))
        attrs = _cqdb_strings(buf, off_a)
    except FileNotFoundError:
        raise ModelError("CRF model file not found", where=str(p)) from None
    except (OSError, ValueError, struct.error, UnicodeDecodeError) as exc:
        raise ModelError(f"cannot read CRF model: {exc}", where=str(p)) from None
    if len(labels) != n_labels or len(attrs) != n_attrs:
        raise ModelError("inconsistent CRF model header", where=str(p))
    state = np.zeros((n_attrs, n_labels))
    trans = np.zeros((n_labels, n_labels))
    st, tr = feats[feats["type"] == 0], feats[feats["type"] == 1]
    np.add.at(state, (st["src"], st["dst"]), st["weight"])
    np.add.at(trans, (tr["src"], tr["dst"]), tr["weight"])
    return CrfWeights(labels, {a: i for i, a in enumerate(attrs)}, state, trans)


def viterbi(emit: Array, lengths: Sequence[int], trans: Array) -> list[list[int]]:
    """Best label ids of several sequences at once; ``emit`` is (sequences, max length, labels)."""
    s, n, n_labels = emit.shape
    if n == 0:
        return [[] for _ in range(s)]
    order = np.argsort(-np.asarray(lengths), kind="stable")  # longest first: active ones lead
    emit = emit[order]
    lens = np.asarray(lengths)[order]
    active = np.searchsorted(-lens, -np.arange(n), side="left")  # sequences longer than t
    back = np.zeros((n, s, n_labels), dtype=np.intp)
    score = emit[:, 0, :].copy()
    for t in range(1, n):
        k = int(active[t])
        cand = score[:k, :, None] + trans[None, :, :]  # (seq, from, to)
        back[t, :k] = cand.argmax(axis=1)
        score[:k] = cand.max(axis=1) + emit[:k, t, :]
    last = score.argmax(axis=1).tolist()
    out: list[list[int]] = [[] for _ in range(s)]
    for k, m in enumerate(lens.tolist()):
        y = [last[k]]
        for t in range(m - 1, 0, -1):
            y.append(int(back[t, k, y[-1]]))
        y.reverse()
        out[int(order[k])] = y[:m]
    return out


def marginals(emit: Array, lengths: Sequence[int], trans: Array) -> Array:
    """Per-token label marginals (sequences, max length, labels) by scaled forward-backward."""
    n = emit.shape[1]
    if n == 0:
        return np.zeros_like(emit)
    order = np.argsort(-np.asarray(lengths), kind="stable")  # longest first: active ones lead
    lens = np.asarray(lengths)[order]
    active = np.searchsorted(-lens, -np.arange(n + 1), side="left")  # sequences longer than t
    # subtract each token's best score before exp: the marginals are unchanged, nothing overflows
    e = emit[order]
    exp_e = np.exp(e - e.max(axis=2, keepdims=True))
    exp_t = np.exp(trans)
    alpha = np.ones_like(emit)
    a = exp_e[:, 0, :]
    alpha[:, 0, :] = a / a.sum(axis=1, keepdims=True)
    for t in range(1, n):
        k = int(active[t])
        a = (alpha[:k, t - 1, :] @ exp_t) * exp_e[:k, t, :]
        alpha[:k, t, :] = a / a.sum(axis=1, keepdims=True)
    beta = np.ones_like(emit)
    for t in range(n - 2, -1, -1):
        k = int(active[t + 1])  # sequences that have a token t + 1
        b = (exp_e[:k, t + 1, :] * beta[:k, t + 1, :]) @ exp_t.T
        beta[:k, t, :] = b / b.sum(axis=1, keepdims=True)
    m = alpha * beta
    m /= m.sum(axis=2, keepdims=True)
    out = np.empty_like(m)
    out[order] = m
    return out


WORD_CACHE = 100_000  # word types whose score arrays are kept (per CRF; about 360 bytes each)
LINK_CACHE = 200_000  # adjacent word pairs likewise (about 150 bytes each)


class _Table(Generic[K]):
    """Score arrays of keys (word types, word pairs) in one growing array, looked up in bulk.

    Row 0 is all zeros: the row of every key whose features the model does not know (most word
    pairs), so that those take no room.
    """

    def __init__(self, shape: tuple[int, ...], capacity: int) -> None:
        self.capacity = capacity
        self.index: dict[K, int] = {}
        self.data = np.zeros((1024, *shape))
        self.used = 1

    def rows(self, keys: Sequence[K], make: Callable[[K], Array | None]) -> Array:
        """The arrays of ``keys`` stacked (``make`` computes a missing one, ``None``: zeros)."""
        if len(self.index) + len(keys) > self.capacity:  # bound memory on endless new words
            self.index.clear()
            self.used = 1
        index = self.index
        ids: list[int] = []
        for k in keys:
            v = index.get(k)
            if v is None:
                v = index[k] = self._add(make(k))
            ids.append(v)
        return self.data[ids]

    def _add(self, row: Array | None) -> int:
        if row is None:
            return 0
        if self.used >= len(self.data):
            self.data = np.concatenate([self.data, np.zeros_like(self.data)])
        self.data[self.used] = row
        self.used += 1
        return self.used - 1


class FastCrf:
    """One CRF of a model, scoring the sentences of a document through per-word-type caches.

    ``extractor`` must be the feature extractor the CRF was trained with; the label scores of a
    token are those of its crfsuite feature list (:meth:`FeatureExtractor.sentence`) plus the
    ``extra`` features the caller gives (the stacked ones).
    """

    def __init__(self, weights: CrfWeights, extractor: FeatureExtractor) -> None:
        self.weights = weights
        self.extractor = extractor
        self.window = extractor.config.window
        n_labels = len(weights.labels)
        self._bias = weights.vector(["bias"])
        self._bound = {off: weights.vector([f"{off:+d}BOUND"])
                       for off in range(-self.window, self.window + 1) if off}
        self._words: _Table[str] = _Table((2 * self.window + 1, n_labels), WORD_CACHE)
        self._links: _Table[tuple[str | None, str | None]] = _Table((2, n_labels), LINK_CACHE)
        self._bags: _Table[tuple[str, ...]] = _Table((n_labels,), LINK_CACHE)

    def _bag_array(self, bag: tuple[str, ...]) -> Array | None:
        """The summed scores of a token's other features (stacked, gazetteer)."""
        return self.weights.vector(bag) if bag else None

    def _word_array(self, word: str) -> Array:
        """(2 * window + 1, labels): row ``window + off`` is what the word adds to the token at
        ``-off`` from it (row ``window``: its own features)."""
        own, ctx, *_ = self.extractor.word_features(word)
        rows = self.weights.rows
        seg: list[int] = []
        ids: list[int] = []
        for r, off in enumerate(range(-self.window, self.window + 1)):
            found = rows(own if off == 0 else ctx[r])
            seg += [r] * len(found)
            ids += found
        out = np.zeros((2 * self.window + 1, len(self.weights.labels)))
        np.add.at(out, seg, self.weights.state[ids])
        return out

    def _link_array(self, pair: tuple[str | None, str | None]) -> Array | None:
        """(2, labels): what the link of two adjacent words adds to the left and right tokens."""
        word = self.extractor.word_features
        left, right = pair
        to_left, to_right = self.extractor.link_features(word(left) if left is not None else None,
                                                          word(right) if right is not None else None)
        rows = self.weights.rows
        found = rows(to_left), rows(to_right)
        if not (found[0] or found[1]):
            return None
        out = np.zeros((2, len(self.weights.labels)))
        for r, ids in enumerate(found):
            for a in ids:
                out[r] += self.weights.state[a]
        return out

    def emissions(self, sentences: Sequence[Sequence[str]], parsed: Sequence[Parsed],
                  extra: Sequence[Sequence[Sequence[str]]] | None = None) -> Array:
        """Label scores (sentences, longest sentence, labels), zero past each sentence's end."""
        lengths = [len(s) for s in sentences]
        n_labels = len(self.weights.labels)
        out = np.zeros((len(lengths), max(lengths, default=0), n_labels))
        words = [w for s in sentences for w in s]
        if not words:
            return out
        arr = self._words.rows(words, self._word_array)  # (tokens, offsets, labels)
        sid = np.repeat(np.arange(len(lengths)), lengths)
        pos = np.arange(len(words)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        length = np.repeat(lengths, lengths)
        w = self.window
        e = arr[:, w, :] + self._bias
        for off in range(-w, w + 1):
            if off > 0:
                same = (sid[:-off] == sid[off:])[:, None]
                e[:-off] += np.where(same, arr[off:, w + off, :], 0.0)
            elif off < 0:
                same = (sid[-off:] == sid[:off])[:, None]
                e[-off:] += np.where(same, arr[:off, w + off, :], 0.0)
            if off:  # the token whose neighbour at ``off`` is just outside the sentence
                edge = pos == (-off - 1) if off < 0 else pos == length - off
                e[edge] += self._bound[off]
        pairs = [p for s in sentences for p in zip((None, *s), (*s, None), strict=True)]
        links = self._links.rows(pairs, self._link_array)
        tok = np.arange(len(words)) + sid  # index of each token's left link
        e += links[tok, 1] + links[tok + 1, 0]
        if extra is not None or any(any(gaz) for _info, gaz in parsed):
            bags: list[tuple[str, ...]] = []
            for s, (_info, gaz) in enumerate(parsed):
                more = extra[s] if extra is not None else None
                has_gaz = any(gaz)
                for i in range(len(gaz)):
                    bag = tuple(more[i]) if more is not None else ()
                    bags.append(bag + tuple(self.extractor.gazetteer_features(gaz, i)) if has_gaz else bag)
            e += self._bags.rows(bags, self._bag_array)
        out[sid, pos] = e
        return out

    def tag(self, sentences: Sequence[Sequence[str]], parsed: Sequence[Parsed],
            extra: Sequence[Sequence[Sequence[str]]] | None = None,
            with_marginals: bool = False) -> tuple[list[list[str]], list[list[float]]]:
        """BIO labels per sentence and (with ``with_marginals``) each label's marginal."""
        labels, scores, _ = self.tag_full(sentences, parsed, extra, with_marginals=with_marginals)
        return labels, scores

    def tag_full(self, sentences: Sequence[Sequence[str]], parsed: Sequence[Parsed],
                 extra: Sequence[Sequence[Sequence[str]]] | None = None, *, with_marginals: bool = False,
                 ) -> tuple[list[list[str]], list[list[float]], Array | None]:
        """Like :meth:`tag`, plus (with ``with_marginals``) all marginals: (sentences, longest
        sentence, labels), labels in the order of ``weights.labels``."""
        lengths = [len(s) for s in sentences]
        emit = self.emissions(sentences, parsed, extra)
        ids = viterbi(emit, lengths, self.weights.trans)
        names = self.weights.labels
        labels = [[names[i] for i in y] for y in ids]
        if not with_marginals:
            return labels, [[1.0] * len(y) for y in ids], None
        marg = marginals(emit, lengths, self.weights.trans)
        scores = [[float(marg[s, t, i]) for t, i in enumerate(y)] for s, y in enumerate(ids)]
        return labels, scores, marg
