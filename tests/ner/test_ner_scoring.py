"""CoNLL entity-level scoring against hand-computed cases."""

from __future__ import annotations

import pytest

from marsad.ner.scoring import Chunk, chunks, score_entities


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["O", "O"], []),
        (["B-PERS", "I-PERS", "O"], [Chunk(0, 2, "PERS")]),
        (["B-LOC", "B-LOC"], [Chunk(0, 1, "LOC"), Chunk(1, 2, "LOC")]),
        # an I- after O opens an entity (conlleval / seqeval default)
        (["O", "I-ORG", "I-ORG"], [Chunk(1, 3, "ORG")]),
        # a type change inside I- tags closes one entity and opens another
        (["B-PERS", "I-LOC"], [Chunk(0, 1, "PERS"), Chunk(1, 2, "LOC")]),
        (["I-MISC"], [Chunk(0, 1, "MISC")]),
        (["B-ORG", "I-ORG", "I-ORG"], [Chunk(0, 3, "ORG")]),
        (["B-PERS", "O", "I-PERS"], [Chunk(0, 1, "PERS"), Chunk(2, 3, "PERS")]),
    ],
)
def test_chunks(tags: list[str], expected: list[Chunk]) -> None:
    assert chunks(tags) == expected


def test_scores_hand_computed() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "B-MISC"]]
    pred = [["B-PERS", "I-PERS", "O", "B-ORG"], ["B-ORG", "O", "O", "B-MISC"]]
    s = score_entities(gold, pred)
    # gold: PERS, LOC, ORG(2 tokens), MISC = 4; predicted: PERS, ORG(1 token), ORG(1 token), MISC = 4
    # correct: PERS and MISC only -> P = R = F1 = 0.5
    assert (s.micro.tp, s.micro.n_pred, s.micro.n_gold) == (2, 4, 4)
    assert s.micro.f1 == pytest.approx(0.5)
    assert s.per_type["PERS"].f1 == pytest.approx(1.0)
    assert s.per_type["LOC"].recall == 0.0 and s.per_type["LOC"].n_pred == 0
    assert s.per_type["ORG"].precision == 0.0 and s.per_type["ORG"].n_pred == 2
    assert s.tokens == 8 and s.token_accuracy == pytest.approx(6 / 8)


def test_scores_partial_overlap_is_wrong() -> None:
    s = score_entities([["B-PERS", "I-PERS", "I-PERS"]], [["B-PERS", "I-PERS", "O"]])
    assert s.micro.tp == 0 and s.micro.f1 == 0.0


def test_precision_recall_differ() -> None:
    gold = [["B-LOC", "O", "B-LOC", "O", "B-PERS"]]
    pred = [["B-LOC", "O", "O", "O", "O"]]
    s = score_entities(gold, pred)
    assert s.micro.precision == pytest.approx(1.0)
    assert s.micro.recall == pytest.approx(1 / 3)
    assert s.micro.f1 == pytest.approx(0.5)


def test_length_mismatch_raises() -> None:
    with pytest.raises(ValueError, match="lengths differ"):
        score_entities([["O", "O"]], [["O"]])


def test_empty_is_zero() -> None:
    s = score_entities([], [])
    assert s.micro.f1 == 0.0 and s.tokens == 0
