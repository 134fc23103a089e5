"""A small neural tagger, run in numpy: a BiLSTM-CRF over word vectors, characters and lexicon cues.

Its label marginals are mixed with the stacked CRF's (see :class:`marsad.ner.crf.CrfTagger`): the
two models err differently (the CRF knows affixes, clusters and the document, the network reads
dense word vectors learnt from 21 M tokens of news and the characters of unknown words).

The network (trained by :mod:`marsad.ner.neural_train`, which needs PyTorch; tagging does not):

- each token is the concatenation of the vectors of its normalised form and of its clitic-free
  base (frozen: PPMI+SVD on ``../shared/data/news``, 64 dimensions, stored as signed 4-bit
  integers packed two to a byte, or as int8, with a scale per word), a character CNN over the
  normalised form (32-dimensional characters, 64 filters of width 3, max-pooled) and the one-hot lexicon cues of the CRF's features (``gz=…`` gazetteer labels and
  ``cue=…`` classes);
- one bidirectional LSTM layer, a linear layer to label scores, and a linear-chain CRF (transition
  and start scores) whose forward-backward gives each token's label marginals.

The model file is an ``.npz`` of plain arrays (no pickle): ``words``, ``emb_q4`` (or ``emb_q``),
``emb_scale``,
``chars``, ``feats``, ``labels``, ``cemb``, ``conv_w``/``conv_b``, ``{f,b}_w_ih``/``w_hh``/``b_ih``/
``b_hh`` (PyTorch's LSTM layout, gates i, f, g, o), ``out_w``/``out_b``, ``trans``, ``start``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from marsad.errors import ModelError
from marsad.ner.fastcrf import marginals as crf_marginals
from marsad.ner.fastcrf import viterbi
from marsad.ner.features import FeatureExtractor

Array = NDArray[np.float64]
F32 = NDArray[np.float32]

MAX_CHARS = 20  # characters of a word the CNN reads
BATCH = 32  # sentences run through the LSTM together
WORD_CACHE = 20_000  # words whose input projections a tagger keeps (8 x hidden floats each: 3.2 KB at 100)
_KEYS = ("words", "emb_scale", "chars", "feats", "labels", "cemb", "conv_w", "conv_b",
         "f_w_ih", "f_w_hh", "f_b_ih", "f_b_hh", "b_w_ih", "b_w_hh", "b_b_ih", "b_b_hh",
         "out_w", "out_b", "trans", "start")  # fmt: skip

#: One token as the network sees it: normalised form, clitic-free base, lexicon cue features.
NeuralToken = tuple[str, str, Sequence[str]]


def pack_int4(q: NDArray[np.int8]) -> NDArray[np.uint8]:
    """Rows of signed integers in -8..7 (an even number of columns) packed two to a byte: column
    2j in the low four bits of byte j, column 2j+1 in the high four (two's complement)."""
    if q.ndim != 2 or q.shape[1] % 2 or (q.size and (int(q.min()) < -8 or int(q.max()) > 7)):
        raise ValueError("pack_int4 needs a 2-D array of -8..7 with an even number of columns")
    u = (q.astype(np.int16) & 0x0F).astype(np.uint8)
    return np.asarray(u[:, 0::2] | (u[:, 1::2] << 4), dtype=np.uint8)


def unpack_int4(p: NDArray[np.uint8]) -> NDArray[np.int8]:
    """The inverse of :func:`pack_int4`."""
    out = np.empty((p.shape[0], 2 * p.shape[1]), np.int8)
    for col, nib in ((0, p & 0x0F), (1, p >> 4)):
        v = nib.astype(np.int8)
        out[:, col::2] = np.where(v > 7, v - 16, v)
    return out


def stored_vectors(arrays: Any, where: str = "") -> NDArray[np.int8]:
    """The integer rows of the word vectors in a model or vector file's arrays (``emb_q4``: packed
    4-bit, ``emb_q``: int8); each row times its ``emb_scale`` is the word's vector."""
    if "emb_q4" in arrays:
        return unpack_int4(np.asarray(arrays["emb_q4"], dtype=np.uint8))
    if "emb_q" in arrays:
        return np.asarray(arrays["emb_q"], dtype=np.int8)
    raise ModelError("word vectors lack emb_q4 (or emb_q)", where=where)


def word_vectors(arrays: Any, where: str = "") -> F32:
    """The unit-length vectors of a model or vector file's ``words`` (:func:`stored_vectors` times
    ``emb_scale``); a file with fewer or more rows than words is a :class:`ModelError`."""
    vecs = embeddings(stored_vectors(arrays, where), arrays["emb_scale"])
    if len(vecs) != len(arrays["words"]):
        raise ModelError(f"{len(arrays['words'])} words but {len(vecs)} vectors", where=where)
    return vecs


def embeddings(emb_q: NDArray[np.int8], emb_scale: F32) -> F32:
    """The word vectors the network reads: the integer rows times their scale, at unit length."""
    x = emb_q.astype(np.float32) * emb_scale.reshape(-1, 1)
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norm, 1e-9)).astype(np.float32)


