"""Golden test: the key actors of the worked example, with the bundled lexicon."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.actors import ActorStage, resolve_plural
from marsad.model import DocMeta, Document, Mention
from marsad.text import analyze_text

# (mention text, which occurrence of that text among the mentions, country, sector, group)
KEY_ACTORS = [
    ("باكستان", 0, "PAK", None, None),
    ("إيران", 0, "IRN", None, None),
    ("الرئيس الإيراني إبراهيم رئيسي", 0, "IRN", "GOV", None),
    ("الرئيس الإيراني", 0, "IRN", "GOV", None),
    ("الرئيس الباكستاني آصف علي زرداري", 0, "PAK", "GOV", None),
    ("رئيس الوزراء شهباز شريف", 0, "PAK", "GOV", None),
    ("قائد الجيش القوي الجنرال عاصم منير", 0, "PAK", "MIL", None),
    ("القوات الجوية الباكستانية", 0, "PAK", "MIL", None),
    ("حركة طالبان الباكستانية", 0, "PAK", None, "TTP"),
    ("تحريك طالبان باكستان", 0, "PAK", None, "TTP"),
    ("طالبان الباكستانية", 0, "PAK", None, "TTP"),
    ("فرع تنظيم الدولة الإسلامية", 0, None, None, "ISIS"),  # the branch (ISIS-K): the organisation
    ("حكومة طالبان الأفغانية", 0, "AFG", "GOV", None),
    ("حركة طالبان الأفغانية", 0, "AFG", None, None),
    ("طهران", 0, "IRN", "GOV", None),
    ("طهران", 1, "IRN", "GOV", None),
    ("واشنطن", 0, "USA", "GOV", None),
    ("الأمريكية", 0, "USA", None, None),
    ("الإسرائيلية", 0, "ISR", None, None),
    ("إسرائيل", 0, "ISR", None, None),
    ("قوات الأمن", 1, "IRN", "COP", None),  # قوات الأمن في إيران
    ("المتمردين الباكستانيين", 0, "PAK", "REB", None),
    ("قواتها", 0, "AFG", "MIL", None),  # the Afghan Taliban's forces
    ("إسلام آباد", 0, "PAK", None, None),  # a destination: a place, not the government
]

# plural mentions and the countries of their members
PLURALS = [
    ("الدولتان", ["PAK", "IRN"]),
    ("الزعيمان الباكستاني والإيراني", ["PAK", "IRN"]),
    ("كل منهما", ["PAK", "IRN"]),
    ("الجانبين", ["PAK", "IRN"]),
    ("الدول", ["PAK", "IRN"]),
    ("الجانبان", ["PAK", "IRN"]),
]


@pytest.fixture(scope="module")
def example_doc(example_text: str) -> Document:
    doc = Document.from_text(example_text, meta=DocMeta(published=date(2024, 4, 24)))
    return ActorStage()(analyze_text(doc))


def _find(doc: Document, text: str, nth: int = 0) -> Mention:
    found = [m for m in doc.mentions if m.text == text]
    assert len(found) > nth, f"{text!r}: {len(found)} mention(s)"
    return found[nth]


@pytest.mark.parametrize(("text", "nth", "country", "sector", "group"), KEY_ACTORS,
                         ids=[f"{k[0]}#{k[1]}" for k in KEY_ACTORS])
def test_key_actor(example_doc: Document, text: str, nth: int, country: str | None,
                   sector: str | None, group: str | None) -> None:
    actor = _find(example_doc, text, nth).actor
    assert actor is not None
    assert actor.country == country
    if sector is not None:
        assert actor.sector == sector
    if group is not None:
        assert actor.group == group
    if country is None and group is None:
        assert actor.code == sector


def test_people_are_named_for_the_date(example_doc: Document) -> None:
    names = {m.text: m.actor.name for m in example_doc.mentions if m.actor and m.actor.kind == "person"}
    assert names["الرئيس الإيراني إبراهيم رئيسي"] == "Ebrahim Raisi"
    assert names["الرئيس الإيراني"] == "Ebrahim Raisi"
    assert names["الرئيس الباكستاني آصف علي زرداري"] == "Asif Ali Zardari"
    assert names["قائد الجيش القوي الجنرال عاصم منير"] == "Asim Munir"


@pytest.mark.parametrize(("text", "countries"), PLURALS, ids=[p[0] for p in PLURALS])
def test_plural_members(example_doc: Document, text: str, countries: list[str]) -> None:
    m = _find(example_doc, text)
    assert [a.country for a in resolve_plural(example_doc, m)] == countries


def test_affiliated_company_is_no_actor(example_doc: Document, example_text: str) -> None:
    start = example_text.index("الشركة التابعة")
    end = start + len("الشركة التابعة")
    assert not [m for m in example_doc.mentions if m.start < end and start < m.end]


def test_mainly_is_not_raisi(example_doc: Document, example_text: str) -> None:
    start = example_text.index("بشكل رئيسي")
    assert not [m for m in example_doc.mentions if start <= m.start < start + len("بشكل رئيسي")]


def test_every_span_is_the_text(example_doc: Document, example_text: str) -> None:
    assert example_doc.mentions
    for m in example_doc.mentions:
        assert example_text[m.start : m.end] == m.text
        if m.actor is not None:
            assert (m.actor.start, m.actor.end, m.actor.text) == (m.start, m.end, m.text)


def test_every_bundled_name_can_be_found() -> None:
    """Each name of the bundled lexicon, tokenised like text, is matched whole to its entry."""
    from marsad.actors import default_index
    from marsad.actors.matcher import FUNCTION_WORDS
    from marsad.text import normalize, tokenize

    index = default_index()
    missing = []
    for entry in index.entries:
        if entry.kind == "anaphor":
            continue  # resolved against the organisations named before (marsad.actors.orgref), never matched
        for name in entry.names:
            if normalize(name) in FUNCTION_WORDS:
                continue  # إمام is written like أمام "in front of": only الإمام is matched
            found = index.matcher.find_all(tokenize(name))
            if not (len(found) == 1 and name[found[0].start : found[0].end] == name
                    and entry in found[0].entries):
                missing.append(f"{entry.file}:{entry.line} {name}")
    assert missing == []
