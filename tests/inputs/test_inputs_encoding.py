"""Decoding text files: BOMs, UTF-16, Windows-1256, and rejection of what is not text."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.inputs import decode_text

ARABIC = "قال الرئيس الإيراني، اليوم الأربعاء، إن «التعاون» سيستمر.\nسطر ثان 2024."

ENCODINGS = {
    "utf-8": ARABIC.encode("utf-8"),
    "utf-8 with BOM": codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
    "utf-16 LE with BOM": codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"),
    "utf-16 BE with BOM": codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
    "windows-1256": ARABIC.encode("cp1256"),
}


@pytest.mark.parametrize("data", ENCODINGS.values(), ids=ENCODINGS.keys())
def test_decodes_to_the_same_text(data: bytes) -> None:
    assert decode_text(data) == ARABIC


def test_cp1256_with_some_french_is_still_arabic() -> None:
    text = "زار الرئيس باريس (café de la paix) أمس وقال إن العلاقات ممتازة جداً."
    assert decode_text(text.encode("cp1256")) == text


BAD = {
    "NUL bytes": (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
    "utf-16 without BOM": (ARABIC.encode("utf-16-le"), "binary"),
    "latin-1 French": ("Le président a déclaré à Paris".encode("latin-1"), "not text"),
    "control bytes": (bytes([0x81, 0x02, 0x03, 0xC7, 0x1B, 0x90]), "not text"),
    "truncated utf-16": (codecs.BOM_UTF16_LE + "سلام".encode("utf-16-le")[:-1], "invalid utf-16"),
}


@pytest.mark.parametrize(("data", "reason"), BAD.values(), ids=BAD.keys())
def test_rejects_what_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode_text(data)


@given(st.text().filter(lambda s: "\x00" not in s))
def test_utf8_round_trip(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # lone surrogates are not UTF-8 text
    assert decode_text(data) == text.removeprefix("\ufeff")


@given(st.binary(max_size=200))
def test_arbitrary_bytes_decode_or_fail_cleanly(data: bytes) -> None:
    try:
        assert isinstance(decode_text(data), str)
    except InputError as exc:
        assert "\n" not in str(exc)
