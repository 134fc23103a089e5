"""Second-pass (stacked) features: what a first CRF predicted elsewhere in the same document.

Names recur in a news story, usually with the same type, and the first mention often has the most
context (a title, a cue word). The second CRF sees, for every token:

- the first pass's labels at the token and its neighbours;
- document consistency: the entity types the first pass gave to the same word (either matching
  form) in the other sentences of a window of ``window`` sentences on each side;
- entity-string matches: the longest match of the first pass's predicted entities of the window
  (as a gazetteer built on the fly), and whether the token equals the last word of a predicted
  person's name (surnames repeat alone).

Training data for the second CRF comes from cross-validated (out-of-fold) first-pass predictions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np
from numpy.typing import NDArray

from marsad.ner.scoring import chunks

Forms = tuple[str, str]


@dataclass(frozen=True, slots=True)
class StackConfig:
    """Settings of the second pass: the sentence window that stands for a document, CV folds."""

    window: int = 20
    folds: int = 4
    confidence: int = 0  # 1: also features from the first pass's marginals (confidence_features)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> StackConfig:
        return cls(**{k: int(v) for k, v in data.items() if k in cls.__slots__})


_TYPES = ("PERS", "LOC", "ORG", "MISC", "O")
_INDEX = {t: i for i, t in enumerate(_TYPES)}
Counts = dict[str, list[int]]  # word form -> occurrences per type, in _TYPES order


def _type_index(tag: str) -> int:
    return _INDEX.get(tag[2:], 4) if len(tag) > 2 else 4


def _sentence_counts(keys: Sequence[Forms], labels: Sequence[str]) -> Counts:
    c: Counts = {}
    for forms, tag in zip(keys, labels, strict=True):
        t = _type_index(tag)
        for f in (forms[:1] if forms[0] == forms[1] else forms):
            row = c.get(f)
            if row is None:
                row = c[f] = [0, 0, 0, 0, 0]
            row[t] += 1
    return c


def _add(window: Counts, counts: Counts, sign: int) -> None:
    for f, row in counts.items():
        w = window.get(f)
        if w is None:
            w = window[f] = [0, 0, 0, 0, 0]
        for t in range(5):
            w[t] += sign * row[t]


def _bucket(share: float) -> str:
    return "all" if share >= 0.99 else "most" if share >= 0.5 else "some"


_DC_UNSEEN = ("dc=unseen",)
_DC_O = ("dc=O",)
_DC = {(name, b): (f"dc={name}", f"dc={name}:{b}") for name in _TYPES[:4] for b in ("all", "most", "some")}


def _consistency(forms: Forms, own: str, window: Counts) -> tuple[str, ...]:
    """Features from the types other occurrences of the word got (own occurrence excluded)."""
    counts = list(window.get(forms[1], (0, 0, 0, 0, 0)))
    counts[_type_index(own)] -= 1
    total = sum(counts)
    if total <= 0:
        return _DC_UNSEEN
    best = max(range(4), key=counts.__getitem__)  # the first of equals, in _TYPES order
    if counts[best] <= 0:
        return _DC_O
    return _DC[_TYPES[best], _bucket(counts[best] / total)]


class _EntityIndex:
    """The first pass's predicted entities of a document, by word sequence, for window look-ups.

    Matching is longest-first from each token, and an entity counts only when it was predicted in
    another sentence of the window; its type is that of the earliest such prediction.
    """

    def __init__(self, ents: Sequence[Sequence[tuple[str, tuple[str, ...]]]], max_len: int = 8) -> None:
        self.occ: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self.lengths: dict[str, set[int]] = {}
        self.surnames: dict[str, list[int]] = {}
        for s, sent in enumerate(ents):
            for label, words in sent:
                if label == "PERS" and len(words) > 1:
                    self.surnames.setdefault(words[-1], []).append(s)
                if not words or len(words) > max_len or not all(words):
                    continue
                self.occ.setdefault(words, []).append((s, label))
                self.lengths.setdefault(words[0], set()).add(len(words))

    def _label(self, words: tuple[str, ...], s: int, lo: int, hi: int) -> str | None:
        for sj, label in self.occ.get(words, ()):
            if lo <= sj < hi and sj != s:
                return label
        return None

    def tags(self, keys: Sequence[str], s: int, lo: int, hi: int) -> list[str | None]:
        """BIO labels of the window's entities found in sentence ``s`` (window ``[lo, hi)``)."""
        n = len(keys)
        out: list[str | None] = [None] * n
        i = 0
        while i < n:
            found = None
            for length in sorted(self.lengths.get(keys[i], ()), reverse=True):
                if i + length <= n:
                    label = self._label(tuple(keys[i : i + length]), s, lo, hi)
                    if label is not None:
                        found = (length, label)
                        break
            if found is None:
                i += 1
                continue
            out[i] = f"B-{found[1]}"
            for k in range(i + 1, i + found[0]):
                out[k] = f"I-{found[1]}"
            i += found[0]
        return out

    def surnames_in(self, keys: Sequence[str], s: int, lo: int, hi: int) -> set[str]:
        """The words of ``keys`` that end a predicted person's name elsewhere in the window."""
        return {k for k in keys if any(lo <= sj < hi and sj != s for sj in self.surnames.get(k, ()))}


