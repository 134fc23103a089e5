"""The NER stage on a short text, backends, and the bundled model."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import Config, NerConfig
from marsad.errors import ConfigError, ModelError
from marsad.model import Document
from marsad.ner.crf import CrfTagger
from marsad.ner.features import analyze_word, token_analysis
from marsad.ner.stage import NerStage, load_backend, mentions_from_tags
from marsad.pipeline import build_pipeline
from marsad.text import analyze_text

TEXT = "قال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة ستجتمع. وصل الوزير إلى القاهرة أمس."


def test_bundled_model_loads() -> None:
    tagger = CrfTagger.load()
    assert tagger.meta.features.clusters
    labels, scores = tagger.tag_document([["زار", "بوش", "القاهرة"]], marginals=True)
    assert len(labels[0]) == 3 and all(0.0 <= s <= 1.0 for s in scores[0])


def test_stage_adds_mentions_with_offsets() -> None:
    doc = NerStage(Config())(analyze_text(TEXT))
    ner = [m for m in doc.mentions if m.origin == "ner"]
    assert ner, "no mentions found"
    for m in ner:
        assert doc.text[m.start : m.end] == m.text
        assert m.label in ("PERS", "LOC", "ORG", "MISC") and m.actor is None
        assert 0.0 < m.score <= 1.0
    found = {(m.text, m.label) for m in ner}
    assert ("القاهرة", "LOC") in found
    assert ("واشنطن", "LOC") in found


def test_stage_in_a_pipeline() -> None:
    pipe = build_pipeline(("text", "ner"))
    doc = pipe(Document.from_text(TEXT))
    assert "ner@1" in doc.stages and any(m.origin == "ner" for m in doc.mentions)


def test_backend_none_adds_nothing() -> None:
    doc = analyze_text(TEXT)
    assert NerStage(Config(ner=NerConfig(backend="none")))(doc) is doc


@pytest.mark.parametrize("backend", ["spacy", "hf:", ""])
def test_unknown_backend(backend: str) -> None:
    with pytest.raises(ConfigError):
        NerStage(Config(ner=NerConfig(backend=backend)))


def test_missing_model_file(tmp_path: Path) -> None:
    stage = NerStage(Config(ner=NerConfig(model_path=str(tmp_path / "none.json"))))
    with pytest.raises(ModelError, match="not found"):
        stage(analyze_text(TEXT))


def test_mentions_from_tags_uses_lowest_marginal() -> None:
    doc = analyze_text("زار جورج بوش بغداد")
    toks = doc.tokens
    ms = mentions_from_tags(doc, toks, ["O", "B-PERS", "I-PERS", "B-LOC"], [1.0, 0.9, 0.6, 0.8])
    assert [(m.text, m.label, m.score) for m in ms] == [("جورج بوش", "PERS", 0.6), ("بغداد", "LOC", 0.8)]


def test_a_particle_the_tagger_takes_into_a_name_is_left_out() -> None:
    """فإن مون: the particle opening the clause is no word of the name; a particle alone is none."""
    doc = analyze_text("وقال البيان فإن مون وكيم تبادلا وجهات النظر")
    toks = doc.tokens
    labels = ["O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O"]
    assert [m.text for m in mentions_from_tags(doc, toks, labels, [])] == ["مون"]
    labels = ["O", "O", "B-PERS", "O", "O", "O", "O", "O"]
    assert mentions_from_tags(doc, toks, labels, []) == []


def test_token_analysis_matches_segmenting_again() -> None:
    doc = analyze_text(TEXT + " وللمصريين ،2024 والأمريكيون")
    for tok in doc.tokens:
        assert token_analysis(tok) == analyze_word(tok.text), tok.text


def test_tag_tokens_equals_tag_document() -> None:
    doc = analyze_text(TEXT)
    groups = [doc.sentence_tokens(s) for s in doc.sentences]
    by_tokens = CrfTagger.load().tag_tokens(groups, marginals=True)
    by_words = CrfTagger.load().tag_document([[t.text for t in g] for g in groups], marginals=True)
    assert by_tokens == by_words


@pytest.mark.parametrize("backend", ["crf", "crf-stacked", "crf-fast"])
def test_crf_backends(backend: str) -> None:
    doc = NerStage(Config(ner=NerConfig(backend=backend)))(analyze_text(TEXT))
    assert ("القاهرة", "LOC") in {(m.text, m.label) for m in doc.mentions if m.origin == "ner"}
    tagger = load_backend(backend)
    assert isinstance(tagger, CrfTagger)
    assert (tagger.meta.stack is None) == (backend == "crf-fast")
    # the bundled model mixes a network into its stacked CRFs; crf-stacked and crf-fast leave it out
    assert (tagger.neural is not None) == (backend == "crf")


def test_word_cache_option_sizes_the_score_tables_and_changes_no_output() -> None:
    from marsad.ner.fastcrf import WORD_CACHE

    assert NerConfig().word_cache == WORD_CACHE  # one default, written in two places
    default = NerStage(Config())
    larger = NerStage(Config(ner=NerConfig(word_cache=100_000)))
    assert [t._words.capacity for t in larger.tagger._fast] == [100_000, 100_000]  # type: ignore[union-attr]
    assert [t._words.capacity for t in default.tagger._fast] == [WORD_CACHE, WORD_CACHE]  # type: ignore[union-attr]
    doc = analyze_text(TEXT)
    assert larger(doc).mentions == default(doc).mentions


@pytest.mark.parametrize("size", [0, 999, "100000", 2.5, True])
def test_word_cache_option_is_checked(size: object) -> None:
    with pytest.raises(ConfigError, match="word_cache"):
        NerStage(Config(ner=NerConfig(word_cache=size)))  # type: ignore[arg-type]
