"""The topic model: fitting, probabilities, the model file (round trip and bad files), the bundled model."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import ModelError
from marsad.model import Document
from marsad.text.stage import TextStage
from marsad.topic.classifier import TopicModel, stems, vectorise
from marsad.topic.train import fit

# Two made-up "sections" with their own words: enough for a model to tell them apart.
SPORT = ["مباراة", "هدف", "لاعب", "ملعب", "دوري", "مدرب", "حارس", "كأس"]
POLITICS = ["وزير", "حكومة", "برلمان", "انتخاب", "رئيس", "سفير", "اتفاق", "مجلس"]


def corpus(n: int = 40) -> tuple[list[Counter[str]], list[str]]:
    rng = np.random.default_rng(7)
    rows, labels = [], []
    for i in range(n):
        words, label = (SPORT, "sport") if i % 2 else (POLITICS, "politics")
        shared = ["اليوم", "قال"]
        rows.append(Counter(rng.choice(words + shared, size=12).tolist()))
        labels.append(label)
    return rows, labels


@pytest.fixture(scope="module")
def tiny() -> TopicModel:
    rows, labels = corpus()
    return fit(rows, labels, label_set=("politics", "sport"), min_df=1, l2=1e-3,
               header={"id": "topic", "version": 1, "licence": "MIT", "provenance": "test"})


def test_fit_separates_the_sections(tiny: TopicModel) -> None:
    p = tiny.probabilities(Counter({"مباراة": 2, "لاعب": 1}))
    assert tiny.labels[int(p.argmax())] == "sport" and p.max() > 0.8
    p = tiny.probabilities(Counter({"وزير": 1, "برلمان": 2}))
    assert tiny.labels[int(p.argmax())] == "politics" and p.max() > 0.8


def test_unknown_words_give_the_prior(tiny: TopicModel) -> None:
    p = tiny.probabilities(Counter({"كلمةمجهولة": 3}))
    assert np.allclose(p, tiny.probabilities(Counter()))


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.sampled_from(SPORT + POLITICS + ["غريب"]), st.integers(1, 50), max_size=10))
def test_probabilities_are_a_distribution(tiny: TopicModel, counts: dict[str, int]) -> None:
    p = tiny.probabilities(Counter(counts))
    assert p.shape == (2,) and np.all(p >= 0) and abs(float(p.sum()) - 1.0) < 1e-9


def test_vectorise_is_unit_length_and_sublinear() -> None:
    index = {"أ": 0, "ب": 1}
    cols, vals = vectorise(Counter({"أ": 1, "ب": 10, "ج": 5}), index)
    assert cols == [0, 1]
    assert abs(sum(v * v for v in vals) - 1.0) < 1e-12
    assert vals[1] / vals[0] == pytest.approx(1 + np.log(10))


def test_stems_keep_arabic_words_only() -> None:
    doc = TextStage()(Document.from_text("قال الوزير 2024 إن CNN، و الحكومة."))
    counts = stems(doc.tokens)
    assert all(not w.isdigit() and w.isalpha() for w in counts)
    assert set(counts) == {"قال", "وزير", "ان", "حكوم"}


def test_save_and_load_round_trip(tiny: TopicModel, tmp_path: Path) -> None:
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    tiny.save(a)
    tiny.save(b)
    assert a.read_bytes() == b.read_bytes()  # reproducible bytes
    back = TopicModel.load(a)
    assert back.labels == tiny.labels and back.vocab == tiny.vocab
    assert back.header["provenance"] == "test"
    counts = Counter({"هدف": 1, "وزير": 1, "ملعب": 2})
    assert np.allclose(back.probabilities(counts), tiny.probabilities(counts), atol=1e-4)


def _write(path: Path, data: object) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    return path


@pytest.mark.parametrize(("data", "message"), [
    ([1, 2], "not a JSON object"),
    ({"labels": ["a"], "vocab": "x", "weights": [], "bias": [0]}, "lists of strings"),
    ({"labels": ["a", "b"], "vocab": ["x"], "weights": [[1.0]], "bias": [0, 0]}, "shape"),
    ({"labels": ["a"], "vocab": ["x"], "weights": [["w"]], "bias": [0]}, "must be numbers"),
    ({"labels": ["a"], "vocab": ["x", "x"], "weights": [[1.0], [2.0]], "bias": [0]}, "repeated"),
])
def test_bad_model_files_name_the_file(tmp_path: Path, data: object, message: str) -> None:
    path = _write(tmp_path / "bad.json.gz", data)
    with pytest.raises(ModelError) as err:
        TopicModel.load(path)
    assert message in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)


def test_unreadable_and_missing_model_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.json.gz"
    junk.write_bytes(b"not gzip at all")
    with pytest.raises(ModelError, match="cannot be read"):
        TopicModel.load(junk)
    with pytest.raises(ModelError, match="not found"):
        TopicModel.load(tmp_path / "missing.json.gz")


@pytest.mark.parametrize(("fixture", "label"), [("sport_text", "sport"), ("politics_text", "politics")])
def test_bundled_model(request: pytest.FixtureRequest, fixture: str, label: str) -> None:
    model = TopicModel.load()
    topic = model.classify(TextStage()(Document.from_text(request.getfixturevalue(fixture))))
    assert topic.label == label and topic.probability >= 0.8
    assert topic.scores[0][0] == label and len(topic.scores) == len(model.labels)
    assert topic.words >= 40


def test_bundled_model_reads_the_example_as_politics(example_text: str) -> None:
    topic = TopicModel.load().classify(TextStage()(Document.from_text(example_text)))
    assert topic.label == "politics" and topic.probability > 0.9


def test_classify_agrees_with_probabilities_of_all_stems(politics_text: str, sport_text: str) -> None:
    model = TopicModel.load()
    for text in (politics_text, sport_text, "قال", "CNN 2024", ""):
        doc = TextStage()(Document.from_text(text))
        topic = model.classify(doc)
        counts = stems(doc.tokens)
        p = model.probabilities(counts)
        assert topic.words == sum(counts.values())
        assert dict(topic.scores) == {lab: round(float(x), 4) for lab, x in zip(model.labels, p, strict=True)}