def stacked_features(base: Sequence[list[list[str]]], keys: Sequence[Sequence[Forms]],
                     labels: Sequence[Sequence[str]], config: StackConfig,
                     confidence: Sequence[Sequence[list[str]]] | None = None) -> list[list[list[str]]]:
    """The first-pass features of every sentence plus the stacked ones (new lists; inputs untouched)."""
    extra = stacked_extras(keys, labels, config, confidence)
    return [[[*b, *e] for b, e in zip(bs, es, strict=True)] for bs, es in zip(base, extra, strict=True)]


# What a token's stacked features are made of (see :func:`key_features`): first-pass label, the
# labels before and after it, its consistency features, the entity-string labels at it, after it
# and before it, whether it is a predicted surname, and its confidence key.
StackKey = tuple[str, str, str, tuple[str, ...], str | None, str | None, str | None, bool,
                 tuple[str, ...]]
# confidence key: the m1 bucket, then (with a label O) the near entity type and its bucket
ConfKey = tuple[str, ...]


def _conf_bucket(p: float) -> str:
    return "hi" if p >= 0.9 else "mid" if p >= 0.6 else "lo"


def confidence_keys(names: Sequence[str], marg: Sequence[Sequence[float]],
                    labels: Sequence[str]) -> list[ConfKey]:
    """What :func:`confidence_features` is made of, per token (:func:`conf_features` spells it)."""
    out: list[ConfKey] = []
    for row, label in zip(marg, labels, strict=True):
        probs = dict(zip(names, row, strict=True))
        key: ConfKey = (_conf_bucket(probs.get(label, 0.0)),)
        if label == "O":
            per_type = {t: probs.get(f"B-{t}", 0.0) + probs.get(f"I-{t}", 0.0) for t in _TYPES[:4]}
            best = max(per_type, key=per_type.__getitem__)
            if per_type[best] >= 0.15:
                key = (key[0], best, "hi" if per_type[best] >= 0.35 else "lo")
        out.append(key)
    return out


def confidence_keys_array(names: Sequence[str], marg: NDArray[np.float64],
                          labels: Sequence[Sequence[str]]) -> list[list[ConfKey]]:
    """:func:`confidence_keys` of every sentence of a document at once; ``marg`` is (sentences,
    longest sentence, labels), labels in the order of ``names`` (the same values, bit for bit)."""
    col = {n: i for i, n in enumerate(names)}
    zero = np.zeros(marg.shape[:2])
    per_type = np.stack([(marg[:, :, col[f"B-{t}"]] if f"B-{t}" in col else zero)
                         + (marg[:, :, col[f"I-{t}"]] if f"I-{t}" in col else zero)
                         for t in _TYPES[:4]], axis=2)
    best = per_type.argmax(axis=2)  # the first of equals, in _TYPES order
    best_p = np.take_along_axis(per_type, best[:, :, None], axis=2)[:, :, 0]
    alt = {}
    for b in range(4):
        alt[b, True] = _TYPES[b], "hi"
        alt[b, False] = _TYPES[b], "lo"
    out: list[list[ConfKey]] = []
    for s, y in enumerate(labels):
        ids = [col.get(label, -1) for label in y]
        p = [float(marg[s, t, i]) if i >= 0 else 0.0 for t, i in enumerate(ids)]
        bp = best_p[s, : len(y)].tolist()
        bt = best[s, : len(y)].tolist()
        keys: list[ConfKey] = []
        for t, label in enumerate(y):
            m1 = _conf_bucket(p[t])
            if label == "O" and bp[t] >= 0.15:
                keys.append((m1, *alt[bt[t], bp[t] >= 0.35]))
            else:
                keys.append((m1,))
        out.append(keys)
    return out


