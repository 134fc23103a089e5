"""Normalisation of Arabic text for matching (never for display).

Two forms are offered:

* :func:`normalize` — the *matching form* that every stage uses on both sides of a comparison:
  alef variants (أ إ آ ٱ) → ا, ى → ي, ة → ه, hamza carriers ؤ → و and ئ → ي (ء kept), tatweel and
  all diacritics removed, Arabic-Indic and Persian digits → ASCII, Persian/Urdu letter variants
  (ی ک ھ ہ …) → Arabic, Arabic presentation forms → plain letters, typographic quotes and dashes →
  ASCII, zero-width and bidi control characters removed. It is idempotent.
* :func:`light_normalize` — the *light form* used inside the text layer for segmentation decisions
  and the derived vocabulary: only diacritics, tatweel, invisible characters and letter-shape variants
  are touched; hamza, ة and ى are kept, because they carry the information that separates
  ``ألمانيا`` from ``ال+مانيا`` or ``حكومة`` from ``حكوم+ه``.

Both are built once as :meth:`str.translate` tables, so they run at C speed.
:func:`normalize_with_map` returns the matching form together with an index map back to the
original offsets, for callers that search in the normalised string and must report original spans.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "DIACRITICS",
    "INVISIBLE",
    "light_normalize",
    "matching_table",
    "normalize",
    "normalize_with_map",
    "raw_pattern",
    "without_article",
]

# Harakat, Quranic annotation marks, superscript alef, extended-Arabic marks: all removed.
DIACRITICS = (
    "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))
    + "".join(chr(c) for c in range(0x06DF, 0x06E9))
    + "".join(chr(c) for c in range(0x06EA, 0x06EE))
    + "".join(chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2)
)
TATWEEL = "\u0640"
# Zero-width characters, soft hyphen, bidi marks/embeddings/isolates, Arabic letter mark, BOM.
INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

# Letter-shape variants that are the same letter for any purpose (light and full forms).
_SHAPES = {
    "\u0671": "\u0627",  # ٱ alef wasla → ا
    "\u0672": "\u0623",  # ٲ → أ
    "\u0673": "\u0625",  # ٳ → إ
    "\u0675": "\u0623",  # ٵ high hamza alef → أ
    "\u0676": "\u0624",  # ٶ → ؤ
    "\u0678": "\u0626",  # ٸ high hamza yeh → ئ
    "\u06cc": "\u064a",  # ی Farsi yeh → ي
    "\u06d0": "\u064a",  # ې → ي
    "\u06d2": "\u064a",  # ے yeh barree → ي
    "\u06a9": "\u0643",  # ک keheh → ك
    "\u06aa": "\u0643",  # ڪ swash kaf → ك
    "\u06be": "\u0647",  # ھ heh doachashmee → ه
    "\u06c1": "\u0647",  # ہ heh goal → ه
    "\u06d5": "\u0647",  # ە ae → ه
    "\u06c0": "\u0629",  # ۀ heh with yeh above → ة
    "\u06c3": "\u0629",  # ۃ teh marbuta goal → ة
}

# What the matching form adds on top of the light form.
_FULL_LETTERS = {
    "\u0623": "\u0627",  # أ → ا
    "\u0625": "\u0627",  # إ → ا
    "\u0622": "\u0627",  # آ → ا
    "\u0624": "\u0648",  # ؤ → و
    "\u0626": "\u064a",  # ئ → ي
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u066a": "%",  # Arabic percent sign
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u301d": '"', "\u301e": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'", "\u203a": "'",
    "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
}  # fmt: skip


def _presentation_forms(table: dict[int, str | None]) -> dict[int, str | None]:
    """Map Arabic presentation forms (ﻻ ﷲ ﺃ …) to their plain letters, then through ``table``."""
    out: dict[int, str | None] = {}
    for cp in [*range(0xFB50, 0xFDFE), *range(0xFE70, 0xFEFD)]:
        ch = chr(cp)
        if not unicodedata.name(ch, "").startswith("ARABIC"):
            continue
        plain = unicodedata.normalize("NFKC", ch)
        if plain == ch:
            continue
        mapped = "".join(_apply(table, c) for c in plain)
        out[cp] = mapped
    return out


def _apply(table: dict[int, str | None], ch: str) -> str:
    v = table.get(ord(ch), ch)
    return "" if v is None else v


@lru_cache(maxsize=8)
def _table(full: bool, ta_marbuta: bool, alef_maqsura: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in DIACRITICS + TATWEEL + INVISIBLE}
    letters = dict(_SHAPES)
    if full:
        # Shape variants that point at hamza letters must follow them to their full form.
        letters = {k: _FULL_LETTERS.get(v, v) for k, v in letters.items()}
        letters |= _FULL_LETTERS | _DIGITS | _PUNCT
        if ta_marbuta:
            letters |= {"\u0629": "\u0647"}
            letters = {k: ("\u0647" if v == "\u0629" else v) for k, v in letters.items()}
        if alef_maqsura:
            letters |= {"\u0649": "\u064a"}
    table.update({ord(k): v for k, v in letters.items()})
    table.update(_presentation_forms(table))
    return table


def matching_table(*, ta_marbuta: bool = True, alef_maqsura: bool = True) -> dict[int, str | None]:
    """The :meth:`str.translate` table of :func:`normalize` (for hot loops that call it directly)."""
    return _table(True, ta_marbuta, alef_maqsura)


def normalize(s: str, *, ta_marbuta: bool = True, alef_maqsura: bool = True) -> str:
    """The matching form of ``s`` (see the module docstring). Idempotent; never use it for display.

    ``ta_marbuta`` maps ة → ه and ``alef_maqsura`` maps ى → ي (both on by default, as in
    :class:`marsad.config.TextConfig`).
    """
    return s.translate(_table(True, ta_marbuta, alef_maqsura))


def without_article(word: str) -> str:
    """A normalised word without the article ال, when more than two letters remain (الحركة →
    حركه; الله and short words are left whole)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def light_normalize(s: str) -> str:
    """Remove diacritics, tatweel and invisible characters and unify letter shapes; keep hamza, ة, ى."""
    return s.translate(_table(False, True, True))


