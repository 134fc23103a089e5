"""Flattening documents into rows: origins, dates, cluster keys, every public field kept."""

from __future__ import annotations

import json
from datetime import date

import pytest
from store_fakes import FAKE, STORY, doc

from marsad.model import EVENT_FIELDS
from marsad.store import Signer, pipeline_for
from marsad.store.records import build_batch, cluster_key, first_day, split_origin
from marsad.store.schema import arrow_schema


@pytest.mark.parametrize(("origin", "expected"), [
    ("a.jsonl:12", ("a.jsonl", "12")), ("a.txt", ("a.txt", "")), ("C:/x/a.txt", ("C:/x/a.txt", "")),
    ("<string>", ("<string>", "")), ("x.zip:member.json:3", ("x.zip:member.json", "3")),
])  # fmt: skip
def test_split_origin(origin: str, expected: tuple[str, str]) -> None:
    assert split_origin(origin) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-04-24", date(2024, 4, 24)), ("2024-04", date(2024, 4, 1)), ("2024", date(2024, 1, 1)),
    ("2024-04-20/2024-04-24", date(2024, 4, 20)), ("", None), (None, None), ("soon", None),
])  # fmt: skip
def test_first_day(value: str | None, expected: date | None) -> None:
    assert first_day(value) == expected


@pytest.mark.parametrize(("record", "key"), [
    ({"event_type": "ASSAULT", "source": {"code": "PAK", "name": "Pakistan"}, "target": {"code": None, "name": "X"},
      "date": {"value": "2024-04-20"}, "location": {"geonameid": 1, "country": "IRN"}},
     ("ASSAULT", "PAK", "X", "2024-04-20", "gn:1")),
    ({"event_type": "ACCUSE", "source": None, "target": None, "date": None, "location": {"geonameid": None, "country": "IRN"}},
     ("ACCUSE", "", "", "2024-04-24", "IRN")),
])  # fmt: skip
def test_cluster_key(record: dict, key: tuple[str, ...]) -> None:
    assert cluster_key(record, date(2024, 4, 24)) == key


def test_event_rows_keep_every_public_field() -> None:
    coded = pipeline_for(FAKE)(doc(STORY, "s"))
    batch = build_batch([coded], [], Signer())
    events = batch.tables["events"].to_pylist()
    assert batch.tables["events"].schema == arrow_schema("events")
    assert len(events) == len(coded.events) == 2
    for row, event in zip(events, coded.events, strict=True):
        record = json.loads(row["record"])
        assert record == event.to_dict() and set(record) == set(EVENT_FIELDS)
        assert (row["source_code"], row["target_code"]) == (event.source.code, event.target.code)
        assert STORY[row["trigger_start"]:row["trigger_end"]] == row["trigger_text"]
        assert row["event_date"] == date(2024, 4, 24)
    assert batch.tables["clusters"].column("cluster_id").to_pylist() == [r["cluster_id"] for r in events]
