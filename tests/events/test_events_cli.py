"""`marsad code` and `marsad explain` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app
from marsad.model import EVENT_FIELDS

runner = CliRunner()
TEXT = "اتهمت روسيا أوكرانيا بقصف محطة للطاقة.\n"


def test_code_jsonl_and_bad_file_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "b.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(bad), str(good), "--published", "2024-01-02"])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert lines and tuple(lines[0]) == EVENT_FIELDS
    assert lines[0]["event_type"] == "ACCUSE"


def test_code_formats(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    for fmt, probe in (("polecat", "Event ID"), ("plover", '"event": "ACCUSE"'), ("table", "ACCUSE")):
        result = runner.invoke(app, ["code", str(f), "--format", fmt])
        assert result.exit_code == 0, result.stdout
        assert probe in result.stdout


def test_explain_shows_rules_and_reasons(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT + "دعت الأمم المتحدة إسرائيل إلى وقف الغارات على غزة.\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(f)])
    assert result.exit_code == 0, result.stdout
    out = result.stdout
    assert "accuse.ittahama" in out and "verbs.tsv:" in out
    assert "rule vso" in out
    assert "requested, not asserted" in out
