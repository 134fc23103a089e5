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
from typing import Any, Generic, TypeVar

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


_max = np.maximum.reduce  # what ``ndarray.max`` and ``sum`` call, without their Python wrappers
_sum = np.add.reduce


def viterbi(emit: Array, lengths: Sequence[int], trans: Array) -> list[list[int]]:
    """Best label ids of several sequences at once; ``emit`` is (sequences, max length, labels)."""
    s, n, n_labels = emit.shape
    if n == 0:
        return [[] for _ in range(s)]
    order = np.argsort(-np.asarray(lengths), kind="stable")  # longest first: active ones lead
    lens = np.asarray(lengths)[order]
    emit_t = emit[order].transpose(1, 0, 2).copy()  # (time, sequences, labels)
    active = np.searchsorted(-lens, -np.arange(n), side="left").tolist()  # sequences longer than t
    back = np.zeros((n, s, n_labels), dtype=np.intp)
    score = emit_t[0].copy()
    tr = trans[None, :, :]
    for t in range(1, n):
        k = active[t]
        cand = score[:k, :, None] + tr  # (seq, from, to)
        back[t, :k] = cand.argmax(axis=1)
        score[:k] = _max(cand, axis=1) + emit_t[t, :k]
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
    active = np.searchsorted(-lens, -np.arange(n + 1), side="left").tolist()  # sequences longer than t
    # subtract each token's best score before exp: the marginals are unchanged, nothing overflows
    e = emit[order].transpose(1, 0, 2)  # (time, sequences, labels)
    exp_e = np.exp(e - e.max(axis=2, keepdims=True))
    exp_t = np.exp(trans)
    exp_tt = exp_t.T
    alpha = np.ones_like(e)
    a = exp_e[0]
    alpha[0] = a / _sum(a, axis=1, keepdims=True)
    for t in range(1, n):
        k = active[t]
        a = (alpha[t - 1, :k] @ exp_t) * exp_e[t, :k]
        alpha[t, :k] = a / _sum(a, axis=1, keepdims=True)
    beta = np.ones_like(e)
    for t in range(n - 2, -1, -1):
        k = active[t + 1]  # sequences that have a token t + 1
        b = (exp_e[t + 1, :k] * beta[t + 1, :k]) @ exp_tt
        beta[t, :k] = b / _sum(b, axis=1, keepdims=True)
    m = alpha * beta
    m /= m.sum(axis=2, keepdims=True)
    out = np.empty_like(emit)
    out[order] = m.transpose(1, 0, 2)
    return out


WORD_CACHE = 30_000  # word types whose score arrays are kept (per CRF; about 360 bytes each)
LINK_CACHE = 60_000  # tokens' distinct extra-feature keys (stacked, gazetteer) likewise


class _Table(Generic[K]):
    """Score arrays of keys (word types, word pairs) in one growing array, looked up in bulk.

    Row 0 is all zeros: the row of every key whose features the model does not know (most word
    pairs), so that those take no room. Two generations of at most ``capacity / 2`` keys each:
    when the young one is full it becomes the old one, and an old key met again moves back to
    the young one, so that frequent keys stay on an endless stream of new ones.
    """

    def __init__(self, shape: tuple[int, ...], capacity: int) -> None:
        self.capacity = capacity
        self.shape = shape
        self.index: dict[K, int] = {}
        self.data = np.zeros((1024, *shape))
        self.used = 1
        self.old_index: dict[K, int] = {}
        self.old_data = self.data[:1]

    def rows(self, keys: Sequence[K], make: Callable[[K], Array | None]) -> Array:
        """The arrays of ``keys`` stacked (``make`` computes a missing one, ``None``: zeros)."""
        if len(self.index) + len(keys) > self.capacity // 2:  # bound memory on endless new words
            self.old_index, self.old_data = self.index, self.data
            self.index = {}
            self.data = np.zeros((1024, *self.shape))
            self.used = 1
        index = self.index
        old = self.old_index
        ids: list[int] = []
        for k in keys:
            v = index.get(k)
            if v is None:
                o = old.get(k)
                if o is None:
                    v = index[k] = self._add(make(k))
                else:
                    v = index[k] = self._add(self.old_data[o]) if o else 0
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


# a token's extra-features key and the gazetteer labels of the token before it, it, and after it
_BagKey = tuple[Hashable, tuple[str | None, ...]]


_LinkTable = tuple[dict[tuple[str | None, str | None], int], Array]


def _as_features(extra: Any) -> Sequence[str]:
    """A token's extra features given as they are (a tuple of feature strings)."""
    return extra  # type: ignore[no-any-return]


