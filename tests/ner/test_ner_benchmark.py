"""The bundled model on the ANERcorp test split (slow; skips when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.ner.conll import read_conll
from marsad.ner.crf import CrfTagger
from marsad.ner.scoring import score_entities

# Pinned a little below what the bundled model measured (see benchmarks/README.md), so that a
# regression in features, text layer or clusters shows up.
FLOOR_TEST_F1 = 0.73


@pytest.mark.slow
def test_anercorp_test_above_floor(shared: Path) -> None:
    path = shared / "data" / "ner" / "ANERcorp" / "ANERCorp_CamelLab_test.txt"
    if not path.is_file():
        pytest.skip("ANERcorp test file absent")
    sents = read_conll(path)
    pred, _ = CrfTagger.load().tag_document([s.tokens for s in sents])
    scores = score_entities([s.tags for s in sents], pred)
    assert scores.micro.n_gold == 2285
    assert scores.micro.f1 >= FLOOR_TEST_F1
