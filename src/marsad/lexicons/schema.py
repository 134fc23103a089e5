"""Typed records of the actor lexicon (the data files under ``lexicons/data/``).

Every entry remembers the file and line it came from, so validation errors and ``marsad
explain`` can name them. Arabic strings are stored as written in the data files; matchers
normalise them with :func:`marsad.text.normalize` when they build their indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

EntryKind = Literal["country", "capital", "adjective", "community", "sector", "person", "org", "plural", "anaphor"]


@dataclass(frozen=True, slots=True)
class LexiconHeader:
    """The header every data file carries (``# key: value`` lines before the TSV header)."""

    id: str
    version: str
    licence: str
    provenance: str
    # Further ``# key: value`` lines (for example ``kind`` in actor files), in file order.
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of a header key (required or extra), or ``default``."""
        if key in ("id", "version", "licence", "provenance"):
            return str(getattr(self, key))
        return next((v for k, v in self.extra if k == key), default)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor lexicon entry.

    - ``country``: a country or territory (ISO3 in ``country``), names in ``names``;
    - ``capital``: a capital or seat of power standing for its government (sector GOV);
    - ``adjective``: a nationality adjective form (الإيراني، الإيرانية، الإيرانيين…) → ``country``;
    - ``community``: a form of an ethnic or religious community's name or nisba (الأكراد، الكردية،
      المسيحيين، الروهينغا) → ``group`` (its code), no country; the actor stage reads it as an adjective;
    - ``sector``: a sector noun (الجيش → MIL) composed with a country word or adjective;
    - ``person``: one term of office of a named person (one entry per role and term), valid
      from ``valid_from`` to ``valid_to`` (``None``: open);
    - ``org``: a named organisation with a short stable ``group`` id and Wikidata QID;
    - ``plural``: a dual/plural anaphor (الدولتان، الجانبان…) referring back to countries;
    - ``anaphor``: a definite common noun resuming the organisation last named with that noun
      (الحركة after حركة طالبان، التنظيم after تنظيم داعش).

    Later optional fields: ``form`` (adjectives: m.sg, f.sg, m.pl, f.pl, m.du, f.du, pl.broken;
    plurals: dual or plural), ``note`` (the data file's comment), ``standalone`` (sector nouns:
    whether the noun alone is an actor), ``gender`` (people: ``m`` or ``f``, so that a verb or pronoun
    that disagrees is read as someone else's). People may carry the ``group`` of the organisation they
    lead (TTP, HAMAS, UN), and then may have no ``country``.
    """

    id: str
    kind: EntryKind
    names: tuple[str, ...]  # Arabic surface forms (multiword allowed), as written in the file
    name_en: str
    country: str | None = None  # ISO3
    sector: str | None = None  # CAMEO/PLOVER sector code: GOV MIL COP JUD LEG REB INS SEP UAF OPP CVL BUS MED EDU REL IGO NGO ...
    group: str | None = None  # short stable id of a named organisation (TTP, ISIS, HAMAS...) or community (KUR)
    wikidata: str | None = None  # Q-id
    role: str | None = None  # for people: president, prime_minister, foreign_minister, ...
    valid_from: date | None = None
    valid_to: date | None = None
    file: str = ""
    line: int = 0
    # Optional refinements (added after the first schema; defaults keep old callers working):
    form: str | None = None  # adjectives, communities: m.sg f.sg m.pl f.pl m.du f.du pl.broken (communities: collective too); plurals: dual / plural
    note: str | None = None  # free comment from the data file (approximate dates, alternative sectors)
    standalone: bool = True  # sector nouns: False when the noun is an actor only composed with a country/name
    gender: str | None = None  # people: "m" or "f" (None: not given)

    def valid_on(self, day: date | None) -> bool:
        """Whether the entry holds on ``day`` (always, when the day is unknown)."""
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)
