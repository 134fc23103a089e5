"""`marsad optimize`: the events table rewritten in date order, every row kept, or nothing changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from marsad.cli import app
from marsad.errors import StoreError
from marsad.store import StoreWriter
from marsad.store import writer as writer_module
from marsad.store.schema import connect

DAYS = [dt.date(2024, 1, 1) + dt.timedelta(days=k) for k in range(5)]
ROW = "SELECT doc_id, event_id, event_type, event_date, sentence_start, record FROM events"


def _store(path: Path, dates: list[dt.date | None]) -> Path:
    with StoreWriter(path):
        pass
    con = connect(path)
    try:
        for n, day in enumerate(dates):
            con.execute("INSERT INTO events (doc_id, event_id, event_type, event_date, sentence_index, "
                        "sentence_start, sentence_end, record) VALUES (?, ?, ?, ?, 0, ?, ?, ?)",
                        [f"d{n % 4}", f"e{n:03d}", "ASSAULT" if n % 2 else "AGREE", day, n % 3, n % 3 + 5,
                         f'{{"n": {n}}}'])
    finally:
        con.close()
    return path


def _rows(path: Path, order: str) -> list[tuple[object, ...]]:
    con = connect(path)
    try:
        return con.execute(f"{ROW} ORDER BY {order}").fetchall()
    finally:
        con.close()


@settings(max_examples=20, deadline=None)
@given(dates=st.lists(st.sampled_from([*DAYS, None]), max_size=40))
def test_rows_kept_and_laid_out_by_date(tmp_path_factory: pytest.TempPathFactory,
                                        dates: list[dt.date | None]) -> None:
    path = _store(tmp_path_factory.mktemp("opt") / "o.duckdb", dates)
    before = sorted(_rows(path, "event_id"), key=repr)
    for _ in range(2):  # idempotent
        with StoreWriter(path) as w:
            assert w.cluster_events() == len(dates)
        stored = _rows(path, "rowid")  # the order rows lie in the file
        assert sorted(stored, key=repr) == before
        keys = [(r[3] is None, r[3] or dt.date.min, r[0], r[4], r[1]) for r in stored]
        assert keys == sorted(keys)


def test_a_failed_rewrite_leaves_the_table_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _store(tmp_path / "f.duckdb", [DAYS[2], None, DAYS[0], DAYS[1]])
    before = _rows(path, "rowid")
    # a copy that cannot hold the rows: the INSERT fails inside the transaction
    monkeypatch.setattr(writer_module, "create_sql",
                        lambda table, name=None: f"CREATE TABLE {name} (doc_id INTEGER)")
    with StoreWriter(path) as w, pytest.raises(StoreError, match="cannot rewrite the events table"):
        w.cluster_events()
    assert _rows(path, "rowid") == before
    con = connect(path)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()
    assert "events_clustered" not in tables and "events" in tables


def test_optimize_command(tmp_path: Path) -> None:
    runner = CliRunner()
    path = _store(tmp_path / "c.duckdb", [DAYS[3], DAYS[1], None])
    done = runner.invoke(app, ["optimize", "--db", str(path)])
    assert done.exit_code == 0 and "3 events" in done.stderr
    assert [r[3] for r in _rows(path, "rowid")] == [DAYS[1], DAYS[3], None]
    for args, message in ((["--db", str(tmp_path / "none.duckdb")], "none.duckdb: no such store"),
                          (["--db", str(path), "--memory-limit", "lots"], "bad memory limit 'lots'")):
        failed = runner.invoke(app, ["optimize", *args])  # marsad.cli.main turns this into one line
        assert isinstance(failed.exception, StoreError) and message in str(failed.exception)
    assert not (tmp_path / "none.duckdb").exists()
