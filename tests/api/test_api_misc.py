"""Actors, dyads, timeline, places, documents, summary, OpenAPI, the page and its offline assets."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from marsad.api.app import STATIC


def test_actors_list_and_search(client: TestClient) -> None:
    rows = client.get("/api/actors").json()
    assert [(a["code"], a["as_source"], a["as_target"]) for a in rows] == [
        ("IRN", 2, 2), ("PAK", 1, 3), ("IND", 1, 0), ("ISR", 1, 0)]
    assert [a["code"] for a in client.get("/api/actors", params={"q": "isr"}).json()] == ["ISR"]
    assert [a["code"] for a in client.get("/api/actors", params={"q": "pak"}).json()] == ["PAK"]
    assert client.get("/api/actors", params={"q": "' OR 1=1 --"}).json() == []


def test_actor_page(client: TestClient) -> None:
    a = client.get("/api/actors/PAK").json()
    assert (a["name"], a["country"], a["events"]) == ("Pakistan", "PAK", 4)
    assert (a["first_day"], a["last_day"]) == ("2024-04-22", "2024-04-24")
    assert sum(r["events"] for r in a["timeline"]) == 4
    assert {(r["role"], r["counterpart"]) for r in a["timeline"]} == {
        ("target", "IRN"), ("target", "IND"), ("source", "IRN")}
    assert len(a["recent"]) == 4
    assert client.get("/api/actors/Pakistan").json()["events"] == 4
    assert client.get("/api/actors/XYZ").status_code == 404


def test_dyads(client: TestClient) -> None:
    rows = client.get("/api/dyads").json()
    top = rows[0]
    assert (top["source"], top["target"], top["events"]) == ("IRN", "PAK", 2)
    assert (top["quad_1"], top["quad_2"]) == (1, 1) and top["quad_class"] in (1, 2)
    assert {(d["source"], d["target"]) for d in rows} == {("IRN", "PAK"), ("IND", "PAK"), ("PAK", "IRN"), ("ISR", "IRN")}
    assert [d["source"] for d in client.get("/api/dyads", params={"quad_class": 4}).json()] == ["ISR", "PAK"]


def test_timeline(client: TestClient) -> None:
    rows = client.get("/api/timeline").json()
    assert [(r["day"], r["key"], r["events"]) for r in rows] == [
        ("2024-04-22", 1, 1), ("2024-04-22", 3, 1), ("2024-04-23", 4, 1), ("2024-04-24", 2, 1), ("2024-04-24", 4, 1)]
    by_type = client.get("/api/timeline", params={"by": "event_type", "type": "ASSAULT"}).json()
    assert [(r["day"], r["key"]) for r in by_type] == [("2024-04-23", "ASSAULT"), ("2024-04-24", "ASSAULT")]
    assert client.get("/api/timeline", params={"by": "sql"}).status_code == 422


def test_places(client: TestClient) -> None:
    data = client.get("/api/places").json()
    assert [(p["name"], p["events"]) for p in data["places"]] == [("Islamabad", 2), ("Tehran", 1)]
    assert {(c["country"], c["numeric"], c["events"]) for c in data["countries"]} == {("PAK", "586", 2), ("IRN", "364", 1)}


def test_documents(client: TestClient) -> None:
    page = client.get("/api/documents").json()
    assert [d["id"] for d in page["items"]] == ["a3", "a2", "a1"]
    assert "text" not in page["items"][0]
    doc = client.get("/api/documents/a1").json()
    assert doc["text"].startswith("زارت إيران") and len(doc["events"]) == 2 and len(doc["mentions"]) == 4
    assert client.get("/api/documents/zz").status_code == 404


def test_summary(client: TestClient) -> None:
    s = client.get("/api/summary").json()
    assert s["tables"]["documents"] == 3 and s["tables"]["events"] == 5
    assert s["event_types"][0] == {"event_type": "ASSAULT", "events": 2}
    assert (s["first_day"], s["last_day"]) == ("2024-04-22", "2024-04-24")


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{code}", "/api/dyads",
                 "/api/timeline", "/api/places", "/api/documents", "/api/documents/{doc_id}", "/api/code"):
        assert path in spec["paths"], path
    assert "text" in str(spec["paths"]["/api/code"]["post"]["requestBody"])
    assert client.get("/docs").status_code == 200


def test_page_is_utf8_and_rtl(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<meta charset="utf-8">' in r.text and 'dir="rtl"' in r.text and 'lang="ar"' in r.text
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text):
        assert client.get(asset).status_code == 200, asset


def test_every_asset_is_local() -> None:
    """No CDN: our HTML, JS and CSS load nothing from another host (users run it offline)."""
    ours = [p for p in STATIC.rglob("*") if p.suffix in {".html", ".js", ".css"} and "vendor" not in p.parts]
    assert len(ours) >= 8
    for path in ours:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://|//cdn|@import", text), path
        for module in re.findall(r'from "([^"]+)"', text):
            assert module.startswith("./") and (path.parent / module).is_file(), (path, module)
    vendor = {p.name for p in (STATIC / "vendor").iterdir()}
    assert {"d3.min.js", "topojson-client.min.js", "countries-50m.json"} <= vendor


def test_unknown_paths_are_json_404(client: TestClient, tmp_path: Path) -> None:
    r = client.get("/api/nothing")
    assert r.status_code == 404 and r.json()["error"] == "http_404"
