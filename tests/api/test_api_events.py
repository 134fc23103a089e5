"""The events endpoints: filters, paging, detail with spans, and SQL injection attempts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from api_fakes import ARTICLES, build_store
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.routes import WINDOW
from marsad.model import DocMeta, Document

# filter parameters -> the event ids they must return (the corpus is in api_fakes.ARTICLES)
FILTERS = [
    ({}, {"a1-e0", "a1-e1", "a2-e0", "a3-e0", "a3-e1"}),
    ({"type": "ASSAULT"}, {"a2-e0", "a3-e1"}),
    ({"quad_class": 1}, {"a1-e0"}),
    ({"actor": "PAK"}, {"a1-e0", "a1-e1", "a2-e0", "a3-e0"}),
    ({"actor": "Pakistan"}, {"a1-e0", "a1-e1", "a2-e0", "a3-e0"}),
    ({"actor": "باكستان"}, {"a1-e0", "a1-e1", "a2-e0", "a3-e0"}),
    ({"source": "IRN"}, {"a1-e0", "a3-e0"}),
    ({"target": "IRN"}, {"a2-e0", "a3-e1"}),
    ({"country": "irn"}, {"a2-e0"}),
    ({"q": "الحدود"}, {"a2-e0"}),
    ({"q": "اسلام اباد"}, {"a1-e0", "a3-e0"}),  # normalised: إسلام آباد matches اسلام اباد
    ({"date_from": "2024-04-23"}, {"a2-e0", "a3-e0", "a3-e1"}),
    ({"date_from": "2024-04-23", "date_to": "2024-04-23"}, {"a2-e0"}),
    ({"type": "ASSAULT", "actor": "ISR"}, {"a3-e1"}),
    ({"type": "SANCTION"}, set()),
]


@pytest.mark.parametrize(("params", "expected"), FILTERS, ids=[str(p) for p, _ in FILTERS])
def test_filters(client: TestClient, params: dict[str, object], expected: set[str]) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] == len(expected)
    assert {e["event_id"] for e in page["items"]} == expected


def test_paging_and_order(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    rest = client.get("/api/events", params={"limit": 50, "offset": 4}).json()
    assert first["total"] == second["total"] == rest["total"] == 5
    ids = [e["event_id"] for page in (first, second, rest) for e in page["items"]]
    assert len(ids) == len(set(ids)) == 5
    days = [e["event_date"] for page in (first, second, rest) for e in page["items"]]
    assert days == sorted(days, reverse=True)
    assert client.get("/api/events", params={"offset": 99}).json()["items"] == []


def test_list_rows_carry_the_sentence(client: TestClient) -> None:
    item = client.get("/api/events", params={"type": "CONSULT"}).json()["items"][0]
    assert item["sentence"] == "زارت إيران باكستان في إسلام آباد يوم الاثنين."
    assert (item["source_code"], item["target_code"], item["trigger_text"]) == ("IRN", "PAK", "زارت")
    assert item["location_name"] == "Islamabad" and item["quad_class"] == 1


def test_detail_spans_point_into_the_text(client: TestClient) -> None:
    d = client.get("/api/events/a2-e0").json()
    text = d["window"]["text"]
    assert d["window"] == {"start": 0, "end": len(text), "length": len(text), "text": text}
    assert text.startswith("هاجمت باكستان إيران")
    ev = d["event"]
    for role in ("trigger", "source", "target", "location", "sentence"):
        span = d["spans"][role]
        assert text[span["start"]:span["end"]] == span["text"], role
    assert d["spans"]["trigger"]["text"] == ev["trigger"]["text"] == "هاجمت"
    assert d["spans"]["source"]["text"] == "باكستان" and d["spans"]["target"]["text"] == "إيران"
    # the emoji before طهران is one code point: offsets are Python string indexes
    assert d["spans"]["location"]["text"] == "طهران"
    assert d["sentence"]["text"].endswith("في طهران.")
    assert d["document"]["id"] == "a2" and "text" not in d["document"]


def test_detail_with_doc_id_and_not_found(client: TestClient) -> None:
    assert client.get("/api/events/a1-e1", params={"doc_id": "a1"}).json()["event"]["event_type"] == "ACCUSE"
    for url in ("/api/events/nope", "/api/events/a1-e1?doc_id=a2"):
        r = client.get(url)
        assert r.status_code == 404
        assert r.json()["error"] == "http_404" and "no event" in r.json()["detail"]


def test_long_documents_come_as_a_window(tmp_path: Path) -> None:
    text = "قال مسؤول إن الوضع هادئ. " * 1000 + "هاجمت باكستان إيران في طهران. " + "وقال مسؤول آخر كلاما. " * 1000
    long = Document.from_text(text, id="long", meta=DocMeta(published=date(2024, 5, 1)))
    with TestClient(create_app(build_store(str(tmp_path / "long.duckdb"), extra=[long]))) as c:
        d = c.get("/api/events/long-e0").json()
    w, span = d["window"], d["spans"]["trigger"]
    assert w["length"] == len(text) > WINDOW and w["end"] - w["start"] < len(text)
    assert w["text"] == text[w["start"]:w["end"]]
    assert w["text"][span["start"] - w["start"]:span["end"] - w["start"]] == span["text"] == "هاجمت"


BAD = [
    {"quad_class": 9}, {"quad_class": "x"}, {"limit": 0}, {"limit": 501}, {"offset": -1},
    {"date_from": "24/04/2024"}, {"date_from": "2024-05-01", "date_to": "2024-04-01"}, {"q": "x" * 201},
]


@pytest.mark.parametrize("params", BAD, ids=[str(p) for p in BAD])
def test_bad_parameters_are_clear_4xx(client: TestClient, params: dict[str, object]) -> None:
    r = client.get("/api/events", params=params)
    assert 400 <= r.status_code < 500
    body = r.json()
    assert set(body) == {"error", "detail"} and "\n" not in body["detail"] and "Traceback" not in body["detail"]


INJECTIONS = [
    {"actor": "PAK' OR '1'='1"}, {"actor": "x'); DROP TABLE events; --"}, {"q": "'; DROP TABLE events; --"},
    {"type": "ASSAULT' OR 1=1 --"}, {"country": "' O"}, {"source": "%"}, {"q": "%"},
]


@pytest.mark.parametrize("params", INJECTIONS, ids=[str(p) for p in INJECTIONS])
def test_sql_injection_is_inert(client: TestClient, params: dict[str, object]) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 0  # matched literally, never as SQL
    assert client.get("/api/events").json()["total"] == 5  # the table is still there
    assert client.get(f"/api/actors/{quote(str(params.popitem()[1]), safe='')}").status_code == 404


@pytest.mark.parametrize("params", [{}, {"actor": "IRN"}, {"q": "باكستان"}, {"include_copies": True}])
def test_every_page_is_a_slice_of_the_whole_list(client: TestClient, params: dict[str, object]) -> None:
    whole = client.get("/api/events", params={**params, "limit": 500}).json()["items"]
    assert [e["event_date"] for e in whole] == sorted((e["event_date"] for e in whole), reverse=True)
    for size in (1, 2, 3):
        for offset in range(len(whole) + 1):
            page = client.get("/api/events", params={**params, "limit": size, "offset": offset}).json()["items"]
            assert page == whole[offset:offset + size], (size, offset)


def test_near_duplicate_copies_are_left_out(tmp_path: Path) -> None:
    copy = Document.from_text(ARTICLES[0][2], id="a1-copy", meta=DocMeta(published=ARTICLES[0][1]))
    with TestClient(create_app(build_store(str(tmp_path / "dup.duckdb"), extra=[copy]))) as c:
        assert c.get("/api/documents/a1-copy").json()["duplicate_of"] == "a1"
        assert c.get("/api/events").json()["total"] == 5
        with_copies = c.get("/api/events", params={"include_copies": True}).json()
        assert with_copies["total"] == 7 and "a1-copy" in {e["doc_id"] for e in with_copies["items"]}
        assert sum(d["events"] for d in c.get("/api/dyads").json()) == 5
