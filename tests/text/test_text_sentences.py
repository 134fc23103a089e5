"""Sentence segmentation: the worked example (boundaries checked by reading it), rule tables, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import split_sentences

# (start, end, first word, last word) of every sentence of examples/pakistan-iran-2024-04-24.ar.txt.
# Checked by reading: 15 paragraphs; paragraph 3 is a headline without a full stop; paragraph 6
# ends inside a closing quote (”.); paragraph 12 ends with the stray fragment "غسيل أموال."; the
# dashes of paragraphs 9 and 15 and the "/" of "مارس/آذار" do not end sentences.
EXAMPLE_SENTENCES = [
    (0, 165, "تعهدت", "والعالمي."),
    (166, 332, "وتعهدت", "أيام."),
    (333, 415, "الزعيمان", "الدبلوماسية"),
    (416, 570, "وتهدف", "الأمن."),
    (571, 713, "والتقى", "منير."),
    (714, 843, "وقال", "الإرهاب”."),
    (844, 1032, "وشهدت", "إيران."),
    (1033, 1149, "وكثيرا", "السلطة."),
    (1150, 1268, "وحركة", "الأفغانية."),
    (1269, 1422, "ومع", "أخرى."),
    (1423, 1527, "وفي", "أفغانستان."),
    (1528, 1629, "وقالت", "النار."),
    (1630, 1733, "كما", "إيران."),
    (1734, 1821, "وتنشط", "لإيران."),
    (1822, 1952, "وفي", "الحدود."),
    (1953, 2072, "وغالباً", "عقدين."),
    (2073, 2335, "واتفقت", "المخدرات."),
    (2336, 2347, "غسيل", "أموال."),
    (2348, 2484, "واتفقت", "اقتصادية."),
    (2485, 2663, "كما", "وآخرين."),
    (2664, 2712, "وردت", "إسرائيل."),
    (2713, 2870, "وقالت", "الأمريكية."),
    (2871, 3045, "تم", "الإيراني."),
]


def test_example_sentences(example_text: str) -> None:
    spans = split_sentences(example_text)
    got = [(a, b, example_text[a:b].split()[0], example_text[a:b].split()[-1]) for a, b in spans]
    assert got == EXAMPLE_SENTENCES


def test_example_stray_fragment_is_its_own_sentence(example_text: str) -> None:
    texts = [example_text[a:b] for a, b in split_sentences(example_text)]
    assert "غسيل أموال." in texts
    assert any(t.endswith("والاستيلاء على المخدرات.") for t in texts)


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic and Latin terminators end sentences; the Arabic comma and semicolon do not.
        ("قال الوزير. وأضاف أنه مستعد.", ["قال الوزير.", "وأضاف أنه مستعد."]),
        ("هل يأتي؟ نعم!", ["هل يأتي؟", "نعم!"]),
        ("هل يعقل هذا؟! لا أظن.", ["هل يعقل هذا؟!", "لا أظن."]),
        ("وصل الوفد، والتقى الرئيس؛ ثم غادر.", ["وصل الوفد، والتقى الرئيس؛ ثم غادر."]),
        ("انتظروا... ثم رحلوا.", ["انتظروا...", "ثم رحلوا."]),
        ("انتظروا… ثم رحلوا.", ["انتظروا…", "ثم رحلوا."]),
        # Abbreviations, initials and numbers.
        ("التقى د. محمد البرادعي بالوفد.", ["التقى د. محمد البرادعي بالوفد."]),
        ("قال م. أحمد إن المشروع انتهى.", ["قال م. أحمد إن المشروع انتهى."]),
        ("نقلت وكالة أ.ف.ب عن مصدر قوله.", ["نقلت وكالة أ.ف.ب عن مصدر قوله."]),
        ("بني المعبد عام 500 ق.م وما زال قائما.", ["بني المعبد عام 500 ق.م وما زال قائما."]),
        ("بلغ النمو 3.5 في المئة.", ["بلغ النمو 3.5 في المئة."]),
        ("قتل 1.200 شخص. وأصيب آخرون.", ["قتل 1.200 شخص.", "وأصيب آخرون."]),
        ("ولد عام 1950م. وتوفي لاحقا.", ["ولد عام 1950م.", "وتوفي لاحقا."]),
        ("ولد عام 1370 هـ. وتوفي لاحقا.", ["ولد عام 1370 هـ.", "وتوفي لاحقا."]),
        ("Dr. Smith met U.S. officials. They agreed.", ["Dr. Smith met U.S. officials.", "They agreed."]),
        ("زوروا example.com للمزيد.", ["زوروا example.com للمزيد."]),
        ("قال مراسل العربية.نت إن الوفد وصل.", ["قال مراسل العربية.نت إن الوفد وصل."]),
        # Quotes: no boundary inside, a boundary when a quote closes after a terminator.
        ("قال: “لن نتراجع. سنواصل”. وغادر.", ["قال: “لن نتراجع. سنواصل”.", "وغادر."]),
        ("قال: «لن نتراجع. سنواصل.» ثم غادر.", ["قال: «لن نتراجع. سنواصل.»", "ثم غادر."]),
        ('قال: "كفى. انتهى." ثم صمت.', ['قال: "كفى. انتهى."', "ثم صمت."]),
        ("قال ”لن نتراجع. أبدا“ وغادر.", ["قال ”لن نتراجع. أبدا“ وغادر."]),  # reversed quotes
        ('وقال: "هل تذكرون؟". وأضاف: "نعم".', ['وقال: "هل تذكرون؟".', 'وأضاف: "نعم".']),
        ('تعرض المنطقة للخطر. "\nمن جهته، دان.', ['تعرض المنطقة للخطر. "', "من جهته، دان."]),
        ("كيف يحدث هذا؟ .\nما هذه التقلبات؟", ["كيف يحدث هذا؟ .", "ما هذه التقلبات؟"]),
        ("قالت شبكة (سي. إن. إن) إن الوفد وصل.", ["قالت شبكة (سي. إن. إن) إن الوفد وصل."]),
        ("نقلت بي.بي.سي. عن مصدر قوله.", ["نقلت بي.بي.سي. عن مصدر قوله."]),
        # Line breaks: a headline is its own sentence; a line ending in a comma goes on.
        ("عاجل\nقال الوزير إنه مستعد.", ["عاجل", "قال الوزير إنه مستعد."]),
        ("قال الوزير،\nإنه مستعد.", ["قال الوزير،\nإنه مستعد."]),
        ("  \n\nسطر أول\n\n\nسطر ثان  ", ["سطر أول", "سطر ثان"]),
        # A short fragment after a full stop is its own sentence.
        ("مكافحة تهريب المخدرات. غسيل أموال.\nواتفقت الدول.", ["مكافحة تهريب المخدرات.", "غسيل أموال.", "واتفقت الدول."]),
        # Closing brackets stay with their sentence.
        ("(قال ذلك أمس.) وغادر.", ["(قال ذلك أمس.)", "وغادر."]),
        ("", []),
        ("   ", []),
        ("بدون علامة", ["بدون علامة"]),
    ],
)
def test_sentence_rules(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_an_unclosed_quote_stops_holding_sentences_together() -> None:
    sentence = "قال الوزير إن المحادثات مستمرة بين الطرفين منذ أسابيع. "
    text = 'بدأ "الاجتماع. ' + sentence * 40
    spans = split_sentences(text)
    assert len(spans) > 20  # a quote open for 1,000 characters is taken to be unbalanced
    assert all(b - a < 1200 for a, b in spans)


def test_range_arguments() -> None:
    text = "أ. ب. جملة أولى. جملة ثانية."
    start = text.index("جملة")
    assert [text[a:b] for a, b in split_sentences(text, start)] == ["جملة أولى.", "جملة ثانية."]
    assert [text[a:b] for a, b in split_sentences(text, start, start + 10)] == ["جملة أولى."]


@settings(deadline=None)
@given(st.text(max_size=200))
def test_spans_are_ordered_trimmed_and_cover_every_visible_character(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
    covered: set[int] = set()
    for a, b in spans:
        covered.update(range(a, b))
    for i, ch in enumerate(text):
        if not ch.isspace() and ch.isprintable():
            assert i in covered


@settings(deadline=None)
@given(st.lists(st.sampled_from(["قال", "الوزير", ".", "؟", "!", "،", "“", "”", "«", "»", '"', "\n", " ", "د.", "3.5", "…"]), max_size=40))
def test_no_crash_on_punctuation_soup(parts: list[str]) -> None:
    text = " ".join(parts)
    for a, b in split_sentences(text):
        assert 0 <= a < b <= len(text)
