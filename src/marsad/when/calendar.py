"""The calendar vocabulary of the temporal grammar, read from ``when/data/calendar.tsv``.

Every name is stored in its matching form (:func:`marsad.text.normalize.normalize`), so the
grammar compares normalised text with normalised vocabulary only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.errors import LexiconError
from marsad.lexicons.tsv import read_lexicon_tsv
from marsad.text.normalize import normalize

CALENDAR_FILE = Path(__file__).parent / "data" / "calendar.tsv"

_KINDS = {"month", "hijri", "weekday", "cardinal", "ordinal", "tens", "unit", "unit2", "relword", "general"}
_UNITS = {"day", "week", "month", "year", "decade"}
_RELWORDS = {"past", "future", "current"}
_INT_RANGE = {
    "month": (1, 12), "hijri": (1, 12), "weekday": (1, 7), "cardinal": (1, 1000),
    "ordinal": (1, 10), "tens": (20, 30),
}  # fmt: skip


@dataclass(slots=True)
class Calendar:
    """Normalised name → value tables, one per kind, and the names that need a date context."""

    tables: dict[str, dict[str, int | str]] = field(default_factory=dict)
    needs_context: set[str] = field(default_factory=set)

    def table(self, kind: str) -> dict[str, int | str]:
        """Normalised name → value for ``kind``."""
        return self.tables.setdefault(kind, {})

    def ints(self, kind: str) -> dict[str, int]:
        """The table of ``kind`` whose values are numbers."""
        return {k: int(v) for k, v in self.table(kind).items()}

    def strs(self, kind: str) -> dict[str, str]:
        """The table of ``kind`` whose values are names (units, relative words)."""
        return {k: str(v) for k, v in self.table(kind).items()}

    def counts(self) -> dict[str, int]:
        """Names by kind, for ``marsad lexicon check``."""
        return {f"calendar {k}": len(v) for k, v in sorted(self.tables.items())}


def _value(kind: str, raw: str, where: str) -> int | str:
    if kind in ("unit", "unit2", "general"):
        if raw not in _UNITS:
            raise LexiconError(f"unit must be one of {', '.join(sorted(_UNITS))}, not {raw!r}", where=where)
        return raw
    if kind == "relword":
        if raw not in _RELWORDS:
            raise LexiconError(f"relword must be one of {', '.join(sorted(_RELWORDS))}, not {raw!r}", where=where)
        return raw
    try:
        n = int(raw)
    except ValueError:
        raise LexiconError(f"value of a {kind} must be a number, not {raw!r}", where=where) from None
    lo, hi = _INT_RANGE[kind]
    if not lo <= n <= hi:
        raise LexiconError(f"value of a {kind} must be within {lo}..{hi}, not {n}", where=where)
    return n


def read_calendar(path: Path = CALENDAR_FILE) -> Calendar:
    """Read and validate a calendar vocabulary file (a bad line raises :class:`LexiconError`)."""
    _, rows = read_lexicon_tsv(path, required_columns=("kind", "value", "names", "context"))
    cal = Calendar()
    for lineno, row in rows:
        where = f"{path}:{lineno}"
        kind = row["kind"]
        if kind not in _KINDS:
            raise LexiconError(f"unknown kind {kind!r}", where=where)
        if row["context"] not in ("", "yes"):
            raise LexiconError(f"context must be empty or 'yes', not {row['context']!r}", where=where)
        value = _value(kind, row["value"], where)
        names = [n.strip() for n in row["names"].split("|")]
        if not all(names):
            raise LexiconError("empty name in names", where=where)
        table = cal.table(kind)
        for name in names:
            norm = " ".join(normalize(name).split())
            if norm in table and table[norm] != value:
                raise LexiconError(f"{name!r} given two values ({table[norm]} and {value})", where=where)
            table[norm] = value
            if row["context"] == "yes":
                cal.needs_context.add(norm)
    for kind in _KINDS:
        if not cal.table(kind):
            raise LexiconError(f"no entry of kind {kind!r}", where=f"{path}:0")
    return cal


@lru_cache(maxsize=1)
def load_calendar() -> Calendar:
    """The bundled calendar vocabulary, read once per process."""
    return read_calendar()


def check_calendar(extra_dir: Path | None = None) -> dict[str, int]:
    """Validator for ``marsad lexicon check``: read the calendar file and return its counts."""
    del extra_dir  # the calendar has no user extension
    return read_calendar().counts()
