"""Fixtures for store tests; the helpers themselves live in ``store_fakes`` (shared with tests/batch)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # store_fakes, importable in subprocesses too

from store_fakes import FAKE, make_corpus

from marsad.store import PipelineSpec, StoreWriter


@pytest.fixture
def corpus(tmp_path: Path):
    """``corpus(n)``: a JSONL file of n distinct articles."""
    return lambda n: make_corpus(tmp_path / "corpus.jsonl", n)


@pytest.fixture
def fake() -> PipelineSpec:
    return FAKE


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "s.duckdb"


@pytest.fixture
def writer(db: Path):
    with StoreWriter(db) as w:
        yield w
