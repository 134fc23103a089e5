"""Training end to end on a tiny corpus (a few iterations): files written, model loads and tags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ner_tiny_corpus import LINES

from marsad.ner.conll import parse_conll
from marsad.ner.crf import CrfTagger
from marsad.ner.stacking import StackConfig
from marsad.ner.train import CrfParams, TrainSettings, train_model


@pytest.mark.parametrize("stack", [None, StackConfig(window=2, folds=2)])
def test_train_small_model(tmp_path: Path, stack: StackConfig | None) -> None:
    sents = parse_conll(LINES * 6)
    settings = TrainSettings(params=CrfParams(max_iterations=10), stack=stack)
    out = tmp_path / "m" / "tiny.json"
    meta = train_model(sents, out, settings)
    files = sorted(p.name for p in out.parent.iterdir())
    expected = {"tiny.json", "tiny.crfsuite", "clusters.tsv.gz"} | ({"tiny.stack.crfsuite"} if stack else set())
    assert set(files) == expected
    assert json.loads(out.read_text(encoding="utf-8"))["crf_files"] == list(meta.crf_files)
    tagger = CrfTagger.load(out)
    labels, _ = tagger.tag_document([["زار", "بوش", "بغداد"]])
    assert len(labels[0]) == 3
    assert all(lab in {"O", "B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-ORG"} for lab in labels[0])
    if stack:
        assert CrfTagger.load(out, first_pass_only=True).meta.stack is None
