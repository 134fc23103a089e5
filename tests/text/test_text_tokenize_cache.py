"""The tokenizer's per-surface cache: bounded, keeps frequent forms, never changes the tokens."""

from __future__ import annotations

from marsad.text.tokenize import Tokenizer, default_tokenizer

TEXT = "قال الرئيس الإيراني إن بلاده ستواصل المفاوضات مع الوكالة الدولية للطاقة الذرية في فيينا."


def test_small_cache_gives_the_same_tokens_and_stays_bounded() -> None:
    small = Tokenizer(segmenter=default_tokenizer().segmenter, cache_size=4)
    calls: list[str] = []
    analyse = small.analyse

    def counted(surface: str):  # type: ignore[no-untyped-def]
        calls.append(surface)
        return analyse(surface)

    small.analyse = counted  # type: ignore[method-assign]
    ref = default_tokenizer().tokenize(TEXT)
    for _ in range(3):
        assert small.tokenize(TEXT) == ref
        assert len(small._cache) + len(small._old) <= 4 + 2 * len(ref)  # checked before each call
    for i in range(10):  # a frequent word between new ones stays cached
        small.tokenize(f"الرئيس كلمة{i}")
    assert calls.count("الرئيس") <= 2
