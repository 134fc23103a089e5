"""The token trie: longest match, clitic-free keys, readings decided by the article."""

from __future__ import annotations

import functools

import pytest
from actors_helpers import fixture_entries

from marsad.actors.matcher import FUNCTION_WORDS, ActorMatcher, candidate_keys
from marsad.text import normalize, tokenize


@functools.cache
def _matcher() -> ActorMatcher:
    return ActorMatcher(fixture_entries())


def _matches(text: str) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(text[m.start : m.end], m.entry.id) for m in _matcher().find_all(toks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مجلس الأمن الدولي", [("مجلس الأمن الدولي", "org.unsc")]),
        ("مجلس الأمن", [("مجلس الأمن", "org.unsc")]),
        ("قوات الأمن", [("قوات الأمن", "sec.security_forces")]),
        ("وزير خارجية", [("وزير خارجية", "sec.foreign_minister")]),
        ("وبالرئيس", [("الرئيس", "sec.president")]),
        ("لطالبان الباكستانية", [("طالبان الباكستانية", "org.ttp")]),
        ("سورية", [("سورية", "SYR")]),
        ("السورية", [("السورية", "adj.SYR.f.sg")]),
        ("الدول", [("الدول", "pl.states")]),
        ("دول", []),
        ("أمام", []),
        ("الإمام", [("الإمام", "sec.imam")]),
        ("عشرين مسلحا", [("مسلحا", "sec.militants")]),
        ("مسلحا", []),
        ("كل منهما", [("كل منهما", "pl.each")]),
        ("إسلام آباد", [("إسلام آباد", "cap.PAK")]),
        # a name written without the article is another word with it: الحماس is zeal
        ("حماس", [("حماس", "org.hamas")]),
        ("الحماس", []),
        ("رئيسي", [("رئيسي", "per.raisi")]),
        ("الرئيسي", []),
    ],
)
def test_find_all(text: str, expected: list[tuple[str, str]]) -> None:
    assert _matches(text) == expected


def test_candidate_keys_strip_clitics() -> None:
    (tok,) = tokenize("وبالرئيس")
    keys = candidate_keys(tok)
    assert keys[0] == "رييس" and "بالرييس" in keys and "وبالرييس" in keys


def test_every_lexicon_name_matches_itself() -> None:
    missing = []
    for entry in fixture_entries():
        for name in entry.names:
            if normalize(name) in FUNCTION_WORDS:
                continue  # إمام is written like أمام "in front of": only الإمام is matched
            found = _matcher().find_all(tokenize(name))
            if not (len(found) == 1 and name[found[0].start : found[0].end] == name
                    and entry in found[0].entries):
                missing.append((entry.id, name))
    assert missing == []


def test_title_in_construct_with_a_longer_country_name() -> None:
    """رئيس جمهورية مصر العربية: the title (رئيس الجمهورية, its last word written without the
    article) ends before a country name that begins with that word; the country is matched whole,
    not cut after its first word (leaving العربية to be read alone)."""
    from marsad.lexicons.schema import ActorEntry

    entries = [
        ActorEntry(id="sec.president", kind="sector", names=("رئيس", "رئيس الجمهورية"), name_en="president",
                   sector="GOV"),
        ActorEntry(id="EGY", kind="country", names=("مصر", "جمهورية مصر العربية"), name_en="Egypt", country="EGY"),
    ]
    text = "استقبل رئيس جمهورية مصر العربية الوفد"
    got = [(text[m.start : m.end], m.entry.id) for m in ActorMatcher(entries).find_all(tokenize(text))]
    assert got == [("رئيس", "sec.president"), ("جمهورية مصر العربية", "EGY")]
    text = "استقبل رئيس الجمهورية الوفد"  # with the article the title is whole
    got = [(text[m.start : m.end], m.entry.id) for m in ActorMatcher(entries).find_all(tokenize(text))]
    assert got == [("رئيس الجمهورية", "sec.president")]


def test_the_hamza_tells_common_nouns_apart() -> None:
    """أعلام (flags) is not الإعلام (the media), written with its hamza under the alif; a bare
    alif matches either, and a name matches however its hamza is written."""
    from marsad.lexicons.schema import ActorEntry

    entries = [
        ActorEntry(id="sec.media", kind="sector", names=("الإعلام", "وسائل الإعلام"), name_en="media", sector="MED"),
        ActorEntry(id="ISR", kind="country", names=("إسرائيل",), name_en="Israel", country="ISR"),
    ]
    m = ActorMatcher(entries)

    def ids(text: str) -> list[str]:
        return [x.entry.id for x in m.find_all(tokenize(text))]

    assert ids("وأحرقوا أعلام إسرائيل") == ["ISR"]
    assert ids("وقالت وسائل الإعلام") == ["sec.media"]
    assert ids("وقال الاعلام الرسمي") == ["sec.media"]
    assert ids("وقالت أسرائيل") == ["ISR"]