def conf_features(key: ConfKey) -> list[str]:
    """The features a confidence key stands for."""
    feats = [f"m1={key[0]}"]
    if len(key) > 1:
        feats += [f"alt={key[1]}", f"alt={key[1]}:{key[2]}"]
    return feats


def confidence_features(names: Sequence[str], marg: Sequence[Sequence[float]],
                        labels: Sequence[str]) -> list[list[str]]:
    """Features of one sentence from the first pass's marginals: how sure it was of its label,
    and for a token it left outside any entity, the entity type it nearly gave (``alt``)."""
    return [conf_features(k) for k in confidence_keys(names, marg, labels)]


def stacked_extras(keys: Sequence[Sequence[Forms]], labels: Sequence[Sequence[str]],
                   config: StackConfig,
                   confidence: Sequence[Sequence[list[str]]] | None = None) -> list[list[list[str]]]:
    """Only the stacked features of every token (the second CRF also sees the first-pass ones);
    ``confidence``: per token, :func:`confidence_features` (with ``config.confidence``)."""
    out = [[key_features(k) for k in sent] for sent in stacked_keys(keys, labels, config)]
    if confidence is not None:
        for feats, conf in zip(out, confidence, strict=True):
            for f, c in zip(feats, conf, strict=True):
                f += c
    return out


def stacked_keys(keys: Sequence[Sequence[Forms]], labels: Sequence[Sequence[str]], config: StackConfig,
                 confidence: Sequence[Sequence[ConfKey]] | None = None) -> list[list[StackKey]]:
    """What the stacked features of every token are made of (:func:`key_features` spells them
    out): few distinct values, so that a tagger can cache their scores by key."""
    n = len(keys)
    per_sent = [_sentence_counts(k, y) for k, y in zip(keys, labels, strict=True)]
    index = _EntityIndex([[(c.label, tuple(f[1] for f in k[c.start:c.end])) for c in chunks(y)]
                          for k, y in zip(keys, labels, strict=True)])
    out: list[list[StackKey]] = []
    w = config.window
    window: Counts = {}
    lo, hi = 0, 0  # the window is sentences [lo, hi)
    for s in range(n):
        while hi < min(n, s + w + 1):
            _add(window, per_sent[hi], 1)
            hi += 1
        while lo < s - w:
            _add(window, per_sent[lo], -1)
            lo += 1
        words = [f[1] for f in keys[s]]
        seen = index.tags(words, s, lo, hi)
        surnames = index.surnames_in(words, s, lo, hi)
        out.append(_sentence(keys[s], labels[s], window, seen, surnames,
                             confidence[s] if confidence is not None else None))
    return out


def key_features(key: StackKey) -> list[str]:
    """The stacked features a token's key stands for, in a fixed order."""
    label, prev, nxt, dc, seen, seen_next, seen_prev, surname, conf = key
    feats = [f"y1={label}", f"y1-={prev}", f"y1+={nxt}", *dc]
    if seen:
        feats.append(f"dg={seen}")
    if seen_next:
        feats.append(f"+1dg={seen_next}")
    if seen_prev:
        feats.append(f"-1dg={seen_prev}")
    if surname:
        feats.append("dsurname")
    if conf:
        feats += conf_features(conf)
    return feats


def _sentence(keys: Sequence[Forms], labels: Sequence[str], window: Counts, seen: list[str | None],
              surnames: set[str], conf: Sequence[ConfKey] | None) -> list[StackKey]:
    out: list[StackKey] = []
    m = len(keys)
    for i in range(m):
        out.append((labels[i], labels[i - 1] if i else "BOS", labels[i + 1] if i + 1 < m else "EOS",
                    _consistency(keys[i], labels[i], window), seen[i],
                    seen[i + 1] if i + 1 < m else None, seen[i - 1] if i else None,
                    keys[i][1] in surnames, conf[i] if conf is not None else ()))
    return out
