"""The --config and --ner options shared by the commands that code."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.commands._common import make_config

runner = CliRunner()


def test_make_config_applies_ner_and_overrides(tmp_path: Path) -> None:
    cfg_file = tmp_path / "marsad.toml"
    cfg_file.write_text('[ner]\nbackend = "none"\n', encoding="utf-8")
    assert make_config(str(cfg_file)).ner.backend == "none"
    cfg = make_config(str(cfg_file), ner="crf-fast", published="2024-04-24")
    assert cfg.ner.backend == "crf-fast"
    assert cfg.published == "2024-04-24"
    assert make_config(None).ner.backend == "crf-stacked"  # coding defaults to the CRFs without the network


@pytest.mark.parametrize("command", ["code", "explain"])
def test_unknown_ner_backend_is_a_one_line_error(tmp_path: Path, command: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text("قال الرئيس إن الجيش هاجم المسلحين.", encoding="utf-8")
    result = runner.invoke(app, [command, str(src), "--ner", "bogus"])
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert "unknown NER backend 'bogus'" in str(result.exception)
    assert "\n" not in str(result.exception)


def test_bad_config_file_names_the_file(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("نص.", encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("[ner\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(src), "--config", str(bad)])
    assert result.exit_code != 0
    assert str(bad) in str(result.exception)


def test_ner_none_still_codes(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("هاجم الجيش الباكستاني مواقع المسلحين في بلوشستان أمس.", encoding="utf-8")
    result = runner.invoke(app, ["code", str(src), "--ner", "none", "--published", "2024-04-24"])
    assert result.exit_code == 0, result.output
    assert '"event_type": "ASSAULT"' in result.stdout