@lru_cache(maxsize=8)
def _resizing(ta_marbuta: bool, alef_maqsura: bool) -> re.Pattern[str]:
    """The characters the matching form deletes or expands (the others map one to one)."""
    table = _table(True, ta_marbuta, alef_maqsura)
    chars = sorted(chr(k) for k, v in table.items() if v is None or len(v) != 1)
    return re.compile("[" + re.escape("".join(chars)) + "]")


def normalize_with_map(
    s: str, *, ta_marbuta: bool = True, alef_maqsura: bool = True
) -> tuple[str, list[int]]:
    """The matching form of ``s`` and, for each of its characters, the offset it came from in ``s``.

    The map has one extra final entry, ``len(s)``, so that a normalised span ``[i, j)`` maps back
    to the original span ``[index[i], index[j - 1] + 1)`` (or ``index[j]`` for an open end).
    """
    table = _table(True, ta_marbuta, alef_maqsura)
    index: list[int] = []
    pos = 0
    for m in _resizing(ta_marbuta, alef_maqsura).finditer(s):
        i = m.start()
        index.extend(range(pos, i))
        v = table[ord(s[i])]
        if v:
            index.extend([i] * len(v))
        pos = i + 1
    index.extend(range(pos, len(s) + 1))
    return s.translate(table), index


def _class(chars: Iterable[str]) -> str:
    """A regular-expression character class of ``chars`` (RE2 and Python syntax alike)."""
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in sorted(set(chars))) + "]"


@lru_cache(maxsize=1)
def _preimages() -> tuple[dict[str, str], str, str]:
    """For the matching form: each output letter's class of raw letters, the class of deleted
    characters, and the class of characters that expand to several letters (ligatures)."""
    table = _table(True, True, True)
    sources: dict[str, set[str]] = {}
    deleted: list[str] = []
    expanding: list[str] = []
    for k, v in table.items():
        if not v:
            deleted.append(chr(k))
        elif len(v) == 1:
            sources.setdefault(v, {v}).add(chr(k))
        else:
            expanding.append(chr(k))
    return {c: _class(src) for c, src in sources.items()}, _class(deleted), _class(expanding)


def raw_pattern(matching: str, *, whole: bool = False) -> str:
    """A regular expression that every raw text whose matching form contains ``matching`` (or,
    with ``whole``, equals it) matches: a cheap filter to run before :func:`normalize`.

    ``matching`` must be in the matching form already. Each of its letters stands for the class
    of raw letters that normalise to it, with deleted characters (diacritics, tatweel, invisible
    marks) allowed in between; a text holding a ligature that expands to several letters (ﻻ, ﷲ)
    always matches. It can match texts that do not contain ``matching`` (hence "filter"), never
    miss one that does. DuckDB's ``regexp_matches`` (RE2) runs it over a column in C++, where a
    Python function would be called row by row.
    """
    sources, deleted, expanding = _preimages()
    body = f"{deleted}*".join(sources.get(c, re.escape(c)) for c in matching)
    if whole:
        body = f"^{deleted}*(?:{body}){deleted}*$"
    return f"{body}|{expanding}" if body else ".*"
