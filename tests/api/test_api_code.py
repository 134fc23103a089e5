"""POST /api/code: coding posted text, storing only when asked, limits and clear 4xx errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

TEXT = "هاجمت إسرائيل الهند في طهران. زارت الهند إيران."


def test_codes_without_storing(client: TestClient) -> None:
    before = client.get("/api/events").json()["total"]
    r = client.post("/api/code", json={"text": TEXT, "published": "2024-06-01"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] is False and body["stages"] == ["fake.sentences@1", "fake.coder@1"]
    assert [e["event_type"] for e in body["events"]] == ["ASSAULT", "CONSULT"]
    first = body["events"][0]
    assert TEXT[first["trigger"]["start"]:first["trigger"]["end"]] == "هاجمت"
    assert first["date"]["value"] == "2024-06-01"
    assert len(body["sentences"]) == 2 and body["sentences"][1]["text"] == "زارت الهند إيران."
    assert client.get("/api/events").json()["total"] == before


def test_store_true_writes_and_reads_resume(fresh_client: TestClient) -> None:
    c = fresh_client
    assert c.get("/api/events").json()["total"] == 5
    r = c.post("/api/code", json={"text": TEXT, "published": "2024-06-01", "title": "عنوان", "store": True})
    assert r.status_code == 200 and r.json()["stored"] is True
    page = c.get("/api/events", params={"date_from": "2024-06-01"}).json()
    assert page["total"] == 2 and {e["doc_id"] for e in page["items"]} == {r.json()["doc_id"]}
    assert c.get("/api/summary").json()["tables"]["documents"] == 4  # cached answers were dropped
    assert c.get("/api/events").json()["total"] == 7  # the same request as before the write, answered anew
    again = c.post("/api/code", json={"text": TEXT, "store": True})  # the same text is stored once
    assert again.status_code == 200
    assert c.get("/api/summary").json()["tables"]["documents"] == 4


BAD = [
    ({"text": ""}, 422, "text"),
    ({"text": "   "}, 422, "blank"),
    ({}, 422, "text"),
    ({"text": 5}, 422, "text"),
    ({"text": "نص", "published": "24/04/2024"}, 422, "published"),
    ({"text": "نص", "colour": "red"}, 422, "colour"),
    (["not", "an", "object"], 422, ""),
]


@pytest.mark.parametrize(("body", "status", "word"), BAD, ids=[str(b) for b, _, _ in BAD])
def test_bad_bodies(client: TestClient, body: object, status: int, word: str) -> None:
    r = client.post("/api/code", json=body)
    assert r.status_code == status
    detail = r.json()["detail"]
    assert word in detail and "\n" not in detail and "Traceback" not in detail


@pytest.mark.parametrize(("content", "ctype", "status"), [
    (b'{"text": ', "application/json", 422),
    (b"\xff\xfe{}", "application/json", 422),
    ("هاجمت".encode(), "text/plain", 415),
    (b'{"text": "' + "ب".encode() * 6000 + b'"}', "application/json", 413),  # 12 kB > the 10 kB limit
])
def test_bad_requests(client: TestClient, content: bytes, ctype: str, status: int) -> None:
    r = client.post("/api/code", content=content, headers={"content-type": ctype})
    assert r.status_code == status
    assert set(r.json()) == {"error", "detail"}


def test_size_limit_without_content_length(client: TestClient) -> None:
    def chunks():  # a streamed (chunked) body announces no length
        yield b'{"text": "'
        for _ in range(20):
            yield "ب".encode() * 500
        yield b'"}'

    r = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]


def test_pipeline_that_cannot_be_built_is_503(tmp_path: Path) -> None:
    from api_fakes import build_store

    from marsad.api import create_app
    from marsad.store import PipelineSpec

    # a store of its own: two read-only Store objects on one file in one process clash over
    # their marsad_normalize function (DuckDB keeps functions per database, not per connection)
    db = build_store(str(tmp_path / "p.duckdb"))
    with TestClient(create_app(db, pipeline=PipelineSpec(factory="no_such_module:factory"))) as c:
        r = c.post("/api/code", json={"text": TEXT})
        assert r.status_code == 503 and "cannot be loaded" in r.json()["detail"]
        assert c.get("/api/events").status_code == 200  # reading is unaffected
