"""Report-ness: does a sentence report an attack or a protest, or mention one in the background?

A news sentence that *reports* an event tells when (أمس، صباح اليوم), where (في بلدة … شمال
بغداد) and what it cost (أسفر عن مقتل، أصيب 12 بجروح), or how big the crowd was (آلاف
المتظاهرين). A sentence that mentions an event in the background frames it: a trial or an
accusation about it (محاكمة، متهم، التحقيق), its anniversary (ذكرى), history (منذ، إبان),
analysis (يجب، سياسة), a condemnation (أدان، ندد) or a plan or threat (خطة، تهديد).

The cues are data (``events/data/reportness.tsv``; ``<year>`` in a cue stands for a year written
in digits): groups of cue words, each group with a
confidence weight and the event types it bears on. A sentence's groups are found once, and every
event of a listed type in it gets the weight (each group counts once), with the reason, in the
salience that ``marsad explain`` shows.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import LexiconError
from marsad.events.ontology import DATA_DIR, load_ontology
from marsad.events.triggers import token_keys
from marsad.lexicons.tsv import read_lexicon_tsv
from marsad.model import Token
from marsad.text import normalize

_MAX_WEIGHT = 1.0
#: The placeholder a cue may use for a year written in digits (عام <year>).
YEAR = "<year>"
#: Words of place before a cue that make it the scene, not a frame (أمام المحكمة، قرب السفارة).
_LOCATIVE = frozenset(normalize(w) for w in ("أمام", "امام", "قرب", "بالقرب", "محيط", "مقر", "خارج", "داخل",
                                             "عند", "قبالة", "وسط"))
_LATER_FRAME = 0.5  # the share of a background frame's weight when it comes after the event's clause


@dataclass(frozen=True, slots=True)
class ReportGroup:
    """A group of cues with its weight, the event types it applies to and why."""

    name: str
    weight: float
    types: frozenset[str]
    why: str
    where: str


@dataclass(slots=True)
class ReportCues:
    """The cue groups, indexed by the first normalised word of each cue."""

    groups: list[ReportGroup]
    index: dict[str, list[tuple[tuple[str, ...], int]]]  # first word → (cue words, group number)

    def groups_in(self, tokens: Sequence[Token]) -> list[tuple[ReportGroup, int]]:
        """The groups with a cue in ``tokens``, each once with the position of its first cue,
        in file order."""
        keys = [_keys(t) for t in tokens]
        found: dict[int, int] = {}
        for i, ks in enumerate(keys):
            for k in ks:
                for words, g in self.index.get(k, ()):
                    if g in found or i + len(words) > len(keys):
                        continue
                    if not all(words[j] in keys[i + j] for j in range(1, len(words))):
                        continue
                    if self.groups[g].weight < 0 and i and tokens[i - 1].norm in _LOCATIVE:
                        continue  # أمام المحكمة: a place where it happened, not a trial about it
                    found[g] = i
        return [(self.groups[g], found[g]) for g in sorted(found)]

    def adjustments(self, tokens: Sequence[Token], event_type: str,
                    hits: list[tuple[ReportGroup, int]] | None = None,
                    until: int | None = None) -> list[tuple[float, str]]:
        """Confidence adjustments ``(weight, why)`` for an event of ``event_type`` in a sentence.
        A background frame (a negative group) counts only where its cue comes before ``until``
        (the end of the event's clause, as a position in ``tokens``) and at half weight after
        it: a trial or a plan in a later clause may be about something else. ``hits`` are :meth:`groups_in`'s, if known."""
        if hits is None:
            hits = self.groups_in(tokens)
        limit = len(tokens) if until is None else until
        out = []
        for g, pos in hits:
            if event_type not in g.types:
                continue
            if g.weight > 0 or pos < limit:
                out.append((g.weight, f"report-ness: {g.why} [{g.name}]"))
            else:
                out.append((g.weight * _LATER_FRAME, f"report-ness, in a later clause: {g.why} [{g.name}]"))
        return out


def _keys(tok: Token) -> frozenset[str] | set[str]:
    """The lookup keys of a token: its noun keys and surface, and ``<year>`` for a year (1900-2099)."""
    keys = token_keys(tok).noun | {tok.norm}
    if tok.kind == "number" and len(tok.norm) == 4 and tok.norm[:2] in ("19", "20") and tok.norm.isdigit():
        keys = keys | {YEAR}
    return keys


def _group(row: dict[str, str], where: str, known_types: set[str]) -> ReportGroup:
    name = row["group"]
    if not name.replace("_", "").isalpha():
        raise LexiconError(f"bad group name {name!r}", where=where)
    try:
        weight = float(row["weight"])
    except ValueError:
        raise LexiconError(f"weight must be a number, not {row['weight']!r}", where=where) from None
    if not -_MAX_WEIGHT <= weight <= _MAX_WEIGHT or weight == 0:
        raise LexiconError("weight must be non-zero and within -1..1", where=where)
    types = frozenset(t for t in row["types"].split("|") if t)
    unknown = types - known_types
    if not types or unknown:
        raise LexiconError(f"unknown event type(s) {sorted(unknown)} (or none given)", where=where)
    return ReportGroup(name, weight, types, row["why"] or name, where)


def read_report_cues(path: Path) -> ReportCues:
    """Read and validate a report-ness cue file."""
    _, rows = read_lexicon_tsv(path, required_columns=("group", "weight", "types", "why", "cues"))
    known = set(load_ontology().types)
    groups: list[ReportGroup] = []
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for line, row in rows:
        where = f"{path}:{line}"
        group = _group(row, where, known)
        if any(g.name == group.name for g in groups):
            raise LexiconError(f"group {group.name!r} given twice", where=where)
        cues = [tuple(w if w == YEAR else normalize(w) for w in cue.split()) for cue in row["cues"].split("|")]
        if not cues or any(not words for words in cues):
            raise LexiconError("empty cue (a doubled or trailing '|')", where=where)
        for words in cues:
            index.setdefault(words[0], []).append((words, len(groups)))
        groups.append(group)
    return ReportCues(groups, index)


@functools.lru_cache(maxsize=4)
def load_report_cues(data_dir: str | None = None) -> ReportCues:
    """The report-ness cues (``reportness.tsv`` in ``data_dir``, default the package data)."""
    return read_report_cues((Path(data_dir) if data_dir else DATA_DIR) / "reportness.tsv")
