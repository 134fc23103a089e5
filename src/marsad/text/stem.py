"""A light stemmer for lexicon matching: strips one inflectional suffix from a clitic-free base.

It runs after the clitics have been split off by the segmenter, so only number and gender
suffixes remain: sound plurals and duals (ون ين ات ان), the feminine ة, and the nisba forms
(ية يون يين يات → ي, so ``إيرانية``, ``إيرانيون`` and ``إيراني`` share the stem ``إيراني``). It
never leaves fewer than three letters. The suffixes ون ين ان also end many names (فلسطين باكستان
إيران), so they are removed only when the caller's ``known`` predicate accepts the remainder as
a word. It is deliberately light: no roots, no broken plurals — lexicons list those forms.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["light_stem"]

# (suffix, replacement, needs a known remainder). Longest first; the input is in the light form
# (ة kept), so the feminine ending is ة here.
_RULES: tuple[tuple[str, str, bool], ...] = (
    ("يين", "ي", False),
    ("يون", "ي", False),
    ("يات", "ي", False),
    ("ية", "ي", False),
    ("ات", "", False),
    ("ون", "", True),
    ("ين", "", True),
    ("ان", "", True),
    ("ة", "", False),
)
_MIN_LEFT = 3


def light_stem(word: str, known: Callable[[str], bool] | None = None) -> str:
    """The light stem of a clitic-free word in the light form (``مسلحين`` → ``مسلح``).

    ``known`` says whether a string is a word; without it, the suffixes that also end names
    (ون ين ان) are never removed.
    """
    for suffix, repl, needs_known in _RULES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= _MIN_LEFT:
            cand = word[: -len(suffix)] + repl
            if needs_known and (known is None or not known(cand)):
                continue
            return cand
    return word
