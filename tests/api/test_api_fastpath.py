"""The HTTP-level answer cache: repeats skip the app, errors and other requests never come from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_fakes import SPEC, build_store
from fastapi.testclient import TestClient

from marsad.api import create_app, routes
from marsad.api.state import MISSING, ServedStore
from marsad.store import PipelineSpec


@pytest.fixture()
def app_client(tmp_path: Path) -> Iterator[tuple[TestClient, ServedStore]]:
    app = create_app(build_store(str(tmp_path / "f.duckdb")), pipeline=PipelineSpec(factory=SPEC))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, app.state.store


def _broken(*args: object, **kwargs: object) -> object:
    raise RuntimeError("the app was asked again")


@pytest.mark.parametrize("path", ["/api/events?limit=2", "/api/dyads", "/api/timeline?by=event_type",
                                  "/api/places", "/api/actors?q=pak"])
def test_a_repeat_is_answered_without_the_app(app_client: tuple[TestClient, ServedStore], path: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    c, _ = app_client
    first = c.get(path)
    assert first.status_code == 200
    for name in ("_event_page", "_cached", "_cached_json"):  # every way the app answers these
        monkeypatch.setattr(routes, name, _broken)
    again = c.get(path)
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["content-type"] == "application/json"
    assert int(again.headers["content-length"]) == len(again.content)
    other = c.get(path + ("&" if "?" in path else "?") + "limit=3")  # another query string reaches the app
    assert other.status_code == 500


def test_errors_and_other_methods_are_not_kept(app_client: tuple[TestClient, ServedStore]) -> None:
    c, store = app_client
    for _ in range(2):
        assert c.get("/api/events?limit=0").status_code == 422
    assert store.peek(("http", "/api/events", b"limit=0")) is MISSING
    assert c.get("/api/events?limit=1").status_code == 200
    assert store.peek(("http", "/api/events", b"limit=1")) is not MISSING
    assert c.get("/api/summary").status_code == 200
    assert store.peek(("http", "/api/summary", b"")) is MISSING
    assert c.post("/api/events?limit=1").status_code == 405
