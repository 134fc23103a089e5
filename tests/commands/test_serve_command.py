"""`marsad run` and `marsad serve`: ingest then serve, with uvicorn replaced by a recorder."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.errors import StoreError
from marsad.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from api_fakes import ARTICLES, SPEC

runner = CliRunner()


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": i, "published": d.isoformat(), "text": t}, ensure_ascii=False) + "\n"
                            for i, d, t in ARTICLES), encoding="utf-8")
    return path


@pytest.fixture()
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_run_codes_then_serves(news: Path, tmp_path: Path, served: list[dict[str, Any]]) -> None:
    db = tmp_path / "m.duckdb"
    result = runner.invoke(app, ["run", str(news), "--db", str(db), "--port", "8123", "--pipeline", SPEC])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert [(c["host"], c["port"]) for c in served] == [("127.0.0.1", 8123)]
    assert served[0]["app"].state.pipeline.factory == SPEC  # POST /api/code codes like the run did
    served[0]["app"].state.store.close()
    with Store(db) as store:
        assert store.summary()["events"] == 5


def test_run_is_idempotent_and_no_serve(news: Path, tmp_path: Path, served: list[dict[str, Any]]) -> None:
    db = tmp_path / "m.duckdb"
    for _ in range(2):
        result = runner.invoke(app, ["run", str(news), "--db", str(db), "--no-serve", "--pipeline", SPEC])
        assert result.exit_code == 0, result.output
    assert served == []
    with Store(db) as store:
        assert store.summary()["documents"] == 3 and store.summary()["events"] == 5


def test_serve(news: Path, tmp_path: Path, served: list[dict[str, Any]]) -> None:
    db = tmp_path / "m.duckdb"
    runner.invoke(app, ["run", str(news), "--db", str(db), "--no-serve", "--pipeline", SPEC])
    result = runner.invoke(app, ["serve", "--db", str(db), "--host", "::1", "--port", "9000"])
    assert result.exit_code == 0, result.output
    assert "http://[::1]:9000/" in result.output
    assert (served[0]["host"], served[0]["port"]) == ("::1", 9000)
    served[0]["app"].state.store.close()


def test_serve_without_a_store(tmp_path: Path, served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert isinstance(result.exception, StoreError) and "no such store" in str(result.exception)
    assert served == []


def test_run_rejects_missing_paths(tmp_path: Path, served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--db", str(tmp_path / "m.duckdb")])
    assert result.exit_code == 2 and served == []
