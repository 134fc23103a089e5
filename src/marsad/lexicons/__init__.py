"""The actor lexicon: countries, capitals, nationality adjectives, sector nouns, people, organisations.

Data files live in ``lexicons/data/actors/`` (one TSV file per kind, each with a ``# kind:``
header line); :func:`load_actor_lexicon` reads, validates and caches them. Matchers normalise
the Arabic names with :func:`marsad.text.normalize` when they build their indexes.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from marsad.errors import LexiconError
from marsad.lexicons.actors import COLUMNS, parse_actor_file, validate_entries
from marsad.lexicons.codes import DATA_DIR
from marsad.lexicons.schema import ActorEntry, EntryKind, LexiconHeader
from marsad.lexicons.tsv import LexiconErrors, read_lexicon_tsv

__all__ = [
    "ACTOR_DATA_DIR",
    "ActorEntry",
    "ActorLexicon",
    "LexiconErrors",
    "LexiconHeader",
    "actor_files",
    "load_actor_lexicon",
    "read_lexicon_tsv",
]

log = logging.getLogger(__name__)

#: Directory of the bundled actor lexicon files.
ACTOR_DATA_DIR = DATA_DIR / "actors"


@dataclass(frozen=True)
class ActorLexicon:
    """All actor entries, in file order, with lookups by kind and id."""

    entries: tuple[ActorEntry, ...]
    headers: tuple[LexiconHeader, ...] = ()
    _by_id: dict[str, ActorEntry] = field(default_factory=dict, repr=False, compare=False)
    _by_kind: dict[str, tuple[ActorEntry, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        validate_entries(self.entries)
        self._by_id.update((e.id, e) for e in self.entries)
        kinds: dict[str, list[ActorEntry]] = {}
        for entry in self.entries:
            kinds.setdefault(entry.kind, []).append(entry)
        self._by_kind.update((k, tuple(v)) for k, v in kinds.items())

    def by_kind(self, kind: EntryKind) -> tuple[ActorEntry, ...]:
        """Entries of one kind (``"country"``, ``"person"``...), in file order."""
        return self._by_kind.get(kind, ())

    def by_id(self, entry_id: str) -> ActorEntry:
        """The entry with this id; :class:`KeyError` when there is none."""
        return self._by_id[entry_id]

    def get(self, entry_id: str) -> ActorEntry | None:
        """The entry with this id, or ``None``."""
        return self._by_id.get(entry_id)

    def office_holders(self, country: str, role: str, day: date | None) -> tuple[ActorEntry, ...]:
        """People holding ``role`` (``"president"``...) in ``country`` on ``day``."""
        return tuple(e for e in self.by_kind("person")
                     if e.country == country and e.role == role and e.valid_on(day))

    def counts(self) -> dict[str, int]:
        """Entry counts per kind plus ``names`` (all surface forms) and ``org_with_qid``."""
        counts: Counter[str] = Counter(e.kind for e in self.entries)
        out = {kind: counts[kind] for kind in ("country", "capital", "adjective", "sector", "person",
                                               "org", "plural", "anaphor")}
        out["adjective_forms"] = sum(len(e.names) for e in self.by_kind("adjective"))
        out["community"] = len({e.group for e in self.by_kind("community")})
        out["community_forms"] = sum(len(e.names) for e in self.by_kind("community"))
        out["person_distinct"] = len({e.name_en for e in self.by_kind("person")})
        out["org_with_qid"] = sum(1 for e in self.by_kind("org") if e.wikidata)
        out["org_groups"] = len({e.group for e in self.by_kind("org")})
        out["names"] = sum(len(e.names) for e in self.entries)
        return out


def actor_files(directory: Path, *, strict: bool = False) -> list[Path]:
    """The actor lexicon files of a directory: ``*.tsv`` files whose ``# kind:`` is an actor kind.

    Other TSV files (event or place lexicons a user keeps in the same directory) are skipped;
    with ``strict`` (the bundled directory, which holds only actor files) they are an error.
    """
    out = []
    for path in sorted(directory.glob("*.tsv")):
        header, _ = read_lexicon_tsv(path)
        if header.get("kind") in COLUMNS:
            out.append(path)
        elif strict:
            raise LexiconError(f"'# kind:' must be one of {', '.join(COLUMNS)}", where=f"{path}:1")
        else:
            log.info("%s: '# kind: %s' is not an actor kind, skipped", path, header.get("kind"))
    return out


@functools.lru_cache(maxsize=8)
def load_actor_lexicon(extra_dir: Path | None = None) -> ActorLexicon:
    """Load and validate the bundled actor lexicon, plus the actor files of ``extra_dir``.

    Cached per argument. Raises :class:`~marsad.errors.LexiconError` naming file and line of
    a bad entry (:class:`~marsad.lexicons.tsv.LexiconErrors` when there are several).
    """
    files = actor_files(ACTOR_DATA_DIR, strict=True)
    if extra_dir is not None:
        if not Path(extra_dir).is_dir():
            raise LexiconError("not a directory", where=str(extra_dir))
        files += actor_files(Path(extra_dir))
    entries: list[ActorEntry] = []
    headers: list[LexiconHeader] = []
    errors: list[LexiconError] = []
    for path in files:
        try:
            header, file_entries = parse_actor_file(path)
        except LexiconErrors as exc:
            errors.extend(exc.errors)
            continue
        except LexiconError as exc:
            errors.append(exc)
            continue
        headers.append(header)
        entries.extend(file_entries)
    LexiconErrors.raise_if_any(errors)
    log.info("actor lexicon: %d entries from %d files", len(entries), len(files))
    return ActorLexicon(entries=tuple(entries), headers=tuple(headers))
