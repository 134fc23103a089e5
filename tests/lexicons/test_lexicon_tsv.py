"""The generic TSV reader: header block, column row, rows; every error names file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import LexiconError
from marsad.lexicons.tsv import read_lexicon_tsv

GOOD = (
    "# id: demo\n# version: 2\n# licence: MIT\n# provenance: typed by hand\n# kind: country\n"
    "# a free comment\n"
    "\n"
    "id\tnames\tnote\n"
    "A\tإيران\n"
    "# a comment between rows\n"
    "\n"
    "B\tمصر\tshort row padded\n"
)


def test_reads_header_and_rows(tmp_path: Path) -> None:
    path = tmp_path / "good.tsv"
    path.write_text(GOOD, encoding="utf-8")
    header, rows = read_lexicon_tsv(path, required_columns=("id", "names"))
    assert (header.id, header.version, header.licence, header.provenance) == ("demo", "2", "MIT", "typed by hand")
    assert header.get("kind") == "country"
    assert header.get("missing", "x") == "x"
    assert rows == [(9, {"id": "A", "names": "إيران", "note": ""}),
                    (12, {"id": "B", "names": "مصر", "note": "short row padded"})]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("# id: x\n# version: 1\n# licence: MIT\nid\tnames\n", 1, "provenance"),
        ("# id: x\n# version: 1\n# licence: MIT\n# provenance:\nid\n", 4, "empty"),
        ("# id: x\n# id: y\n# version: 1\n# licence: MIT\n# provenance: p\nid\n", 2, "twice"),
        ("# id: x\n# version: 1\n# licence: MIT\n# provenance: p\nid\tnames\nA\tب\textra\n", 6, "3 cells"),
        ("# id: x\n# version: 1\n# licence: MIT\n# provenance: p\nid\tid\n", 5, "duplicate column"),
        ("# id: x\n# version: 1\n# licence: MIT\n# provenance: p\nid\t\tnames\n", 5, "empty column"),
        ("# id: x\n# version: 1\n# licence: MIT\n# provenance: p\nid\tnote\n", 5, "names"),
        ("# id: x\n# version: 1\n# licence: MIT\n# provenance: p\n", 4, "no column header"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        read_lexicon_tsv(path, required_columns=("id", "names"))
    assert info.value.where == f"{path}:{line}"
    assert message in info.value.message
    assert str(info.value).startswith("[E200]")


def test_missing_file_and_bad_encoding(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not found"):
        read_lexicon_tsv(tmp_path / "absent.tsv")
    path = tmp_path / "latin1.tsv"
    path.write_bytes("# id: é\n".encode("latin-1"))
    with pytest.raises(LexiconError, match="UTF-8"):
        read_lexicon_tsv(path)
