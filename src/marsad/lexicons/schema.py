"""Typed records of the actor lexicon (the data files under ``lexicons/data/``).

Every entry remembers the file and line it came from, so validation errors and ``marsad
explain`` can name them. Arabic strings are stored as written in the data files; matchers
normalise them with :func:`marsad.text.normalize` when they build their indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

EntryKind = Literal["country", "capital", "adjective", "sector", "person", "org", "plural"]


@dataclass(frozen=True, slots=True)
class LexiconHeader:
    """The header every data file carries (``# key: value`` lines before the TSV header)."""

    id: str
    version: str
    licence: str
    provenance: str


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor lexicon entry.

    - ``country``: a country or territory (ISO3 in ``country``), names in ``names``;
    - ``capital``: a capital or seat of power standing for its government (sector GOV);
    - ``adjective``: a nationality adjective form (الإيراني، الإيرانية، الإيرانيين…) → ``country``;
    - ``sector``: a sector noun (الجيش → MIL) composed with a country word or adjective;
    - ``person``: one term of office of a named person (one entry per role and term), valid
      from ``valid_from`` to ``valid_to`` (``None``: open);
    - ``org``: a named organisation with a short stable ``group`` id and Wikidata QID;
    - ``plural``: a dual/plural anaphor (الدولتان، الجانبان…) referring back to countries.
    """

    id: str
    kind: EntryKind
    names: tuple[str, ...]  # Arabic surface forms (multiword allowed), as written in the file
    name_en: str
    country: str | None = None  # ISO3
    sector: str | None = None  # CAMEO/PLOVER sector code: GOV MIL COP JUD LEG REB INS SEP UAF OPP CVL BUS MED EDU REL IGO NGO ...
    group: str | None = None  # short stable id of a named organisation (TTP, ISIS, HAMAS...)
    wikidata: str | None = None  # Q-id
    role: str | None = None  # for people: president, prime_minister, foreign_minister, ...
    valid_from: date | None = None
    valid_to: date | None = None
    file: str = ""
    line: int = 0

    def valid_on(self, day: date | None) -> bool:
        """Whether the entry holds on ``day`` (always, when the day is unknown)."""
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)
