"""Output formats: jsonl has exactly Event.to_dict()'s fields; PLOVER and POLECAT records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest

from marsad.events.formats import (
    POLECAT_COLUMNS,
    TABLE_COLUMNS,
    PolecatWriter,
    cow_codes,
    plover_record,
    table_rows,
    write_jsonl,
    write_plover,
)
from marsad.model import EVENT_FIELDS, Document

TEXT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة. واتهمت روسيا أوكرانيا بقصف محطة للطاقة."


@pytest.fixture(scope="module")
def doc(code: Callable[[str], Document]) -> Document:
    d = code(TEXT)
    assert len(d.events) >= 2
    return d


def test_jsonl_fields_exactly(doc: Document) -> None:
    out = io.StringIO()
    write_jsonl(doc, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(doc.events)
    for line in lines:
        rec = json.loads(line)
        assert tuple(rec) == EVENT_FIELDS
        assert 1 <= rec["quad_class"] <= 4 and -10 <= rec["intensity"] <= 10
        assert 0 <= rec["confidence"] <= 1
        for key in ("source", "target"):
            if rec[key] is not None:
                assert set(rec[key]) == {"text", "start", "end", "name", "country", "sector", "group", "code", "wikidata"}
        assert TEXT[rec["trigger"]["start"] : rec["trigger"]["end"]] == rec["trigger"]["text"]


def test_plover_records(doc: Document) -> None:
    out = io.StringIO()
    write_plover(doc, out)
    recs = [json.loads(x) for x in out.getvalue().splitlines()]
    assert {r["event"] for r in recs} >= {"CONSULT", "ACCUSE"}
    rec = plover_record(doc.events[0], doc)
    assert rec["actor"]["country"] == "EGY" and rec["text"] == doc.events[0].sentence.text


def test_polecat_columns(doc: Document) -> None:
    out = io.StringIO()
    PolecatWriter(out)(doc)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert tuple(rows[0]) == POLECAT_COLUMNS
    assert all(len(r) == len(POLECAT_COLUMNS) for r in rows[1:])
    first = dict(zip(POLECAT_COLUMNS, rows[1], strict=True))
    assert first["Event Type"] == "consult" and first["Actor Country"] == "EGY"
    assert first["Actor COW"] == cow_codes()["EGY"] == "651"
    assert first["Quad Code"] == "VERBAL COOPERATION"


def test_table_rows(doc: Document) -> None:
    rows = list(table_rows([doc]))
    assert all(len(r) == len(TABLE_COLUMNS) for r in rows)
    assert rows[0][1] == "CONSULT" and "EGY" in rows[0][3]



def test_table_shows_date_and_place(code: Callable[[str], Document]) -> None:
    d = code("التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم 3 مارس 2024.")
    rows = [dict(zip(TABLE_COLUMNS, r, strict=True)) for r in table_rows([d])]
    assert rows and rows[0]["type"] == "CONSULT"
    assert rows[0]["date"] == "2024-03-03"
    assert rows[0]["place"] == "Cairo, EGY"


def test_table_dashes_without_date_or_place(doc: Document) -> None:
    from dataclasses import replace

    bare = replace(doc, events=tuple(replace(e, date=None, location=None) for e in doc.events))
    for row in table_rows([bare]):
        cells = dict(zip(TABLE_COLUMNS, row, strict=True))
        assert cells["date"] == "—" and cells["place"] == "—"
