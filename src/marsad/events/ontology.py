"""The event ontology: PLOVER types with their quad classes and modes, CAMEO codes with
Goldstein-style weights, and the sentence cues that give an event its mode and contexts.

All of it is data (``events/data/plover.tsv``, ``cameo.tsv``, ``modes.tsv``, ``contexts.tsv``),
validated on load; a bad line raises :class:`~marsad.errors.LexiconError` naming ``file:line``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import LexiconError
from marsad.lexicons.tsv import read_lexicon_tsv
from marsad.text import normalize

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class PloverType:
    """A PLOVER event type."""

    name: str
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    cameo: str  # the CAMEO code of the type as a whole
    intensity: float
    joint: bool  # coordinated subjects without a target act on each other
    modes: frozenset[str]


@dataclass(frozen=True, slots=True)
class Cue:
    """A mode or context cue: one or more normalised words to find in a clause."""

    name: str
    words: tuple[str, ...]
    event_type: str | None = None  # modes only: the type the mode belongs to


@dataclass(slots=True)
class Ontology:
    """Types, codes and cues, with lookups used by the lexicon loader and the coder."""

    types: dict[str, PloverType] = field(default_factory=dict)
    cameo: dict[str, tuple[float, str]] = field(default_factory=dict)  # code → (goldstein, label)
    modes: list[Cue] = field(default_factory=list)
    contexts: list[Cue] = field(default_factory=list)

    def mode_ok(self, event_type: str | None, mode: str) -> bool:
        """Whether ``mode`` is a mode of ``event_type``."""
        t = self.types.get(event_type or "")
        return t is not None and mode in t.modes

    def cameo_known(self, code: str) -> bool:
        return code in self.cameo

    def intensity(self, event_type: str, cameo: str | None) -> float:
        """The Goldstein-style weight of an event: its CAMEO code's, else its type's."""
        if cameo and cameo in self.cameo:
            return self.cameo[cameo][0]
        return self.types[event_type].intensity


def _cues(value: str) -> list[tuple[str, ...]]:
    out = []
    for cue in value.split("|"):
        words = tuple(normalize(w) for w in cue.split())
        if words:
            out.append(words)
    return out


def _read_types(onto: Ontology, path: Path) -> None:
    _, rows = read_lexicon_tsv(path, required_columns=("type", "quad_class", "cameo", "intensity", "joint", "modes"))
    for line, row in rows:
        where = f"{path}:{line}"
        try:
            quad, inten = int(row["quad_class"]), float(row["intensity"])
        except ValueError:
            raise LexiconError("quad_class must be an integer and intensity a number", where=where) from None
        if not 1 <= quad <= 4 or not -10 <= inten <= 10:
            raise LexiconError("quad_class must be 1-4 and intensity -10..10", where=where)
        modes = frozenset(m for m in row["modes"].split("|") if m and m != "-")
        onto.types[row["type"]] = PloverType(row["type"], quad, row["cameo"], inten,
                                             row["joint"] == "yes", modes)


def _read_cameo(onto: Ontology, path: Path) -> None:
    _, rows = read_lexicon_tsv(path, required_columns=("code", "goldstein", "label"))
    for line, row in rows:
        code = row["code"]
        if not (code.isdigit() and 3 <= len(code) <= 4):
            raise LexiconError(f"bad CAMEO code {code!r}", where=f"{path}:{line}")
        try:
            onto.cameo[code] = (float(row["goldstein"]), row["label"])
        except ValueError:
            raise LexiconError("goldstein must be a number", where=f"{path}:{line}") from None


def _read_cues(onto: Ontology, path: Path, kind: str) -> None:
    cols = ("mode", "type", "cues") if kind == "modes" else ("context", "cues")
    _, rows = read_lexicon_tsv(path, required_columns=cols)
    for line, row in rows:
        where = f"{path}:{line}"
        if kind == "modes":
            if not onto.mode_ok(row["type"], row["mode"]):
                raise LexiconError(f"mode {row['mode']!r} is not a mode of {row['type']!r}", where=where)
            onto.modes.extend(Cue(row["mode"], w, row["type"]) for w in _cues(row["cues"]))
        else:
            if not row["context"].replace("_", "").isalpha():
                raise LexiconError(f"bad context name {row['context']!r}", where=where)
            onto.contexts.extend(Cue(row["context"], w) for w in _cues(row["cues"]))


@functools.lru_cache(maxsize=1)
def load_ontology(data_dir: str | None = None) -> Ontology:
    """Load and validate the ontology files."""
    d = Path(data_dir) if data_dir else DATA_DIR
    onto = Ontology()
    _read_types(onto, d / "plover.tsv")
    _read_cameo(onto, d / "cameo.tsv")
    for t in onto.types.values():
        if t.cameo not in onto.cameo:
            raise LexiconError(f"type {t.name} names unknown CAMEO code {t.cameo}", where=str(d / "plover.tsv"))
    _read_cues(onto, d / "modes.tsv", "modes")
    _read_cues(onto, d / "contexts.tsv", "contexts")
    return onto
