"""The generated data files are what their scripts produce (so edits go to the scripts' inputs)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import babel
import pytest

from marsad.lexicons import ACTOR_DATA_DIR
from marsad.lexicons.codes import ISO_FILE
from marsad.lexicons.tsv import read_lexicon_tsv


def _script(repo: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, repo / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("script", "committed"), [
    ("build_country_lexicon", ACTOR_DATA_DIR / "countries.tsv"),
    ("build_iso3166", ISO_FILE),
])
def test_generated_file_is_up_to_date(repo: Path, tmp_path: Path, script: str, committed: Path) -> None:
    header, _ = read_lexicon_tsv(committed)
    if header.get("babel", babel.__version__) != babel.__version__:
        pytest.skip("committed file was generated with another Babel (CLDR) version")
    out = tmp_path / committed.name
    assert _script(repo, script).main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