class FastCrf:
    """One CRF of a model, scoring the sentences of a document through per-word-type caches.

    ``extractor`` must be the feature extractor the CRF was trained with; the label scores of a
    token are those of its crfsuite feature list (:meth:`FeatureExtractor.sentence`) plus the
    ``extra`` features the caller gives (the stacked ones): hashable keys per token, which
    ``describe`` turns into feature strings (default: the keys are tuples of feature strings).
    """

    def __init__(self, weights: CrfWeights, extractor: FeatureExtractor,
                 describe: Callable[[Any], Sequence[str]] | None = None, word_cache: int | None = None) -> None:
        self.weights = weights
        self.extractor = extractor
        self.describe = describe or _as_features
        self.window = extractor.config.window
        n_labels = len(weights.labels)
        self._bias = weights.vector(["bias"])
        self._bound = {off: weights.vector([f"{off:+d}BOUND"])
                       for off in range(-self.window, self.window + 1) if off}
        self._words: _Table[str] = _Table((2 * self.window + 1, n_labels), word_cache or WORD_CACHE)
        # the links of adjacent words: word bigrams plus cluster bigrams, each a table of the
        # pairs the model knows (a few thousand), made on first use
        self._cluster_links: _LinkTable | None = None
        self._bigram_links: _LinkTable | None = None
        self._bags: _Table[_BagKey] = _Table((n_labels,), LINK_CACHE)

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

    def _sum_rows(self, feats: tuple[list[str], list[str]]) -> Array | None:
        """(2, labels): the scores of features given to the left and to the right token."""
        rows = self.weights.rows
        found = rows(feats[0]), rows(feats[1])
        if not (found[0] or found[1]):
            return None
        out = np.zeros((2, len(self.weights.labels)))
        for r, ids in enumerate(found):
            for a in ids:
                out[r] += self.weights.state[a]
        return out

    def _link_table(self, prefixes: tuple[str, str], boundary: bool,
                    feats: Callable[[str | None, str | None], tuple[list[str], list[str]]],
                    ) -> tuple[dict[tuple[str | None, str | None], int], Array]:
        """Every pair of adjacent words' keys whose link features (``feats``) the model knows,
        with their (2, labels) scores; any other pair scores zero (row 0).

        The candidates come from the model's attributes ``PREFIX + left|right``, split at every
        ``|`` (and with ``boundary``, the boundary mark ``B`` read as either a word key or the
        sentence boundary), so that no pair with a known feature is missed."""
        cands: set[tuple[str | None, str | None]] = set()
        for attr in self.weights.attrs:
            if not attr.startswith(prefixes):
                continue
            rest = attr[len(prefixes[0]) :]
            for i, ch in enumerate(rest):
                if ch != "|":
                    continue
                left, right = rest[:i], rest[i + 1 :]
                for lk in (left, None) if boundary and left == "B" else (left,):
                    for rk in (right, None) if boundary and right == "B" else (right,):
                        cands.add((lk, rk))
        index: dict[tuple[str | None, str | None], int] = {}
        rows = [np.zeros((2, len(self.weights.labels)))]
        for key in sorted(cands, key=repr):
            arr = self._sum_rows(feats(*key))
            if arr is not None:
                index[key] = len(rows)
                rows.append(arr)
        return index, np.stack(rows)

    def _bigram_feats(self, left: str | None, right: str | None) -> tuple[list[str], list[str]]:
        if left is None or right is None or not self.extractor.config.bigrams:
            return [], []
        return self.extractor.bigram_features(left, right)

    def _links_of(self, parsed: Sequence[Parsed]) -> Array:
        """(links, 2, labels): what each link (sentence boundaries included, sentence by sentence)
        adds to its left and right tokens; the same sums as of :meth:`FeatureExtractor.link_features`."""
        if self._cluster_links is None:
            self._cluster_links = self._link_table(("cb+=", "cb-="), True,
                                                   self.extractor.cluster_link_features)
            self._bigram_links = self._link_table(("bg+=", "bg-="), False, self._bigram_feats)
        assert self._bigram_links is not None
        cl_index, cl_rows = self._cluster_links
        bg_index, bg_rows = self._bigram_links
        mids: list[tuple[str | None, str | None]] = []
        norms: list[tuple[str | None, str | None]] = []
        for info, _gaz in parsed:
            m: list[str | None] = [w[4] for w in info]
            mids += zip([None, *m], [*m, None], strict=True)
            n: list[str | None] = [w[2] for w in info]
            norms += zip([None, *n], [*n, None], strict=True)
        cl = cl_rows[[cl_index.get(k, 0) for k in mids]]
        if not bg_index:
            return cl
        return bg_rows[[bg_index.get(k, 0) for k in norms]] + cl

    def _bag_array(self, key: _BagKey) -> Array | None:
        """The summed scores of a token's other features (stacked, gazetteer)."""
        extra, gaz = key
        bag = [*self.describe(extra), *self.extractor.gazetteer_features(gaz, 1)]
        return self.weights.vector(bag) if bag else None

    def emissions(self, sentences: Sequence[Sequence[str]], parsed: Sequence[Parsed],
                  extra: Sequence[Sequence[Hashable]] | None = None) -> Array:
        """Label scores (sentences, longest sentence, labels), zero past each sentence's end.

        ``extra``: per token, a key of more features: what ``describe`` spells out (by default a
        tuple of feature strings)."""
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
        links = self._links_of(parsed)
        tok = np.arange(len(words)) + sid  # index of each token's left link
        e += links[tok, 1] + links[tok + 1, 0]
        if extra is not None or any(any(gaz) for _info, gaz in parsed):
            bags: list[_BagKey] = []
            for s, (_info, gaz) in enumerate(parsed):
                more = extra[s] if extra is not None else None
                # a token's gazetteer features depend on the labels at it and its two neighbours
                g = (None, *gaz, None) if any(gaz) else (None,) * (len(gaz) + 2)
                for i in range(len(gaz)):
                    bags.append((more[i] if more is not None else (), g[i : i + 3]))
            e += self._bags.rows(bags, self._bag_array)
        out[sid, pos] = e
        return out

    def tag(self, sentences: Sequence[Sequence[str]], parsed: Sequence[Parsed],
            extra: Sequence[Sequence[Hashable]] | None = None,
            with_marginals: bool = False) -> tuple[list[list[str]], list[list[float]]]:
        """BIO labels per sentence and (with ``with_marginals``) each label's marginal."""
        labels, scores, _ = self.tag_full(sentences, parsed, extra, with_marginals=with_marginals)
        return labels, scores

    def tag_full(self, sentences: Sequence[Sequence[str]], parsed: Sequence[Parsed],
                 extra: Sequence[Sequence[Hashable]] | None = None, *, with_marginals: bool = False,
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
