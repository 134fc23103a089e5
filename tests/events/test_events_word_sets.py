"""The coder's hand-written word sets hold normalised forms, as the words they are compared with."""

from __future__ import annotations

import importlib

import pytest

from marsad.text.normalize import normalize

_MODULES = ("marsad.events.coder", "marsad.events.triggers", "marsad.events.arguments", "marsad.events.frames",
            "marsad.events.clauses", "marsad.actors.coref", "marsad.actors.stage", "marsad.actors.compose",
            "marsad.actors.matcher", "marsad.actors.resolve", "marsad.actors.orgref")


@pytest.mark.parametrize("module", _MODULES)
def test_word_sets_are_normalised(module: str) -> None:
    """A set of Arabic words compared with ``Token.norm`` or ``Token.base`` must hold normalised words
    (ئ → ي، ؤ → و، ة → ه …): رئيس written as such never matches the base رييس. Sets of single
    characters (vowel marks, hamza seats) are left out."""
    bad = {}
    for name, value in vars(importlib.import_module(module)).items():
        if isinstance(value, frozenset) and value and all(isinstance(x, str) for x in value) \
                and not all(len(x) == 1 for x in value):
            wrong = sorted(x for x in value if any("\u0600" <= ch <= "\u06ff" for ch in x) and normalize(x) != x)
            if wrong:
                bad[name] = wrong
    assert not bad, bad
