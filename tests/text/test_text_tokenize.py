"""Tokenisation: kinds, offsets, clitic segmentation (the hard cases named in the issue), properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.config import TextConfig
from marsad.model import Token
from marsad.text import tokenize
from marsad.text.tokenize import Tokenizer


def _seg(word: str) -> str:
    (tok,) = tokenize(word)
    return "+".join(s.text for s in tok.segments)


# Words that begin or end like a clitic but are one word (the list and more).
WHOLE = [
    "وزير", "فلسطين", "بريطانيا", "كتاب", "لبنان", "سوريا", "بيان", "ولاية", "فرنسا", "وزارة",
    "وكالة", "واشنطن", "فريق", "فقط", "بين", "بعد", "لجنة", "لندن", "كان", "كبير", "سنة", "سياسة",
    "ستة", "سيد", "الله", "التي", "الذي", "التقى", "التزام", "ألمانيا", "المانيا", "الاف", "عربي",
    "إيراني", "ملك", "بنك", "متهم", "اتجاه", "مياه", "هناك", "ذلك", "كما", "لكن", "له", "بها",
    "درهم", "أبها", "سيلفيا", "ويليامسون", "وزيرة", "والد", "والي",
]  # fmt: skip
# Words that carry clitics (the list and more), with their segmentation.
SPLIT = [
    ("وإيران", "و+إيران"), ("بالرئيس", "ب+ال+رئيس"), ("للأمن", "ل+ل+أمن"), ("وقال", "و+قال"),
    ("فإن", "ف+إن"), ("كتابه", "كتاب+ه"), ("حكومتهم", "حكومت+هم"), ("والرئيس", "و+ال+رئيس"),
    ("وبالرئيس", "و+ب+ال+رئيس"), ("سيكون", "س+يكون"), ("وسيتم", "و+س+يتم"), ("كالرئيس", "ك+ال+رئيس"),
    ("بشكل", "ب+شكل"), ("بسبب", "ب+سبب"), ("لإيران", "ل+إيران"), ("منهما", "من+هما"),
    ("حدودهما", "حدود+هما"), ("قواتها", "قوات+ها"), ("عليه", "علي+ه"), ("بلادنا", "بلاد+نا"),
    ("حكومتي", "حكومت+ي"), ("الأربعاء", "ال+أربعاء"), ("الالتزام", "ال+التزام"), ("وله", "و+له"),
    ("كلهم", "كل+هم"), ("وفيهم", "و+في+هم"), ("للعقوبات", "ل+ل+عقوبات"), ("وأضاف", "و+أضاف"),
    ("وتنجلي", "و+تنجلي"), ("واعتمروا", "و+اعتمروا"), ("للبنان", "ل+لبنان"), ("بدوره", "ب+دور+ه"), ("لقائه", "لقائ+ه"), ("وأضافت", "و+أضافت"),
]  # fmt: skip


@pytest.mark.parametrize("word", WHOLE)
def test_words_that_are_not_split(word: str) -> None:
    assert _seg(word) == word


@pytest.mark.parametrize(("word", "expected"), SPLIT)
def test_words_that_are_split(word: str, expected: str) -> None:
    assert _seg(word) == expected


@pytest.mark.parametrize(
    ("word", "kinds", "norms", "base"),
    [
        ("بالرئيس", ("proclitic", "article", "stem"), ("ب", "ال", "رييس"), "رييس"),
        ("للأمن", ("proclitic", "article", "stem"), ("ل", "ال", "امن"), "امن"),
        ("حكومتهم", ("stem", "enclitic"), ("حكومه", "هم"), "حكومه"),
        ("وسيتم", ("proclitic", "proclitic", "stem"), ("و", "س", "يتم"), "يتم"),
        ("مستشفاه", ("stem", "enclitic"), ("مستشفي", "ه"), "مستشفي"),
        ("وزير", ("stem",), ("وزير",), "وزير"),
    ],
)
def test_segment_kinds_and_norms(word: str, kinds: tuple[str, ...], norms: tuple[str, ...], base: str) -> None:
    (tok,) = tokenize(word)
    assert tuple(s.kind for s in tok.segments) == kinds
    assert tuple(s.norm for s in tok.segments) == norms
    assert tok.base == base


def test_token_properties() -> None:
    (tok,) = tokenize("وبالرئيس")
    assert tok.proclitics == ("و", "ب", "ال")
    assert tok.has_article
    assert tok.enclitic is None
    (tok,) = tokenize("كتابه")
    assert tok.enclitic == "ه"
    assert not tok.has_article


@pytest.mark.parametrize(
    ("word", "stem"),
    [("المسلحين", "مسلح"), ("الإيرانية", "ايراني"), ("الإيرانيين", "ايراني"), ("إيران", "ايران"),
     ("فلسطين", "فلسطين"), ("باكستان", "باكستان"), ("المتحدة", "متحد"), ("الجانبان", "جانب"),
     ("قال", "قال"), ("العلاقات", "علاق")],
)  # fmt: skip
def test_light_stem(word: str, stem: str) -> None:
    assert tokenize(word)[0].stem == stem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال 3.5 و1.200 أو ٢٠٢٤", [("قال", "word"), ("3.5", "number"), ("و", "word"), ("1.200", "number"), ("أو", "word"), ("٢٠٢٤", "number")]),
        ("زار Joe Biden الرياض.", [("زار", "word"), ("Joe", "latin"), ("Biden", "latin"), ("الرياض", "word"), (".", "punct")]),
        ("“جبهة”، (نعم)؟", [("“", "punct"), ("جبهة", "word"), ("”", "punct"), ("،", "punct"), ("(", "punct"), ("نعم", "punct" if False else "word"), (")", "punct"), ("؟", "punct")]),
        ("50% + $ 😀", [("50", "number"), ("%", "punct"), ("+", "symbol"), ("$", "symbol"), ("😀", "symbol")]),
        ("#قطاع_غزة", [("قطاع", "word"), ("غزة", "word")]),  # hashtag marks are separators
        ("إِبْرَاهِيمُ رئيسي", [("إِبْرَاهِيمُ", "word"), ("رئيسي", "word")]),
        ("باك\u200fستان\u200e", [("باك", "word"), ("ستان", "word")]),
        ("يناير/كانون", [("يناير", "word"), ("/", "punct"), ("كانون", "word")]),
    ],
)
def test_token_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.kind) for t in tokenize(text)] == expected


def test_diacritics_stay_with_their_segment() -> None:
    text = "وَبِالرَّئِيسِ"
    (tok,) = tokenize(text)
    assert [s.text for s in tok.segments] == ["وَ", "بِ", "ال", "رَّئِيسِ"]
    assert tok.norm == "وبالرييس"
    assert tok.base == "رييس"


def test_range_and_first_index() -> None:
    text = "جملة أولى. وقال الرئيس."
    start = text.index("وقال")
    toks = tokenize(text, start, len(text), first_index=7)
    assert [t.text for t in toks] == ["وقال", "الرئيس", "."]
    assert [t.index for t in toks] == [7, 8, 9]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_options_change_norms_not_segmentation() -> None:
    text = "حكومتهم مستشفى"
    plain = Tokenizer(options=TextConfig(ta_marbuta=False, alef_maqsura=False)).tokenize(text)
    default = tokenize(text)
    assert [s.text for t in plain for s in t.segments] == [s.text for t in default for s in t.segments]
    assert plain[0].base == "حكومة" and default[0].base == "حكومه"
    assert plain[1].norm == "مستشفى" and default[1].norm == "مستشفي"


def test_tokens_are_ordinary_frozen_model_objects() -> None:
    (tok,) = tokenize("بالرئيس")
    assert type(tok) is Token
    assert tok == Token(tok.text, tok.start, tok.end, tok.index, tok.kind, tok.norm, tok.segments, tok.stem)
    assert hash(tok) == hash(Token(tok.text, tok.start, tok.end, tok.index, tok.kind, tok.norm, tok.segments, tok.stem))
    with pytest.raises(AttributeError):
        tok.text = "x"  # type: ignore[misc]


def _check(text: str, tokens: list[Token]) -> None:
    last = 0
    for i, tok in enumerate(tokens):
        assert tok.index == i
        assert last <= tok.start < tok.end <= len(text)
        assert text[tok.start : tok.end] == tok.text
        assert tok.segments[0].start == tok.start and tok.segments[-1].end == tok.end
        pos = tok.start
        for seg in tok.segments:
            assert seg.start == pos and text[seg.start : seg.end] == seg.text
            pos = seg.end
        last = tok.end


MIXED = st.text(
    alphabet=st.characters(exclude_categories=["Cs"])
    | st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    | st.sampled_from(list("وفبلكسال هم \u200f\u200e\u200c\u0640“”.،؟3 abc😀\u202b\u202c")),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_offsets_hold_on_arbitrary_text(text: str) -> None:
    _check(text, tokenize(text))


@settings(deadline=None)
@given(st.lists(st.sampled_from(["وبالرئيس", "حكومتهم", "للأمن", "وَالرَّئِيسُ", "ﻻ", "ﷲ", "مـــصر", "Hello", "3.5", "،", " ", "\n"]), max_size=30))
def test_offsets_hold_on_arabic_word_soup(parts: list[str]) -> None:
    text = "".join(parts)
    _check(text, tokenize(text))


def test_every_visible_character_is_in_a_token() -> None:
    text = "قال: «نعم» 😀 — x\u0000y"
    covered = {i for t in tokenize(text) for i in range(t.start, t.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_hashtag_marks_separate_words() -> None:
    """#مجلس_الأمن reads مجلس الأمن: # and _ are skipped like spaces, offsets stay exact."""
    text = "دعا #مجلس_الأمن إلى_التهدئة"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["دعا", "مجلس", "الأمن", "إلى", "التهدئة"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_fast_constructors_are_used_only_for_the_expected_layout() -> None:
    from marsad.model import Span
    from marsad.text import _fast

    assert _fast.FAST  # the model as it stands
    assert not _fast._layout_ok(Span, _fast._TOKEN_FIELDS)
    seg = _fast.make_segment("و", 0, 1, "proclitic", "و")
    assert seg == _fast.Segment("و", 0, 1, "proclitic", "و")


def test_portable_path_gives_the_same_tokens(monkeypatch: pytest.MonkeyPatch, example_text: str) -> None:
    import importlib

    tk = importlib.import_module("marsad.text.tokenize")  # the module, not the function of that name

    fast = Tokenizer().tokenize(example_text, 10, 900, 3)
    monkeypatch.setattr(tk, "FAST", False)
    portable = Tokenizer().tokenize(example_text, 10, 900, 3)
    assert portable == fast


def _parts_by_definition(tok: Token) -> tuple[str, tuple[str, ...], str | None, bool]:
    stems = [s.norm for s in tok.segments if s.kind == "stem"]
    return (stems[0] if stems else tok.norm,
            tuple(s.norm for s in tok.segments if s.kind in ("proclitic", "article")),
            next((s.norm for s in tok.segments if s.kind == "enclitic"), None),
            any(s.kind == "article" for s in tok.segments))


def _parts(tok: Token) -> tuple[str, tuple[str, ...], str | None, bool]:
    return tok.base, tok.proclitics, tok.enclitic, tok.has_article


def test_clitic_parts_are_those_of_the_segments_on_every_path(monkeypatch: pytest.MonkeyPatch,
                                                             example_text: str) -> None:
    """base, proclitics, enclitic and has_article are stored when a token is made (fast path,
    portable path, the dataclass constructor); they must say what the segments say."""
    import importlib

    tk = importlib.import_module("marsad.text.tokenize")
    text = example_text + " وبالرئيس وسيقاتلونهم ولمصر وبحكومتها الحكومة"
    fast = Tokenizer().tokenize(text)
    assert any(t.enclitic for t in fast) and any(t.has_article for t in fast) and any(len(t.proclitics) > 1 for t in fast)
    monkeypatch.setattr(tk, "FAST", False)
    portable = Tokenizer().tokenize(text)
    rebuilt = [Token(t.text, t.start, t.end, t.index, t.kind, t.norm, t.segments, t.stem) for t in fast]
    for toks in (fast, portable, rebuilt):
        assert [_parts(t) for t in toks] == [_parts_by_definition(t) for t in toks]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["proclitic", "article", "stem", "enclitic"]),
                          st.text(alphabet="ابتثوهيكل", min_size=1, max_size=3)), min_size=1, max_size=5))
def test_clitic_parts_of_any_segments(segs: list[tuple[str, str]]) -> None:
    from marsad.model import Segment

    surface = "".join(n for _, n in segs)
    pos, segments = 0, []
    for kind, n in segs:
        segments.append(Segment(n, pos, pos + len(n), kind, n))  # type: ignore[arg-type]
        pos += len(n)
    tok = Token(surface, 0, pos, 0, "word", surface, tuple(segments), surface)
    assert _parts(tok) == _parts_by_definition(tok)
