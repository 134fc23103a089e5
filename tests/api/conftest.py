"""Fixtures of the API tests: a small store coded with the fake pipeline, and a TestClient on it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

# The fake pipeline is imported by name (``api_fakes:make_pipeline``), also by the web and command tests.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_fakes import SPEC, build_store

from marsad.api import create_app
from marsad.store import PipelineSpec


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(str(tmp_path_factory.mktemp("api") / "api.duckdb"))


@pytest.fixture(scope="module")
def client(store_path: str) -> Iterator[TestClient]:
    app = create_app(store_path, pipeline=PipelineSpec(factory=SPEC), max_code_bytes=10_000)
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client on a store of its own, for tests that write to it."""
    app = create_app(build_store(str(tmp_path / "w.duckdb")), pipeline=PipelineSpec(factory=SPEC), max_code_bytes=10_000)
    with TestClient(app) as c:
        yield c
