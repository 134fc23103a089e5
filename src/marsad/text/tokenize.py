"""Tokenisation with clitic segmentation, offsets into the original text.

One compiled regular expression splits the text into Arabic words, numbers (``3.5``, ``1,200``,
``٢٠٢٤``), words of other scripts (kind ``latin``), punctuation and other symbols; whitespace and
invisible format characters (bidi marks, zero-width spaces) between tokens are skipped. Each
distinct surface form is analysed once — normalised, segmented, stemmed — and the result, with
offsets relative to the token, is kept in a per-tokenizer cache, so a corpus costs one regex pass
plus a dictionary lookup and two small object constructions per token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from marsad.config import TextConfig
from marsad.model import Segment, SegmentKind, Token, TokenKind, clitic_parts
from marsad.text._fast import FAST, SegmentShell, TokenShell, make_segment, make_token
from marsad.text.normalize import DIACRITICS, INVISIBLE, light_normalize, matching_table
from marsad.text.segment import MIN_COUNT, Segmenter, default_segmenter
from marsad.text.stem import light_stem

__all__ = ["Tokenizer", "default_tokenizer", "tokenize"]

# Arabic letters (basic, extended, supplement, extended-A, presentation forms without the ornate
# parentheses ﴾﴿), then letters, marks, tatweel and joiners inside a word.
_AR_LETTER = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufd3d\ufd40-\ufdff\ufe70-\ufefc"
)
_AR_INNER = _AR_LETTER + re.escape(DIACRITICS) + "\u0640\u200c\u200d"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_NOT_LATIN = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_INVISIBLE = re.escape(INVISIBLE)
# Skipped like spaces: invisible characters, and the hashtag marks of news copied from social
# media (#مجلس_الأمن reads مجلس الأمن; the words of a hashtag are joined by "_").
_SKIP = rf"\s{_INVISIBLE}#_"
_WORD = rf"[{_AR_LETTER}][{_AR_INNER}]*"
_NUMBER = rf"[{_DIGIT}]+(?:[.,\u066b\u066c][{_DIGIT}]+)*"
_LATIN = rf"[^\W\d_{_NOT_LATIN}]+(?:['’][^\W\d_{_NOT_LATIN}]+)*"
# One pass: (skipped characters, token). Every character is either skippable or starts a token (the last alternative takes any other single character), so the matches are
# contiguous and offsets are running sums of the two lengths.
_TOKEN_RE = re.compile(rf"([{_SKIP}]*)({_WORD}|{_NUMBER}|{_LATIN}|[^{_SKIP}])")
_KIND_RE = re.compile(rf"(?P<word>{_WORD})|(?P<number>{_NUMBER})|(?P<latin>{_LATIN})")

# (start, end, kind, norm) relative to the token; the analysis of one surface form.
_RelSeg = tuple[int, int, SegmentKind, str]
#: A surface's analysis: kind, norm, light stem, segments, and the token's clitic parts
#: (:func:`marsad.model.clitic_parts`: base, proclitics, enclitic, has_article).
_Parts = tuple[str, tuple[str, ...], str | None, bool]
_Analysis = tuple[TokenKind, str, str, tuple[_RelSeg, ...], _Parts]


def _light_index(surface: str) -> tuple[str, list[int] | None]:
    """The light form of a word and, per light character, its offset in the surface (plus the end).

    The index is ``None`` when the light form is the surface itself (no diacritics, tatweel or
    joiners: the common case), meaning offsets are unchanged.
    """
    light = light_normalize(surface)
    if light == surface:
        return light, None
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(surface):
        v = light_normalize(ch)
        chars.append(v)
        index.extend([i] * len(v))
    index.append(len(surface))
    return "".join(chars), index


class Tokenizer:
    """Tokenises text with the given segmenter and normalisation options; caches per surface form."""

    def __init__(
        self,
        segmenter: Segmenter | None = None,
        options: TextConfig | None = None,
        cache_size: int = 50_000,
    ) -> None:
        self.segmenter = segmenter or default_segmenter()
        opts = options or TextConfig()
        self._table = matching_table(ta_marbuta=opts.ta_marbuta, alef_maqsura=opts.alef_maqsura)
        # two generations of analysed surfaces, at most cache_size in all: when the young one is
        # full it becomes the old one, and an old surface met again moves back to the young one,
        # so that frequent words stay cached on an endless stream of new ones
        self._cache: dict[str, _Analysis] = {}
        self._old: dict[str, _Analysis] = {}
        self._cache_size = cache_size

    def norm(self, s: str) -> str:
        """The matching form under this tokenizer's options."""
        return s.translate(self._table)

    def analyse(self, surface: str) -> _Analysis:
        """Kind, norm, stem, relative segments and clitic parts of one surface form (uncached)."""
        kind, norm, stem, rel = self._segments(surface)
        return kind, norm, stem, rel, clitic_parts([(k, n) for _, _, k, n in rel], norm)

    def _segments(self, surface: str) -> tuple[TokenKind, str, str, tuple[_RelSeg, ...]]:
        """Kind, norm, stem and relative segments of one surface form."""
        norm = self.norm(surface)
        m = _KIND_RE.fullmatch(surface)
        group = m.lastgroup if m else None
        if group != "word":
            kind: TokenKind
            if group == "number":
                kind = "number"
            elif group == "latin":
                kind = "latin"
            else:
                kind = "punct" if unicodedata.category(surface[0])[0] == "P" else "symbol"
            return kind, norm, norm, ((0, len(surface), "stem", norm),)
        light, index = _light_index(surface)
        if len(light) < 2:
            return "word", norm, norm, ((0, len(surface), "stem", norm),)
        rel: list[_RelSeg] = []
        base = light
        for a, b, kind_, source in self.segmenter.segment(light):
            if index is None:
                start, end = a, b
            else:
                start = 0 if a == 0 else index[a]
                end = len(surface) if b == len(light) else index[b]
            rel.append((start, end, kind_, self.norm(source)))
            if kind_ == "stem":
                base = source
        return "word", norm, self.norm(light_stem(base, self._stem_known(base))), tuple(rel)

    def _stem_known(self, base: str) -> Callable[[str], bool]:
        """Accept a stripped stem only when it is a word not much rarer than the base (إيران ≠ إير+ان)."""
        count = self.segmenter.count
        floor = max(MIN_COUNT, 0.05 * count(base))
        return lambda cand: count(cand) >= floor

    def tokenize(self, text: str, start: int = 0, end: int | None = None, first_index: int = 0) -> list[Token]:
        """Tokens of ``text[start:end]``, numbered from ``first_index``, with offsets into ``text``."""
        hi = len(text) if end is None else end
        if len(self._cache) > self._cache_size // 2:
            self._old = self._cache
            self._cache = {}
        if FAST:
            return self._tokenize_fast(text, start, hi, first_index)
        out: list[Token] = []
        pos = start
        for index, (space, surface) in enumerate(_TOKEN_RE.findall(text, start, hi), first_index):
            a = pos + len(space)
            pos = a + len(surface)
            kind, norm, stem, rel, _ = self._info(surface)
            segments = tuple(make_segment(surface[s:e], a + s, a + e, k, n) for s, e, k, n in rel)
            out.append(make_token(surface, a, pos, index, kind, norm, segments, stem))
        return out

    def _info(self, surface: str) -> _Analysis:
        info = self._cache.get(surface)
        if info is None:
            info = self._miss(surface)
        return info

    def _miss(self, surface: str) -> _Analysis:
        """The analysis of a surface not in the young cache (from the old one, or made)."""
        info = self._old.get(surface)
        if info is None:
            info = self.analyse(surface)
        self._cache[surface] = info
        return info

    def _tokenize_fast(self, text: str, start: int, hi: int, first_index: int) -> list[Token]:
        """:meth:`tokenize` with the constructions of :mod:`marsad.text._fast` inlined (the hot loop)."""
        cache = self._cache
        out: list[Any] = []
        append = out.append
        token_shell, segment_shell = TokenShell, SegmentShell
        index = first_index
        pos = start
        for space, surface in _TOKEN_RE.findall(text, start, hi):
            a = pos + len(space)
            pos = a + len(surface)
            info = cache.get(surface)
            if info is None:
                info = self._miss(surface)
            kind, norm, stem, rel, parts = info
            if len(rel) == 1:
                seg: Any = segment_shell()
                seg.text, seg.start, seg.end, seg.kind, seg.norm = surface, a, pos, "stem", rel[0][3]
                seg.__class__ = Segment
                segments: tuple[Any, ...] = (seg,)
            else:
                segs = []
                for s, e, k, n in rel:
                    seg = segment_shell()
                    seg.text, seg.start, seg.end, seg.kind, seg.norm = surface[s:e], a + s, a + e, k, n
                    seg.__class__ = Segment
                    segs.append(seg)
                segments = tuple(segs)
            tok: Any = token_shell()
            tok.text, tok.start, tok.end, tok.index = surface, a, pos, index
            tok.kind, tok.norm, tok.segments, tok.stem = kind, norm, segments, stem
            tok.base, tok.proclitics, tok.enclitic, tok.has_article = parts
            tok.__class__ = Token
            append(tok)
            index += 1
        return out


@lru_cache(maxsize=4)
def default_tokenizer(options: TextConfig | None = None) -> Tokenizer:
    """A shared tokenizer for the given options (the bundled vocabulary is loaded on first use)."""
    return Tokenizer(options=options)


def tokenize(
    text: str,
    start: int = 0,
    end: int | None = None,
    first_index: int = 0,
    *,
    options: TextConfig | None = None,
) -> list[Token]:
    """Tokens of ``text[start:end]`` with clitic segments and offsets into ``text``.

    ``first_index`` numbers the first token (a token's ``index`` is its position in the document).
    ``options`` chooses the normalisation of ``norm``/``stem`` (defaults of :class:`TextConfig`).
    """
    return default_tokenizer(options).tokenize(text, start, end, first_index)