def _sigmoid(x: F32) -> F32:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * x)), dtype=np.float32)


def _bilstm(pre: F32, lengths: Sequence[int], w_hh: F32) -> F32:
    """Both LSTM directions over a batch of left-aligned sentences sorted longest first, in one time
    loop. ``pre`` [2, sentences, time, 4 × hidden] holds each token's input projection plus bias for
    the forward and the backward direction; ``w_hh`` [2, hidden, 4 × hidden] the transposed
    recurrent weights. The backward direction reads each sentence reversed within its own length,
    and each step computes only the sentences still running, so padding never reaches a token.
    Returns [sentences, time, 2 × hidden]."""
    _, n, t_max, four = pre.shape
    hid = four // 4
    pre = pre.copy()
    for k, m in enumerate(lengths):
        pre[1, k, :m] = pre[1, k, :m][::-1]
    active = np.searchsorted(-np.asarray(lengths), -np.arange(t_max), side="right").tolist()  # length > t
    h = np.zeros((2, n, hid), np.float32)
    c = np.zeros((2, n, hid), np.float32)
    out = np.zeros((2, n, t_max, hid), np.float32)
    for t in range(t_max):
        k = active[t]
        g = pre[:, :k, t] + np.matmul(h[:, :k], w_hh)
        gates = _sigmoid(g)  # input, forget, (candidate: tanh below), output
        ck = gates[..., hid : 2 * hid] * c[:, :k] + gates[..., :hid] * np.tanh(g[..., 2 * hid : 3 * hid])
        hk = gates[..., 3 * hid :] * np.tanh(ck)
        c[:, :k] = ck
        h[:, :k] = hk
        out[:, :k, t] = hk
    back = out[1].copy()
    for k, m in enumerate(lengths):
        back[k, :m] = out[1, k, :m][::-1]
    return np.concatenate([out[0], back], axis=2)


def neural_tokens(extractor: FeatureExtractor, words: Sequence[str]) -> list[NeuralToken]:
    """What the network reads of a sentence: each word's normalised form, clitic-free base and
    lexicon cues (the CRF extractor's ``cue=`` class and ``gz=`` gazetteer label)."""
    info, gaz = extractor.words(words)
    return tokens_of(info, gaz)


def tokens_of(info: Sequence[Any], gaz: Sequence[str | None]) -> list[NeuralToken]:
    """:func:`neural_tokens` from an extractor's parsed sentence (``FeatureExtractor.words``)."""
    out: list[NeuralToken] = []
    for (own, _ctx, norm, _key, _mid), g in zip(info, gaz, strict=True):
        base = next((f[2:] for f in own if f.startswith("b=")), norm)
        feats = [f for f in own if f.startswith("cue=")]
        if g:
            feats.append(f"gz={g}")
        out.append((norm, base, feats))
    return out


@functools.cache
def _bio_rules(labels: tuple[str, ...]) -> tuple[Array, Array]:
    """Transition and start scores that allow only valid BIO (0) and forbid the rest (-inf): an
    I- label only after a B- or I- label of its type."""
    k = len(labels)
    trans = np.zeros((k, k))
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            if b.startswith("I-") and (a == "O" or a[2:] != b[2:]):
                trans[i, j] = -np.inf
    start = np.array([-np.inf if lab.startswith("I-") else 0.0 for lab in labels])
    return trans, start


def decode_bio(logps: Sequence[np.ndarray], labels: Sequence[str]) -> list[list[int]]:
    """For each sentence's ``logp`` [tokens, labels], the best label sequence under it that is
    valid BIO (:func:`marsad.ner.fastcrf.viterbi` over all sentences at once)."""
    if not logps:
        return []
    trans, start = _bio_rules(tuple(labels))
    lengths = [len(x) for x in logps]
    emit = np.zeros((len(logps), max(lengths), len(labels)))
    for k, x in enumerate(logps):
        if len(x):
            emit[k, : len(x)] = x
            emit[k, 0] += start
    return viterbi(emit, lengths, trans)


