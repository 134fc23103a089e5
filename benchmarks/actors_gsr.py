"""Actor resolution against the actor spans of ``arabic_event_gsr`` (evaluation data, not copied).

    python benchmarks/actors_gsr.py [--half dev|test] [-v]

For every annotated source/target actor of ``assault_spans.json`` and ``protest_spans.json``
(``../shared/data/arabic_event_gsr``; skips when absent) it asks whether the actor stage found a
mention overlapping the annotated words, and whether that mention's country and sector agree
with the annotation (``main``: ISO3 or ``None``; ``role``: sector; also by the scorer's coarse
classes STATE / NONSTATE, since the annotators' REB is often our INS or UAF). Halves are split by the
first hex digit of md5(text): 0-7 dev (look at errors there), 8-f test (report only).
Publication dates come from the sentence ids (``AAW_ARB_YYYYMMDD``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from marsad.actors import ActorStage, resolve_plural
from marsad.lexicons.codes import NONSTATE_SECTORS, STATE_SECTORS
from marsad.model import Actor, DocMeta, Document
from marsad.text import analyze_text

REPO = Path(__file__).resolve().parents[1]
GSR = REPO.parent / "shared" / "data" / "arabic_event_gsr"
_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


def half_of(text: str) -> str:
    return "dev" if hashlib.md5(text.encode("utf-8")).hexdigest()[0] in "01234567" else "test"


def locate(text: str, words: list[str]) -> tuple[int, int] | None:
    """The character span of the annotated words (first to last occurrence found)."""
    spans = []
    pos = 0
    for w in words:
        i = text.find(w, pos)
        if i < 0:
            i = text.find(w)
        if i >= 0:
            spans.append((i, i + len(w)))
            pos = i + len(w)
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def candidates(doc: Document, span: tuple[int, int]) -> list[Actor]:
    out: list[Actor] = []
    for m in doc.mentions:
        if m.actor is not None and m.start < span[1] and span[0] < m.end:
            out.extend(resolve_plural(doc, m) or (m.actor,))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--half", choices=("dev", "test"), default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses (dev half only)")
    args = ap.parse_args()
    if not GSR.is_dir():
        print(f"skipped: {GSR} is absent")
        return 0
    stage = ActorStage()
    counts: Counter[str] = Counter()
    for name in ("assault_spans.json", "protest_spans.json"):
        for rec in json.loads((GSR / name).read_text(encoding="utf-8")):
            text = rec["text"]
            if half_of(text) != args.half:
                continue
            m = _DATE.search(rec.get("source", ""))
            day = date(int(m[1]), int(m[2]), int(m[3])) if m else None
            doc = stage(analyze_text(Document.from_text(text, meta=DocMeta(published=day))))
            for sp in rec.get("spans", []):
                for side in ("source", "target"):
                    score(doc, sp, side, counts, args.verbose and args.half == "dev")
    total = counts["actors"]
    if not total:
        print("no annotated actors")
        return 0
    print(f"{args.half} half: {total} annotated actors (country or sector given)")
    print("| measure | count | share |")
    print("| --- | ---: | ---: |")
    for key in ("found", "country_ok", "sector_ok", "both_ok", "country_and_class_ok"):
        print(f"| {key} | {counts[key]} | {counts[key] / total:.1%} |")
    return 0


def sector_class(sector: str | None) -> str | None:
    """The scorer's coarse classes: STATE, NONSTATE, IGO, else the sector itself."""
    if sector in STATE_SECTORS:
        return "STATE"
    if sector in NONSTATE_SECTORS | {"IMG"}:
        return "NONSTATE"
    return sector


def score(doc: Document, sp: dict, side: str, counts: Counter[str], verbose: bool) -> None:  # type: ignore[type-arg]
    words = sp.get(f"{side}_actor") or []
    role = sp.get(f"{side}_role")
    if not isinstance(role, dict):  # "UNKNOWN"
        return
    country = role.get("main") if role.get("main") not in (None, "None", "") else None
    sector = role.get("role") if role.get("role") not in (None, "None", "") else None
    if not words or (country is None and sector is None):
        return
    span = locate(doc.text, words)
    if span is None:
        return
    counts["actors"] += 1
    found = candidates(doc, span)
    if not found:
        if verbose:
            print(f"MISS   {' '.join(words)}  [{country} {sector}]")
        return
    counts["found"] += 1
    c_ok = any(a.country == country for a in found)
    s_ok = any(a.sector == sector for a in found)
    b_ok = any(a.country == country and a.sector == sector for a in found)
    k_ok = any(a.country == country and sector_class(a.sector) == sector_class(sector) for a in found)
    counts["country_ok"] += c_ok
    counts["sector_ok"] += s_ok
    counts["both_ok"] += b_ok
    counts["country_and_class_ok"] += k_ok
    if verbose and not b_ok:
        got = ", ".join(f"{a.text}={a.country}/{a.sector}" for a in found)
        print(f"WRONG  {' '.join(words)}  [{country} {sector}]  got {got}")


if __name__ == "__main__":
    raise SystemExit(main())
