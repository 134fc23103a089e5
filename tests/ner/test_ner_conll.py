"""Reading CoNLL files and mapping other corpora's tags."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ner.conll import normalize_tag, parse_conll, read_columns, read_conll, write_conll


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("B-PERS", "B-PERS"), ("B-PER", "B-PERS"), ("I-MIS1", "I-MISC"), ("B-MIS0", "B-MISC"),
     ("I--ORG", "I-ORG"), ("B-MIS-2", "B-MISC"), ("B-MISS1", "B-MISC"), ("B-MIS1`", "B-MISC"),
     ("OO", "O"), ("IO", "O"), ("O", "O"), ("B-ENGLISH", "B-MISC"), ("B-XYZ", "O")],
)
def test_normalize_tag(tag: str, expected: str) -> None:
    assert normalize_tag(tag) == expected


def test_parse_sentences_and_lines() -> None:
    sents = parse_conll(["محمد B-PERS", "قال O", "", "", "بيروت B-LOC", ""])
    assert [s.tokens for s in sents] == [("محمد", "قال"), ("بيروت",)]
    assert [s.tags for s in sents] == [("B-PERS", "O"), ("B-LOC",)]
    assert [s.line for s in sents] == [1, 5]


def test_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_conll(tmp_path / "nope.txt")


def test_read_bad_utf8_names_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(b"a O\nb O\n" + b"\xff O\n")
    with pytest.raises(InputError, match=r"bad.txt:3"):
        read_conll(p)


def test_read_columns_rejects_ragged(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_text("a O O\nb O\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r.txt:2"):
        read_columns(p)


def test_write_round_trip() -> None:
    sents = parse_conll(["محمد B-PERS", "قال O"])
    buf = StringIO()
    write_conll(buf, sents, [["B-PERS", "B-LOC"]])
    assert buf.getvalue() == "محمد B-PERS B-PERS\nقال O B-LOC\n\n"
