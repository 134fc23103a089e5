"""Schema creation, version checks and migrations, and the documented schema."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from marsad.errors import StoreError
from marsad.store import StoreWriter, schema
from marsad.store.schema import SCHEMA_VERSION, TABLES, connect, read_meta


def test_new_store_has_every_table_and_meta(db: Path) -> None:
    StoreWriter(db).close()
    con = connect(db)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    meta = read_meta(con)
    con.close()
    assert set(TABLES) <= tables
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert {"created", "marsad_version", "minhash_perm", "minhash_threshold"} <= set(meta)


def _set_version(db: Path, version: int) -> None:
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    con.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_newer_store_is_refused(db: Path, read_only: bool) -> None:
    connect(db).close()
    _set_version(db, SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="newer than this marsad"):
        connect(db, read_only=read_only)


def test_older_store_is_migrated(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    connect(db).close()
    steps: list[int] = []

    def add_note(con: duckdb.DuckDBPyConnection) -> None:
        steps.append(1)
        con.execute("ALTER TABLE documents ADD COLUMN note VARCHAR")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION, add_note)
    with pytest.raises(StoreError, match="old schema version"):
        connect(db, read_only=True)  # read-only opens cannot migrate
    con = connect(db)
    cols = {r[0] for r in con.execute("DESCRIBE documents").fetchall()}
    assert read_meta(con)["schema_version"] == str(SCHEMA_VERSION + 1)
    con.close()
    assert steps == [1] and "note" in cols
    connect(db).close()  # already migrated: nothing runs again
    assert steps == [1]


def test_missing_migration_is_an_error(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    connect(db).close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="no migration"):
        connect(db)


@pytest.mark.parametrize("setup", ["CREATE TABLE other (x INTEGER)", None])
def test_foreign_or_missing_files(db: Path, setup: str | None) -> None:
    if setup is None:
        with pytest.raises(StoreError, match="no such store"):
            connect(db, read_only=True)
        return
    con = duckdb.connect(str(db))
    con.execute(setup)
    con.close()
    with pytest.raises(StoreError, match="not a marsad store"):
        connect(db)


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.duckdb"
    bad.write_text("hello, not a database\n" * 100)
    with pytest.raises(StoreError):
        connect(bad)


def test_every_column_is_documented(repo: Path) -> None:
    doc = (repo / "docs" / "store.md").read_text(encoding="utf-8")
    for table, columns in TABLES.items():
        section = re.search(rf"^### `{table}`\n(.*?)(?=^### |\Z)", doc, re.S | re.M)
        assert section, f"docs/store.md has no section for {table}"
        for col in columns:
            assert f"`{col.name}`" in section.group(1), f"{table}.{col.name} is not documented"
    assert f"schema version {SCHEMA_VERSION}" in doc.lower()


def test_version_1_store_gains_the_topic_columns_and_keeps_its_rows(db: Path) -> None:
    """A store written before the topic stage (schema 1: no topic columns) is upgraded in place the
    first time it is opened for writing; its documents keep every value and read NULL for the topic."""
    connect(db).close()
    con = duckdb.connect(str(db))
    for name in ("topic", "topic_probability", "left_alone"):
        con.execute(f"ALTER TABLE documents DROP COLUMN {name}")
    con.execute("INSERT INTO documents (id, text, num_events) VALUES ('old', 'نص قديم', 3)")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="old schema version 1"):
        connect(db, read_only=True)
    con = connect(db)
    row = con.execute("SELECT id, text, num_events, topic, topic_probability, left_alone FROM documents").fetchall()
    names = [r[0] for r in con.execute("DESCRIBE documents").fetchall()]
    version = read_meta(con)["schema_version"]
    con.close()
    assert row == [("old", "نص قديم", 3, None, None, None)]
    assert names == [c.name for c in TABLES["documents"]]  # same order as a new store's
    assert version == "2" == str(SCHEMA_VERSION)
    connect(db, read_only=True).close()
