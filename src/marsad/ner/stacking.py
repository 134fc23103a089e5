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


def _consistency(forms: Forms, own: str, window: Counts) -> list[str]:
    """Features from the types other occurrences of the word got (own occurrence excluded)."""
    counts = list(window.get(forms[1], (0, 0, 0, 0, 0)))
    counts[_type_index(own)] -= 1
    total = sum(counts)
    if total <= 0:
        return ["dc=unseen"]
    best = max(range(4), key=counts.__getitem__)  # the first of equals, in _TYPES order
    if counts[best] <= 0:
        return ["dc=O"]
    name = _TYPES[best]
    return [f"dc={name}", f"dc={name}:{_bucket(counts[best] / total)}"]


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


def confidence_features(names: Sequence[str], marg: Sequence[Sequence[float]],
                        labels: Sequence[str]) -> list[list[str]]:
    """Features of one sentence from the first pass's marginals: how sure it was of its label,
    and for a token it left outside any entity, the entity type it nearly gave (``alt``)."""
    out = []
    for row, label in zip(marg, labels, strict=True):
        probs = dict(zip(names, row, strict=True))
        p = probs.get(label, 0.0)
        feats = [f"m1={'hi' if p >= 0.9 else 'mid' if p >= 0.6 else 'lo'}"]
        if label == "O":
            per_type = {t: probs.get(f"B-{t}", 0.0) + probs.get(f"I-{t}", 0.0) for t in _TYPES[:4]}
            best = max(per_type, key=per_type.__getitem__)
            if per_type[best] >= 0.15:
                feats += [f"alt={best}", f"alt={best}:{'hi' if per_type[best] >= 0.35 else 'lo'}"]
        out.append(feats)
    return out


def stacked_extras(keys: Sequence[Sequence[Forms]], labels: Sequence[Sequence[str]],
                   config: StackConfig,
                   confidence: Sequence[Sequence[list[str]]] | None = None) -> list[list[list[str]]]:
    """Only the stacked features of every token (the second CRF also sees the first-pass ones);
    ``confidence``: per token, :func:`confidence_features` (with ``config.confidence``)."""
    n = len(keys)
    per_sent = [_sentence_counts(k, y) for k, y in zip(keys, labels, strict=True)]
    index = _EntityIndex([[(c.label, tuple(f[1] for f in k[c.start:c.end])) for c in chunks(y)]
                          for k, y in zip(keys, labels, strict=True)])
    out: list[list[list[str]]] = []
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
        feats = _sentence(keys[s], labels[s], window, seen, surnames)
        if confidence is not None:
            for f, c in zip(feats, confidence[s], strict=True):
                f += c
        out.append(feats)
    return out


def _sentence(keys: Sequence[Forms], labels: Sequence[str], window: Counts, seen: list[str | None],
              surnames: set[str]) -> list[list[str]]:
    out = []
    m = len(keys)
    for i in range(m):
        feats = [f"y1={labels[i]}", f"y1-={labels[i - 1] if i else 'BOS'}",
                 f"y1+={labels[i + 1] if i + 1 < m else 'EOS'}"]
        feats.extend(_consistency(keys[i], labels[i], window))
        if seen[i]:
            feats.append(f"dg={seen[i]}")
        if i + 1 < m and seen[i + 1]:
            feats.append(f"+1dg={seen[i + 1]}")
        if i and seen[i - 1]:
            feats.append(f"-1dg={seen[i - 1]}")
        if keys[i][1] in surnames:
            feats.append("dsurname")
        out.append(feats)
    return out
