"""Clause and place cues for attaching dates and places to events, read from ``when/data/attach.tsv``.

The words are stored in their matching form; :class:`Cues` answers questions about a stretch of
normalised words (does a clause boundary lie in it, does a date word follow an event noun, is a
place name introduced by a locative preposition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.errors import LexiconError
from marsad.lexicons.tsv import read_lexicon_tsv
from marsad.text.normalize import normalize

ATTACH_FILE = Path(__file__).parent / "data" / "attach.tsv"
KINDS = ("boundary", "relative", "link", "event_noun", "prep", "walk", "territory")
_WORD = re.compile(r"\w+|[;:؛]|(?<=\s)-(?=\s)")  # " - " sets off a parenthetical
_HARD_PUNCT = {";", ":", "؛", "-"}


@dataclass(frozen=True, slots=True)
class Cues:
    """Sets of normalised words and word pairs by kind."""

    words: dict[str, frozenset[str]]

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` (normalised) is a cue of ``kind``."""
        return word in self.words[kind]

    def boundary_in(self, words: list[str], *, relative: bool = True) -> bool:
        """Whether a clause boundary (or, with ``relative``, a relative pronoun) lies in ``words``."""
        for i, w in enumerate(words):
            if w in _HARD_PUNCT:
                return True
            bare = strip_conj(w)
            pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
            if w in self.words["boundary"] or bare in self.words["boundary"] or pair in self.words["boundary"]:
                return True
            if relative and (w in self.words["relative"] or bare in self.words["relative"]):
                return True
        return False

    def event_noun_in(self, words: list[str]) -> bool:
        """Whether an event noun (هجوم, زيارة ...) lies in ``words``."""
        return any(strip_conj(w) in self.words["event_noun"] or w in self.words["event_noun"] for w in words)

    def links(self, words: list[str]) -> bool:
        """Whether ``words`` (what follows a date) start with a word linking its clause to the date."""
        return bool(words) and (words[0] in self.words["link"] or strip_conj(words[0]) in self.words["link"])

    def locative(self, before: list[str], proclitic: str) -> bool:
        """Whether a place name preceded by ``before`` (normalised words, nearest last) and carrying
        ``proclitic`` (the letters stripped from its token) is introduced as a location."""
        if "ب" in proclitic:
            return True
        words = list(before)
        while words:
            w = words[-1]
            pair = f"{words[-2]} {w}" if len(words) > 1 else ""
            if pair in self.words["prep"] or self._prep(w):
                return True
            if w.startswith("ب") and w[1:] in self.words["walk"]:
                return True
            if pair in self.words["walk"]:
                words.pop()
            elif w not in self.words["walk"] and strip_conj(w) not in self.words["walk"]:
                return False
            words.pop()
        return False

    def _prep(self, w: str) -> bool:
        return w in self.words["prep"] or strip_conj(w) in self.words["prep"]


def strip_conj(word: str) -> str:
    """A word without a leading conjunction و or ف (``وفي`` → ``في``)."""
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def norm_words(text: str) -> list[str]:
    """The normalised words (and clause punctuation) of a stretch of text."""
    return _WORD.findall(normalize(text))


def read_cues(path: Path = ATTACH_FILE) -> Cues:
    """Read and validate the attachment cue file (a bad line raises :class:`LexiconError`)."""
    _, rows = read_lexicon_tsv(path, required_columns=("kind", "words"))
    sets: dict[str, set[str]] = {k: set() for k in KINDS}
    for lineno, row in rows:
        if row["kind"] not in sets:
            raise LexiconError(f"unknown kind {row['kind']!r}; known: {', '.join(KINDS)}", where=f"{path}:{lineno}")
        for w in row["words"].split("|"):
            norm = " ".join(normalize(w).split())
            if not norm:
                raise LexiconError("empty word in words", where=f"{path}:{lineno}")
            sets[row["kind"]].add(norm)
    missing = [k for k, v in sets.items() if not v]
    if missing:
        raise LexiconError(f"no words of kind {', '.join(missing)}", where=f"{path}:0")
    return Cues({k: frozenset(v) for k, v in sets.items()})


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The bundled cues, read once per process."""
    return read_cues()


def check_cues(extra_dir: Path | None = None) -> dict[str, int]:
    """Validator for ``marsad lexicon check``."""
    del extra_dir
    return {f"attach {k}": len(v) for k, v in read_cues().words.items()}
