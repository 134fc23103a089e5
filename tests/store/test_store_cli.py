"""`marsad ingest`, `marsad query`, `marsad export` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_fakes import OTHER, STORY, counts, write_jsonl
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()
FAKE = ["--pipeline", "store_fakes:make_pipeline"]


@pytest.fixture
def inputs(tmp_path: Path, repo: Path) -> list[str]:
    broken = write_jsonl(tmp_path / "broken.jsonl", [
        {"id": "k1", "text": STORY, "published": "2024-04-24", "source": "X"},
        "{\"id\": \"k2\", \"text\": ",  # truncated line
        {"id": "k3"},  # no text
        {"id": "k4", "text": "BOOM " + OTHER},  # a stage raises
    ])
    (tmp_path / "bad.jsonl").write_bytes(b'{"id": "k5", "text": "\xff\xfe"}\n')
    return [str(repo / "examples"), str(broken), str(tmp_path / "bad.jsonl")]


def test_ingest_twice_same_counts_failures_kept(inputs: list[str], tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    results = [runner.invoke(app, ["ingest", *inputs, "--db", str(db), *FAKE]) for _ in range(2)]
    first, second = results
    assert first.exit_code == 1, first.output  # failures make the exit status 1
    assert "new 2" in first.stderr and "failures 4" in first.stderr
    assert "new 0" in second.stderr and "skipped as known 2" in second.stderr
    c = counts(db)
    assert (c["documents"], c["failures"]) == (2, 4)


def test_real_pipeline_on_the_example(inputs: list[str], tmp_path: Path, example_text: str) -> None:
    from marsad.errors import MarsadError
    from marsad.model import Document
    from marsad.pipeline import CODE, build_pipeline

    try:
        build_pipeline(CODE)(Document.from_text(example_text))
    except MarsadError as exc:
        pytest.skip(f"the full coding pipeline does not run here yet: {exc}")
    db = tmp_path / "real.duckdb"
    for _ in range(2):
        runner.invoke(app, ["ingest", *inputs, "--db", str(db)])
        c = counts(db)
        assert c["documents"] == 3 and c["events"] > 0 and c["failures"] == 3  # BOOM means nothing to it


def test_query_and_export(inputs: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "m.duckdb")
    runner.invoke(app, ["ingest", *inputs, "--db", db, *FAKE])
    out = runner.invoke(app, ["query", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    dyads = [json.loads(line) for line in out.stdout.splitlines()]
    assert {(d["source"], d["target"]) for d in dyads} == {("PAK", "IRN"), ("IND", "PAK")}
    out = runner.invoke(app, ["query", "--db", db, "--from", "PAK", "--to", "IRN"])
    assert out.exit_code == 0 and "ASSAULT" in out.stdout
    out = runner.invoke(app, ["query", "--db", db, "--actor", "IND", "--json"])
    assert [json.loads(x)["role"] for x in out.stdout.splitlines()] == ["source"]
    out = runner.invoke(app, ["query", "daily", "--db", db, "--by", "both"])
    assert out.exit_code == 0 and "2024-04-24" in out.stdout
    out = runner.invoke(app, ["query", "--db", db, "--sql", "SELECT count(*) AS n FROM failures", "--json"])
    assert json.loads(out.stdout) == {"n": 4}
    out = runner.invoke(app, ["query", "--db", db, "--sql", "DELETE FROM failures"])
    assert out.exit_code != 0
    target = tmp_path / "e.csv"
    out = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(target)])
    assert out.exit_code == 0 and len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_query_on_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    out = runner.invoke(app, ["query", "--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code != 0 and "no such store" in str(out.exception)
