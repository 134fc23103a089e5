"""The optional Hugging Face backend, on a tiny randomly initialised model built here (no download)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import Config, NerConfig
from marsad.errors import ModelError
from marsad.ner.stage import NerStage, load_backend
from marsad.text import analyze_text

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
WORDS = ["قال", "الرئيس", "بوش", "في", "واشنطن", "##ن", "ال", "."]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    path = tmp_path_factory.mktemp("tiny-bert")
    vocab = path / "vocab.txt"
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(vocab), do_lower_case=False)
    tokenizer.save_pretrained(str(path))
    config = transformers.BertConfig(
        vocab_size=len(WORDS) + 5, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64, num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)), label2id={lab: i for i, lab in enumerate(LABELS)})
    transformers.BertForTokenClassification(config).save_pretrained(str(path))
    return path


def test_hf_backend_tags_a_document(tiny_model: Path) -> None:
    from marsad.ner.hf import HfTagger

    tagger = HfTagger(tiny_model)
    assert set(tagger.labels) <= {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC",
                                  "I-MISC"}
    labels, scores = tagger.tag_document([["قال", "بوش", "في", "واشنطن"], [], ["كلمة", "مجهولة"]])
    assert [len(y) for y in labels] == [4, 0, 2]
    assert all(lab in tagger.labels for y in labels for lab in y)
    assert all(0.0 < s <= 1.0 for ss in scores for s in ss)


def test_hf_stage_offsets(tiny_model: Path) -> None:
    load_backend.cache_clear()
    stage = NerStage(Config(ner=NerConfig(backend=f"hf:{tiny_model}")))
    doc = stage(analyze_text("قال الرئيس بوش في واشنطن."))
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text and m.origin == "ner"


def test_hf_missing_directory(tmp_path: Path) -> None:
    from marsad.ner.hf import HfTagger

    with pytest.raises(ModelError, match="not found"):
        HfTagger(tmp_path / "absent")


def test_hf_directory_without_model(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    from marsad.ner.hf import HfTagger

    with pytest.raises(ModelError):
        HfTagger(tmp_path)


def test_hf_without_transformers_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from marsad.ner.hf import HfTagger

    monkeypatch.setitem(sys.modules, "transformers", None)  # makes `import transformers` fail
    with pytest.raises(ModelError, match=r"marsad\[hf\]"):
        HfTagger(tmp_path)


def test_hf_stage_with_a_missing_directory_fails_at_start(tmp_path: Path) -> None:
    """A wrong hf:PATH stops the pipeline being built, instead of failing every document."""
    from marsad.config import Config, NerConfig
    from marsad.ner.stage import NerStage

    with pytest.raises(ModelError, match="not found"):
        NerStage(Config(ner=NerConfig(backend=f"hf:{tmp_path / 'absent'}")))


def test_code_command_with_a_missing_hf_model_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    doc = tmp_path / "a.txt"
    doc.write_text("زار الرئيس الإيراني باكستان.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "marsad.cli", "code", str(doc), "--ner", f"hf:{tmp_path / 'absent'}"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        f"marsad: error: [E500] {tmp_path / 'absent'}: Hugging Face model directory not found"]
