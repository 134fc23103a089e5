"""Second-pass features: document consistency from the first pass's predictions."""

from __future__ import annotations

import pytest

from marsad.ner.stacking import StackConfig, confidence_features, stacked_features


def _run(sentences: list[list[str]], labels: list[list[str]], window: int = 5) -> list[list[list[str]]]:
    base = [[["bias"] for _ in s] for s in sentences]
    keys = [[(w, w) for w in s] for s in sentences]
    out = stacked_features(base, keys, labels, StackConfig(window=window, folds=2))
    assert all(b == [["bias"]] * len(s) for b, s in zip(base, sentences, strict=True))  # inputs untouched
    return out


def test_consistency_from_other_sentences() -> None:
    sents = [["قال", "بوش"], ["بوش", "زار"], ["بوش"]]
    labels = [["O", "B-PERS"], ["B-LOC", "O"], ["O"]]
    out = _run(sents, labels)
    # third sentence's بوش: the other occurrences were PERS once and LOC once
    assert any(f.startswith("dc=") and f != "dc=O" for f in out[2][0])
    assert "y1=O" in out[2][0] and "y1-=BOS" in out[2][0]
    # a word seen only once
    assert "dc=unseen" in out[0][0]


def test_predicted_entity_strings_match_elsewhere() -> None:
    sents = [["جورج", "بوش"], ["قال", "جورج", "بوش"], ["بوش"]]
    labels = [["B-PERS", "I-PERS"], ["O", "O", "O"], ["O"]]
    out = _run(sents, labels)
    assert "dg=B-PERS" in out[1][1] and "dg=I-PERS" in out[1][2]
    assert "dsurname" in out[2][0]


def test_window_limits_the_document() -> None:
    sents = [["بوش"], ["x"], ["x"], ["بوش"]]
    labels = [["B-PERS"], ["O"], ["O"], ["O"]]
    near = _run(sents, labels, window=5)
    far = _run(sents, labels, window=1)
    assert "dc=PERS" in near[3][0]
    assert "dc=unseen" in far[3][0]


@pytest.mark.parametrize(("row", "label", "expected"), [
    ({"O": 0.95, "B-ORG": 0.05}, "O", ["m1=hi"]),
    ({"O": 0.7, "B-ORG": 0.2, "I-ORG": 0.1}, "O", ["m1=mid", "alt=ORG", "alt=ORG:lo"]),
    ({"O": 0.5, "B-PERS": 0.3, "I-PERS": 0.1, "B-LOC": 0.1}, "O", ["m1=lo", "alt=PERS", "alt=PERS:hi"]),
    ({"O": 0.4, "B-LOC": 0.6}, "B-LOC", ["m1=mid"]),
])
def test_confidence_features(row: dict[str, float], label: str, expected: list[str]) -> None:
    names = ("O", "B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-ORG")
    assert confidence_features(names, [[row.get(n, 0.0) for n in names]], [label]) == [expected]
