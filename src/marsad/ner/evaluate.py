"""Scoring files with the CoNLL entity-level measure, and showing the figures as a table."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.table import Table

from marsad.errors import InputError
from marsad.ner.conll import normalize_tag, read_columns
from marsad.ner.scoring import Scores, score_entities


def read_scoring_file(path: str | Path, tagger: object | None = None) -> tuple[list[list[str]], list[list[str]]]:
    """Gold and predicted tags of a ``token gold predicted`` file, or of a ``token gold`` file tagged
    with ``tagger`` (a :class:`marsad.ner.crf.CrfTagger` or anything with ``tag_document``; the file
    is tagged as one document). Tags are mapped onto PERS/LOC/ORG/MISC (AQMAR's PER, MIS0-3...).
    """
    sents = read_columns(path)
    if not sents:
        raise InputError("no sentences", where=str(path))
    width = len(sents[0][0])
    gold = [[normalize_tag(r[1]) if len(r) > 1 else "O" for r in s] for s in sents]
    if width >= 3:
        return gold, [[normalize_tag(r[2]) for r in s] for s in sents]
    if tagger is None:
        raise InputError("two-column file and no model to tag it with", where=str(path))
    pred, _ = tagger.tag_document([[r[0] for r in s] for s in sents])  # type: ignore[attr-defined]
    return gold, pred


def score_files(paths: Sequence[str | Path], tagger: object | None = None) -> Scores:
    """Score one or more files (see :func:`read_scoring_file`), pooling their entities."""
    gold: list[list[str]] = []
    pred: list[list[str]] = []
    for p in paths:
        g, q = read_scoring_file(p, tagger)
        gold += g
        pred += q
    return score_entities(gold, pred)


def scores_table(scores: Scores, title: str = "NER (entity-level, CoNLL)") -> Table:
    """A rich table: one row per entity type and the micro average."""
    table = Table(title=title)
    for col in ("type", "precision", "recall", "F1", "gold", "predicted", "correct"):
        table.add_column(col, justify="left" if col == "type" else "right")
    rows: Sequence = [*scores.per_type.values(), scores.micro]
    for s in rows:
        table.add_row(s.label, f"{100 * s.precision:.2f}", f"{100 * s.recall:.2f}", f"{100 * s.f1:.2f}",
                      str(s.n_gold), str(s.n_pred), str(s.tp),
                      style="bold" if s.label == "micro" else None)
    table.caption = f"{scores.tokens} tokens, token accuracy {100 * scores.token_accuracy:.2f}%"
    return table
