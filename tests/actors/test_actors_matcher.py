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
