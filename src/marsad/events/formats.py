"""Output formats of ``marsad code``: JSON lines (exactly ``Event.to_dict()``), a readable table,
PLOVER-style JSON records and POLECAT-style tab-separated rows.

Arabic is written in logical order everywhere: terminals with bidi support show it right to
left; we never reorder characters ourselves (reordered text breaks copying and piping).
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from marsad.errors import LexiconError
from marsad.lexicons.tsv import read_lexicon_tsv
from marsad.model import Actor, Document, Event

FORMATS = ("jsonl", "table", "plover", "polecat")

#: The POLECAT release columns, in order.
POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude",
    "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)  # fmt: skip
QUAD_NAMES = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT", 4: "MATERIAL CONFLICT"}
VERSION = "marsad-events-1"
COW_FILE = Path(__file__).resolve().parent / "data" / "cow.tsv"


@functools.lru_cache(maxsize=1)
def cow_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 → Correlates of War country code (validated on load)."""
    _, rows = read_lexicon_tsv(COW_FILE, required_columns=("iso3", "cow", "abbrev"))
    out = {}
    for line, row in rows:
        if len(row["iso3"]) != 3 or not row["cow"].isdigit():
            raise LexiconError(f"bad row {row['iso3']!r} {row['cow']!r}", where=f"{COW_FILE}:{line}")
        out[row["iso3"]] = row["cow"]
    return out


def event_date(ev: Event, doc: Document) -> str | None:
    """The event's date, else the document's publication date."""
    if ev.date is not None:
        return ev.date.value
    return doc.meta.published.isoformat() if doc.meta.published else None


def write_jsonl(doc: Document, out: TextIO) -> None:
    """One JSON object per event: exactly :meth:`Event.to_dict`."""
    for ev in doc.events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")


def _plover_actor(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"name": a.name, "text": a.text, "country": a.country, "sector": a.sector,
            "group": a.group, "code": a.code, "wikidata": a.wikidata}


def plover_record(ev: Event, doc: Document) -> dict[str, Any]:
    """A PLOVER JSON record: event, mode, contexts, actor, recipient, date, location, evidence."""
    loc = ev.location
    return {
        "id": ev.event_id,
        "date": event_date(ev, doc),
        "event": ev.event_type,
        "mode": ev.mode,
        "context": list(ev.contexts),
        "actor": _plover_actor(ev.source),
        "recipient": _plover_actor(ev.target),
        "intensity": ev.intensity,
        "quad_class": ev.quad_class,
        "cameo": ev.cameo,
        "location": loc.to_dict() if loc else None,
        "negated": ev.negated,
        "modality": ev.modality,
        "reported_by": _plover_actor(ev.reported_by),
        "text": ev.sentence.text,
        "trigger": ev.trigger.text,
        "doc_id": ev.doc_id,
        "source": doc.meta.source,
        "url": doc.meta.url,
        "language": doc.meta.language,
    }


def write_plover(doc: Document, out: TextIO) -> None:
    """One PLOVER JSON record per line."""
    for ev in doc.events:
        out.write(json.dumps(plover_record(ev, doc), ensure_ascii=False) + "\n")


def _polecat_actor(a: Actor | None) -> list[str]:
    if a is None:
        return [""] * 8
    cow = cow_codes().get(a.country or "", "")
    return [a.name, a.country or "", cow, a.sector or "", a.sector or "", "", a.text, a.wikidata or ""]


def polecat_row(ev: Event, doc: Document) -> list[str]:
    """One POLECAT row (the columns of :data:`POLECAT_COLUMNS`)."""
    loc = ev.location
    people = sorted({m.actor.name for m in doc.mentions if m.actor and m.actor.kind == "person"})
    orgs = sorted({m.actor.name for m in doc.mentions if m.actor and m.actor.kind == "org"})
    places = sorted({p.name for p in doc.places})
    place = [loc.name, loc.name if loc.precision == "city" else "", "", loc.admin1 or "", loc.country or "",
             "" if loc.lat is None else str(loc.lat), "" if loc.lon is None else str(loc.lon),
             "" if loc.geonameid is None else str(loc.geonameid), loc.text, loc.precision] if loc else [""] * 10
    return [
        ev.event_id, event_date(ev, doc) or "", ev.event_type.lower(), ev.mode or "", str(ev.intensity),
        QUAD_NAMES[ev.quad_class], ";".join(ev.contexts),
        *_polecat_actor(ev.source), *_polecat_actor(ev.target), *place,
        doc.meta.source or "", doc.meta.published.isoformat() if doc.meta.published else "",
        ";".join(people), ";".join(orgs), ";".join(places), doc.meta.language, VERSION,
    ]


class PolecatWriter:
    """Writes the header once, then one row per event."""

    def __init__(self, out: TextIO) -> None:
        self.writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self.header = False

    def __call__(self, doc: Document) -> None:
        if not self.header:
            self.writer.writerow(POLECAT_COLUMNS)
            self.header = True
        for ev in doc.events:
            self.writer.writerow(polecat_row(ev, doc))


def actor_label(a: Actor | None) -> str:
    """A short readable label: the code and the text (``PAKGOV الرئيس الباكستاني``)."""
    if a is None:
        return "—"
    return f"{a.code or a.name} {a.text}"


#: The columns of ``marsad code --format table`` (and of :func:`table_rows`).
TABLE_COLUMNS = ("sent", "type", "mode", "source", "target", "trigger", "date", "place", "flags", "conf")


def date_label(ev: Event) -> str:
    """The event's date value (``2024-04-22``), or ``—`` when it has none."""
    return ev.date.value if ev.date is not None else "—"


def place_label(ev: Event) -> str:
    """The event's place as ``name, country`` (``تربت, PAK``), or ``—`` when it has none."""
    loc = ev.location
    if loc is None:
        return "—"
    return f"{loc.name}, {loc.country}" if loc.country else loc.name


def table_rows(docs: Iterable[Document]) -> Iterable[list[str]]:
    """Rows of the readable table, one per event, in :data:`TABLE_COLUMNS` order."""
    for doc in docs:
        for ev in doc.events:
            flags = ", ".join(x for x in (
                "negated" if ev.negated else "", ev.modality or "",
                f"reported by {ev.reported_by.code or ev.reported_by.name}" if ev.reported_by else "") if x)
            yield [str(ev.sentence.index), ev.event_type, ev.mode or "", actor_label(ev.source),
                   actor_label(ev.target), ev.trigger.text, date_label(ev), place_label(ev), flags,
                   f"{ev.confidence:.2f}"]
