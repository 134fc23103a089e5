"""`marsad tag --conll` and `marsad eval ner` on a tiny CoNLL file, with the bundled model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()

TINY = """قال O
الرئيس O
الأمريكي O
جورج B-PERS
بوش I-PERS
في O
واشنطن B-LOC
إن O
الأمم B-ORG
المتحدة I-ORG
. O

وصل O
الوزير O
إلى O
القاهرة B-LOC
. O
"""


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    p = tmp_path / "tiny.txt"
    p.write_text(TINY, encoding="utf-8")
    return p


def test_tag_writes_three_columns(tiny: Path) -> None:
    result = runner.invoke(app, ["tag", "--conll", str(tiny)])
    assert result.exit_code == 0, result.output
    blocks = [b for b in result.output.strip().split("\n\n") if b]
    assert len(blocks) == 2
    rows = [line.split(" ") for line in blocks[0].splitlines()]
    assert [r[0] for r in rows][:3] == ["قال", "الرئيس", "الأمريكي"]
    assert all(len(r) == 3 for r in rows)
    assert rows[6][1:] == ["B-LOC", "B-LOC"]  # واشنطن: the model knows the capital


def test_tag_then_eval(tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "tagged.txt"
    assert runner.invoke(app, ["tag", "--conll", str(tiny), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["eval", "ner", str(out), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["micro"]["support"] == 4
    assert data["tokens"] == 16
    assert data["micro"]["f1"] >= 0.6


def test_eval_scores_a_given_prediction(tmp_path: Path) -> None:
    p = tmp_path / "pred.txt"
    p.write_text("جورج B-PERS B-PERS\nبوش I-PERS O\nفي O O\nبغداد B-LOC B-LOC\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "ner", str(p), "--json"])
    data = json.loads(result.output)
    assert data["micro"]["precision"] == 0.5 and data["micro"]["recall"] == 0.5
    assert data["per_type"]["LOC"]["f1"] == 1.0 and data["per_type"]["PERS"]["f1"] == 0.0


def test_eval_prints_a_table(tiny: Path) -> None:
    result = runner.invoke(app, ["eval", "ner", str(tiny)])
    assert result.exit_code == 0, result.output
    for word in ("PERS", "LOC", "ORG", "micro", "precision"):
        assert word in result.output


def test_missing_file_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "ner", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "not found" in str(result.exception) or "not found" in result.output


def test_train_ner_command(tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "model" / "small.json"
    result = runner.invoke(app, ["train", "ner", "--train", str(tiny), "--out", str(out), "--no-stack"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["train_seconds"] >= 0
    assert (out.parent / "small.crfsuite").is_file()
    tagged = runner.invoke(app, ["tag", "--conll", str(tiny), "--model", str(out)])
    assert tagged.exit_code == 0 and len(tagged.output.strip().split("\n\n")) == 2


def test_train_ner_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "ner", "--train", str(tmp_path / "none.txt"), "--out",
                                 str(tmp_path / "m.json")])
    assert result.exit_code != 0
