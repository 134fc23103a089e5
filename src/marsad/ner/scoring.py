"""Entity-level scoring with the CoNLL definition: a predicted entity counts only when its span and
type both match a gold entity exactly.

Chunking follows ``conlleval`` (and ``seqeval``'s default mode): an ``I-X`` that follows ``O`` or a
tag of another type opens a new entity, so ill-formed sequences are scored the way those tools do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Chunk:
    """An entity: its type and the half-open token range ``[start, end)``."""

    start: int
    end: int
    label: str


def _split(tag: str) -> tuple[str, str]:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O", ""
    return tag[0], tag[2:]


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """The entities of one BIO tag sequence (conlleval chunking)."""
    out: list[Chunk] = []
    start = -1
    kind = ""
    for i, tag in enumerate(tags):
        prefix, label = _split(tag)
        opens = prefix == "B" or (prefix == "I" and label != kind)
        if kind and (prefix == "O" or opens):
            out.append(Chunk(start, i, kind))
            kind = ""
        if opens:
            start, kind = i, label
    if kind:
        out.append(Chunk(start, len(tags), kind))
    return out


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts and figures for one entity type (or the micro average)."""

    label: str
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """Entity-level micro scores and per-type scores."""

    micro: TypeScore
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    tokens: int = 0
    token_accuracy: float = 0.0

    def to_dict(self) -> dict[str, object]:
        def row(s: TypeScore) -> dict[str, float | int]:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "support": s.n_gold, "predicted": s.n_pred}

        return {"micro": row(self.micro), "per_type": {k: row(v) for k, v in self.per_type.items()},
                "tokens": self.tokens, "token_accuracy": round(self.token_accuracy, 4)}


def score_entities(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> Scores:
    """Score predicted tag sequences against gold ones (same lengths, sentence by sentence)."""
    tp: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    tokens = correct = 0
    for g, p in zip(gold, predicted, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence lengths differ: {len(g)} gold vs {len(p)} predicted tags")
        tokens += len(g)
        correct += sum(a == b for a, b in zip(g, p, strict=True))
        gc, pc = set(chunks(g)), set(chunks(p))
        for c in gc:
            n_gold[c.label] = n_gold.get(c.label, 0) + 1
        for c in pc:
            n_pred[c.label] = n_pred.get(c.label, 0) + 1
        for c in gc & pc:
            tp[c.label] = tp.get(c.label, 0) + 1
    labels = sorted(set(n_gold) | set(n_pred))
    per_type = {k: TypeScore(k, tp.get(k, 0), n_pred.get(k, 0), n_gold.get(k, 0)) for k in labels}
    micro = TypeScore("micro", sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return Scores(micro, per_type, tokens, correct / tokens if tokens else 0.0)
