"""Evaluation on the Arabic event GSR (Open Event Data Alliance, ``arabic_event_gsr``).

Sentence-level detection of ASSAULT and of PROTEST: a sentence labelled ``yes`` is positive,
``easy no`` and ``difficult no`` are negative, ``ambiguous`` is left out. A sentence counts as
detected when the coder codes at least one event of that type in it (negated events and events
that are not asserted do not count). The data are split by the first hex digit of
``md5(text)``: 0-7 is the development half (look at errors there), 8-f the test half (report only).

Where the spans file gives ``source_gold``/``target_gold``, we also report how often a coded
event of the type has a source (target) whose text shares a word with the gold span.

The GSR text is evaluation data only: nothing of it is copied into the project.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from marsad.config import Config
from marsad.errors import InputError
from marsad.model import Document, Event
from marsad.text import normalize

log = logging.getLogger(__name__)

TYPES = ("ASSAULT", "PROTEST")
FILES = {"ASSAULT": ("assault_gsr.csv", "assault_spans.json"), "PROTEST": ("protest_gsr.csv", "protest_spans.json")}
#: The keyword baselines: a sentence containing the word is taken as an event of the type.
BASELINE_KEYWORDS = {"ASSAULT": ("قتل",), "PROTEST": ("تظاهر", "مظاهر", "احتجاج")}


@dataclass(frozen=True, slots=True)
class GsrItem:
    """One GSR sentence: its id, text, gold label (True/False), the annotators' label (``yes``,
    ``easy no``, ``difficult no``) and gold argument spans."""

    id: str
    text: str
    event_type: str
    positive: bool
    source_gold: str = ""
    target_gold: str = ""
    label: str = ""


def split_of(text: str) -> str:
    """``dev`` or ``test``: the first hex digit of md5(text), 0-7 dev, 8-f test."""
    digit = hashlib.md5(text.encode("utf-8")).hexdigest()[0]
    return "dev" if digit in "01234567" else "test"


def load_gsr(root: Path, event_type: str) -> list[GsrItem]:
    """The labelled sentences of one type (``ambiguous`` rows left out), with argument spans."""
    csv_name, spans_name = FILES[event_type]
    spans: dict[str, dict[str, str]] = {}
    spans_path = root / spans_name
    if spans_path.exists():
        try:
            for rec in json.loads(spans_path.read_text(encoding="utf-8")):
                spans[rec.get("text", "")] = rec
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"not valid JSON: {exc}", where=str(spans_path)) from None
    items = []
    path = root / csv_name
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                label = (row.get("label") or "").strip()
                if label == "ambiguous":
                    continue
                if label not in ("yes", "easy no", "difficult no"):
                    raise InputError(f"unknown label {label!r}", where=f"{path}:{n}")
                text = row.get("text") or ""
                sp = spans.get(text, {})
                items.append(GsrItem(row.get("id") or str(n), text, event_type, label == "yes",
                                     sp.get("source_gold", "") or "", sp.get("target_gold", "") or "", label))
    except FileNotFoundError:
        raise InputError("GSR file not found", where=str(path)) from None
    return items


@dataclass(slots=True)
class Counts:
    """Detection counts and argument agreement for one type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    src_hit: int = 0
    src_total: int = 0
    tgt_hit: int = 0
    tgt_total: int = 0
    errors: list[tuple[str, GsrItem]] = field(default_factory=list)
    #: sentences coded as events that the annotators split on (``difficult no``: at least one
    #: of them accepted the event, not all did)
    fp_split: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def f1_unanimous(self) -> float:
        """F1 on the sentences the annotators agreed on (``yes`` against ``easy no``): the
        ``difficult no`` rows, where at least one annotator accepted the event, left out."""
        fp = self.fp - self.fp_split
        p = self.tp / (self.tp + fp) if self.tp + fp else 0.0
        r = self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def detected(events: Iterable[Event], event_type: str) -> list[Event]:
    """The asserted, non-negated events of a type."""
    return [e for e in events if e.event_type == event_type and not e.negated]


def _words(s: str) -> set[str]:
    return {normalize(w) for w in s.split() if len(w) > 1}


def _overlaps(actor_text: str | None, gold: str) -> bool:
    if not actor_text or not gold:
        return False
    a, g = _words(actor_text), _words(gold)
    return bool(a & g) or any(x in y or y in x for x in a for y in g if min(len(x), len(y)) >= 3)


def baseline(items: Iterable[GsrItem], event_type: str) -> Counts:
    """The keyword baseline: any sentence containing one of the type's keywords."""
    counts = Counts()
    keys = [normalize(k) for k in BASELINE_KEYWORDS[event_type]]
    for it in items:
        norm = normalize(it.text)
        counts.add(it.positive, any(k in norm for k in keys))
    return counts


def evaluate(items: Iterable[GsrItem], event_type: str,
             code: Callable[[str], Document]) -> Counts:
    """Run ``code`` (text → coded document) on every item and count."""
    counts = Counts()
    for it in items:
        doc = code(it.text)
        evs = detected(doc.events, event_type)
        pred = bool(evs)
        counts.add(it.positive, pred)
        if pred != it.positive:
            counts.errors.append(("fp" if pred else "fn", it))
            counts.fp_split += pred and it.label == "difficult no"
        if it.positive and it.source_gold and it.source_gold != "None":
            counts.src_total += 1
            counts.src_hit += any(_overlaps(e.source.text if e.source else None, it.source_gold) for e in evs)
        if it.positive and it.target_gold and it.target_gold != "None":
            counts.tgt_total += 1
            counts.tgt_hit += any(_overlaps(e.target.text if e.target else None, it.target_gold) for e in evs)
    return counts


def select(items: Iterable[GsrItem], split: str) -> Iterator[GsrItem]:
    """The items of one half (``dev``, ``test``) or all (``all``)."""
    for it in items:
        if split == "all" or split_of(it.text) == split:
            yield it


#: Per type, events below this confidence are background mentions, not reports. Calibrated on the
#: dev half (the best F1 there); the types differ because an attack usually has a target (which
#: adds to the confidence) and a protest rarely does.
MIN_CONFIDENCE: dict[str, float] = {"ASSAULT": 0.9, "PROTEST": 0.65}
DEFAULT_MIN_CONFIDENCE = 0.6
_EPSILON = 1e-9


def keeps(event: Event, min_confidence: float | Mapping[str, float]) -> bool:
    """Whether an event is confident enough to count as detected (confidences are sums of
    tenths, so the comparison allows for floating-point error)."""
    if isinstance(min_confidence, Mapping):
        threshold = min_confidence.get(event.event_type, DEFAULT_MIN_CONFIDENCE)
    else:
        threshold = min_confidence
    return event.confidence >= threshold - _EPSILON


def make_coder(config: Config, *,
               min_confidence: float | Mapping[str, float] = MIN_CONFIDENCE) -> Callable[[str], Document]:
    """text → coded document, with the coding pipeline and the coder in detection mode (an event
    needs no actor: the question is whether an event is reported at all). Events below
    ``min_confidence`` (one threshold, or one per event type) are dropped."""
    from dataclasses import replace

    from marsad.events.pipeline import code_pipeline
    from marsad.events.stage import EventStage
    from marsad.pipeline import Pipeline

    base = code_pipeline(config)
    stages = [EventStage(config, require_actor=False) if isinstance(s, EventStage) else s for s in base.stages]
    pipeline = Pipeline(stages)

    def code(text: str) -> Document:
        doc = pipeline(Document.from_text(text))
        return replace(doc, events=tuple(e for e in doc.events if keeps(e, min_confidence)))

    return code
