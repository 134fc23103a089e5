"""The two-generation cache of per-form analyses (marsad.caching.Generations)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.caching import Generations
from marsad.events.lexicon import load_event_lexicon
from marsad.events.triggers import _lookup
from marsad.text import tokenize


def test_a_form_in_use_survives_a_stream_of_new_ones() -> None:
    cache: Generations[str, int] = Generations(4)
    cache.put("في", 1)
    for n in range(100):  # a long tail of forms seen once, and one frequent form
        cache.put(f"w{n}", n)
        assert cache.get("في") == 1
    assert len(cache) <= 4


def test_a_form_not_asked_for_again_is_dropped_after_two_generations() -> None:
    cache: Generations[str, int] = Generations(4)
    cache.put("نادرة", 1)
    for n in range(4):
        cache.put(f"w{n}", n)
    assert cache.get("نادرة") is None
    assert "نادرة" not in cache


def test_falsy_values_are_cached() -> None:
    cache: Generations[str, dict[str, str]] = Generations(10)
    cache.put("x", {})
    assert cache.get("x") == {}
    assert "x" in cache


def test_too_small_a_size_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        Generations(1)


@given(st.integers(2, 12), st.lists(st.tuples(st.booleans(), st.integers(0, 30)), max_size=200))
def test_behaves_as_a_bounded_dict(size: int, ops: list[tuple[bool, int]]) -> None:
    """Whatever it returns is what was last put for that key; it never holds more than ``size``
    keys; the key put last is always there."""
    cache: Generations[int, int] = Generations(size)
    truth: dict[int, int] = {}
    for n, (is_put, key) in enumerate(ops):
        if is_put:
            cache.put(key, n)
            truth[key] = n
            assert cache.get(key) == n
        else:
            got = cache.get(key)
            assert got is None or got == truth[key]
        assert len(cache) <= size


def test_trigger_lookups_stay_right_when_the_cache_turns_over() -> None:
    """The event lexicon's per-surface cache of lexicon hits gives the same hits for a word
    whether it was cached, evicted or moved back from the old generation."""
    lex = load_event_lexicon()
    shared, lex.lookups = lex.lookups, Generations(4)  # tiny: every few words a generation turns over
    try:
        words = tokenize("وهاجم مسلحون قافلة واعتقلت الشرطة عشرات المتظاهرين في العاصمة وهاجم")
        first = [_lookup(lex, t) for t in words]
        again = [_lookup(lex, t) for t in words]
    finally:
        lex.lookups = shared
    assert first == again
    assert [e.id for e, _, _ in first[0].verbs] == [e.id for e, _, _ in first[-1].verbs]
    assert first[0].verbs  # هاجم is an ASSAULT verb of the lexicon
