"""Golden test: the worked example scores P >= 0.85 and R >= 0.85 with the shared scorer."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from marsad.model import DocMeta, Document

GOLD = "examples/pakistan-iran-2024-04-24.gold.jsonl"


def _scorer(shared: Path):  # type: ignore[no-untyped-def]
    path = shared / "tools" / "score_events.py"
    if not path.exists():
        pytest.skip("the shared scorer is absent")
    spec = importlib.util.spec_from_file_location("score_events", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_scores(shared: Path, example_text: str) -> None:
    from marsad.events.pipeline import code_pipeline

    scorer = _scorer(shared)
    gold = [json.loads(x) for x in (shared / GOLD).read_text(encoding="utf-8").splitlines() if x.strip()]
    doc = Document.from_text(example_text)
    doc = replace(doc, meta=DocMeta(published=date(2024, 4, 24)))
    coded = code_pipeline()(doc)
    system = [json.loads(json.dumps(e.to_dict())) for e in coded.events]
    p, r, _f, _tp, _fp, _fn, missed, when, where = scorer.score(gold, system)
    assert p >= 0.85 and r >= 0.85, (p, r, missed)
    # dates and places of the matched events, end to end (the when/where target: at least 90 %)
    assert when[0] >= 0.9 * when[1] and where[0] >= 0.9 * where[1], (when, where)


def test_no_event_in_the_affiliate_sentence(code: Callable[[str], Document], example_text: str) -> None:
    doc = code(example_text)
    start = example_text.index("وتنشط الشركة التابعة")
    sent = doc.sentence_of(start)
    assert sent is not None
    assert not [e for e in doc.events if e.sentence.index == sent.index]
