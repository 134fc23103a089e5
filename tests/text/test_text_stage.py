"""The text stage: protocol, sentences and tokens of the worked example, options, analyze_text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.config import Config, TextConfig
from marsad.model import Document
from marsad.pipeline import Stage, build_pipeline
from marsad.text import analyze_text
from marsad.text.stage import TextStage


def test_stage_protocol() -> None:
    stage = TextStage(Config())
    assert isinstance(stage, Stage)
    assert stage.name == "text@1"
    assert stage.requires == ()
    assert stage.provides == ("sentences", "tokens")


def test_registry_builds_the_text_stage(example_text: str) -> None:
    pipe = build_pipeline(("text",))
    doc = pipe(Document.from_text(example_text))
    assert doc.stages == ("text@1",)
    assert len(doc.sentences) == 23


def test_example_document(example_text: str) -> None:
    doc = analyze_text(example_text)
    assert doc.text == example_text
    assert "text@1" in doc.stages
    assert len(doc.sentences) == 23
    assert doc.tokens[-1].index == len(doc.tokens) - 1
    for sent in doc.sentences:
        assert example_text[sent.start : sent.end] == sent.text
        toks = doc.sentence_tokens(sent)
        assert toks, sent.text
        assert toks[0].start == sent.start and toks[-1].end == sent.end
    assert doc.sentences[0].token_start == 0
    assert doc.sentences[-1].token_end == len(doc.tokens)
    for a, b in zip(doc.sentences, doc.sentences[1:], strict=False):
        assert a.token_end == b.token_start


def test_example_tokens(example_text: str) -> None:
    doc = analyze_text(example_text)
    by_text = {t.text: t for t in doc.tokens}
    assert [s.text for s in by_text["وإيران"].segments] == ["و", "إيران"]
    assert [s.text for s in by_text["للأمن"].segments] == ["ل", "ل", "أمن"]
    assert by_text["بالرئيس"].base == "رييس"
    assert [s.text for s in by_text["حدودهما"].segments] == ["حدود", "هما"]
    for word in ("باكستان", "أفغانستان", "بيان", "بلوشستان", "سوريا", "واشنطن", "كما"):
        assert len(by_text[word].segments) == 1, word
    assert by_text["2021"].kind == "number"
    assert by_text["“"].kind == "punct" and by_text["“"].norm == '"'


def test_config_options_reach_the_tokens() -> None:
    cfg = Config(text=TextConfig(ta_marbuta=False))
    doc = analyze_text("جبهة موحدة", cfg)
    assert [t.norm for t in doc.tokens] == ["جبهة", "موحدة"]
    assert [t.norm for t in analyze_text("جبهة موحدة").tokens] == ["جبهه", "موحده"]


def test_analyze_text_accepts_a_document_and_keeps_its_fields() -> None:
    doc = Document.from_text("قال الرئيس.", id="d1", origin="x.jsonl:3")
    out = analyze_text(doc)
    assert out.id == "d1" and out.origin == "x.jsonl:3"
    assert [t.text for t in out.tokens] == ["قال", "الرئيس", "."]
    assert out.stages == ("text@1",)


def test_empty_document() -> None:
    doc = analyze_text("")
    assert doc.sentences == () and doc.tokens == ()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]) | st.sampled_from(list("قال.؟\n “”وبال")), max_size=150))
def test_sentences_and_tokens_are_consistent_on_any_text(text: str) -> None:
    doc = analyze_text(text)
    last = 0
    for i, sent in enumerate(doc.sentences):
        assert sent.index == i and last <= sent.start < sent.end <= len(text)
        last = sent.end
        for tok in doc.sentence_tokens(sent):
            assert sent.start <= tok.start < tok.end <= sent.end
            assert text[tok.start : tok.end] == tok.text
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))


def test_stage_pickles_light() -> None:
    import pickle

    stage = TextStage(Config(text=TextConfig(alef_maqsura=False)))
    data = pickle.dumps(stage)
    assert len(data) < 2000  # the configuration, not the vocabulary
    clone = pickle.loads(data)
    assert clone.config == stage.config
    assert clone(Document.from_text("على")).tokens[0].norm == "على"
