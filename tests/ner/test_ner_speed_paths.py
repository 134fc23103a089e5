"""The fast paths of the tagger give what the plain ones give: stacked-feature keys, confidence keys
from the marginals array, the two-generation caches."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.ner import features
from marsad.ner.fastcrf import _Table
from marsad.ner.features import FeatureConfig, FeatureExtractor
from marsad.ner.stacking import (
    StackConfig,
    conf_features,
    confidence_features,
    confidence_keys,
    confidence_keys_array,
    key_features,
    stacked_extras,
    stacked_keys,
)

NAMES = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC")  # no I-MISC


def test_stacked_keys_spell_the_stacked_features() -> None:
    sents = [["جورج", "بوش", "زار"], ["قال", "جورج", "بوش"], ["بوش", "في", "بغداد"]]
    labels = [["B-PERS", "I-PERS", "O"], ["O", "O", "B-PERS"], ["B-LOC", "O", "B-LOC"]]
    keys = [[(w, w) for w in s] for s in sents]
    cfg = StackConfig(window=2, folds=2)
    spelled = [[key_features(k) for k in s] for s in stacked_keys(keys, labels, cfg)]
    assert spelled == stacked_extras(keys, labels, cfg)
    assert "dsurname" in spelled[2][0] and "dg=B-PERS" in spelled[1][1]


def test_confidence_keys_array_matches_the_per_sentence_keys() -> None:
    rng = np.random.default_rng(7)
    raw = rng.random((3, 5, len(NAMES))) ** 4
    marg = raw / raw.sum(axis=2, keepdims=True)
    marg[0, 0] = [0.05, 0.1, 0.1, 0.0, 0.0, 0.0, 0.0, 0.75]  # near MISC, with no I-MISC label
    labels = [["O", "B-PERS", "O"], ["O"] * 5, ["B-LOC", "I-LOC", "O", "O"]]
    fast = confidence_keys_array(NAMES, marg, labels)
    for s, y in enumerate(labels):
        rows = marg[s, : len(y)].tolist()
        assert fast[s] == confidence_keys(NAMES, rows, y)
        assert [conf_features(k) for k in fast[s]] == confidence_features(NAMES, rows, y)
    assert fast[0][0] == ("lo", "MISC", "hi")


def test_table_keeps_frequent_keys_across_generations() -> None:
    made: list[str] = []

    def make(key: str) -> np.ndarray | None:
        made.append(key)
        return None if key.startswith("z") else np.full(2, float(len(key)))

    table: _Table[str] = _Table((2,), capacity=6)
    for i in range(12):  # "hot" is met in every call, the others once
        got = table.rows(["hot", f"w{i}", f"zz{i}"], make)
        assert got.tolist() == [[3.0, 3.0], [float(len(f"w{i}"))] * 2, [0.0, 0.0]]
    assert made.count("hot") == 1
    assert len(table.index) + len(table.old_index) <= 6 + 3


def test_feature_cache_is_bounded_and_keeps_frequent_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "CACHE_MAX", 4)
    calls: list[str] = []

    def analyze(word: str) -> features.WordAnalysis:
        calls.append(word)
        return features.analyze_word_uncached(word)

    ex = FeatureExtractor(FeatureConfig(clusters=False, cues=False, gazetteer=False), analyzer=analyze)
    first = ex.word_features("بغداد")
    for i in range(20):
        assert ex.word_features("بغداد") == first
        ex.word_features(f"كلمة{i}")
    assert calls.count("بغداد") == 1
    assert len(ex._cache) + len(ex._old) <= 4 + 1
