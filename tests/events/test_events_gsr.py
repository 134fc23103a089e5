"""GSR loading, the md5 split and the scoring arithmetic, on a small file written here."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.evaluation.gsr import Counts, baseline, evaluate, load_gsr, select, split_of
from marsad.model import Document, Event

ROWS = [
    ("1", "yes", "قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش."),
    ("2", "easy no", "ارتفعت أسعار النفط في الأسواق."),
    ("3", "difficult no", "قتل الوقت في انتظار القطار."),
    ("4", "ambiguous", "وقع انفجار في مصنع للكيماويات."),
]


@pytest.fixture
def gsr_dir(tmp_path: Path) -> Path:
    with (tmp_path / "assault_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", "accept", "event_type", "id", "label", "reject", "text", "total"])
        for i, (rid, label, text) in enumerate(ROWS):
            w.writerow([i, 0, "ASSAULT", rid, label, 0, text, 3])
    spans = [{"text": ROWS[0][2], "source_gold": "مسلحون", "target_gold": "جنود", "verb_gold": "قتل"}]
    (tmp_path / "assault_spans.json").write_text(json.dumps(spans, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_split_by_md5_first_digit() -> None:
    text = "نص"
    digit = hashlib.md5(text.encode()).hexdigest()[0]
    assert split_of(text) == ("dev" if digit in "01234567" else "test")


def test_load_leaves_out_ambiguous(gsr_dir: Path) -> None:
    items = load_gsr(gsr_dir, "ASSAULT")
    assert [it.id for it in items] == ["1", "2", "3"]
    assert [it.positive for it in items] == [True, False, False]
    assert items[0].source_gold == "مسلحون"
    assert len(list(select(items, "dev"))) + len(list(select(items, "test"))) == 3


def test_bad_label_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "assault_gsr.csv").write_text(",accept,event_type,id,label,reject,text,total\n0,0,ASSAULT,9,maybe,0,نص,3\n",
                                              encoding="utf-8")
    with pytest.raises(InputError, match=r"assault_gsr\.csv:2"):
        load_gsr(tmp_path, "ASSAULT")


def test_baseline_keyword(gsr_dir: Path) -> None:
    c = baseline(load_gsr(gsr_dir, "ASSAULT"), "ASSAULT")
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    assert c.precision == 0.5 and c.recall == 1.0


def test_evaluate_counts_and_arguments(gsr_dir: Path, code) -> None:  # type: ignore[no-untyped-def]
    items = load_gsr(gsr_dir, "ASSAULT")
    counts = evaluate(items, "ASSAULT", code)
    assert counts.tp == 1 and counts.fp == 0
    assert counts.src_total == 1 and counts.tgt_total == 1


def test_counts_f1() -> None:
    c = Counts(tp=8, fp=2, fn=2)
    assert c.precision == 0.8 and c.recall == 0.8 and abs(c.f1 - 0.8) < 1e-9


def test_split_votes_counted_apart(gsr_dir: Path, code) -> None:  # type: ignore[no-untyped-def]
    """A sentence coded as an event that the annotators split on (difficult no) is a false
    positive in F1 and left out of the agreed-only F1."""
    items = load_gsr(gsr_dir, "ASSAULT")
    assert [it.label for it in items] == ["yes", "easy no", "difficult no"]
    attack: Document = code(items[0].text)
    assert any(e.event_type == "ASSAULT" for e in attack.events)

    def fake(text: str) -> Document:  # codes an attack in the yes and the difficult-no sentence
        return attack if text in (items[0].text, items[2].text) else Document.from_text(text)

    counts = evaluate(items, "ASSAULT", fake)
    assert (counts.tp, counts.fp, counts.fp_split) == (1, 1, 1)
    assert counts.f1 < 1.0 and counts.f1_unanimous == 1.0


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_gsr(tmp_path, "PROTEST")


def test_detected_ignores_negated(code) -> None:  # type: ignore[no-untyped-def]
    from marsad.evaluation.gsr import detected

    doc: Document = code("نفت إيران أنها هاجمت السفن الأمريكية.")
    attacks: list[Event] = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].negated
    assert detected(doc.events, "ASSAULT") == []
