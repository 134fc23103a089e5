"""Fast construction of the frozen model objects the tokenizer makes by the million.

A frozen dataclass ``__init__`` sets every field through ``object.__setattr__``, which costs about
1 µs for a :class:`~marsad.model.Token` — more than everything else the tokenizer does per token.
Here an instance of a plain class with the *same* slots is filled with ordinary attribute stores
and then given its real class (``__class__`` assignment, allowed by CPython between classes with
identical slot layouts). The result is an ordinary, frozen, equal-comparing ``Token``/``Segment``.

The shortcut is used only when the model classes have exactly the expected fields and slots;
otherwise (say, a field was added to the model) the regular constructors are used, so a model
change can make this slower but never wrong.
"""

from __future__ import annotations

import logging
from dataclasses import fields
from typing import Any

from marsad.model import Segment, SegmentKind, Token, TokenKind, clitic_parts

log = logging.getLogger(__name__)

__all__ = ["FAST", "SegmentShell", "TokenShell", "make_segment", "make_token"]

_TOKEN_FIELDS = ("text", "start", "end", "index", "kind", "norm", "segments", "stem",
                 "base", "proclitics", "enclitic", "has_article")
_SEGMENT_FIELDS = ("text", "start", "end", "kind", "norm")


def _layout_ok(cls: type, names: tuple[str, ...]) -> bool:
    return (
        cls.__bases__ == (object,)
        and getattr(cls, "__slots__", None) == names
        and tuple(f.name for f in fields(cls)) == names
    )


class TokenShell:
    """A plain class with the slots of :class:`~marsad.model.Token`; becomes one by ``__class__``."""

    __slots__ = _TOKEN_FIELDS


class SegmentShell:
    """A plain class with the slots of :class:`~marsad.model.Segment`."""

    __slots__ = _SEGMENT_FIELDS


def _make_token_fast(
    text: str, start: int, end: int, index: int, kind: TokenKind, norm: str,
    segments: tuple[Segment, ...], stem: str,
) -> Token:  # fmt: skip
    t: Any = TokenShell()
    t.text = text
    t.start = start
    t.end = end
    t.index = index
    t.kind = kind
    t.norm = norm
    t.segments = segments
    t.stem = stem
    t.base, t.proclitics, t.enclitic, t.has_article = clitic_parts([(s.kind, s.norm) for s in segments], norm)
    t.__class__ = Token
    return t  # type: ignore[no-any-return]


def _make_segment_fast(text: str, start: int, end: int, kind: SegmentKind, norm: str) -> Segment:
    s: Any = SegmentShell()
    s.text = text
    s.start = start
    s.end = end
    s.kind = kind
    s.norm = norm
    s.__class__ = Segment
    return s  # type: ignore[no-any-return]


def _probe() -> bool:
    if not (_layout_ok(Token, _TOKEN_FIELDS) and _layout_ok(Segment, _SEGMENT_FIELDS)):
        return False
    try:
        seg = _make_segment_fast("a", 0, 1, "stem", "a")
        tok = _make_token_fast("a", 0, 1, 0, "word", "a", (seg,), "a")
    except TypeError:  # an interpreter that refuses the __class__ assignment
        return False
    return tok == Token("a", 0, 1, 0, "word", "a", (Segment("a", 0, 1, "stem", "a"),), "a")


FAST = _probe()
if not FAST:
    log.info("model layout differs from the fast path's; using the dataclass constructors")
make_token = _make_token_fast if FAST else Token
make_segment = _make_segment_fast if FAST else Segment
