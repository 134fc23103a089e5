"""Sentence segmentation of Arabic news text, with spans into the original text.

Rules, in order of precedence:

* a line break ends a sentence (a headline or a dateline without final punctuation is its own
  sentence), unless the line ends with a comma, which says the sentence goes on;
* ``.`` ``!`` ``?`` ``؟`` ``…`` (and runs of them such as ``؟!`` or ``...``) end a sentence, together
  with any closing quotes or brackets right after them; ``،`` ``؛`` ``:`` and dashes never do;
* inside quotes (“…”, «…», "…") nothing ends a sentence until the quote closes (or has been open
  for ``MAX_QUOTE`` characters, which means it never will); a quote that closes right after a
  terminator ends the sentence there;
* a full stop does not end a sentence between digits (``3.5``, ``1.200``), after a single letter
  (initials and Arabic abbreviations: ``د.`` ``م.`` ``ق.م`` ``أ.ف.ب``), after a listed abbreviation
  (``Dr.``, ``U.S.``), or when a letter follows it without a space (``example.com``,
  ``العربية.نت``: in news a missing space after a sentence is rarer than these) — except a
  year letter (``م`` ``هـ``) right after a number, which does end a sentence.

A short fragment after a full stop (``… المخدرات. غسيل أموال.``) is simply its own sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["split_sentences"]

_TERMINATORS = ".!?؟…‼⁇⁈⁉"
_LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85"
# Quote families: a character of a family closes the innermost open quote of the same family,
# else it opens one. This copes with “…”, ”…“ (reversed in right-to-left typing) and "…".
_QUOTE_FAMILY = {
    "“": 1, "”": 1, "„": 1, "‟": 1,
    "«": 2, "»": 2,
    '"': 3,
    "‹": 4, "›": 4,
}  # fmt: skip
_CLOSERS = ")]}”’»\"'›"
_CANDIDATES = re.compile("[" + re.escape(_TERMINATORS + _LINE_BREAKS + "".join(_QUOTE_FAMILY)) + "]")
_CONTINUATION = ",،"
_SPACE = frozenset(" \t\u00a0\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff" + _LINE_BREAKS)
_YEAR_LETTERS = frozenset({"م", "هـ", "ه"})
# A quote still open after this many characters is taken to be unbalanced (a stray ", or a closing
# quote lost in the source): sentences end again after it. Real quotations in news are shorter.
MAX_QUOTE = 1000


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Multi-letter abbreviations that take a full stop (single letters are always abbreviations)."""
    out: set[str] = set()
    text = resources.files("marsad.text").joinpath("data/abbreviations.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.rstrip(".").casefold())
    return frozenset(out)


def _word_before(text: str, i: int, lo: int) -> tuple[str, int]:
    """The run of letters (and inner full stops) ending right before offset ``i``, and its start."""
    j = i
    while j > lo and (text[j - 1].isalpha() or text[j - 1] in ".\u0640"):
        j -= 1
    return text[j:i].strip("."), j


def _is_abbreviation(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the full stop at ``i`` belongs to a number, an abbreviation or a dotted name."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if prev.isdigit() and nxt.isdigit():
        return True
    if not prev.isalpha() and prev != "\u0640":
        return False
    word, wstart = _word_before(text, i, lo)
    last = word.rsplit(".", 1)[-1]
    if last in _YEAR_LETTERS:
        k = wstart - 1
        while k >= lo and text[k] == " ":
            k -= 1
        if k >= lo and text[k].isdigit():
            return False
    abbreviations = _abbreviations()
    if len(last.replace("\u0640", "")) == 1 or word.casefold() in abbreviations or last in abbreviations:
        return True
    # A letter glued after the stop: a domain or a dotted name (العربية.نت, example.com, سي.إن.إن),
    # far more common in news than a missing space after a sentence.
    return nxt.isalpha()


def _after_terminator(text: str, i: int, hi: int) -> int:
    """Offset just past a run of terminators at ``i`` and the closing quotes/brackets after it.

    The run may be broken by spaces (``؟ .``), and a closing quote separated by a space still
    belongs to the sentence when it is the last thing on its line (``للخطر. "``).
    """
    j = i
    while True:
        while j < hi and text[j] in _TERMINATORS:
            j += 1
        while j < hi and text[j] in _CLOSERS and (j + 1 >= hi or text[j + 1] in _SPACE or text[j + 1] in _CLOSERS):
            j += 1
        k = j
        while k < hi and text[k] in " \t\u00a0":
            k += 1
        if k < hi and k > j and text[k] in _TERMINATORS:
            j = k
            continue
        if k < hi and k > j and text[k] in _CLOSERS and (k + 1 >= hi or text[k + 1] in _LINE_BREAKS):
            return k + 1
        return j


def _prev_visible(text: str, i: int, lo: int) -> str:
    j = i - 1
    while j >= lo and text[j] in _SPACE:
        j -= 1
    return text[j] if j >= lo else ""


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in _SPACE or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in _SPACE or text[b - 1].isspace()):
        b -= 1
    return a, b


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``: ordered, non-overlapping, trimmed.

    Every visible character of the range lies in exactly one span (spaces, line breaks and
    invisible format characters at the edges of a sentence are left out).
    """
    hi = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    sent_start = start
    stack: list[int] = []  # quote families open at this point
    opened = 0  # where the outermost open quote opened

    def emit(b: int) -> None:
        nonlocal sent_start
        a, e = _trim(text, sent_start, b)
        if e > a:
            spans.append((a, e))
        sent_start = b

    pos = start
    for m in _CANDIDATES.finditer(text, start, hi):
        i = m.start()
        if i < pos:
            continue  # already consumed as part of a terminator run
        ch = text[i]
        if ch in _LINE_BREAKS:
            stack.clear()
            if _prev_visible(text, i, sent_start) not in _CONTINUATION:
                emit(i)
            continue
        fam = _QUOTE_FAMILY.get(ch)
        if fam is not None:
            if stack and stack[-1] == fam:
                stack.pop()
                if not stack and _prev_visible(text, i, sent_start) in _TERMINATORS:
                    pos = _after_terminator(text, i + 1, hi)  # also a stop after the quote: ؟".
                    emit(pos)
            elif fam in stack:
                del stack[stack.index(fam) :]  # a closer of an outer quote: drop the inner ones
            else:
                opened = opened if stack else i
                stack.append(fam)
            continue
        if stack and i - opened <= MAX_QUOTE:
            continue
        stack.clear()  # a quote open this long was never closed: stop waiting for it
        if ch == "." and _is_abbreviation(text, i, start, hi):
            continue
        pos = _after_terminator(text, i, hi)
        emit(pos)
    emit(hi)
    return spans
