"""Shared CLI helpers: option parsing and the document runner's failure reports."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
import typer
from rich.console import Console

from marsad.commands._common import check_paths, parse_published, run_documents
from marsad.errors import PipelineError
from marsad.inputs import InputFailure
from marsad.model import Document


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("2024-04-24", date(2024, 4, 24))])
def test_parse_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["24-04-2024", "2024-4-24", "2024-02-30", "2024-04-24T10:00", ""])
def test_parse_published_rejects(value: str) -> None:
    with pytest.raises(typer.BadParameter, match="YYYY-MM-DD"):
        parse_published(value)


def test_check_paths(tmp_path: Path) -> None:
    assert check_paths([str(tmp_path), "-"]) == [str(tmp_path), "-"]
    with pytest.raises(typer.BadParameter, match="no such file"):
        check_paths([str(tmp_path / "missing")])
    with pytest.raises(typer.BadParameter, match="only once"):
        check_paths(["-", "-"])


def test_run_documents_reports_failures_one_line_each_and_goes_on() -> None:
    items: list[Document | InputFailure] = [
        Document.from_text("أ", origin="a.txt"), InputFailure("b.jsonl", 3, "invalid JSON"),
        Document.from_text("boom", origin="c.txt"), Document.from_text("ب", origin="d.txt"),
    ]
    seen: list[str] = []

    def handle(doc: Document) -> None:
        if doc.text == "boom":
            raise PipelineError("stage text@1 failed")
        seen.append(doc.text)

    console = Console(file=io.StringIO(), width=200)
    summary = run_documents(items, handle, console=console)
    assert seen == ["أ", "ب"]
    assert (summary.documents, summary.failures, summary.exit_code) == (2, 2, 1)
    assert console.file.getvalue().splitlines() == [  # type: ignore[attr-defined]
        "marsad: skipped: [E100] b.jsonl:3: invalid JSON",
        "marsad: skipped: [E400] c.txt: stage text@1 failed",
    ]
    assert run_documents([], handle, console=console).exit_code == 0