class NeuralTagger:
    """A loaded network: :meth:`marginals` gives each token's label probabilities."""

    def __init__(self, arrays: dict[str, np.ndarray], source: str = "") -> None:
        missing = [k for k in _KEYS if k not in arrays]
        if missing:
            raise ModelError(f"neural model lacks {', '.join(missing)}", where=source)
        self.source = source
        self.labels: tuple[str, ...] = tuple(str(x) for x in arrays["labels"])
        self.word_index = {str(w): i + 2 for i, w in enumerate(arrays["words"])}  # 0 padding, 1 unknown
        self.char_index = {str(ch): i + 2 for i, ch in enumerate(arrays["chars"])}
        self.feat_index = {str(f): i for i, f in enumerate(arrays["feats"])}
        vecs = word_vectors(arrays, source)
        self.emb = np.vstack([np.zeros((2, vecs.shape[1]), np.float32), vecs])
        self.cemb = arrays["cemb"].astype(np.float32)
        self.conv_w = arrays["conv_w"].astype(np.float32)  # [filters, char dim, width]
        self.conv_b = arrays["conv_b"].astype(np.float32)
        w_ih = np.stack([arrays[f"{d}_w_ih"] for d in ("f", "b")]).astype(np.float32)  # [2, 4h, in]
        self.w_hh = np.stack([arrays[f"{d}_w_hh"].T for d in ("f", "b")]).astype(np.float32)  # [2, h, 4h]
        self.bias = np.stack([arrays[f"{d}_b_ih"] + arrays[f"{d}_b_hh"] for d in ("f", "b")]).astype(np.float32)
        n_feats = len(arrays["feats"])
        self.word_dim = w_ih.shape[2] - n_feats
        self.w_word = w_ih[:, :, : self.word_dim].transpose(0, 2, 1).copy()  # [2, word part, 4h]
        self.w_feat = w_ih[:, :, self.word_dim :].transpose(2, 0, 1).copy()  # [feature, 2, 4h]
        self.out_w = arrays["out_w"].astype(np.float32)
        self.out_b = arrays["out_b"].astype(np.float32)
        self.trans = arrays["trans"].astype(np.float64)
        self.start = arrays["start"].astype(np.float64)
        if self.word_dim != 2 * self.emb.shape[1] + self.conv_w.shape[0]:
            raise ModelError("neural model: LSTM input size does not match its parts", where=source)
        self._word_cache: dict[str, F32] = {}

    @classmethod
    def load(cls, path: str | Path) -> NeuralTagger:
        p = Path(path)
        try:
            with np.load(p, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
        except FileNotFoundError:
            raise ModelError("neural NER model not found", where=str(p)) from None
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read neural NER model: {exc}", where=str(p)) from None
        return cls(arrays, str(p))

    def _chars(self, norm: str) -> F32:
        """The character CNN's max-pooled filters for one normalised word."""
        ids = [self.char_index.get(ch, 1) for ch in norm[:MAX_CHARS]] or [1]
        x = self.cemb[ids]  # [len, dim]
        width = self.conv_w.shape[2]
        pad = width // 2
        xp = np.vstack([np.zeros((pad, x.shape[1]), np.float32), x, np.zeros((pad, x.shape[1]), np.float32)])
        windows = np.stack([xp[j : j + len(ids)] for j in range(width)], axis=2)  # [len, dim, width]
        conv = np.einsum("ldw,fdw->lf", windows, self.conv_w) + self.conv_b
        return np.asarray(np.maximum(conv, 0.0).max(axis=0), dtype=np.float32)

    def _word(self, norm: str, base: str) -> F32:
        """A word's input projection [2, 4 × hidden] for both directions, bias included (cached:
        the input is linear in the word's vectors and characters, so only new words cost a product)."""
        key = norm + "\t" + base
        hit = self._word_cache.get(key)
        if hit is None:
            if len(self._word_cache) >= WORD_CACHE:
                self._word_cache.clear()
            x = np.concatenate([self.emb[self.word_index.get(norm, 1)], self.emb[self.word_index.get(base, 1)],
                                self._chars(norm)])
            hit = np.matmul(x, self.w_word) + self.bias
            self._word_cache[key] = hit
        return hit

    def marginals(self, sentences: Sequence[Sequence[NeuralToken]]) -> list[Array]:
        """Per sentence, a [tokens, labels] array of marginals (columns in :attr:`labels` order).
        Sentences are run longest first in batches of :data:`BATCH`, so that each batch holds
        sentences of similar length."""
        out: list[Array] = [np.zeros((0, len(self.labels))) for _ in sentences]
        order = sorted((k for k, s in enumerate(sentences) if s), key=lambda k: -len(sentences[k]))
        for lo in range(0, len(order), BATCH):
            ids = order[lo : lo + BATCH]
            for k, marg in zip(ids, self._batch([sentences[k] for k in ids]), strict=True):
                out[k] = marg
        return out

    def _batch(self, sentences: Sequence[Sequence[NeuralToken]]) -> list[Array]:
        """Marginals of non-empty sentences sorted longest first."""
        lengths = [len(s) for s in sentences]
        pre = np.zeros((2, len(sentences), lengths[0], self.w_hh.shape[2]), np.float32)
        for k, sent in enumerate(sentences):
            for i, (norm, base, feats) in enumerate(sent):
                row = self._word(norm, base)
                for f in feats:
                    j = self.feat_index.get(f)
                    if j is not None:
                        row = row + self.w_feat[j]
                pre[:, k, i] = row
        h = _bilstm(pre, lengths, self.w_hh)
        emit = (h @ self.out_w.T + self.out_b).astype(np.float64)
        emit[:, 0] += self.start  # the start scores belong to each sentence's first token
        marg = crf_marginals(emit, lengths, self.trans)
        return [marg[k, :m] for k, m in enumerate(lengths)]
