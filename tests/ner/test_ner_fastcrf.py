"""The numpy CRF engine against python-crfsuite: same labels, same marginals, exact weights."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from ner_tiny_corpus import LINES

from marsad.errors import ModelError
from marsad.ner.conll import parse_conll
from marsad.ner.crf import CrfTagger
from marsad.ner.fastcrf import marginals, read_crfsuite, viterbi
from marsad.ner.stacking import StackConfig
from marsad.ner.train import CrfParams, TrainSettings, train_model

DOCS = [
    [["زار", "الرئيس", "بوش", "مدينة", "بغداد", "."], ["قالت", "الأمم", "المتحدة", "إن", "بوش", "في", "القاهرة"]],
    [["بوش"], [], ["وصل", "الوزير", "إلى", "القاهرة", "أمس", "وقال", "إن", "الأمم", "المتحدة", "ستجتمع"]],
    [["IBM", "2007", "،", "بغداد"]],
]


@pytest.fixture(scope="module", params=[None, StackConfig(window=2, folds=2),
                                        StackConfig(window=2, folds=2, confidence=1)],
                ids=["single", "stacked", "stacked-confidence"])
def model(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fast") / "tiny.json"
    train_model(parse_conll(LINES * 6), out, TrainSettings(params=CrfParams(max_iterations=30),
                                                           stack=request.param))
    return out


@pytest.mark.parametrize("doc", DOCS)
def test_numpy_engine_matches_crfsuite(model: Path, doc: list[list[str]]) -> None:
    ref_y, ref_p = CrfTagger.load(model, engine="crfsuite").tag_document(doc, marginals=True)
    y, p = CrfTagger.load(model).tag_document(doc, marginals=True)
    assert y == ref_y
    for a, b in zip(p, ref_p, strict=True):
        assert np.allclose(a, b, atol=1e-9)


def test_weights_are_read_exactly(model: Path) -> None:
    path = model.with_suffix(".crfsuite")
    w = read_crfsuite(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    assert set(w.labels) == set(tagger.labels())
    for (attr, label), weight in info.state_features.items():  # info() rounds to 6 decimals
        assert w.state[w.attrs[attr], w.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (a, b), weight in info.transitions.items():
        assert w.trans[w.labels.index(a), w.labels.index(b)] == pytest.approx(weight, abs=1e-6)


def test_features_split_like_the_sentence_features(model: Path) -> None:
    """Own + neighbour + link + gazetteer features are exactly the crfsuite feature lists."""
    ex = CrfTagger.load(model).extractor
    words = DOCS[1][2]
    info, gaz = ex.words(words)
    full = ex.sentence(words)
    win = ex.config.window
    for i in range(len(words)):
        parts = ["bias", *info[i][0], *ex.pair_features(info, gaz, i)]
        for off in range(-win, win + 1):
            j = i + off
            if off and 0 <= j < len(words):
                parts += info[j][1][off + win]
            elif off and j in (-1, len(words)):
                parts.append(f"{off:+d}BOUND")
        assert Counter(parts) == Counter(full[i])


def test_viterbi_and_marginals_on_a_hand_made_chain() -> None:
    trans = np.array([[0.0, -5.0], [1.0, 0.0]])
    emit = np.zeros((2, 3, 2))
    emit[0] = [[2.0, 0.0], [0.0, 1.0], [0.0, 0.5]]
    emit[1, 0] = [0.0, 3.0]  # a sequence of one token (padded)
    assert viterbi(emit, [3, 1], trans) == [[0, 0, 0], [1]]
    m = marginals(emit, [3, 1], trans)
    assert np.allclose(m[:, :1].sum(axis=2), 1.0)
    assert m[1, 0, 1] == pytest.approx(np.exp(3) / (1 + np.exp(3)))
    # brute force over the 8 label sequences of the first chain
    seqs = [(a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)]
    score = {q: sum(emit[0, t, q[t]] for t in range(3)) + trans[q[0], q[1]] + trans[q[1], q[2]] for q in seqs}
    z = sum(np.exp(v) for v in score.values())
    p_first_is_0 = sum(np.exp(v) for q, v in score.items() if q[0] == 0) / z
    assert m[0, 0, 0] == pytest.approx(p_first_is_0)
    assert max(score, key=score.__getitem__) == (0, 0, 0)


@pytest.mark.parametrize("content", [b"", b"lCRF" + b"\0" * 40, b"not a model at all, not at all"])
def test_bad_model_file(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "bad.crfsuite"
    p.write_bytes(content)
    with pytest.raises(ModelError, match=r"bad\.crfsuite"):
        read_crfsuite(p)
