"""`marsad analyze`: output shapes (on a hand-built document) and the command end to end."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from marsad.cli import app
from marsad.commands.analyze import render_table, sentence_record, write_jsonl, write_plain
from marsad.model import DocMeta, Document, Segment, Sentence, Token

runner = CliRunner()
TEXT = "وبالرئيس قال."


def _seg(start: int, end: int, kind: str) -> Segment:
    return Segment(TEXT[start:end], start, end, kind, TEXT[start:end])  # type: ignore[arg-type]


def _doc() -> Document:
    tokens = (
        Token("وبالرئيس", 0, 8, 0, "word", "وبالرييس",
              (_seg(0, 1, "proclitic"), _seg(1, 2, "proclitic"), _seg(2, 4, "article"), _seg(4, 8, "stem")),
              "رييس"),
        Token("قال", 9, 12, 1, "word", "قال", (_seg(9, 12, "stem"),), "قال"),
        Token(".", 12, 13, 2, "punct", ".", (_seg(12, 13, "stem"),), "."),
    )
    return Document(id="d1", text=TEXT, meta=DocMeta(title="عنوان"), origin="x.txt",
                    sentences=(Sentence(0, TEXT, 0, 13, 0, 3),), tokens=tokens)


def test_sentence_record() -> None:
    doc = _doc()
    rec = sentence_record(doc, doc.sentences[0])
    assert {k: rec[k] for k in ("doc_id", "index", "start", "end", "text")} == {
        "doc_id": "d1", "index": 0, "start": 0, "end": 13, "text": TEXT}
    first = rec["tokens"][0]
    assert first == {
        "text": "وبالرئيس", "start": 0, "end": 8, "kind": "word", "norm": "وبالرييس", "stem": "رييس",
        "segments": [{"text": "و", "start": 0, "end": 1, "kind": "proclitic"},
                     {"text": "ب", "start": 1, "end": 2, "kind": "proclitic"},
                     {"text": "ال", "start": 2, "end": 4, "kind": "article"},
                     {"text": "رئيس", "start": 4, "end": 8, "kind": "stem"}]}
    assert [t["text"] for t in rec["tokens"]] == ["وبالرئيس", "قال", "."]


def test_jsonl_is_one_line_per_sentence() -> None:
    out = io.StringIO()
    write_jsonl(_doc(), out)
    [line] = out.getvalue().splitlines()
    assert json.loads(line)["text"] == TEXT


def test_plain_output_is_logical_order_tab_separated() -> None:
    out = io.StringIO()
    write_plain(_doc(), out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "# document d1  x.txt  title: عنوان"
    assert lines[1] == f"S0\t0-13\t{TEXT}"
    assert lines[2] == "\t0\t0-8\tوبالرئيس\tو+ب+ال+رئيس\tword\tوبالرييس\tرييس"
    assert len(lines) == 6 and lines[-1] == ""


def test_table_shows_segmentation() -> None:
    console = Console(file=io.StringIO(), width=120, color_system=None)
    console.print(render_table(_doc()))
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "و+ب+ال+رئيس" in shown and "S0" in shown and "0-8" in shown


# End to end: these use the real text layer.

def test_example_jsonl_prints_one_line_per_sentence(example_text: str, repo: Path) -> None:
    from marsad.text import analyze_text

    expected = analyze_text(example_text)
    result = runner.invoke(app, ["analyze", str(repo / "examples"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(expected.sentences) > 10
    for rec in records:
        assert example_text[rec["start"]:rec["end"]] == rec["text"]
        for tok in rec["tokens"]:
            assert example_text[tok["start"]:tok["end"]] == tok["text"]
            assert "".join(s["text"] for s in tok["segments"]) == tok["text"]


def test_table_when_piped_is_plain(repo: Path) -> None:
    result = runner.invoke(app, ["analyze", str(repo / "examples")])
    assert result.exit_code == 0
    assert result.stdout.startswith("# document ")
    assert "\nS0\t" in result.stdout and "─" not in result.stdout


def test_stdin_jsonl_and_failures_exit_1() -> None:
    stdin = '{"id": "a", "text": "قال الرئيس."}\n{"title": "no text"}\n'
    result = runner.invoke(app, ["analyze", "-", "--format", "jsonl"], input=stdin)
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["a"]
    [message] = result.stderr.splitlines()
    assert message == "marsad: skipped: [E100] -:2: record has no 'text' field"


def test_bad_file_is_reported_and_others_analyzed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("قال الرئيس.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    result = runner.invoke(app, ["analyze", str(tmp_path), "-f", "jsonl", "--published", "2024-04-24"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.strip().startswith(f"marsad: skipped: [E100] {tmp_path / 'b.txt'}: binary file")


@pytest.mark.parametrize("args", [
    ["analyze", "examples", "--published", "24/04/2024"],
    ["analyze", "no/such/file.txt"],
    ["analyze", "examples", "--format", "xml"],
    ["analyze"],
])
def test_usage_errors_exit_2(args: list[str], repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    assert runner.invoke(app, args).exit_code == 2
