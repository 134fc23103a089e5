"""The gazetteer files: validation errors name file and line; the index answers by first word."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import LexiconError
from marsad.where.gazetteer import (
    GAZETTEER_FILE,
    STOPLIST_FILE,
    check_gazetteer,
    load_gazetteer,
    name_words,
    read_gazetteer,
)

HEAD = "# id: t\n# version: 1\n# licence: MIT\n# provenance: test\n"
PLACES_HEAD = HEAD + "kind\tname_en\tcountry\tlat\tlon\tgeonameid\tnames\tpopulation\n"


def write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "places.tsv"
    p.write_text(PLACES_HEAD + body, encoding="utf-8")
    return p


@pytest.mark.parametrize(("row", "message"), [
    ("region\tX\tPAKI\t1\t2\t\tاسم\n", "alpha-3"),
    ("region\tX\tPAK\t100\t2\t\tاسم\n", "outside"),
    ("region\tX\tPAK\t\t2\t\tاسم\n", "lat and lon"),
    ("province\tX\tPAK\t1\t2\t\tاسم\n", "kind"),
    ("alias\tX\tPAK\t\t\t999999999\tاسم\n", "unknown geonameid"),
    ("region\tX\tPAK\t1\t2\t\tاسم||اسم\n", "empty name"),
    ("region\tX\tPAK\t1\t2\t\tBaluch\n", "Latin"),
])
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, row)
    with pytest.raises(LexiconError, match=message) as err:
        read_gazetteer(GAZETTEER_FILE, path, STOPLIST_FILE)
    assert err.value.where == f"{path}:6"


def test_counts() -> None:
    counts = check_gazetteer()
    assert counts["gazetteer country"] >= 240
    assert counts["gazetteer region"] >= 150
    assert counts["gazetteer city"] >= 8000


def test_stoplisted_words_are_not_indexed() -> None:
    gaz = load_gazetteer()
    for word in ("كان", "بيان", "الخميس", "امن"):
        assert gaz.lookup(name_words(word)) == (0, [])


def test_lookup_takes_the_longest_name() -> None:
    n, entries = load_gazetteer().lookup(name_words("سيستان وبلوشستان الإيرانية"))
    assert n == 2 and entries[0].country == "IRN"


@pytest.mark.slow
def test_bundled_gazetteer_is_what_the_script_builds(tmp_path: Path) -> None:
    import runpy
    import sys

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    out = tmp_path / "gazetteer.tsv"
    argv = sys.argv
    try:
        sys.argv = [str(script), "--out", str(out)]
        runpy.run_path(str(script), run_name="__main__")
    finally:
        sys.argv = argv
    assert out.read_text(encoding="utf-8") == GAZETTEER_FILE.read_text(encoding="utf-8")
