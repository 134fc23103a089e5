"""Decoding text files: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Windows-1256.

Arabic news archives from before ~2010 are often in Windows-1256 (cp1256). Every byte has a
meaning in cp1256, so decoding never fails by itself; we accept it only when the result is
plausibly Arabic text. NUL bytes mean a binary file (or UTF-16 without a BOM, which we do not
guess), which is rejected with a clear reason rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import unicodedata

from marsad.errors import InputError

__all__ = ["decode_text", "looks_binary"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),  # the "utf-16" codec reads and drops the BOM
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# In a cp1256 decoding of Arabic text, almost every non-ASCII character is in the Arabic block;
# cp1256 also holds some French letters, typographic punctuation and bidi marks, so allow a few.
_MIN_ARABIC_SHARE = 0.8


def looks_binary(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) has NUL bytes and no UTF-16 BOM."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def _plausible_cp1256(text: str) -> bool:
    arabic = other = 0
    for ch in text:
        if ch < "\x80":
            if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\x7f":
                return False
            continue
        if "\u0600" <= ch <= "\u06ff":
            arabic += 1
        elif unicodedata.category(ch) == "Cc":
            return False
        else:
            other += 1
    return arabic > 0 and arabic >= _MIN_ARABIC_SHARE * (arabic + other)


def decode_text(data: bytes) -> str:
    """Decode the bytes of a text file, or raise :class:`InputError` saying why it is not text.

    Order: a BOM decides (UTF-8, UTF-16 LE/BE); else NUL bytes mean binary; else strict UTF-8;
    else Windows-1256 when the decoding is plausibly Arabic; else the file is rejected.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {codec} text at byte {exc.start}") from None
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes); not text (UTF-16 needs a byte-order mark)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    legacy = data.decode("cp1256")
    if _plausible_cp1256(legacy):
        return legacy
    raise InputError(
        f"not text: invalid UTF-8 at byte {utf8_error}, and not plausibly Arabic in Windows-1256"
    )
