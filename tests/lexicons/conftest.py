"""Helpers to write small lexicon files into a temporary directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HEADER = "# id: test.{kind}\n# version: 1\n# licence: MIT\n# provenance: unit test\n# kind: {kind}\n"

COLUMNS = {
    "country": "id\tcountry\tnames\tname_en",
    "capital": "id\tcountry\tsector\tnames\tname_en",
    "adjective": "id\tcountry\tbases\tname_en\tbroken_plurals\tforms",
    "sector": "id\tsector\trole\tnames\tname_en\tstandalone",
    "person": "id\tnames\tname_en\tcountry\tsector\trole\tvalid_from\tvalid_to\twikidata\tgender",
    "org": "id\tgroup\tnames\tname_en\tcountry\tsector\twikidata\tvalid_from\tvalid_to",
    "plural": "id\tform\trole\tnames\tname_en",
    "anaphor": "id\tnames\tname_en",
    "community": "id\tgroup\tname_en\tbases\tbroken_plurals\tnames\tforms",
}


@pytest.fixture
def lexfile(tmp_path: Path) -> Callable[..., Path]:
    """Write an actor lexicon file of ``kind`` with the given rows (tab-joined) and return its path."""

    def write(kind: str, *rows: str, name: str | None = None, header: str | None = None) -> Path:
        path = tmp_path / (name or f"{kind}.tsv")
        head = HEADER.format(kind=kind) if header is None else header
        path.write_text(head + COLUMNS[kind] + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
        return path

    return write
